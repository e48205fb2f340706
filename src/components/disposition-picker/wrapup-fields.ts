/**
 * How a wrap-up field reaches the workspace, for `WrapupController`: the keys it is known by
 * (its request, its per-interaction entries) and the request that writes it — the code and the
 * note are user data under the page's keys (`interaction.setUserData` / `deleteUserData`), the
 * call result is `outbound.setCallResult`.
 */
import type { AgentBridge } from '../../bridge/store.js';
import type { PickerRequest, WrapupField } from './disposition-picker.events.js';
import type { DraftValue } from './drafts.js';

/** The user-data keys of the code and the note. */
export interface WrapupKeys {
  codeKey: string;
  noteKey: string;
}

/** A field of an interaction, as a string key (fields have no `@`). */
export const fieldKey = (id: string, field: WrapupField): string => `${field}@${id}`;
/** The interaction of a `fieldKey` key. */
export const idOfFieldKey = (k: string): string => k.slice(k.indexOf('@') + 1);

/** The save of a field, as the element's request key. */
export const saveKey = (interactionId: string, field: WrapupField): PickerRequest => ({
  kind: 'save',
  interactionId,
  field,
});

/** The user-data key of the code or the note. */
export const dataKeyOf = (field: 'code' | 'note', keys: WrapupKeys): string =>
  field === 'code' ? keys.codeKey : keys.noteKey;

/** An acknowledged value's key: also by user-data key, since another key is another value. */
export const ackKey = (id: string, field: WrapupField, keys: WrapupKeys): string =>
  JSON.stringify([id, field, field === 'callResult' ? '' : dataKeyOf(field, keys)]);
/** The interaction of an `ackKey` key. */
export const idOfAckKey = (k: string): string => (JSON.parse(k) as string[])[0];

/** The request that writes `value` (empty or `null` deletes the user data). */
export function sendField(
  bridge: AgentBridge,
  id: string,
  field: WrapupField,
  value: DraftValue,
  keys: WrapupKeys,
): Promise<unknown> {
  if (field === 'callResult')
    return value === null
      ? Promise.resolve()
      : bridge.request('outbound.setCallResult', id, String(value));
  const key = dataKeyOf(field, keys);
  return value === null || value === ''
    ? bridge.deleteUserData(id, key)
    : bridge.setUserData(id, { [key]: value });
}
