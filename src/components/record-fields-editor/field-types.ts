/**
 * Parsing, formatting and conversion of outbound record fields, per `fieldType` (seed 003
 * `outbound.Field`). Pure: no DOM, no strings for people (a failure is a `FieldProblem` with a
 * catalogue key and its parameters; `problem-messages.ts` words it).
 *
 * Three forms of a value:
 * - the **text** the agent types or the control holds (`'1.5'`, `'3/7/2025 9:05'`, `'true'`,
 *   an enum key);
 * - the typed **model** value: `int` / `float` → number, `char` / `var-char` → string, `date` →
 *   `LocalDateTime`, `time` → `LocalTime`, `bool` → boolean, `enum` → the option key; `null`
 *   when empty;
 * - the **wire** value `updateRecordFields` takes, of the field's `valueType`.
 *
 * What the agent may type (the rules of the values themselves are `bridge/record-values.ts`,
 * shared with the simulated workspace):
 * - numbers: digits with an optional sign; spaces around are ignored. Decimals take a **dot**,
 *   in every language: `16,64` is refused with the dot form to use, because a comma is also a
 *   thousands separator (`1,000`) and guessing would change the amount. No thousands
 *   separators, no exponents. An int field takes `3.0` (a whole number) but not `1.5`.
 * - date: `MM/DD/YYYY HH:MM`, month first, 24-hour; one-digit month, day and hour are fine
 *   (`3/7/2025 9:05` is sent as `03/07/2025 09:05`). 24:00 is refused (write 00:00 of the next day).
 * - time: `HH:MM`, 24-hour; `10.15` and `10h15` read as 10:15.
 * - bool: a checkbox, so `'true'` / `'false'`; unticked and never set reads as false.
 * - char / var-char: taken as typed (spaces kept); only `''` is empty.
 */
import type { RecordField } from '../../bridge/api.js';
import type { FieldType } from '../../bridge/enums.js';
import {
  VAR_CHAR_MAX,
  MIN_YEAR,
  charCount,
  checkDateTimeText,
  checkTimeText,
  formatDateTimeText,
  formatTimeLike,
  formatTimeText,
  isEnumKey,
  type DateTimeProblem,
  type LocalDateTime,
  type LocalTime,
  type WireValue,
} from '../../bridge/record-values.js';

export interface ModelValues {
  int: number;
  float: number;
  char: string;
  'var-char': string;
  date: LocalDateTime;
  time: LocalTime;
  bool: boolean;
  enum: string;
}
export type ModelValue = ModelValues[FieldType] | null;

/** Why a text is not a value of its field: a catalogue key (`recordFields.problems`) and its parameters. */
export type FieldProblem =
  | { key: 'required' }
  | { key: 'intFraction'; text: string }
  | { key: 'intNotNumber'; text: string }
  | { key: 'intRange'; text: string }
  | { key: 'separator'; text: string; suggestion: string }
  | { key: 'decimalComma'; text: string; suggestion: string }
  | { key: 'floatNotNumber'; text: string }
  | { key: 'floatRange'; text: string }
  | { key: 'charLength'; text: string; count: number }
  | { key: 'varCharLength'; count: number; max: number }
  | { key: 'dateFormat'; text: string }
  | { key: 'dateNoTime'; text: string }
  | { key: 'month'; month: number }
  | { key: 'day'; day: number; month: number; days: number }
  | { key: 'leapDay'; year: number }
  | { key: 'year'; year: number; min: number }
  | { key: 'hour'; hour: number }
  | { key: 'hour24' }
  | { key: 'minute'; minute: number }
  | { key: 'timeFormat'; text: string }
  | { key: 'bool'; text: string }
  | { key: 'enum'; text: string }
  | { key: 'valueType'; valueType: string; fieldType: string };

export type FieldProblemKey = FieldProblem['key'];
export type Parsed<T = ModelValue> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

type FieldShape = Pick<RecordField, 'fieldType' | 'isMandatory' | 'options'>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: FieldProblem): Parsed<never> => ({ ok: false, problem });

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;
const ONE_COMMA = /^[+-]?\d*,\d+$/;
/** Digits grouped by commas, spaces (incl. no-break) or apostrophes, with an optional dot decimal part. */
const GROUPED = /^[+-]?\d{1,3}([,'\s\u00a0\u202f]\d{3})+(\.\d+)?$/;

/** Unicode minus and full-width digits are what some keyboards and pastes give. */
function normaliseNumberText(text: string): string {
  return text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

function parseInt_(text: string): Parsed<number | null> {
  const t = normaliseNumberText(text);
  if (t === '') return ok(null);
  if (GROUPED.test(t) && !t.includes('.'))
    return fail({ key: 'separator', text, suggestion: t.replace(/[^\d+-]/g, '') });
  if (WHOLE.test(t) || DECIMAL.test(t) || ONE_COMMA.test(t)) {
    const n = Number(t.replace(',', '.'));
    if (!Number.isInteger(n))
      return Number.isFinite(n)
        ? fail({ key: 'intFraction', text })
        : fail({ key: 'intRange', text });
    if (!Number.isSafeInteger(n)) return fail({ key: 'intRange', text });
    return ok(n === 0 ? 0 : n); // no -0
  }
  return fail({ key: 'intNotNumber', text });
}

function parseFloat_(text: string): Parsed<number | null> {
  const t = normaliseNumberText(text);
  if (t === '') return ok(null);
  if (WHOLE.test(t) || DECIMAL.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? ok(n === 0 ? 0 : n) : fail({ key: 'floatRange', text });
  }
  if (
    GROUPED.test(t) &&
    (t.includes('.') || /[\s'\u00a0\u202f]/.test(t) || (t.match(/,/g)?.length ?? 0) > 1)
  ) {
    return fail({ key: 'separator', text, suggestion: t.replace(/[,'\s\u00a0\u202f]/g, '') });
  }
  if (ONE_COMMA.test(t))
    return fail({ key: 'decimalComma', text, suggestion: t.replace(',', '.') });
  return fail({ key: 'floatNotNumber', text });
}

function dateTimeProblem(
  problem: DateTimeProblem,
  text: string,
  format: 'dateFormat' | 'timeFormat',
  minute = 0,
): FieldProblem {
  switch (problem.kind) {
    case 'format':
      return { key: format, text };
    case 'no-time':
      return { key: 'dateNoTime', text };
    case 'month':
      return { key: 'month', month: problem.month };
    case 'day':
      return { key: 'day', day: problem.day, month: problem.month, days: problem.days };
    case 'leap-day':
      return { key: 'leapDay', year: problem.year };
    case 'year':
      return { key: 'year', year: problem.year, min: MIN_YEAR };
    case 'hour':
      return problem.hour === 24 && minute === 0
        ? { key: 'hour24' }
        : { key: 'hour', hour: problem.hour };
    case 'minute':
      return { key: 'minute', minute: problem.minute };
  }
}

const minuteOf = (t: string) => Number(/:(\d{2})\s*$/.exec(t)?.[1] ?? 0);

function parseDate(text: string): Parsed<LocalDateTime | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  const r = checkDateTimeText(t, { lenient: true });
  return r.ok ? ok(r.value) : fail(dateTimeProblem(r.problem, text, 'dateFormat', minuteOf(t)));
}

function parseTime(text: string): Parsed<LocalTime | null> {
  const t = text.trim().replace(/^(\d{1,2})[.hH](\d{2})$/, '$1:$2');
  if (t === '') return ok(null);
  const r = checkTimeText(t, { lenient: true });
  return r.ok ? ok(r.value) : fail(dateTimeProblem(r.problem, text, 'timeFormat', minuteOf(t)));
}

/**
 * The agent's text → the field's model value (`null` when empty), or the problem. An empty
 * mandatory field is a `required` problem.
 */
export function parseFieldText(field: FieldShape, text: string): Parsed {
  const r = parseByType(field, text);
  if (r.ok && r.value === null && field.isMandatory) return fail({ key: 'required' });
  return r;
}

function parseByType(field: FieldShape, text: string): Parsed {
  switch (field.fieldType) {
    case 'int':
      return parseInt_(text);
    case 'float':
      return parseFloat_(text);
    case 'char':
      if (text === '') return ok(null);
      return charCount(text) === 1
        ? ok(text)
        : fail({ key: 'charLength', text, count: charCount(text) });
    case 'var-char': {
      if (text === '') return ok(null);
      const count = charCount(text);
      return count <= VAR_CHAR_MAX
        ? ok(text)
        : fail({ key: 'varCharLength', count, max: VAR_CHAR_MAX });
    }
    case 'date':
      return parseDate(text);
    case 'time':
      return parseTime(text);
    case 'bool': {
      const t = text.trim().toLowerCase();
      if (t === 'true') return ok(true);
      if (t === 'false' || t === '') return ok(false); // a checkbox has no "unset": unticked is false
      return fail({ key: 'bool', text });
    }
    case 'enum':
      if (text === '') return ok(null);
      return isEnumKey(field, text) ? ok(text) : fail({ key: 'enum', text });
    default:
      return ok(text === '' ? null : text);
  }
}

/** A number as plain decimal text, never in exponent form (`1e21` → `1000000000000000000000`, `1e-7` → `0.0000001`). */
export function plainNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp); // position of the decimal point in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The model value as the control shows it (the canonical text: what `parseFieldText` reads back to the same value). */
export function formatFieldValue(field: Pick<RecordField, 'fieldType'>, value: ModelValue): string {
  if (value === null) return '';
  switch (field.fieldType) {
    case 'int':
    case 'float':
      return plainNumber(value as number);
    case 'date':
      return formatDateTimeText(value as LocalDateTime);
    case 'time':
      return formatTimeText(value as LocalTime);
    case 'bool':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

/**
 * The workspace's value (`outbound.Field.value`, any `valueType`) as the control's text. A value
 * the field type can't read is shown as it is, so the agent sees what the workspace holds.
 */
export function textFromWorkspace(
  field: Pick<RecordField, 'fieldType' | 'isMandatory' | 'options'>,
  value: unknown,
): string {
  if (value === null || value === undefined) return '';
  if (field.fieldType === 'bool')
    return value === true || value === 'true'
      ? 'true'
      : value === false || value === 'false'
        ? 'false'
        : String(value);
  const raw = typeof value === 'number' ? plainNumber(value) : String(value);
  const parsed = parseByType(field, raw);
  return parsed.ok && parsed.value !== null ? formatFieldValue(field, parsed.value) : raw;
}

/**
 * The model value converted to the field's `valueType` for `updateRecordFields`. Empty is
 * `''` for a string field and `null` otherwise (both clear a field that is not mandatory).
 * A type the value can't take (a date as a number) is a `valueType` problem.
 */
export function toWireValue(
  field: Pick<RecordField, 'fieldType' | 'valueType'> & Partial<Pick<RecordField, 'value'>>,
  value: ModelValue,
): Parsed<WireValue> {
  const { valueType, fieldType } = field;
  if (value === null) return ok(valueType === 'string' ? '' : null);
  const typeProblem = () => fail({ key: 'valueType', valueType, fieldType });
  // A time goes back in the form the record used (`10.15` stays dotted).
  const text =
    fieldType === 'time'
      ? formatTimeLike(value as LocalTime, field.value)
      : formatFieldValue(field, value);
  switch (valueType) {
    case 'string':
      return ok(text);
    case 'number':
      if (typeof value === 'number') return ok(value);
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))
        return ok(Number(value));
      return typeProblem();
    case 'boolean':
      if (typeof value === 'boolean') return ok(value);
      if (value === 'true' || value === 'false') return ok(value === 'true');
      return typeProblem();
    default:
      return typeProblem();
  }
}

/** Text → wire in one step: the value to send, or the problem with the text. */
export function wireFromText(field: RecordField, text: string): Parsed<WireValue> {
  const parsed = parseFieldText(field, text);
  return parsed.ok ? toWireValue(field, parsed.value) : parsed;
}
