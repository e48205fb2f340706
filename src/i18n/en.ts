/**
 * The kit's English catalogue: every visible or announced text of every element. One section
 * per element, each in `en/<element>.ts`; `Messages` (messages.ts) is derived from this object,
 * so every other language must provide the same sections, keys and parameters to compile.
 */
import { bridgeState } from './en/bridge-state.js';
import { customToast } from './en/custom-toast.js';
import { dispositionPicker } from './en/disposition-picker.js';
import { actions } from './en/actions.js';
import { recordFields } from './en/record-fields.js';
import { callActions } from './en/call-actions.js';
import { callPanels } from './en/call-panels.js';
import { callbackPreview } from './en/callback-preview.js';
import { callResults } from './en/call-results.js';
import { clickToDial } from './en/click-to-dial.js';
import { interactionList } from './en/interaction-list.js';

export const en = {
  customToast,
  bridgeState,
  dispositionPicker,
  actions,
  recordFields,
  callActions,
  callPanels,
  callbackPreview,
  callResults,
  clickToDial,
  interactionList,
};
