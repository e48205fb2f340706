/**
 * The outbound date formats (seed 003 `outbound.Field.fieldType`: date "MM/DD/YYYY HH:MM",
 * time "HH:MM"; `rescheduleRecord` "MM/DD/YYYY HH:MM" in the record's time zone). Strict:
 * two-digit month/day/hour/minute, four-digit year, a real calendar date, 24-hour time.
 */
export interface LocalDateTime { year: number; month: number; day: number; hour: number; minute: number }

const DATE_RE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

export function parseTime(text: unknown): { hour: number; minute: number } | null {
  if (typeof text !== 'string') return null;
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

export function parseDateTime(text: unknown): LocalDateTime | null {
  if (typeof text !== 'string') return null;
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [month, day, year, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || year < 1900 || hour > 23 || minute > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null; // 02/30, 04/31…
  return { year, month, day, hour, minute };
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
