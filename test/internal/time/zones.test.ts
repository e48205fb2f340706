import { expect } from '@open-wc/testing';
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import {
  agentZone,
  contactZone,
  formatInZone,
  memoEntries,
  parseLocalDateTime,
  regionZone,
  relativeTo,
  sameOffset,
  toInputValues,
  toMillis,
  toRescheduleDate,
  withinCallingWindow,
  zoneName,
  ZONE_ABBREVIATIONS,
} from '../../../src/internal/time/zones.js';

const NY = IANAZone.create('America/New_York');
const SUMMER = Date.UTC(2025, 5, 10, 13, 30); // 2025-06-10 13:30Z
const WINTER = Date.UTC(2025, 0, 15, 15, 0);
const rec = (name: string | null, offsetSeconds: number) => ({ timeZone: { name, offsetSeconds } });

describe('time/zones', () => {
  describe('contactZone', () => {
    it('maps the seed record ACT, GSW_TZ_OFFSET 34200 (+09:30) to Australia/Darwin, all year', () => {
      for (const at of [SUMMER, WINTER]) {
        const zone = contactZone(rec('ACT', 34200), at)!;
        expect(zone.name).to.equal('Australia/Darwin');
        expect(zone.offset(at)).to.equal(570);
      }
    });

    it('resolves ambiguous abbreviations by the offset', () => {
      expect(contactZone(rec('CST', -21600), WINTER)!.name).to.equal('America/Chicago');
      expect(contactZone(rec('CST', 28800), WINTER)!.name).to.equal('Asia/Shanghai');
      expect(contactZone(rec('IST', 19800), SUMMER)!.name).to.equal('Asia/Kolkata');
      expect(contactZone(rec('IST', 3600), SUMMER)!.name).to.equal('Europe/Dublin');
      expect(contactZone(rec('BST', 3600), SUMMER)!.name).to.equal('Europe/London');
      expect(contactZone(rec('BST', 21600), SUMMER)!.name).to.equal('Asia/Dhaka');
      expect(contactZone(rec('ACT', -18000), SUMMER)!.name).to.equal('America/Rio_Branco');
    });

    it('maps daylight and standard names with the offset they have now', () => {
      expect(contactZone(rec('EDT', -14400), SUMMER)!.name).to.equal('America/New_York');
      expect(contactZone(rec('EST', -14400), SUMMER)!.name).to.equal('America/New_York');
      expect(contactZone(rec('EST', -18000), WINTER)!.name).to.equal('America/New_York');
      expect(contactZone(rec('pst', -28800), WINTER)!.name).to.equal('America/Los_Angeles');
      expect(contactZone(rec('CET', 7200), SUMMER)!.name).to.equal('Europe/Paris');
      expect(contactZone(rec('GMT', 0), WINTER)!.name).to.equal('Europe/London');
    });

    it('falls back to a fixed offset when no candidate agrees, or the name is unknown', () => {
      const fixed = contactZone(rec('EDT', -14400), WINTER)!; // EDT in January: trust the offset
      expect(fixed.type).to.equal('fixed');
      expect(fixed.offset(WINTER)).to.equal(-240);
      expect(contactZone(rec('Head office', 34200), SUMMER)!.name).to.equal('UTC+9:30');
      expect(contactZone(rec(null, -12600), SUMMER)!.name).to.equal('UTC-3:30');
    });

    it('takes IANA region names when their offset agrees', () => {
      expect(contactZone(rec('Europe/Paris', 3600), WINTER)!.name).to.equal('Europe/Paris');
      expect(contactZone(rec('Europe/Paris', 0), WINTER)!.type).to.equal('fixed');
      expect(regionZone('EST')).to.equal(null);
      expect(regionZone('Etc/GMT+5')).to.equal(null);
      expect(regionZone('Mars/Olympus')).to.equal(null);
    });

    it('is null without a readable offset', () => {
      expect(contactZone({ timeZone: null })).to.equal(null);
      expect(contactZone(null)).to.equal(null);
      expect(contactZone(rec('ACT', Number.NaN))).to.equal(null);
    });

    it('lists only valid IANA zones', () => {
      for (const zones of Object.values(ZONE_ABBREVIATIONS)) {
        for (const z of zones) expect(IANAZone.isValidZone(z), z).to.equal(true);
      }
    });
  });

  it('agentZone is the browser zone unless overridden with a valid name', () => {
    expect(agentZone().name).to.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(agentZone('Europe/London').name).to.equal('Europe/London');
    expect(agentZone('nowhere').name).to.equal(agentZone().name);
  });

  it('refuses, with a clear error, a zone it did not make (the kit types zones as its own)', () => {
    const lookalike = { type: 'iana', name: 'Europe/Paris', isValid: true, offset: () => 60 };
    expect(() => formatInZone(SUMMER, lookalike, 'en')).to.throw(TypeError, 'Not a zone from');
    expect(formatInZone(SUMMER, agentZone('Europe/Paris'), 'en', 'time')).to.equal('3:30 PM');
  });

  it('formats an instant in a zone and names the zone', () => {
    const iso = '2025-06-10T13:30:00.000Z';
    expect(formatInZone(iso, NY, 'en-US', 'time')).to.equal('9:30 AM');
    expect(formatInZone(iso, IANAZone.create('Australia/Darwin'), 'en-GB', 'time')).to.equal(
      '23:00',
    );
    expect(formatInZone(iso, NY, 'en-US', 'timeZone')).to.equal('9:30 AM EDT');
    expect(formatInZone(iso, NY, 'fr', 'time')).to.equal('09:30');
    expect(formatInZone('nonsense', NY, 'en', 'time')).to.equal('');
    expect(zoneName(NY, 'en-US', SUMMER)).to.equal('EDT');
    expect(zoneName(NY, 'en-US', WINTER)).to.equal('EST');
    expect(zoneName(FixedOffsetZone.instance(570), 'en')).to.equal('UTC+9:30');
    expect(sameOffset(NY, FixedOffsetZone.instance(-240), SUMMER)).to.equal(true);
    expect(sameOffset(NY, FixedOffsetZone.instance(-240), WINTER)).to.equal(false);
  });

  describe('relativeTo', () => {
    const now = '2025-06-10T13:30:00Z';
    it('words the future and the past in the language, amounts for the catalogue', () => {
      const soon = relativeTo('2025-06-10T13:42:00Z', now, 'en');
      expect(soon).to.deep.include({ when: 'future', amount: '12 min' });
      expect((soon as { text: string }).text).to.match(/^in 12 min/);
      const late = relativeTo('2025-06-10T13:27:00Z', now, 'en');
      expect(late).to.deep.include({ when: 'past', amount: '3 min' });
      expect(relativeTo('2025-06-10T13:30:20Z', now, 'en')).to.deep.equal({ when: 'now' });
      expect((relativeTo('2025-06-10T13:42:00Z', now, 'fr') as { text: string }).text).to.match(
        /^dans 12/,
      );
    });

    it('switches to hours and days', () => {
      expect(relativeTo('2025-06-10T15:30:00Z', now, 'en')).to.deep.include({ amount: '2 hr' });
      expect(relativeTo('2025-06-10T14:59:00Z', now, 'en')).to.deep.include({ amount: '89 min' });
      expect(relativeTo('2025-06-13T13:30:00Z', now, 'en')).to.deep.include({ amount: '3 days' });
      expect(relativeTo('junk', now, 'en')).to.equal(null);
    });
  });

  describe('parseLocalDateTime', () => {
    it('reads input values and the seed format as a wall time in the zone', () => {
      const a = parseLocalDateTime('2025-06-10', '10:30', NY);
      expect(a.ok && a.value.toISO()).to.equal('2025-06-10T10:30:00.000-04:00');
      const b = parseLocalDateTime('06/10/2025', '9:05', IANAZone.create('Australia/Darwin'));
      expect(b.ok && b.value.toUTC().toISO()).to.equal('2025-06-09T23:35:00.000Z');
    });

    it('refuses bad formats and impossible dates or times, naming the field', () => {
      expect(parseLocalDateTime('', '10:00', NY)).to.deep.equal({
        ok: false,
        reason: 'empty-date',
        field: 'date',
      });
      expect(parseLocalDateTime('2025-06-10', ' ', NY)).to.deep.equal({
        ok: false,
        reason: 'empty-time',
        field: 'time',
      });
      expect(parseLocalDateTime('10.06.2025', '10:00', NY)).to.deep.equal({
        ok: false,
        reason: 'date-format',
        field: 'date',
      });
      expect(parseLocalDateTime('13/45/2025', '10:00', NY)).to.deep.equal({
        ok: false,
        reason: 'impossible-date',
        field: 'date',
      });
      expect(parseLocalDateTime('02/29/2025', '10:00', NY)).to.deep.equal({
        ok: false,
        reason: 'impossible-date',
        field: 'date',
      });
      expect(parseLocalDateTime('2025-06-10', '25:00', NY)).to.deep.equal({
        ok: false,
        reason: 'impossible-time',
        field: 'time',
      });
      expect(parseLocalDateTime('2025-06-10', '10:60', NY)).to.deep.equal({
        ok: false,
        reason: 'impossible-time',
        field: 'time',
      });
      expect(parseLocalDateTime('2025-06-10', '10h30', NY)).to.deep.equal({
        ok: false,
        reason: 'time-format',
        field: 'time',
      });
    });

    it('refuses a time skipped by spring-forward in America/New_York and suggests the one after', () => {
      const r = parseLocalDateTime('03/09/2025', '02:30', NY);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.reason).to.equal('skipped-time');
      expect(r.suggestion!.toISO()).to.equal('2025-03-09T03:30:00.000-04:00');
      const before = parseLocalDateTime('03/09/2025', '01:59', NY);
      expect(before.ok && before.value.toISO()).to.equal('2025-03-09T01:59:00.000-05:00');
      const after = parseLocalDateTime('03/09/2025', '03:00', NY);
      expect(after.ok && after.value.toISO()).to.equal('2025-03-09T03:00:00.000-04:00');
    });

    it('takes the earlier occurrence of a fall-back time and gives the later one', () => {
      const r = parseLocalDateTime('11/02/2025', '01:30', NY);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.value.toISO()).to.equal('2025-11-02T01:30:00.000-04:00');
      expect(r.later!.toISO()).to.equal('2025-11-02T01:30:00.000-05:00');
      expect(r.later!.toMillis() - r.value.toMillis()).to.equal(3600_000);
      const plain = parseLocalDateTime('11/02/2025', '02:30', NY);
      expect(plain.ok && plain.later).to.equal(null);
    });

    it('has no gaps or overlaps in a fixed zone', () => {
      const r = parseLocalDateTime('2025-03-09', '02:30', FixedOffsetZone.instance(-300));
      expect(r.ok && r.value.toISO()).to.equal('2025-03-09T02:30:00.000-05:00');
    });
  });

  describe('toRescheduleDate', () => {
    it("sends the seed's example as 10:30: agent in BST at 2:30 PM, contact in EDT at 9:30 AM", () => {
      const agent = agentZone('Europe/London');
      const now = DateTime.fromMillis(SUMMER, { zone: agent.name });
      expect(now.toFormat('h:mm a')).to.equal('2:30 PM');
      const contact = contactZone(rec('EDT', -14400), SUMMER)!;
      expect(now.setZone(contact.name).toFormat('h:mm a')).to.equal('9:30 AM');
      const inOneHour = now.plus({ hours: 1 });
      expect(toRescheduleDate(inOneHour, contact)).to.equal('06/10/2025 10:30');
      expect(toRescheduleDate(inOneHour, agent)).to.equal('06/10/2025 15:30'); // what must NOT be sent
    });

    it('writes the +09:30 contact day and the date across midnight', () => {
      const darwin = contactZone(rec('ACT', 34200), SUMMER)!;
      expect(toRescheduleDate(DateTime.fromMillis(SUMMER), darwin)).to.equal('06/10/2025 23:00');
      expect(toRescheduleDate(DateTime.fromMillis(SUMMER).plus({ hours: 1 }), darwin)).to.equal(
        '06/11/2025 00:00',
      );
    });

    it('round-trips a DST-day time through the form values', () => {
      const r = parseLocalDateTime('2025-11-02', '01:30', NY);
      if (!r.ok) throw new Error('expected ok');
      expect(toRescheduleDate(r.later!, NY)).to.equal('11/02/2025 01:30');
      expect(toInputValues(r.value, NY)).to.deep.equal({ date: '2025-11-02', time: '01:30' });
      expect(toInputValues(SUMMER, IANAZone.create('Australia/Darwin'))).to.deep.equal({
        date: '2025-06-10',
        time: '23:00',
      });
    });

    it('gives form values for any instant (epoch ms, ISO), in the zone', () => {
      expect(toInputValues(SUMMER, NY)).to.deep.equal({ date: '2025-06-10', time: '09:30' });
      expect(
        toInputValues('2025-06-10T14:45:00Z', IANAZone.create('Australia/Darwin')),
      ).to.deep.equal({ date: '2025-06-11', time: '00:15' });
    });
  });

  describe('withinCallingWindow', () => {
    const darwin = IANAZone.create('Australia/Darwin');
    const at = (iso: string) => DateTime.fromISO(iso);
    it('checks seconds of the day in the record zone, edges included', () => {
      expect(withinCallingWindow(at('2025-06-10T13:30:00Z'), darwin, 8 * 3600, 20 * 3600)).to.equal(
        false,
      ); // 23:00
      expect(withinCallingWindow(at('2025-06-10T00:30:00Z'), darwin, 8 * 3600, 20 * 3600)).to.equal(
        true,
      ); // 10:00
      expect(withinCallingWindow(at('2025-06-09T22:30:00Z'), darwin, 8 * 3600, 20 * 3600)).to.equal(
        true,
      ); // 08:00
      expect(withinCallingWindow(at('2025-06-10T13:30:00Z'), darwin, 0, 86399)).to.equal(true);
      expect(withinCallingWindow(at('2025-06-10T13:30:00Z'), darwin, null, null)).to.equal(true);
    });

    it('handles a window past midnight', () => {
      expect(withinCallingWindow(at('2025-06-10T13:30:00Z'), darwin, 22 * 3600, 2 * 3600)).to.equal(
        true,
      );
      expect(withinCallingWindow(at('2025-06-10T03:30:00Z'), darwin, 22 * 3600, 2 * 3600)).to.equal(
        false,
      );
    });
  });

  it('toMillis reads ISO, Date, DateTime and numbers', () => {
    expect(toMillis('2025-06-10T13:30:00Z')).to.equal(SUMMER);
    expect(toMillis(new Date(SUMMER))).to.equal(SUMMER);
    expect(toMillis(DateTime.fromMillis(SUMMER))).to.equal(SUMMER);
    expect(toMillis(SUMMER)).to.equal(SUMMER);
    expect(Number.isNaN(toMillis('x'))).to.equal(true);
  });

  it('keeps bounded memos over a long shift (every callback formats a new instant)', () => {
    const start = Date.UTC(2026, 10, 30, 8, 0);
    for (let i = 0; i < 3000; i++) {
      formatInZone(start + i * 61_000, NY, 'en', 'dateTimeZone');
      relativeTo(start + i * 61_000, start, 'en');
      toMillis(new Date(start + i * 1000).toISOString());
    }
    expect(memoEntries()).to.be.at.most(5 * 64);
    // Still right after the memos were emptied.
    expect(formatInZone(SUMMER, NY, 'en', 'time')).to.equal('9:30 AM');
  });

  it("remembers a formatted instant by its minute (the formats' finest unit), and formats it right", () => {
    const start = Date.UTC(2026, 10, 30, 14, 29, 0);
    formatInZone(start, NY, 'en', 'time'); // the memos may have been emptied here
    const held = memoEntries();
    // A clock's now on every render: 60 instants of one minute, as numbers, Dates and DateTimes.
    for (let s = 0; s < 60; s++) {
      expect(formatInZone(start + s * 1000 + 7, NY, 'en', 'time')).to.equal('9:29 AM');
      expect(formatInZone(new Date(start + s * 1000), NY, 'en', 'time')).to.equal('9:29 AM');
      expect(formatInZone(DateTime.fromMillis(start + s * 1000), NY, 'en', 'time')).to.equal(
        '9:29 AM',
      );
    }
    expect(memoEntries(), 'one entry for the minute').to.equal(held);
    expect(formatInZone(start + 60_000, NY, 'en', 'time')).to.equal('9:30 AM');
    expect(formatInZone(start - 1, NY, 'en', 'time')).to.equal('9:28 AM');
    // Before 1973 a zone's offset could have seconds (Liberia, −0:44:30): those keep their own key.
    const monrovia = regionZone('Africa/Monrovia')!;
    const early = Date.UTC(1970, 0, 1, 12, 0, 0);
    expect(formatInZone(early, monrovia, 'en', 'time')).to.equal('11:15 AM');
    expect(formatInZone(early + 40_000, monrovia, 'en', 'time')).to.equal('11:16 AM');
  });
});
