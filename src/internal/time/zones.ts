/**
 * Time-zone math for callbacks and outbound records, on luxon. Pure functions, no DOM.
 *
 * Luxon weighs ~22 KB gzipped, so elements never import this module statically: they load it
 * through `TimeController` (`import('./zones.js')`) and render without times until it arrives.
 * Type-only imports of this module (`import type`) cost nothing.
 *
 * ## The contact's zone (`contactZone`)
 * An outbound record carries `GSW_TZ_NAME` (an abbreviation such as `ACT`, or whatever name the
 * deployment gave its Time Zone object) and `GSW_TZ_OFFSET` (seconds east of UTC, as reported
 * at the event: it already includes daylight saving). The offset is the fact; the name only
 * adds the rules for other dates (DST). So:
 * 1. If the name is in `ZONE_ABBREVIATIONS`, its candidates are tried in order and the first
 *    whose offset *at the moment of reading* equals `GSW_TZ_OFFSET` wins (this is what resolves
 *    ambiguous names: `CST` -21600 is America/Chicago, `CST` +28800 is Asia/Shanghai; `IST`
 *    19800 is Asia/Kolkata, 3600 Europe/Dublin in summer, 7200 Asia/Jerusalem in winter).
 * 2. Else, if the name is an IANA region zone (`Europe/Paris`), it is used when its offset
 *    agrees the same way.
 * 3. Else — unknown name, or no candidate agrees with the offset — a fixed-offset zone of
 *    `GSW_TZ_OFFSET` (honest for now; no DST rules).
 * A record without a readable offset has no known zone: `null`.
 *
 * ## Local date-times (`parseLocalDateTime`)
 * A wall-clock time in a zone with DST can be missing (spring forward: 02:30 on 2025-03-09 in
 * New York never happens) or happen twice (fall back: 01:30 on 2025-11-02). Choices:
 * - a skipped time is refused (`reason: 'skipped-time'`) with `suggestion`, the same wall time
 *   moved past the gap (03:30), so the form can offer it;
 * - an ambiguous time is accepted as its *earlier* occurrence (as java.time does) and the later
 *   one is returned in `later`, so the form can say which one is meant. `toRescheduleDate`
 *   sends the wall time either way, which is what `rescheduleRecord` takes.
 */
import { DateTime as LuxonDateTime, FixedOffsetZone, IANAZone, Zone as LuxonZone } from 'luxon';

/**
 * A time zone as the kit hands it around: a luxon `Zone` made by this module, described by the
 * kit's own type. The kit's published declarations reach this module (elements hold zones, the
 * index exports `Zones`), and luxon has no types of its own: naming luxon's types there would make
 * every TypeScript consumer install `@types/luxon`, which is not a dependency (luxon itself loads
 * lazily). Only this module turns the value back into luxon's (`luxonZone`).
 */
export interface Zone {
  /** `iana`, `fixed`, `system`… */
  readonly type: string;
  /** `Europe/Paris`, `UTC+5:30`. */
  readonly name: string;
  readonly isValid: boolean;
  /** The zone's offset from UTC in minutes at epoch milliseconds `ts`. */
  offset(ts: number): number;
}

/** An instant in a zone (a luxon `DateTime` made by this module; see `Zone`). */
export interface DateTime {
  readonly isValid: boolean;
  readonly zone: Zone;
  /** Epoch milliseconds. */
  toMillis(): number;
  /** ISO 8601 with the zone's offset; `null` when invalid. */
  toISO(): string | null;
  /** The same instant in UTC. */
  toUTC(): DateTime;
}

/** luxon's zone behind a `Zone`; a zone this module did not make is refused. */
function luxonZone(zone: Zone): LuxonZone {
  if (zone instanceof LuxonZone) return zone;
  throw new TypeError(`Not a zone from zones.ts: ${String(zone?.name)}`);
}

/** The record's time zone as `readOutboundRecord` gives it (`GSW_TZ_NAME`, `GSW_TZ_OFFSET`). */
export interface ContactTimeZone {
  name: string | null;
  offsetSeconds: number;
}

/**
 * Abbreviation (upper case) → IANA zones to try, in order. Checked against `GSW_TZ_OFFSET`,
 * so a summer abbreviation read in winter (or a name that means two places) falls through to
 * the next candidate or to a fixed offset.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  // North America
  EST: ['America/New_York', 'America/Toronto', 'America/Cancun', 'America/Panama'],
  EDT: ['America/New_York', 'America/Toronto'],
  ET: ['America/New_York'],
  CST: [
    'America/Chicago',
    'America/Mexico_City',
    'America/Regina',
    'Asia/Shanghai',
    'America/Havana',
  ],
  CDT: ['America/Chicago', 'America/Havana'],
  CT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix', 'America/Edmonton'],
  MDT: ['America/Denver', 'America/Edmonton'],
  MT: ['America/Denver'],
  PST: ['America/Los_Angeles', 'America/Vancouver', 'Asia/Manila'],
  PDT: ['America/Los_Angeles', 'America/Vancouver'],
  PT: ['America/Los_Angeles'],
  AKST: ['America/Anchorage'],
  AKDT: ['America/Anchorage'],
  HST: ['Pacific/Honolulu'],
  AST: ['America/Halifax', 'America/Puerto_Rico', 'Asia/Riyadh'],
  ADT: ['America/Halifax'],
  NST: ['America/St_Johns'],
  NDT: ['America/St_Johns'],
  // Europe
  GMT: ['Europe/London', 'Etc/GMT'],
  UTC: ['Etc/UTC'],
  WET: ['Europe/Lisbon'],
  WEST: ['Europe/Lisbon'],
  BST: ['Europe/London', 'Asia/Dhaka'],
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CET: ['Europe/Paris', 'Europe/Berlin', 'Africa/Lagos'],
  CEST: ['Europe/Paris', 'Europe/Berlin'],
  EET: ['Europe/Athens', 'Europe/Helsinki', 'Africa/Cairo'],
  EEST: ['Europe/Athens', 'Europe/Helsinki'],
  MSK: ['Europe/Moscow'],
  // Asia, Oceania
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  AWST: ['Australia/Perth'],
  ACT: ['Australia/Darwin', 'Australia/Adelaide', 'America/Rio_Branco'],
  ACST: ['Australia/Darwin', 'Australia/Adelaide'],
  ACDT: ['Australia/Adelaide'],
  AEST: ['Australia/Brisbane', 'Australia/Sydney'],
  AEDT: ['Australia/Sydney'],
  NZST: ['Pacific/Auckland'],
  NZDT: ['Pacific/Auckland'],
};

export type InstantInput = DateTime | Date | number | string;

function toDateTime(value: InstantInput): LuxonDateTime {
  if (value instanceof LuxonDateTime) return value;
  if (value instanceof Date) return LuxonDateTime.fromJSDate(value);
  if (typeof value === 'number') return LuxonDateTime.fromMillis(value);
  if (typeof value === 'string') return LuxonDateTime.fromISO(value, { setZone: true });
  return LuxonDateTime.fromMillis(value.toMillis(), { zone: luxonZone(value.zone) });
}

/** `Europe/Paris` → its zone; `null` for abbreviations, fixed zones (`EST`, `Etc/GMT+5`) and nonsense. */
export function regionZone(name: string | null | undefined): Zone | null {
  if (!name || !name.includes('/') || name.startsWith('Etc/')) return null;
  return IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
}

/**
 * The contact's zone from an outbound record (see the module comment), or `null` when the
 * record has no readable offset. `at` is the moment the offset is checked against (now).
 */
export function contactZone(
  record: { timeZone: ContactTimeZone | null } | null | undefined,
  at: InstantInput = Date.now(),
): Zone | null {
  const tz = record?.timeZone;
  if (!tz || !Number.isFinite(tz.offsetSeconds)) return null;
  const ts = toDateTime(at).toMillis();
  const minutes = Math.round(tz.offsetSeconds / 60);
  const name = tz.name?.trim() ?? '';
  const candidates = ZONE_ABBREVIATIONS[name.toUpperCase()] ?? [name];
  for (const candidate of candidates) {
    const zone = candidate.startsWith('Etc/') ? IANAZone.create(candidate) : regionZone(candidate);
    if (zone?.isValid && zone.offset(ts) === minutes) return zone;
  }
  return FixedOffsetZone.instance(minutes);
}

/** The agent's zone: `override` when it is a valid IANA name, else the browser's. */
export function agentZone(override?: string | null): Zone {
  if (override && IANAZone.isValidZone(override)) return IANAZone.create(override);
  return IANAZone.create(new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** True when the two zones show the same wall time at `at` (then one time is enough). */
export function sameOffset(a: Zone, b: Zone, at: InstantInput = Date.now()): boolean {
  const ts = toDateTime(at).toMillis();
  return a.offset(ts) === b.offset(ts);
}

export type TimeStyle = 'time' | 'date' | 'dateTime' | 'timeZone' | 'dateTimeZone';

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  time: LuxonDateTime.TIME_SIMPLE,
  date: LuxonDateTime.DATE_MED,
  dateTime: LuxonDateTime.DATETIME_MED,
  timeZone: { ...LuxonDateTime.TIME_SIMPLE, timeZoneName: 'short' },
  dateTimeZone: { ...LuxonDateTime.DATETIME_MED, timeZoneName: 'short' },
};

/** An instant shown in `zone` for `locale` (BCP 47); `''` when it can't be read. */
export function formatInZone(
  iso: InstantInput,
  zone: Zone,
  locale: string,
  style: TimeStyle = 'dateTime',
): string {
  const format = () => {
    const dt = toDateTime(iso);
    if (!dt.isValid) return '';
    return dt.setZone(luxonZone(zone)).setLocale(locale).toLocaleString(STYLES[style]);
  };
  // Formatting is the costly part of a render: the same input is formatted once.
  const at = typeof iso === 'string' ? iso : minuteKey(toMillisOf(iso));
  return remember(
    formats,
    `${typeof at}:${at}|${zone.type}:${zone.name}|${locale}|${style}`,
    format,
  );
}

/**
 * Every style above shows minutes at most, so an instant given as a number (or a Date, a
 * DateTime) is remembered by its minute: a clock's `now` formatted on each render, or a moment
 * per callback formatted by each element, is one entry a minute rather than one per
 * millisecond. Exact since 1973: every zone's offset has been whole minutes since then (Liberia
 * kept −0:44:30 until 1972); an earlier instant keeps its own key.
 */
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1973, 0, 1);
const minuteKey = (ms: number) =>
  ms >= WHOLE_MINUTE_OFFSETS_SINCE ? `m${Math.floor(ms / 60_000)}` : ms;

const toMillisOf = (value: Exclude<InstantInput, string>) =>
  typeof value === 'number' ? value : toDateTime(value).toMillis();

/**
 * The kit's one date-and-time format for what an element confirms or reports (scheduled,
 * rescheduled, called at): luxon's medium date and time with the zone's short name, in the
 * element's language (`Nov 30, 2026, 9:30 AM PST`; `30 nov. 2026, 09:30 UTC−8` in French).
 * Every confirmation and outcome line goes through it, so one moment reads the same everywhere.
 */
export function formatMoment(at: InstantInput, zone: Zone, locale: string): string {
  return formatInZone(at, zone, locale, 'dateTimeZone');
}

/**
 * Memos of the pure, costly functions of this module (luxon parsing and formatting, Intl
 * formatters): bounded, emptied when full, so a long shift does not grow them. A page shows a
 * few instants at a time (a callback's window, its moments, a record's local time), so 64 is
 * plenty for re-renders; a bound of 512 was reached in a shift bench (each callback formats new
 * instants), and the memos' fill — 0 to 512 entries, ≈ 100 B each — was what the heap
 * figures saw grow or shrink between two samples.
 */
const MEMO_SIZE = 64;
const formats = new Map<string, string>();
const instants = new Map<string, number>();
const relatives = new Map<string, RelativeTime>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const unitFormats = new Map<string, Intl.NumberFormat>();

/** The entries the memos hold now, all together (never more than 5 × 64): a leak check for tests. */
export function memoEntries(): number {
  return [formats, instants, relatives, relativeFormats, unitFormats].reduce(
    (n, m) => n + m.size,
    0,
  );
}

function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  if (memo.has(key)) return memo.get(key)!;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const value = make();
  memo.set(key, value);
  return value;
}

/** Epoch ms of an instant (NaN when invalid); an ISO text is parsed once. */
function millisOf(value: InstantInput): number {
  if (typeof value === 'number') return value;
  const parse = () => {
    const dt = toDateTime(value);
    return dt.isValid ? dt.toMillis() : NaN;
  };
  return typeof value === 'string' ? remember(instants, value, parse) : parse();
}

/** The zone's short name at `at` for `locale`: `EDT`, `GMT+9:30`, `UTC+9:30` for a fixed zone. */
export function zoneName(zone: Zone, locale: string, at: InstantInput = Date.now()): string {
  if (zone.type === 'fixed') return zone.name;
  const short = luxonZone(zone).offsetName(toDateTime(at).toMillis(), { format: 'short', locale });
  return short ?? zone.name;
}

export type RelativeTime =
  | { when: 'now' }
  | {
      when: 'future' | 'past';
      /** `in 12 min.` / `3 min. ago` (Intl.RelativeTimeFormat). */ text: string;
      /** `12 min` (Intl.NumberFormat unit): for catalogue sentences such as "3 min overdue". */ amount: string;
    };

/**
 * `iso` relative to `now` in `locale`: minutes up to 90 min, hours up to 36 h, then days;
 * within 30 s it is `now`. The catalogue words the past ("3 min overdue"); luxon and Intl
 * never guess that a past time is late.
 */
export function relativeTo(
  iso: InstantInput,
  now: InstantInput,
  locale: string,
): RelativeTime | null {
  const ms = millisOf(iso) - millisOf(now);
  if (Number.isNaN(ms)) return null;
  const abs = Math.abs(ms);
  if (abs < 30_000) return { when: 'now' };
  const minutes = abs / 60_000;
  const [value, unit] =
    minutes < 90
      ? [Math.round(minutes), 'minute' as const]
      : minutes < 36 * 60
        ? [Math.round(minutes / 60), 'hour' as const]
        : [Math.round(minutes / 1440), 'day' as const];
  // Relative times are worded once per value (they change with the ticker, not every render).
  const signed = ms < 0 ? -value : value;
  return remember(relatives, `${locale}|${signed}|${unit}`, () => {
    const rtf = remember(
      relativeFormats,
      locale,
      () => new Intl.RelativeTimeFormat(locale, { style: 'short', numeric: 'always' }),
    );
    const nf = remember(
      unitFormats,
      `${locale}|${unit}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }),
    );
    const text = rtf.format(signed, unit);
    return { when: ms < 0 ? 'past' : 'future', text, amount: nf.format(value) } as const;
  });
}

export type LocalDateTimeFailure =
  | 'empty-date'
  | 'empty-time'
  | 'date-format'
  | 'time-format'
  | 'impossible-date'
  | 'impossible-time'
  | 'skipped-time';

export type LocalDateTimeResult =
  | {
      ok: true;
      value: DateTime;
      /** The second occurrence of a fall-back time, else `null`. */ later: DateTime | null;
    }
  | {
      ok: false;
      reason: LocalDateTimeFailure;
      field: 'date' | 'time';
      /** For `skipped-time`: the wall time moved past the gap. */ suggestion?: DateTime;
    };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * A date (`YYYY-MM-DD` as `<input type=date>` gives it, or the seed's `MM/DD/YYYY`) and a
 * 24-hour time (`HH:MM`, as `<input type=time>` gives it) read as a wall time in `zone`.
 * See the module comment for skipped and ambiguous times.
 */
export function parseLocalDateTime(
  dateText: string,
  timeText: string,
  zone: Zone,
): LocalDateTimeResult {
  const d = dateText.trim();
  const t = timeText.trim();
  if (!d) return { ok: false, reason: 'empty-date', field: 'date' };
  const dm = ISO_DATE.exec(d);
  const um = dm ? null : US_DATE.exec(d);
  if (!dm && !um) return { ok: false, reason: 'date-format', field: 'date' };
  const [year, month, day] = dm
    ? [dm[1], dm[2], dm[3]].map(Number)
    : [um![3], um![1], um![2]].map(Number);
  const calendar = LuxonDateTime.fromObject({ year, month, day }, { zone: 'utc' });
  if (!calendar.isValid || year < 1900)
    return { ok: false, reason: 'impossible-date', field: 'date' };
  if (!t) return { ok: false, reason: 'empty-time', field: 'time' };
  const tm = TIME.exec(t);
  if (!tm) return { ok: false, reason: 'time-format', field: 'time' };
  const [hour, minute] = [Number(tm[1]), Number(tm[2])];
  if (hour > 23 || minute > 59) return { ok: false, reason: 'impossible-time', field: 'time' };

  // The wall time read as UTC, then every offset the zone has around it: the ones that map
  // back onto the same wall time are the real instants (0: skipped, 2: ambiguous).
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = [...new Set([-1, 0, 1].map((days) => zone.offset(wall + days * 86_400_000)))];
  const instants = offsets
    .map((offset) => wall - offset * 60_000)
    .filter((ts) => zone.offset(ts) === (wall - ts) / 60_000)
    .sort((a, b) => a - b);
  if (instants.length === 0) {
    return {
      ok: false,
      reason: 'skipped-time',
      field: 'time',
      suggestion: LuxonDateTime.fromObject(
        { year, month, day, hour, minute },
        { zone: luxonZone(zone) },
      ),
    };
  }
  const at = (ts: number) => LuxonDateTime.fromMillis(ts, { zone: luxonZone(zone) });
  return {
    ok: true,
    value: at(instants[0]),
    later: instants.length > 1 ? at(instants[instants.length - 1]) : null,
  };
}

/** `rescheduleRecord`'s `MM/DD/YYYY HH:MM`, the wall time of `dt` in the record's zone. */
export function toRescheduleDate(dt: DateTime, zone: Zone): string {
  return toDateTime(dt)
    .setZone(luxonZone(zone))
    .reconfigure({ locale: 'en-US', numberingSystem: 'latn', outputCalendar: 'gregory' })
    .toFormat('MM/dd/yyyy HH:mm');
}

/**
 * The instant `rescheduleRecord`'s `MM/DD/YYYY HH:MM` names in the record's zone (the inverse of
 * `toRescheduleDate`; a fall-back time that happens twice is its first occurrence); null when the
 * text can't be read or names a skipped time.
 */
export function readRescheduleDate(text: string, zone: Zone): DateTime | null {
  const [date = '', time = ''] = text.trim().split(/\s+/);
  const r = parseLocalDateTime(date, time, zone);
  return r.ok ? r.value : null;
}

/** `YYYY-MM-DD` and `HH:MM` of an instant in `zone`: values for `<input type=date>` / `<input type=time>`. */
export function toInputValues(dt: InstantInput, zone: Zone): { date: string; time: string } {
  const local = toDateTime(dt)
    .setZone(luxonZone(zone))
    .reconfigure({ locale: 'en-US', numberingSystem: 'latn', outputCalendar: 'gregory' });
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
}

/**
 * Whether `dt` falls inside the record's calling window (`GSW_FROM` … `GSW_UNTIL`, seconds of
 * the day in `zone`, both included). A window whose start is after its end runs past midnight
 * (79200 … 7200 is 22:00 to 02:00). A missing edge is open.
 */
export function withinCallingWindow(
  dt: InstantInput,
  zone: Zone,
  fromSeconds: number | null,
  untilSeconds: number | null,
): boolean {
  const local = toDateTime(dt).setZone(luxonZone(zone));
  const s = local.hour * 3600 + local.minute * 60 + local.second;
  const from = fromSeconds ?? 0;
  const until = untilSeconds ?? 86_400;
  return from <= until ? s >= from && s <= until : s >= from || s <= until;
}

/** Epoch milliseconds of an instant (ISO, Date, DateTime, ms), `NaN` when unreadable. */
export function toMillis(value: InstantInput): number {
  const dt = toDateTime(value);
  return dt.isValid ? dt.toMillis() : Number.NaN;
}
