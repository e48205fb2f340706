/**
 * Voice operations (seed 003 "Voice namespace", transfers and consultations of the
 * "Interaction namespace"). Each checks the call's state as a real host would and fails with a
 * specific text ("Error: The call cannot be held in state IDLE.").
 */
import type { UserData } from '../../bridge/api.js';
import type { Capability, RecordingState } from '../../bridge/enums.js';
import { fail, texts } from '../host-errors.js';
import { parseTargetQuery, type Target } from '../target-query.js';
import type { SimInteraction, SimMeta, Workspace } from '../workspace.js';
import type { Interaction } from '../../bridge/api.js';

export const TALKING_CAPS: Capability[] = ['HANGUP', 'HOLD'];
/** The seed lists no HELD row and no RESUME capability: a held call keeps HANGUP only. */
export const HELD_CAPS: Capability[] = ['HANGUP'];
export const DIALING_CAPS: Capability[] = ['HANGUP'];
export const IDLE_CAPS: Capability[] = ['MARK_DONE'];
export const OFFER_CAPS: Capability[] = ['ACCEPT', 'REJECT'];

/** A new voice interaction with every voice attribute of the seed's Interaction type. */
export function newVoice(
  ws: Workspace,
  init: Partial<Interaction> & Pick<Interaction, 'state'>,
  sim: Partial<SimMeta> = {},
): SimInteraction {
  const ids = ws.newCallIds();
  const keys = init.caseId ? null : ws.newCase();
  const userData: UserData = init.userData ?? {};
  const caseId =
    init.caseId ?? (typeof userData.IW_CaseUid === 'string' ? userData.IW_CaseUid : keys!.caseId);
  return {
    interactionId: ws.nextInteractionId(),
    parentInteraction: null,
    caseId,
    previousState: 'UNKNOWN',
    parties: [],
    isConsultation: false,
    isMainCaseInteraction: true,
    media: 'voice',
    capabilities: [],
    callUuid: ids.callUuid,
    interactionUUID: ids.callUuid,
    connId: ids.connId,
    direction: 'IN',
    callType: 'INBOUND',
    recordingState: 'STOPPED',
    startDate: ws.nowIso(),
    endDate: null,
    ...init,
    userData: { ...userData },
    sim: { kind: 'voice', markdoneBlock: null, ...sim },
  };
}

export function requireVoice(ws: Workspace, id: unknown): SimInteraction {
  const ix = ws.require(id);
  if (ix.media !== 'voice') fail(texts.notVoice(ix.interactionId));
  return ix;
}

/** The customer (or target) picks up: DIALING → ESTABLISHED. No-op in any other state. */
export function connect(ws: Workspace, ix: SimInteraction): void {
  if (ix.sim.connectTimer) ws.clock.clearTimeout(ix.sim.connectTimer);
  ix.sim.connectTimer = undefined;
  if (ix.state !== 'DIALING' || !ws.interactions.has(ix.interactionId)) return;
  // The direct push preview table gives its ESTABLISHED row HANGUP only.
  const caps: Capability[] = ix.sim.record?.mode === 'direct-push' ? ['HANGUP'] : TALKING_CAPS;
  ws.transition(ix, 'ESTABLISHED', 'TALKING', caps);
  const preview = ix.sim.pendingPreview;
  if (preview) {
    ix.sim.pendingPreview = undefined;
    preview.previousState = preview.state;
    preview.state = 'IDLE';
    preview.capabilities = [];
    ws.emitInteraction('REMOVED', preview);
  }
}

/** Starts the simulated ringing time of an outgoing call. */
export function scheduleConnect(ws: Workspace, ix: SimInteraction): void {
  if (ws.connectDelayMs === null) return;
  ix.sim.connectTimer = ws.clock.setTimeout(() => connect(ws, ix), ws.connectDelayMs);
}

/** `voice.dial` / `dialEx`: ADDED + DIALING, then ESTABLISHED after the ringing time. */
export function dial(ws: Workspace, destination: unknown, userData: unknown): SimInteraction {
  if (typeof destination !== 'string' || !destination.trim()) fail(texts.destination());
  const data: UserData = isObject(userData) ? { ...(userData as UserData) } : {};
  const parentId = data.IW_WebcallbackInteractionId;
  const parent = typeof parentId === 'string' ? ws.find(parentId) : undefined;
  const dest = destination.trim();
  const internal = /^\d{1,5}$/.test(dest);
  const ix = newVoice(ws, {
    state: 'DIALING',
    direction: 'OUT',
    callType: internal ? 'INTERNAL' : 'OUTBOUND',
    dnis: dest,
    parties: [{ name: dest }],
    capabilities: DIALING_CAPS,
    userData: parent ? { ...parent.userData, ...data } : data,
    ...(parent
      ? {
          parentInteraction: parent.interactionId,
          caseId: parent.caseId,
          isMainCaseInteraction: false,
        }
      : {}),
  });
  ws.add(ix, 'DIALING');
  scheduleConnect(ws, ix);
  return ix;
}

export function answer(ws: Workspace, id: unknown): void {
  const ix = requireVoice(ws, id);
  if (ix.state !== 'RINGING') fail(texts.callCannot('answered', ix.state));
  ws.transition(ix, 'ESTABLISHED', 'TALKING', TALKING_CAPS);
}

/** Ends a call: RELEASED (IDLE, MARK_DONE). A consultation goes away by itself afterwards. */
export function release(ws: Workspace, ix: SimInteraction, userData?: UserData): void {
  if (ix.sim.connectTimer) ws.clock.clearTimeout(ix.sim.connectTimer);
  if (userData) Object.assign(ix.userData, userData);
  ix.endDate = ws.nowIso();
  if (ix.recordingState && ix.recordingState !== 'STOPPED') ix.recordingState = 'STOPPED';
  if (ix.isConsultation) {
    ws.transition(ix, 'RELEASED', 'IDLE', []);
    const main = ix.parentInteraction ? ws.find(ix.parentInteraction) : undefined;
    if (main) main.sim.consultId = undefined;
    ws.remove(ix);
    return;
  }
  ws.transition(ix, 'RELEASED', 'IDLE', IDLE_CAPS);
  const consult = ix.sim.consultId ? ws.find(ix.sim.consultId) : undefined;
  if (consult && consult.state !== 'IDLE') release(ws, consult);
}

export function hangUp(ws: Workspace, id: unknown): void {
  const ix = requireVoice(ws, id);
  if (!['TALKING', 'HELD', 'DIALING'].includes(ix.state))
    fail(texts.callCannot('released', ix.state));
  release(ws, ix);
}

/** The customer hangs up (seed 002 call_result 5 = REMOTE_RELEASE). */
export function remoteRelease(ws: Workspace, ix: SimInteraction): void {
  if (!['TALKING', 'HELD', 'DIALING'].includes(ix.state)) return;
  release(ws, ix, { call_result: 5 });
}

export function hold(ws: Workspace, id: unknown): void {
  const ix = requireVoice(ws, id);
  if (ix.state !== 'TALKING') fail(texts.callCannot('held', ix.state));
  ws.transition(ix, 'HELD', 'HELD', HELD_CAPS);
}

export function resume(ws: Workspace, id: unknown): void {
  const ix = requireVoice(ws, id);
  if (ix.state !== 'HELD') fail(texts.callCannot('resumed', ix.state));
  ws.transition(ix, 'ESTABLISHED', 'TALKING', TALKING_CAPS);
}

const RECORDING_MOVES: Record<
  string,
  { from: RecordingState[]; to: RecordingState; verb: string }
> = {
  start: { from: ['STOPPED'], to: 'RECORDING', verb: 'started' },
  stop: { from: ['RECORDING', 'PAUSED'], to: 'STOPPED', verb: 'stopped' },
  pause: { from: ['RECORDING'], to: 'PAUSED', verb: 'paused' },
  resume: { from: ['PAUSED'], to: 'RECORDING', verb: 'resumed' },
};

/** start/stop/pause/resume call recording: CALL_RECORDING_STATE_CHANGED. */
export function recording(ws: Workspace, id: unknown, move: keyof typeof RECORDING_MOVES): void {
  const ix = requireVoice(ws, id);
  const m = RECORDING_MOVES[move];
  if (ix.state !== 'TALKING' && ix.state !== 'HELD') fail(texts.callCannot('recorded', ix.state));
  const current = ix.recordingState ?? 'STOPPED';
  if (!m.from.includes(current)) fail(texts.recordingCannot(m.verb, current));
  ix.recordingState = m.to;
  ws.emitInteraction('CALL_RECORDING_STATE_CHANGED', ix);
}

function target(query: unknown): Target {
  const r = parseTargetQuery(query);
  return r.ok ? r.target : fail(r.error);
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requireLive(ws: Workspace, id: unknown, verb: string): SimInteraction {
  const ix = requireVoice(ws, id);
  if (ix.state !== 'TALKING' && ix.state !== 'HELD') fail(texts.callCannot(verb, ix.state));
  return ix;
}

export function singleStepTransfer(
  ws: Workspace,
  id: unknown,
  query: unknown,
  userData: unknown,
): void {
  const ix = requireLive(ws, id, 'transferred');
  const t = target(query);
  ix.parties = [...(ix.parties ?? []), { name: t.destination }];
  release(ws, ix, isObject(userData) ? (userData as UserData) : undefined);
}

export function singleStepConference(
  ws: Workspace,
  id: unknown,
  query: unknown,
  userData: unknown,
): void {
  const ix = requireLive(ws, id, 'conferenced');
  const t = target(query);
  if (isObject(userData)) Object.assign(ix.userData, userData);
  ix.parties = [...(ix.parties ?? []), { name: t.destination }];
  ws.emitInteraction('PARTY_CHANGED', ix);
}

/** `interaction.consult`: the main call is held, a CONSULT call dials the target. */
export function consult(
  ws: Workspace,
  id: unknown,
  query: unknown,
  userData: unknown,
): SimInteraction {
  const main = requireLive(ws, id, 'consulted');
  const t = target(query);
  if (t.media && t.media !== 'voice') fail(texts.consultMedia(t.media));
  if (main.state === 'TALKING') ws.transition(main, 'HELD', 'HELD', HELD_CAPS);
  const c = newVoice(ws, {
    state: 'DIALING',
    direction: 'OUT',
    callType: 'CONSULT',
    isConsultation: true,
    isMainCaseInteraction: false,
    parentInteraction: main.interactionId,
    caseId: main.caseId,
    dnis: t.destination,
    parties: [{ name: t.destination }],
    capabilities: DIALING_CAPS,
    userData: { ...main.userData, ...(isObject(userData) ? (userData as UserData) : {}) },
  });
  main.sim.consultId = c.interactionId;
  ws.add(c, 'DIALING');
  scheduleConnect(ws, c);
  return c;
}

function requireConsult(
  ws: Workspace,
  consultId: unknown,
): { c: SimInteraction; main: SimInteraction } {
  const c = requireVoice(ws, consultId);
  const main = c.parentInteraction ? ws.find(c.parentInteraction) : undefined;
  if (!c.isConsultation || !main) fail(texts.notConsultation(c.interactionId));
  if (c.state !== 'DIALING' && c.state !== 'TALKING') fail(texts.consultNotReady(c.state));
  return { c, main };
}

/** completeTransfer: the consultation merges away and the main call is released. */
export function completeTransfer(ws: Workspace, consultId: unknown): void {
  const { c, main } = requireConsult(ws, consultId);
  release(ws, c);
  main.parties = [...(main.parties ?? []), ...(c.parties ?? [])];
  release(ws, main, { call_result: 1 });
}

/** completeConference: the consultation merges into the main call, which now has both parties. */
export function completeConference(ws: Workspace, consultId: unknown): void {
  const { c, main } = requireConsult(ws, consultId);
  release(ws, c);
  main.parties = [...(main.parties ?? []), ...(c.parties ?? [])];
  if (main.state !== 'TALKING') main.previousState = main.state;
  main.state = 'TALKING';
  main.capabilities = [...TALKING_CAPS];
  ws.emitInteraction('PARTY_CHANGED', main);
}
