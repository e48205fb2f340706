/**
 * Where `<disposition-picker>` writes and keeps things, from its attributes and the workspace's
 * options: the code's and note's user-data keys, whether a code is required, the drafts' page
 * key. Pure.
 */
import type { BridgeState } from '../../bridge/state.js';
import { optionFlag } from './wrapup-status.js';

export const DEFAULT_CODE_KEY = 'DispositionCode';
export const DEFAULT_NOTE_KEY = 'DispositionNote';

export interface PickerAttributes {
  codeKey?: string | undefined;
  noteKey?: string | undefined;
  required: boolean;
  storageKey?: string | undefined;
}

export interface PickerSettings {
  /** `code-key`, else the option `interaction.disposition.key-name`, else `DispositionCode`. */
  codeKey: string;
  /** `note-key`, else `DispositionNote`. */
  noteKey: string;
  /** `required`, or the option `interaction.disposition.is-mandatory` is `true`. */
  required: boolean;
  /** The drafts' page key: `storage-key`, else the page's path. */
  scope: string;
}

export function pickerSettings(
  a: PickerAttributes,
  options: BridgeState['options'],
): PickerSettings {
  const keyName = options['interaction.disposition.key-name'];
  const optionKey = typeof keyName === 'string' ? keyName.trim() : '';
  return {
    codeKey: a.codeKey || optionKey || DEFAULT_CODE_KEY,
    noteKey: a.noteKey || DEFAULT_NOTE_KEY,
    required: a.required || optionFlag(options['interaction.disposition.is-mandatory']) === true,
    scope: a.storageKey || globalThis.location?.pathname || 'page',
  };
}
