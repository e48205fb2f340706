/** Agent and media states (seed 003 "Agent namespace", "Media namespace"). */
import type { Media, MediaState } from '../../bridge/api.js';
import { EVENT_ONLY_MEDIA_STATE_TYPES } from '../../bridge/enums.js';
import { AGENT_STATES, MEDIA_NAMES, VOICE_DEVICE } from '../data/agent-data.js';
import { fail, texts } from '../host-errors.js';
import type { Workspace } from '../workspace.js';

/**
 * The state a `stateOperationName` names. The seed types it as a string, an `operationName` of
 * `agent.getStateList`; a host may also be given the state's index in that list (a non-negative
 * integer), which we accept too. Anything else is refused.
 */
function stateOrFail(ws: Workspace, operationName: unknown): MediaState {
  if (typeof operationName === 'number') {
    const byIndex = Number.isInteger(operationName) ? AGENT_STATES[operationName] : undefined;
    if (!byIndex) fail(texts.unknownState(String(operationName)));
    operationName = byIndex.operationName;
  }
  if (typeof operationName !== 'string') fail(texts.missingParameter('stateOperationName'));
  const state = ws.stateByOperation(operationName) ?? fail(texts.unknownState(operationName));
  if (EVENT_ONLY_MEDIA_STATE_TYPES.includes(state.type)) fail(texts.eventOnlyState(operationName));
  return state;
}

/** The STATE_CHANGED payload: the seed's `mediaState` (the type) plus the whole state. */
function stateChanged(state: MediaState, media?: string) {
  return {
    eventType: 'STATE_CHANGED',
    mediaState: state.type,
    ...structuredClone(state),
    ...(media ? { media } : {}),
  };
}

export function getState(ws: Workspace): MediaState {
  return structuredClone(ws.stateByOperation(ws.agentStateOperation)!);
}

/** `agent.setState`: every media follows (STATE_CHANGED on `agent`). */
export function setAgentState(ws: Workspace, operationName: unknown): void {
  const state = stateOrFail(ws, operationName);
  ws.agentStateOperation = state.operationName;
  for (const m of MEDIA_NAMES) ws.mediaStates.set(m, state.operationName);
  ws.emit('agent', stateChanged(state));
}

export function mediaOf(ws: Workspace, name: string): Media | null {
  const op = ws.mediaStates.get(name);
  if (op === undefined) return null;
  const media: Media = { name, state: structuredClone(ws.stateByOperation(op)!) };
  if (name === 'voice') media.device = { ...VOICE_DEVICE };
  return media;
}

export function mediaList(ws: Workspace): Media[] {
  return MEDIA_NAMES.map((m) => mediaOf(ws, m)!);
}

/** `media.setState`: one media; the agent event names the media (our addition, `media`). */
export function setMediaState(ws: Workspace, name: unknown, operationName: unknown): void {
  if (typeof name !== 'string' || !ws.mediaStates.has(name)) fail(texts.unknownMedia(String(name)));
  const state = stateOrFail(ws, operationName);
  ws.mediaStates.set(name, state.operationName);
  ws.emit('agent', stateChanged(state, name));
}
