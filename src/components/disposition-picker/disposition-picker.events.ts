/**
 * The details of `<disposition-picker>`' events (typed in `src/events.ts`), and the keys of its
 * requests.
 *
 * - `adk-disposition-select` (cancelable): before a code is chosen or cleared.
 * - `adk-disposition-save` (cancelable) / `adk-disposition-save-result`: a field (code, note, call
 *   result) saved to the workspace — or, once the interaction is IDLE, kept on this page
 *   (`local: true`, nothing is sent).
 * - `adk-do-not-call` (cancelable) / `adk-do-not-call-result`: Do Not Call set or removed.
 */
import type { ResultDetail } from '../../internal/requests.js';
import type { DispositionNode } from './disposition-tree.js';

/** The fields the picker saves for an interaction. */
export type WrapupField = 'code' | 'note' | 'callResult';
export const WRAPUP_FIELDS: readonly WrapupField[] = ['code', 'note', 'callResult'];

/** `adk-disposition-select` (cancelable: `preventDefault()` keeps the previous code). */
export interface SelectDetail {
  interactionId: string;
  code: string | null;
  label: string | null;
  path: readonly string[];
}

/** The select detail of `code` (`node`: its place in the tree; none when clearing). */
export const selectDetail = (
  interactionId: string,
  code: string | null,
  node?: Pick<DispositionNode, 'label' | 'path'>,
): SelectDetail => ({ interactionId, code, label: node?.label ?? null, path: node?.path ?? [] });

/** `adk-disposition-save` (cancelable, before the field is sent). */
export interface DispositionSaveDetail {
  interactionId: string;
  field: WrapupField;
  /** The value sent; `null` (or `''` for the note) deletes the user-data key. */
  value: string | null;
  /** Kept on this page only: the interaction is no longer live (IDLE), nothing is sent. */
  local: boolean;
}

/** `adk-disposition-save-result`: the same detail plus `{ ok, error? }`. */
export type DispositionSaveResultDetail = ResultDetail<DispositionSaveDetail>;

/** `adk-do-not-call` (cancelable, before `outbound.setDoNotCall` / `removeDoNotCall`). */
export interface DoNotCallDetail {
  interactionId: string;
  /** `true`: set Do Not Call; `false`: remove it. */
  doNotCall: boolean;
}

/** `adk-do-not-call-result`: the same detail plus `{ ok, error? }`. */
export type DoNotCallResultDetail = ResultDetail<DoNotCallDetail>;

/** The picker's requests: a field's save, Do Not Call, and (un)blocking mark done. */
export type PickerRequest =
  | { kind: 'save'; interactionId: string; field: WrapupField }
  | { kind: 'dnc'; interactionId: string }
  | { kind: 'block'; interactionId: string };

/** How two request keys compare (`RequestController`'s `id`). */
export const pickerRequestId = (k: PickerRequest): string =>
  k.kind === 'save' ? `save/${k.field}/${k.interactionId}` : `${k.kind}/${k.interactionId}`;
