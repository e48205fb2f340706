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
 * The rules themselves are the kit's (`src/bridge/record-values.ts`), shared with the record editor.
 */
import type { RecordField } from '../bridge/api.js';
import { fieldErrorTexts } from '../bridge/field-error-texts.js';
import { checkWireValue } from '../bridge/record-values.js';

export type FieldValue = string | number | boolean | null;
export type UpdateResult =
  { ok: true; values: Record<string, FieldValue> } | { ok: false; error: string };

/** Checks one value against one field (rules in `bridge/record-values.ts`); returns the stored value or the host's error text. */
export function checkFieldValue(
  field: RecordField,
  value: unknown,
): { ok: true; value: FieldValue } | { ok: false; error: string } {
  const r = checkWireValue(field, value);
  if (r.ok) return r;
  const name = field.name;
  switch (r.reason) {
    case 'unknown':
    case 'not-editable':
    case 'mandatory':
      return { ok: false, error: fieldErrorTexts[r.reason](name) };
    case 'value-type':
      return { ok: false, error: fieldErrorTexts['value-type'](name, field.valueType, r.value) };
    default:
      return { ok: false, error: fieldErrorTexts[r.reason](name, r.value) };
  }
}

/** Validates a whole update; fails whole on the first refused field. */
export function validateRecordUpdate(fields: readonly RecordField[], data: unknown): UpdateResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      error: 'Error: The record data must be an object of field names and values.',
    };
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
