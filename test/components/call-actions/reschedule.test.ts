// Reschedule-specific time-zone cases (the zones module's own cases are in test/internal/time/).
import { expect } from '@open-wc/testing';
import { readOutboundRecord } from '../../../src/bridge/models/index.js';
import {
  planReschedule,
  proposeReschedule,
  type RescheduleRecord,
} from '../../../src/components/call-actions/reschedule.js';
import { loadZones, type Zones } from '../../../src/internal/time/time-controller.js';

const record = (
  name: string | null,
  offsetSeconds: number,
  from: number | null = 0,
  until: number | null = 86399,
): RescheduleRecord => ({ timeZone: { name, offsetSeconds }, from, until });

describe('reschedule', () => {
  let z: Zones;
  before(async () => {
    z = await loadZones();
  });

  it('the seed\'s example: agent in BST at 2:30 PM, contact in EDT at 9:30 AM, "in one hour" is sent as 10:30', () => {
    const now = Date.UTC(2021, 4, 27, 13, 30); // 14:30 BST = 09:30 EDT
    const edt = record('EDT', -4 * 3600);
    const proposal = proposeReschedule(z, edt, now, 60)!;
    expect(proposal).to.deep.equal({ date: '2021-05-27', time: '10:30' });
    const plan = planReschedule(z, { ...proposal, record: edt, now });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.rescheduleDate).to.equal('05/27/2021 10:30');
    // …and the agent sees it at 15:30 their time
    expect(z.formatInZone(plan.at, z.agentZone('Europe/London'), 'en-GB', 'time')).to.equal(
      '15:30',
    );
  });

  it("a contact at +09:30 (the seed record: ACT, GSW_TZ_OFFSET 34200), read from the record's user data", () => {
    const info = readOutboundRecord({
      GSW_TZ_NAME: 'ACT',
      GSW_TZ_OFFSET: '34200',
      GSW_FROM: '0',
      GSW_UNTIL: '86399',
      GSW_RECORD_HANDLE: '283',
    })!;
    const now = Date.UTC(2021, 4, 27, 13, 30); // 23:00 in Darwin
    expect(proposeReschedule(z, info, now, 60)).to.deep.equal({
      date: '2021-05-28',
      time: '00:00',
    });
    const plan = planReschedule(z, { date: '2021-05-28', time: '09:00', record: info, now });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.rescheduleDate).to.equal('05/28/2021 09:00');
    expect(plan.at.toUTC().toISO()).to.equal('2021-05-27T23:30:00.000Z');
  });

  it('a DST day in New York: 02:30 does not exist, "in one hour" from 01:30 EST is 03:30 EDT', () => {
    const est = record('EST', -5 * 3600);
    const now = Date.UTC(2025, 2, 9, 6, 30); // 01:30 EST on 2025-03-09
    expect(proposeReschedule(z, est, now, 60)).to.deep.equal({ date: '2025-03-09', time: '03:30' });
    const skipped = planReschedule(z, { date: '2025-03-09', time: '02:30', record: est, now });
    expect(skipped.ok).to.equal(false);
    if (skipped.ok) return;
    expect(skipped.reason).to.equal('skipped-time');
    expect(z.toRescheduleDate(skipped.suggestion!, z.contactZone(est, now)!)).to.equal(
      '03/09/2025 03:30',
    );
    const plan = planReschedule(z, { date: '2025-03-09', time: '03:30', record: est, now });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.rescheduleDate).to.equal('03/09/2025 03:30');
    expect(plan.at.toUTC().toISO()).to.equal('2025-03-09T07:30:00.000Z');
  });

  it('refuses a time in the past, outside the calling window, and a record without a zone', () => {
    const now = Date.UTC(2021, 4, 27, 13, 30);
    const day = record('EDT', -4 * 3600, 9 * 3600, 18 * 3600);
    expect(
      planReschedule(z, { date: '2021-05-27', time: '09:00', record: day, now }),
    ).to.deep.include({ ok: false, reason: 'past' });
    expect(
      planReschedule(z, { date: '2021-05-27', time: '19:00', record: day, now }),
    ).to.deep.include({ ok: false, reason: 'outside-window', field: 'time' });
    expect(planReschedule(z, { date: '2021-05-27', time: '18:00', record: day, now }).ok).to.equal(
      true,
    );
    expect(planReschedule(z, { date: '', time: '10:00', record: day, now })).to.deep.include({
      ok: false,
      reason: 'empty-date',
      field: 'date',
    });
    expect(
      planReschedule(z, {
        date: '2021-05-27',
        time: '10:00',
        record: { timeZone: null, from: null, until: null },
        now,
      }),
    ).to.deep.include({ ok: false, reason: 'no-zone' });
    expect(proposeReschedule(z, { timeZone: null, from: null, until: null }, now)).to.equal(null);
  });
});
