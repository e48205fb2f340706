/**
 * Instants (seed 002 `start_time` / `end_time`, "date/time") normalised to an ISO 8601 UTC
 * string, `2021-03-17T14:42:39.000Z`. Plain `Date` arithmetic only: luxon loads where time-zone
 * math is needed, not here.
 *
 * Accepted:
 * - ISO 8601 date-time with `Z` or an offset (`+02:00`, `+0200`, `+02`), `T` or one space
 *   between date and time, seconds and fractions optional: `2021-03-17T14:42:39.123+01:00`.
 * - Epoch numbers, as numbers or digit strings: below 1e11 they are seconds (up to the year
 *   5138), otherwise milliseconds (from March 1973).
 *
 * Refused, with a reason: date-times without a zone (`2021-03-17 14:42:39` is local to an
 * unknown place), dates without a time, impossible dates (February 30th), anything else.
 */

export type InstantResult = { ok: true; iso: string } | { ok: false; reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const EPOCH = /^\s*-?\d+(\.\d+)?\s*$/;
const SECONDS_BELOW = 1e11;
const MAX_MS = 8.64e15; // the Date range

export function parseInstant(value: unknown): InstantResult {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return { ok: false, reason: 'expected a date/time' };
  if (EPOCH.test(value)) return fromEpoch(Number(value));
  const m = ISO.exec(value.trim());
  if (!m) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/i.test(value.trim())
      ? { ok: false, reason: 'the date/time has no time zone' }
      : { ok: false, reason: 'not an ISO 8601 date/time or epoch number' };
  }
  const [, y, mo, d, h, mi, s = '0', frac = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'a date/time part is out of range' };
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: 'no such day' };
  }
  date.setUTCHours(hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)));
  const offset = offsetMinutes(zone);
  if (offset === null) return { ok: false, reason: 'the time zone offset is out of range' };
  return fromEpoch(date.getTime() - offset * 60_000, true);
}

/** The instant as ISO 8601 UTC, or `null` when it is absent or unreadable. */
export function toIsoInstant(value: unknown): string | null {
  const r = parseInstant(value);
  return r.ok ? r.iso : null;
}

function fromEpoch(n: number, isMs = false): InstantResult {
  if (!Number.isFinite(n)) return { ok: false, reason: 'not a finite number' };
  const ms = isMs || Math.abs(n) >= SECONDS_BELOW ? n : n * 1000;
  if (Math.abs(ms) > MAX_MS) return { ok: false, reason: 'outside the representable dates' };
  return { ok: true, iso: new Date(Math.round(ms)).toISOString() };
}

function offsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  return hours > 18 || minutes > 59 ? null : sign * (hours * 60 + minutes);
}
