/** The simulated agent, its state list and its media (seed 003 "Agent", "Media" namespaces). */
import type { Agent, MediaState } from '../../bridge/api.js';

export const AGENT: Agent = {
  employeeId: '5001',
  firstname: 'Ada',
  lastname: 'Lovelace',
  username: 'ada.lovelace',
};

/** The voice DN; `dynamicNumber` is the seed's nameless "dynamic phone number" (api.ts). */
export const VOICE_DEVICE = { number: '5001' };

/** `agent.getStateList`. The Break reason/code are those of the seed's STATE_CHANGED example. */
export const AGENT_STATES: readonly MediaState[] = [
  { type: 'READY', displayName: 'Ready', operationName: 'Ready' },
  { type: 'NOT_READY', displayName: 'Not Ready', operationName: 'NotReady' },
  {
    type: 'NOT_READY_ACTION_CODE',
    displayName: 'Not Ready - Break',
    operationName: 'NotReadyBreak',
    reason: 'Break',
    reasonCode: '1511',
  },
  {
    type: 'NOT_READY_ACTION_CODE',
    displayName: 'Not Ready - Lunch',
    operationName: 'NotReadyLunch',
    reason: 'Lunch',
    reasonCode: '1512',
  },
  {
    type: 'NOT_READY_AFTER_CALLWORK',
    displayName: 'After Call Work',
    operationName: 'AfterCallWork',
  },
  { type: 'DND_ON', displayName: 'Do Not Disturb', operationName: 'DndOn' },
  { type: 'LOGOUT', displayName: 'Logout', operationName: 'Logout' },
];

/** The agent's media channels (`media.getMediaList`). */
export const MEDIA_NAMES = ['voice', 'email', 'chat', 'webcallback', 'workitem'] as const;

export const INITIAL_STATE_OPERATION = 'Ready';
