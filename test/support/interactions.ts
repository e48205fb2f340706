// Interactions for pure tests, as the workspace reports them (seed 003 `Interaction`): a
// ringing voice call with id '1' and no user data, `patch` on top.
import type { Interaction } from '../../src/bridge/api.js';

export const voiceInteraction = (patch: Partial<Interaction> = {}): Interaction => ({
  interactionId: '1',
  state: 'RINGING',
  userData: {},
  media: 'voice',
  ...patch,
});
