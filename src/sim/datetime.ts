/**
 * The outbound date formats (seed 003 `outbound.Field.fieldType`: date "MM/DD/YYYY HH:MM",
 * time "HH:MM"; `rescheduleRecord` "MM/DD/YYYY HH:MM" in the record's time zone). Strict:
 * two-digit month/day/hour/minute, four-digit year, a real calendar date, 24-hour time.
 */
import { checkDateTimeText, checkTimeText, type LocalDateTime } from '../bridge/record-values.js';

export type { LocalDateTime };

/** The rules are the kit's (`src/bridge/record-values.ts`); here only `null` for any problem. */
export function parseTime(text: unknown): { hour: number; minute: number } | null {
  const r = checkTimeText(text);
  return r.ok ? r.value : null;
}

export function parseDateTime(text: unknown): LocalDateTime | null {
  const r = checkDateTimeText(text);
  return r.ok ? r.value : null;
}

/** Epoch ms of a local date-time in a zone `offsetSeconds` east of UTC (GSW_TZ_OFFSET). */
export function toEpochMs(dt: LocalDateTime, offsetSeconds: number): number {
  return Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute) - offsetSeconds * 1000;
}

/** `UTC+09:30` for 34200. */
export function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const h = String(Math.floor(abs / 3600)).padStart(2, '0');
  const m = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  return `UTC${sign}${h}:${m}`;
}
