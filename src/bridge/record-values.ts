/**
 * The rules of outbound record values (seed 003 `outbound.Field`, `updateRecordFields`), written
 * once: the simulated workspace judges an update with them and the kit's record editor parses
 * the agent's text with them, so the two can never disagree.
 *
 * - `int`: a safe integer; `float`: a finite number; `char`: exactly one character (a Unicode
 *   code point, so an emoji counts as one); `var-char`: at most `VAR_CHAR_MAX` characters;
 *   `date`: `MM/DD/YYYY HH:MM`, a real calendar day from `MIN_YEAR`, 24-hour time;
 *   `time`: `HH:MM` (the type table) or `HH.MM` (the seed's samples: `10.15`), 00:00 to 23:59
 *   (24:00 is refused: write 00:00); `bool`; `enum`: a key of
 *   the field's `options`.
 * - On the wire, a value has the field's `valueType`: a JS number for `number`, a string for
 *   `string`, a boolean (or `'true'` / `'false'`, the form kept in user data) for `boolean`.
 *   Numbers sent as strings must read as such (`'16.64'`, `'-3'`; no exponent, no comma).
 */
import type { RecordField } from './api.js';
import type { FieldErrorReason } from './field-error-texts.js';

/** The longest `var-char` value, in characters (the workspace's default column size). */
export const VAR_CHAR_MAX = 255;
/** The earliest year a `date` field takes. */
export const MIN_YEAR = 1900;

export type WireValue = string | number | boolean | null;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}
export interface LocalTime {
  hour: number;
  minute: number;
}

/** Why a date or time text is not one, with what the agent needs to fix it. */
export type DateTimeProblem =
  | { kind: 'format' }
  | { kind: 'no-time' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; days: number }
  | { kind: 'leap-day'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'hour'; hour: number }
  | { kind: 'minute'; minute: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: DateTimeProblem };

export interface DateTimeTextOptions {
  /** Accept one-digit month, day and hour, and spaces around the text (the agent's typing). Default: strict, as on the wire. */
  lenient?: boolean;
}

const STRICT_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/;
const LENIENT_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;
// Seed 003's type table says `HH:MM`; its own samples write `10.15`: both are read.
const STRICT_TIME = /^(\d{2})[:.](\d{2})$/;
const LENIENT_TIME = /^(\d{1,2})[:.](\d{2})$/;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

function checkClock(hour: number, minute: number): DateTimeProblem | null {
  if (hour > 23) return { kind: 'hour', hour };
  if (minute > 59) return { kind: 'minute', minute };
  return null;
}

/** `HH:MM` → `{ hour, minute }`, or the problem. */
export function checkTimeText(text: unknown, opts: DateTimeTextOptions = {}): Checked<LocalTime> {
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'format' } };
  const m = (opts.lenient ? LENIENT_TIME : STRICT_TIME).exec(opts.lenient ? text.trim() : text);
  if (!m) return { ok: false, problem: { kind: 'format' } };
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  const problem = checkClock(hour, minute);
  return problem ? { ok: false, problem } : { ok: true, value: { hour, minute } };
}

/**
 * `MM/DD/YYYY HH:MM` → the local date-time, or the first problem in reading order: month, day
 * (Feb 29 of a common year is its own problem), year, then the time.
 */
export function checkDateTimeText(
  text: unknown,
  opts: DateTimeTextOptions = {},
): Checked<LocalDateTime> {
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'format' } };
  const m = (opts.lenient ? LENIENT_DATE : STRICT_DATE).exec(opts.lenient ? text.trim() : text);
  if (!m) return { ok: false, problem: { kind: 'format' } };
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'month', month } };
  if (month === 2 && day === 29 && !isLeapYear(year))
    return { ok: false, problem: { kind: 'leap-day', year } };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, problem: { kind: 'day', day, month, days } };
  if (year < MIN_YEAR) return { ok: false, problem: { kind: 'year', year } };
  if (m[4] === undefined) return { ok: false, problem: { kind: 'no-time' } };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  const problem = checkClock(hour, minute);
  return problem ? { ok: false, problem } : { ok: true, value: { year, month, day, hour, minute } };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `{ 2025, 3, 7, 9, 5 }` → `03/07/2025 09:05`. */
export function formatDateTimeText(dt: LocalDateTime): string {
  return `${pad(dt.month)}/${pad(dt.day)}/${pad(dt.year, 4)} ${formatTimeText(dt)}`;
}

/** `{ 9, 5 }` → `09:05`. */
export function formatTimeText(t: LocalTime): string {
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * A time in the form a record already uses: `10.15` when its value was written with a dot
 * (as the seed's samples write `GSW_FROM`), else `10:15`.
 */
export function formatTimeLike(t: LocalTime, like: unknown): string {
  const text = formatTimeText(t);
  return typeof like === 'string' && /^\s*\d{1,2}\.\d{2}\s*$/.test(like)
    ? text.replace(':', '.')
    : text;
}

/** Characters as the agent counts them: code points (an emoji is one). */
export const charCount = (s: string) => [...s].length;

/** Number texts the wire takes for a number kept as a string. */
export const INT_TEXT = /^-?\d+$/;
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export const isEmptyValue = (v: unknown) => v === null || v === undefined || v === '';

export const isEnumKey = (field: Pick<RecordField, 'options'>, key: unknown): boolean =>
  !!field.options &&
  (typeof key === 'string' || typeof key === 'number') &&
  Object.prototype.hasOwnProperty.call(field.options, String(key));

export type WireCheck =
  { ok: true; value: WireValue } | { ok: false; reason: FieldErrorReason; value: unknown };

/**
 * Whether the workspace takes `value` for `field` in `updateRecordFields`: editable, mandatory,
 * `valueType`, then the field type. Returns the value as stored (`'true'` → `true` for a
 * boolean; `''` or `null` clears a field that is not mandatory).
 */
export function checkWireValue(field: RecordField, value: unknown): WireCheck {
  if (!field.isEditable) return { ok: false, reason: 'not-editable', value };
  if (isEmptyValue(value)) {
    return field.isMandatory
      ? { ok: false, reason: 'mandatory', value }
      : { ok: true, value: value === '' ? '' : null };
  }
  let v: unknown = value;
  if (field.valueType === 'number' && (typeof v !== 'number' || !Number.isFinite(v)))
    return { ok: false, reason: 'value-type', value: v };
  if (field.valueType === 'string' && typeof v !== 'string')
    return { ok: false, reason: 'value-type', value: v };
  if (field.valueType === 'boolean') {
    if (v === 'true' || v === 'false') v = v === 'true';
    if (typeof v !== 'boolean') return { ok: false, reason: 'value-type', value: v };
  }
  const fail = (reason: FieldErrorReason): WireCheck => ({ ok: false, reason, value: v });
  switch (field.fieldType ?? field.type) {
    case 'int':
      if (
        !Number.isSafeInteger(
          typeof v === 'number' ? v : INT_TEXT.test(String(v)) ? Number(v) : NaN,
        )
      )
        return fail('int');
      break;
    case 'float':
      if (
        !(typeof v === 'number'
          ? Number.isFinite(v)
          : DECIMAL_TEXT.test(String(v)) && Number.isFinite(Number(v)))
      )
        return fail('float');
      break;
    case 'char':
      if (typeof v !== 'string' || charCount(v) !== 1) return fail('char');
      break;
    case 'var-char':
      if (typeof v !== 'string' || charCount(v) > VAR_CHAR_MAX) return fail('var-char');
      break;
    case 'date':
      if (!checkDateTimeText(v).ok) return fail('date');
      break;
    case 'time':
      if (!checkTimeText(v).ok) return fail('time');
      break;
    case 'bool': // a bool kept as a string (valueType 'string') is 'true' or 'false'
      if (typeof v !== 'boolean' && v !== 'true' && v !== 'false') return fail('bool');
      break;
    case 'enum':
      if (!isEnumKey(field, v)) return fail('enum');
      break;
    default:
      break;
  }
  return { ok: true, value: v as WireValue };
}
