/** Le catalogue français : les mêmes sections que l’anglais (`en.ts`), complètes. */
import type { Messages } from './messages.js';
import { bridgeState } from './fr/bridge-state.js';

export const fr: Messages = {
  bridgeState,
};
