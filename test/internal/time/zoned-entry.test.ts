import { expect } from '@open-wc/testing';
import { readZonedEntry } from '../../../src/internal/time/zoned-entry.js';
import * as z from '../../../src/internal/time/zones.js';

const ny = z.regionZone('America/New_York')!;
// 2024-06-03 12:00 UTC = 08:00 in New York (EDT).
const now = Date.UTC(2024, 5, 3, 12, 0);

describe('readZonedEntry', () => {
  it('reads a future date and time in the zone', () => {
    const r = readZonedEntry(z, { date: '2024-06-03', time: '10:30', zone: ny, now });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(z.toRescheduleDate(r.at, ny)).to.equal('06/03/2024 10:30');
  });

  it('says which field is wrong: format, past, outside the calling window', () => {
    expect(readZonedEntry(z, { date: '', time: '10:30', zone: ny, now })).to.include({
      ok: false,
      field: 'date',
    });
    expect(readZonedEntry(z, { date: '2024-06-03', time: '07:59', zone: ny, now })).to.deep.equal({
      ok: false,
      reason: 'past',
      field: 'time',
    });
    const window = { from: 9 * 3600, until: 17 * 3600 };
    expect(
      readZonedEntry(z, { date: '2024-06-03', time: '18:00', zone: ny, now, window }),
    ).to.deep.equal({ ok: false, reason: 'outside-window', field: 'time' });
    expect(
      readZonedEntry(z, { date: '2024-06-03', time: '16:00', zone: ny, now, window }).ok,
    ).to.equal(true);
  });

  it('suggests the time past a spring-forward gap', () => {
    const r = readZonedEntry(z, { date: '2024-03-10', time: '02:30', zone: ny, now: 0 });
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.reason).to.equal('skipped-time');
      expect(r.suggestion).to.not.equal(undefined);
    }
  });
});
