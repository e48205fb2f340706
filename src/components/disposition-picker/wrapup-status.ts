/**
 * The wrap-up decisions, as pure functions: a field's value and status from its draft and the
 * workspace's value, and whether mark done must be blocked.
 *
 * The seed's constraint (003, `interaction.setUserData`): user data can be set only "on the live
 * interaction (for voice, this means the interaction is not in the IDLE state)". So once a call
 * is released, a disposition or note can no longer reach the workspace. Our choice:
 * - while the interaction is live, mark done stays blocked (required mode) until the WORKSPACE
 *   has a code: a choice that failed to save keeps it blocked, with its error and a retry;
 * - once it is IDLE, the agent's choice is kept on this page (status `local`) and unblocks mark
 *   done: the workspace can never receive it, and keeping the block would trap the agent. The
 *   element says so plainly and fires `adk-disposition-save-result` with `local: true` so the page
 *   can record the code elsewhere.
 * - A workspace that itself enforces `interaction.disposition.is-mandatory` still refuses mark
 *   done without the code in its user data; that is its own rule, and its own Dispositions view
 *   can still set the code after release (`interaction.disposition.is-read-only-on-idle`).
 */
import type { Interaction, UserData } from '../../bridge/api.js';
import type { DraftValue } from './drafts.js';

/**
 * - `empty` / `saved`: the workspace's value stands (none / one);
 * - `saving`: a request is under way;
 * - `unsaved`: a draft not sent yet (restored after a reload, or waiting for the debounce);
 * - `failed`: the last save failed (its error text is kept);
 * - `local`: kept on this page only: the interaction is no longer live.
 */
export type FieldStatus = 'empty' | 'saved' | 'saving' | 'unsaved' | 'failed' | 'local';

export interface FieldInputs {
  /** `undefined`: no draft. */
  draft: DraftValue | undefined;
  /** The workspace's value (`null`: none). */
  workspace: string | null;
  saving: boolean;
  error: string | null;
  live: boolean;
}

/** Empty text and absence are the same value (a note cleared to nothing is deleted). */
export const sameValue = (a: DraftValue | undefined, b: DraftValue | undefined): boolean =>
  (a ?? '') === (b ?? '');

export function fieldValue(f: Pick<FieldInputs, 'draft' | 'workspace'>): string | null {
  const v = f.draft !== undefined ? f.draft : f.workspace;
  return v === '' ? null : v;
}

/** True when the draft says something the workspace does not have. */
export const isUnsaved = (f: Pick<FieldInputs, 'draft' | 'workspace'>): boolean =>
  f.draft !== undefined && !sameValue(f.draft, f.workspace);

export function fieldStatus(f: FieldInputs): FieldStatus {
  if (f.saving) return 'saving';
  if (!isUnsaved(f)) return fieldValue(f) === null ? 'empty' : 'saved';
  if (!f.live) return 'local';
  return f.error !== null ? 'failed' : 'unsaved';
}

/** The seed: user data can be written only on a live interaction (voice: not IDLE). */
export const isLive = (it: Pick<Interaction, 'state'>): boolean => it.state !== 'IDLE';

/** A user-data value as text: strings and numbers; anything else (or empty) is `null`. */
export function userDataText(userData: UserData | undefined, key: string): string | null {
  const v =
    userData && Object.prototype.hasOwnProperty.call(userData, key) ? userData[key] : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v !== '' ? v : null;
}

export interface BlockInputs {
  required: boolean;
  consultation: boolean;
  live: boolean;
  /** The code the workspace has. */
  workspaceCode: string | null;
  /** The code the agent chose (draft or workspace). */
  chosenCode: string | null;
}

/** Whether mark done must be blocked now (see the module's doc for the IDLE rule). */
export function markdoneBlockNeeded(b: BlockInputs): boolean {
  if (!b.required || b.consultation) return false;
  return b.live ? b.workspaceCode === null : b.chosenCode === null;
}

/** `true`/`false` from an option's text (`'true'`, `'false'`, any case); `null` when absent or other. */
export function optionFlag(value: unknown): boolean | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}
