/**
 * Rescheduling an outbound record's callback (seed 003 `outbound.rescheduleRecord`): the agent
 * picks a date and time *in the contact's time zone* (the record's `GSW_TZ_NAME` /
 * `GSW_TZ_OFFSET`), which is checked against the record's calling window (`GSW_FROM` …
 * `GSW_UNTIL`) and sent as `MM/DD/YYYY HH:MM` in that zone. The seed's example: the agent in
 * BST at 2:30 PM, the contact in EDT at 9:30 AM, "call back in one hour" is sent as 10:30.
 *
 * Pure. The time-zone module is passed in (`Zones`, loaded lazily by `TimeController`), so that
 * importing this file never loads luxon.
 */
import type { OutboundSchedule } from '../../bridge/models/index.js';
import type { Zones } from '../../internal/time/time-controller.js';
import type { DateTime, Zone } from '../../internal/time/zones.js';
import { readZonedEntry, type ZonedEntryFailure } from '../../internal/time/zoned-entry.js';

export type RescheduleRecord = Pick<OutboundSchedule, 'timeZone' | 'from' | 'until'>;

export type RescheduleFailure = ZonedEntryFailure | 'no-zone';

export type ReschedulePlan =
  | {
      ok: true;
      /** What `rescheduleRecord` takes: `MM/DD/YYYY HH:MM` in the record's zone. */
      rescheduleDate: string;
      /** The instant, in the contact's zone. */
      at: DateTime;
      zone: Zone;
      /** A fall-back time that happens twice: its second occurrence (the first one is meant). */
      later: DateTime | null;
    }
  | {
      ok: false;
      reason: RescheduleFailure;
      field: 'date' | 'time';
      /** For a skipped time: the wall time past the gap. */ suggestion?: DateTime;
    };

/** Reads the form's date (`YYYY-MM-DD`) and time (`HH:MM`) in the contact's zone, and checks them. */
export function planReschedule(
  z: Zones,
  input: { date: string; time: string; record: RescheduleRecord; now: number },
): ReschedulePlan {
  const zone = z.contactZone(input.record, input.now);
  if (!zone) return { ok: false, reason: 'no-zone', field: 'date' };
  const entry = readZonedEntry(z, {
    ...input,
    zone,
    window: { from: input.record.from, until: input.record.until },
  });
  if (!entry.ok) return entry;
  return {
    ok: true,
    rescheduleDate: z.toRescheduleDate(entry.at, zone),
    at: entry.at,
    zone,
    later: entry.later,
  };
}

/**
 * The form's first proposal: `minutesAhead` from now (default 60), rounded up to 5 minutes,
 * as the contact's wall-clock date and time (`<input type=date>` / `<input type=time>` values).
 * `null` when the record has no zone.
 */
export function proposeReschedule(
  z: Zones,
  record: RescheduleRecord,
  now: number,
  minutesAhead = 60,
): { date: string; time: string } | null {
  const zone = z.contactZone(record, now);
  if (!zone) return null;
  const step = 5 * 60_000;
  const at = Math.ceil((now + minutesAhead * 60_000) / step) * step;
  return z.toInputValues(at, zone);
}
