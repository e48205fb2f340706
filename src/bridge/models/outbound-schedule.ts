/**
 * The part of an outbound record (seed 003's GSW_* fields) that scheduling reads: the record's
 * handle, its time zone and its calling window. `readOutboundRecord` (outbound-record.ts) reads
 * these with the rest of the record; `<call-actions>` needs only these up front, without the
 * phone types and call results lists. Nothing throws; unreadable fields are `null` and listed in
 * `problems`.
 */
import { MAX_TZ_OFFSET, outboundKeys, type OutboundKeys } from './keys.js';
import { FieldReader, isBlank, isRecord, show } from './read.js';

export interface OutboundTimeZone {
  /** `GSW_TZ_NAME`, e.g. `ACT`; `null` when only the offset is given. */
  name: string | null;
  /** `GSW_TZ_OFFSET`: seconds east of UTC (ACT: 34200 = +09:30). */
  offsetSeconds: number;
}

export interface OutboundSchedule {
  /** `null` unless the offset is readable. */
  timeZone: OutboundTimeZone | null;
  /** Calling window in seconds of the record's day (`GSW_FROM` 0 … `GSW_UNTIL` 86399). */
  from: number | null;
  until: number | null;
  recordHandle: number | null;
}

const DAY = 86400;

/**
 * Seconds of day from a number or digit string (`0`, `"86399"`), or from the `HH:MM` / `HH.MM`
 * strings that `updateRecordFields` sends for GSW_FROM / GSW_UNTIL (`'23:45'`, `'10.15'`).
 * `null` when unreadable.
 */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) value = Number(value);
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= DAY ? value : null;
  const m = typeof value === 'string' ? /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value) : null;
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return (h < 24 && min < 60) || (h === 24 && min === 0) ? h * 3600 + min * 60 : null;
}

/** `34200` → `09:30`, `86399` → `23:59` (seconds dropped); `''` for `null`. */
export function formatTimeOfDay(seconds: number | null | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '';
  const minutes = Math.floor(Math.max(0, Math.min(seconds, DAY)) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A reader of `source` and the keys, or `null` when the source holds none of the outbound keys. */
export function outboundReader(
  source: unknown,
  keys?: Partial<OutboundKeys>,
): { r: FieldReader; k: OutboundKeys } | null {
  if (!isRecord(source)) return null;
  const k = outboundKeys(keys);
  const r = new FieldReader(source);
  return Object.values(k).some((key) => r.has(key)) ? { r, k } : null;
}

/** The schedule's fields, read by `r` (problems go to `r`). */
export function readSchedule(r: FieldReader, k: OutboundKeys): OutboundSchedule {
  const windowEdge = (key: string): number | null => {
    const v = r.get(key);
    if (isBlank(v)) return null;
    return parseTimeOfDay(v) ?? r.problem(key, `expected seconds of day or HH:MM, got ${show(v)}`);
  };
  const offset = r.int(k.tzOffset, -MAX_TZ_OFFSET, MAX_TZ_OFFSET);
  const tzName = r.text(k.tzName);
  if (offset === null && tzName !== null && !r.has(k.tzOffset))
    r.problem(k.tzOffset, `missing for time zone ${tzName}`);
  return {
    timeZone: offset === null ? null : { name: tzName, offsetSeconds: offset },
    from: windowEdge(k.from),
    until: windowEdge(k.until),
    recordHandle: r.int(k.recordHandle),
  };
}

/** The schedule of the record `source` holds; `null` when it holds none of the outbound keys. */
export function readOutboundSchedule(
  source: unknown,
  keys?: Partial<OutboundKeys>,
): (OutboundSchedule & { problems: string[] }) | null {
  const found = outboundReader(source, keys);
  return found ? { ...readSchedule(found.r, found.k), problems: found.r.problems } : null;
}
