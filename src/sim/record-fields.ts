/**
 * Validation of `outbound.updateRecordFields` against the record's `outbound.Field`s (seed 003).
 *
 * Rules, checked for every given field in order; the first failure rejects the whole update
 * and nothing is written:
 * - unknown field → fails; non-editable field → fails (seed: "the operation fails");
 * - null / undefined / '' on a mandatory field → fails (seed); on another field it clears it;
 * - the value must have the field's `valueType`: a JS number for `number`, a string for
 *   `string`, and for `boolean` a boolean or the strings 'true' / 'false' (we accept both, the
 *   form WWE keeps in user data) — strict otherwise: '3' is not a number;
 * - then the field type: int (integer), float (finite), char (one character), var-char (≤ 255),
 *   date `MM/DD/YYYY HH:MM`, time `HH:MM`, bool, enum (a key of `options`).
 */
import type { RecordField } from '../bridge/api.js';
import { fieldErrorTexts } from '../bridge/field-error-texts.js';
import { parseDateTime, parseTime } from './datetime.js';

export type FieldValue = string | number | boolean | null;
export type UpdateResult = { ok: true; values: Record<string, FieldValue> } | { ok: false; error: string };

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

function fieldTypeOf(f: RecordField) {
  return f.fieldType ?? f.type;
}

/** Checks one value against one field; returns the normalised value or an error text. */
export function checkFieldValue(field: RecordField, value: unknown): { ok: true; value: FieldValue } | { ok: false; error: string } {
  const name = field.name;
  if (!field.isEditable) return { ok: false, error: fieldErrorTexts['not-editable'](name) };
  if (isEmpty(value)) {
    return field.isMandatory ? { ok: false, error: fieldErrorTexts.mandatory(name) } : { ok: true, value: value === '' ? '' : null };
  }
  let v: unknown = value;
  if (field.valueType === 'number' && (typeof v !== 'number' || !Number.isFinite(v))) {
    return { ok: false, error: fieldErrorTexts['value-type'](name, 'number', v) };
  }
  if (field.valueType === 'string' && typeof v !== 'string') return { ok: false, error: fieldErrorTexts['value-type'](name, 'string', v) };
  if (field.valueType === 'boolean') {
    if (v === 'true' || v === 'false') v = v === 'true';
    if (typeof v !== 'boolean') return { ok: false, error: fieldErrorTexts['value-type'](name, 'boolean', v) };
  }
  switch (fieldTypeOf(field)) {
    case 'int': {
      const n = typeof v === 'number' ? v : Number(v);
      if (!(typeof v === 'number' || /^-?\d+$/.test(String(v))) || !Number.isSafeInteger(n)) return { ok: false, error: fieldErrorTexts.int(name, v) };
      break;
    }
    case 'float': {
      const ok = typeof v === 'number' ? Number.isFinite(v) : /^-?\d+(\.\d+)?$/.test(String(v));
      if (!ok) return { ok: false, error: fieldErrorTexts.float(name, v) };
      break;
    }
    case 'char':
      if (typeof v !== 'string' || [...v].length !== 1) return { ok: false, error: fieldErrorTexts.char(name, v) };
      break;
    case 'var-char':
      if (typeof v !== 'string' || v.length > 255) return { ok: false, error: fieldErrorTexts['var-char'](name, v) };
      break;
    case 'date':
      if (!parseDateTime(v)) return { ok: false, error: fieldErrorTexts.date(name, v) };
      break;
    case 'time':
      if (!parseTime(v)) return { ok: false, error: fieldErrorTexts.time(name, v) };
      break;
    case 'bool':
      if (typeof v !== 'boolean') return { ok: false, error: fieldErrorTexts.bool(name, v) };
      break;
    case 'enum':
      if (!field.options || !Object.prototype.hasOwnProperty.call(field.options, String(v))) {
        return { ok: false, error: fieldErrorTexts.enum(name, v) };
      }
      break;
    default:
      break;
  }
  return { ok: true, value: v as FieldValue };
}

/** Validates a whole update; fails whole on the first refused field. */
export function validateRecordUpdate(fields: readonly RecordField[], data: unknown): UpdateResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Error: The record data must be an object of field names and values.' };
  }
  const values: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(data)) {
    const field = fields.find((f) => f.name === name);
    if (!field) return { ok: false, error: fieldErrorTexts.unknown(name) };
    const r = checkFieldValue(field, value);
    if (!r.ok) return r;
    values[name] = r.value;
  }
  return { ok: true, values };
}
