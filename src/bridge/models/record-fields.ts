/**
 * `outbound.Field` entries from `outbound.getRecordFields`, normalised. The seed's own sample
 * writes `type` instead of `fieldType` once and leaves out `displayName` once: both are read.
 */
import type { RecordField } from '../api.js';
import { FIELD_TYPES, VALUE_TYPES, isOneOf } from '../enums.js';
import { isRecord, show } from './read.js';

export type RecordFieldResult = { ok: true; field: RecordField } | { ok: false; reason: string };

const flag = (v: unknown): boolean =>
  v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');

/**
 * One field, or the reason it cannot be used: no name, an unknown `fieldType` / `valueType`.
 * Output: `fieldType` set (from `fieldType` or `type`, any case), no `type`; `displayName`
 * defaults to `name`; `value` is `null` when absent; `isMandatory` / `isEditable` are booleans
 * (`"true"` counts; absent is `false`); `options` (string → string) only on enum fields.
 */
export function checkRecordField(raw: unknown): RecordFieldResult {
  if (!isRecord(raw)) return { ok: false, reason: `not a field object: ${show(raw)}` };
  const { name, displayName, value, options } = raw;
  if (typeof name !== 'string' || name.trim() === '')
    return { ok: false, reason: `field without a name: ${show(name)}` };
  const typeGiven = raw.fieldType ?? raw.type;
  const fieldType = typeof typeGiven === 'string' ? typeGiven.trim().toLowerCase() : typeGiven;
  if (!isOneOf(FIELD_TYPES, fieldType))
    return { ok: false, reason: `${name}: unknown fieldType ${show(typeGiven)}` };
  const valueType =
    typeof raw.valueType === 'string' ? raw.valueType.trim().toLowerCase() : raw.valueType;
  if (!isOneOf(VALUE_TYPES, valueType))
    return { ok: false, reason: `${name}: unknown valueType ${show(raw.valueType)}` };

  const field: RecordField = {
    name,
    displayName: typeof displayName === 'string' && displayName.trim() !== '' ? displayName : name,
    value:
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null,
    isMandatory: flag(raw.isMandatory),
    isEditable: flag(raw.isEditable),
    fieldType,
    valueType,
  };
  if (fieldType === 'enum') {
    field.options = {};
    for (const [key, label] of Object.entries(isRecord(options) ? options : {})) {
      if (label !== null && label !== undefined && typeof label !== 'object')
        field.options[key] = String(label);
    }
  }
  return { ok: true, field };
}

/** One field, or `null` (use `checkRecordField` for the reason). */
export function normaliseRecordField(raw: unknown): RecordField | null {
  const result = checkRecordField(raw);
  return result.ok ? result.field : null;
}

/** The usable fields in order, and the rejected ones with their index and reason. */
export function normaliseRecordFields(list: unknown): {
  fields: RecordField[];
  rejected: Array<{ index: number; reason: string }>;
} {
  const fields: RecordField[] = [];
  const rejected: Array<{ index: number; reason: string }> = [];
  (Array.isArray(list) ? list : []).forEach((raw, index) => {
    const result = checkRecordField(raw);
    if (result.ok) fields.push(result.field);
    else rejected.push({ index, reason: result.reason });
  });
  return { fields, rejected };
}

/** An enum field's options as `{ value, label }`, numeric values in numeric order, others after by label. */
export function recordFieldOptions(
  field: Pick<RecordField, 'options'>,
): Array<{ value: string; label: string }> {
  const numeric = (v: string) => /^-?\d+(\.\d+)?$/.test(v);
  return Object.entries(field.options ?? {})
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => {
      const [na, nb] = [numeric(a.value), numeric(b.value)];
      if (na && nb) return Number(a.value) - Number(b.value);
      return na === nb ? a.label.localeCompare(b.label) : na ? -1 : 1;
    });
}
