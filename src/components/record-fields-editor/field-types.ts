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
import { fail, ok, type FieldProblem, type ModelValue, type Parsed } from './field-problem.js';
import { parseFloatText, parseIntText, plainNumber } from './number-text.js';

export type {
  FieldProblem,
  FieldProblemKey,
  ModelValue,
  ModelValues,
  Parsed,
} from './field-problem.js';
export { plainNumber } from './number-text.js';

type FieldShape = Pick<RecordField, 'fieldType' | 'isMandatory' | 'options'>;

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
      return parseIntText(text);
    case 'float':
      return parseFloatText(text);
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
