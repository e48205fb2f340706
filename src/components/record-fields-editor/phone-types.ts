/**
 * Phone types (seed 003 `GSW_PHONE_TYPE`) in words. Which text is the kit's and which is the
 * workspace's:
 * - the chain's Type column: the kit reads a record's code and names it itself (`PHONE_TYPES`),
 *   so the name is kit text, from the catalogue (`recordFields.phoneTypes`), in the agent's language;
 * - the `GSW_PHONE_TYPE` field's options come from the workspace (`getRecordFields`): its data,
 *   shown as given — except a label that is exactly the seed's standard name for its code (what
 *   a workspace sends unless it was customised). That is the same word the chain shows, so it is
 *   said the same way, in the agent's language. Any other label (a customised one) and every
 *   other enum field's options stay as the workspace gave them.
 */
import type { RecordField } from '../../bridge/api.js';
import { PHONE_TYPES } from '../../bridge/enums.js';
import { DEFAULT_OUTBOUND_KEYS } from '../../bridge/models/index.js';
import type { Messages } from '../../i18n/messages.js';

type Names = Messages['recordFields']['phoneTypes'];

/** The catalogue's name of a phone type code, or `null` for a code the seed does not list. */
export function phoneTypeName(
  code: number | string | null | undefined,
  names: Names,
): string | null {
  if (code === null || code === undefined) return null;
  return (names as Readonly<Record<string, string>>)[String(code)] ?? null;
}

/** What an enum field's option shows: the workspace's label, or the catalogue's name for a standard phone type (see above). */
export function optionLabel(
  field: Pick<RecordField, 'name'>,
  value: string,
  label: string,
  names: Names,
): string {
  if (field.name !== DEFAULT_OUTBOUND_KEYS.phoneType || PHONE_TYPES[value] !== label) return label;
  return phoneTypeName(value, names) ?? label;
}
