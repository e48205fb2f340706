/**
 * Le catalogue français : les mêmes sections que l’anglais (`en.ts`), complètes, en un objet —
 * pour les tests. The kit itself loads French section by section, on demand (`languages.ts`).
 */
import type { Messages } from './messages.js';
import { bridgeState } from './fr/bridge-state.js';
import { customToast } from './fr/custom-toast.js';
import { dispositionPicker } from './fr/disposition-picker.js';
import { actions } from './fr/actions.js';
import { recordFields } from './fr/record-fields.js';
import { callActions } from './fr/call-actions.js';
import { callPanels } from './fr/call-panels.js';
import { callbackPreview } from './fr/callback-preview.js';
import { callResults } from './fr/call-results.js';
import { clickToDial } from './fr/click-to-dial.js';
import { interactionList } from './fr/interaction-list.js';

export const fr: Messages = {
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
