/**
 * The kit's one reading of a date and a time entered in a zone (the contact's when known): both
 * schedule forms (`<call-actions>`' reschedule form, `<callback-preview>`'s schedule form) check
 * their entry here. Pure; takes the zones module (`Zones`) so luxon loads only with a form.
 */
import type { Zones } from './time-controller.js';
import type { DateTime, LocalDateTimeFailure, Zone } from './zones.js';

export type ZonedEntryFailure = LocalDateTimeFailure | 'past' | 'outside-window';

export type ZonedEntry =
  | {
      ok: true;
      /** The instant, in `zone`. */
      at: DateTime;
      /** A fall-back time that happens twice: its second occurrence (the first one is meant). */
      later: DateTime | null;
    }
  | {
      ok: false;
      reason: ZonedEntryFailure;
      field: 'date' | 'time';
      /** For a skipped time: the wall time past the gap. */
      suggestion?: DateTime;
    };

export interface ZonedEntryInput {
  /** `YYYY-MM-DD` (an `<input type=date>` value). */
  date: string;
  /** `HH:MM` (an `<input type=time>` value). */
  time: string;
  zone: Zone;
  /** Epoch ms: the entry must be after it. */
  now: number;
  /** The calling window in seconds after midnight (`GSW_FROM` … `GSW_UNTIL`), when there is one. */
  window?: { from: number | null; until: number | null };
}

/** Reads `date` and `time` in `zone`: a future instant (within the calling window), or why not. */
export function readZonedEntry(z: Zones, input: ZonedEntryInput): ZonedEntry {
  const parsed = z.parseLocalDateTime(input.date, input.time, input.zone);
  if (!parsed.ok)
    return {
      ok: false,
      reason: parsed.reason,
      field: parsed.field,
      ...(parsed.suggestion ? { suggestion: parsed.suggestion } : {}),
    };
  if (parsed.value.toMillis() <= input.now) return { ok: false, reason: 'past', field: 'time' };
  const w = input.window;
  if (w && !z.withinCallingWindow(parsed.value, input.zone, w.from, w.until))
    return { ok: false, reason: 'outside-window', field: 'time' };
  return { ok: true, at: parsed.value, later: parsed.later };
}
