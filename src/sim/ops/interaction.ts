/**
 * Interaction-namespace operations that apply to every kind of interaction: accept / reject,
 * mark done (with `blockMarkdone`), user data, case selection (seed 003 "Interaction namespace").
 */
import type { UserData } from '../../bridge/api.js';
import { fail, texts } from '../host-errors.js';
import type { SecurityPolicy } from '../security.js';
import type { SimInteraction, Workspace } from '../workspace.js';
import { acceptPushPreview, markDoneOutbound, rejectPushPreview } from './outbound.js';
import { OFFER_CAPS, TALKING_CAPS, DIALING_CAPS, scheduleConnect } from './voice.js';

/** Accepts a ringing call, an invited open-media interaction, a previewed callback or a pushed record. */
export function accept(ws: Workspace, id: unknown): void {
  const ix = ws.require(id);
  if (ix.sim.kind === 'preview') return acceptPushPreview(ws, ix);
  if (ix.media === 'voice' && ix.state === 'RINGING')
    return ws.transition(ix, 'ESTABLISHED', 'TALKING', TALKING_CAPS);
  if (ix.media === 'voice' && ix.state === 'PREVIEW' && ix.sim.callbackPreview) {
    // Delayed (Agent Preview), seed 001: accepting dials the customer.
    ix.direction = 'OUT';
    ix.callType = 'OUTBOUND';
    const number =
      typeof ix.userData.customer_number === 'string' ? ix.userData.customer_number : '';
    ix.dnis = number;
    ix.parties = [{ name: number }];
    ws.transition(ix, 'DIALING', 'DIALING', DIALING_CAPS);
    scheduleConnect(ws, ix);
    return;
  }
  if (ix.media !== 'voice' && ix.state === 'INVITED') {
    // Web callback (seed 004): Accept opens the preview — Call / Done / Schedule.
    return ws.transition(
      ix,
      'ACCEPTED',
      'ACCEPTED',
      ix.media === 'webcallback' ? ['CALL', 'MARK_DONE'] : ['MARK_DONE'],
    );
  }
  fail(texts.cannotAccept(ix.state));
}

/** Rejects an offer; the interaction leaves the agent (seed 002 callback_status 6 REJECTED_BY_AGT). */
export function reject(ws: Workspace, id: unknown): void {
  const ix = ws.require(id);
  if (ix.sim.kind === 'preview') return rejectPushPreview(ws, ix);
  const offered =
    ix.state === 'RINGING' ||
    ix.state === 'INVITED' ||
    (ix.state === 'PREVIEW' && ix.sim.callbackPreview);
  if (!offered) fail(texts.cannotReject(ix.state));
  if ('callback_status' in ix.userData) ix.userData.callback_status = 6;
  ws.remove(ix, 'IDLE');
}

function canMarkDone(ix: SimInteraction): boolean {
  if (ix.capabilities?.includes('MARK_DONE')) return true;
  // The push preview table gives its rejected/canceled rows no capability; they still end.
  return ix.sim.kind === 'preview' && (ix.state === 'REJECTED' || ix.state === 'CANCELED');
}

/** `interaction.markdone`: refused while blocked (the warning is the error text), else removes. */
export function markdone(ws: Workspace, id: unknown): void {
  const ix = ws.require(id);
  if (ix.sim.markdoneBlock !== null) {
    const warningMessage = ix.sim.markdoneBlock;
    ws.emit('markdone', {
      eventType: 'MARKDONE_BLOCKED',
      interactionId: ix.interactionId,
      blocked: true,
      warningMessage,
    });
    fail(warningMessage);
  }
  if (!canMarkDone(ix)) fail(texts.cannotMarkDone(ix.state));
  const ws_ = ws.sections['interaction-workspace'] ?? {};
  const key = String(ws_['interaction.disposition.key-name'] ?? 'DispositionCode');
  if (
    ws_['interaction.disposition.is-mandatory'] === 'true' &&
    ix.sim.kind !== 'preview' &&
    !ix.isConsultation
  ) {
    const v = ix.userData[key];
    if (v === undefined || v === null || v === '') fail(texts.dispositionMandatory(key));
  }
  if (ix.sim.kind === 'webcallback') return markDoneWebCallback(ws, ix);
  if (ix.sim.record && ix.sim.kind === 'voice') return markDoneOutbound(ws, ix);
  ws.remove(ix, ix.media === 'voice' ? 'IDLE' : undefined);
}

function markDoneWebCallback(ws: Workspace, ix: SimInteraction): void {
  const children = [...ws.interactions.values()].filter(
    (c) => c.parentInteraction === ix.interactionId,
  );
  const active = children.find((c) => c.state !== 'IDLE');
  if (active) fail(texts.activeChildCall(ix.interactionId));
  for (const c of children) ws.remove(c);
  ix.userData.callback_status = 8; // PORCESSED_BY_AGT (seed 002 spelling)
  ws.transition(ix, 'COMPLETED', 'COMPLETED', []);
  ws.remove(ix);
}

export function blockMarkdone(ws: Workspace, id: unknown, warning: unknown): void {
  const ix = ws.require(id);
  const warningMessage = typeof warning === 'string' && warning ? warning : 'Mark done is blocked.';
  ix.sim.markdoneBlock = warningMessage;
  ws.emit('markdone', {
    eventType: 'MARKDONE_BLOCK_CHANGED',
    interactionId: ix.interactionId,
    blocked: true,
    warningMessage,
  });
}

export function unblockMarkdone(ws: Workspace, id: unknown): void {
  const ix = ws.require(id);
  ix.sim.markdoneBlock = null;
  ws.emit('markdone', {
    eventType: 'MARKDONE_BLOCK_CHANGED',
    interactionId: ix.interactionId,
    blocked: false,
  });
}

/** seed: "Sets the user data on the live interaction (for voice, … not in the IDLE state)". */
function requireWritable(ws: Workspace, id: unknown): SimInteraction {
  const ix = ws.require(id);
  if (ix.media === 'voice' && ix.state === 'IDLE') fail(texts.userDataOnIdle(ix.interactionId));
  return ix;
}

export function setUserData(
  ws: Workspace,
  policy: SecurityPolicy,
  id: unknown,
  keyValues: unknown,
): void {
  const ix = requireWritable(ws, id);
  if (typeof keyValues !== 'object' || keyValues === null || Array.isArray(keyValues))
    fail(texts.userDataObject());
  const keys = Object.keys(keyValues);
  const refused = policy.writeError(keys);
  if (refused) fail(refused);
  for (const k of keys) {
    // Own data properties only: a `__proto__` key becomes an ordinary key, never a prototype.
    Object.defineProperty(ix.userData, k, {
      value: (keyValues as UserData)[k],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  ws.emitInteraction('ATTACHED_DATA_CHANGED', ix);
  changeCaseId(ws, ix);
}

/**
 * Seed 003 ("Supporting multiple browser tabs"): the workspace "updates the attached data for
 * an interaction … with a new caseId on eventType CASE_ID_CHANGED". When a write gives the
 * interaction a new `IW_CaseUid`, the interaction moves to that case and the event goes out
 * as the seed's sample prints it: `{ eventType, caseId, previousCaseId }`, nothing else.
 */
function changeCaseId(ws: Workspace, ix: SimInteraction): void {
  const caseId = ix.userData.IW_CaseUid;
  if (typeof caseId !== 'string' || caseId === '' || caseId === ix.caseId) return;
  const previousCaseId = ix.caseId;
  ix.caseId = caseId;
  if (previousCaseId !== undefined && ws.selectedCaseId === previousCaseId)
    ws.selectedCaseId = caseId;
  ws.emit('interaction', {
    eventType: 'CASE_ID_CHANGED',
    caseId,
    ...(previousCaseId !== undefined ? { previousCaseId } : {}),
  });
}

export function deleteUserData(
  ws: Workspace,
  policy: SecurityPolicy,
  id: unknown,
  key: unknown,
): void {
  const ix = requireWritable(ws, id);
  if (typeof key !== 'string' || !key) fail(texts.missingParameter('key'));
  const refused = policy.writeError([key]);
  if (refused) fail(refused);
  if (!Object.prototype.hasOwnProperty.call(ix.userData, key)) return;
  delete ix.userData[key];
  ws.emitInteraction('ATTACHED_DATA_CHANGED', ix);
}

/**
 * `selectCaseByCaseId`: the seed's sample shows CASE_COLLAPSED, CASE_EXPANDED, CASE_SELECTED,
 * each `{ eventType, selectedCaseId }`. We read it as: the previously selected case collapses,
 * the new one expands and is selected. (The sample's first two ids are equal — an artefact.)
 */
export function selectCase(ws: Workspace, caseId: unknown): void {
  if (typeof caseId !== 'string' || !caseId) fail(texts.missingParameter('caseId'));
  const known = [...ws.interactions.values()].some((ix) => ix.caseId === caseId);
  if (!known) fail(texts.caseNotFound(caseId));
  const previous = ws.selectedCaseId;
  if (previous && previous !== caseId) {
    ws.expandedCases.delete(previous);
    ws.emit('interaction', { eventType: 'CASE_COLLAPSED', selectedCaseId: previous });
  }
  if (!ws.expandedCases.has(caseId)) {
    ws.expandedCases.add(caseId);
    ws.emit('interaction', { eventType: 'CASE_EXPANDED', selectedCaseId: caseId });
  }
  ws.selectedCaseId = caseId;
  ws.emit('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: caseId });
}

export { OFFER_CAPS };
