/**
 * An unanswered offer goes back (seed 001: "If you do nothing, the interaction will be returned
 * to another agent, routing point, or queue"). The seed names no option for the delay; the sim
 * reads `interaction-workspace/callback.offer-timeout` (seconds; absent or 0: never), the option
 * `<callback-preview>` reads for its countdown.
 *
 * Returned: a voice offer is RELEASED with `ronaCallState` REDIRECTED, then REMOVED; an
 * open-media offer (web callback) is REVOKED, then REMOVED. `callback_status` becomes 3 QUEUED.
 * Outbound preview records keep their own table (never returned here).
 */
import type { SimInteraction, Workspace } from '../workspace.js';

export const OFFER_TIMEOUT_OPTION = 'callback.offer-timeout';

export const isOffer = (ix: SimInteraction): boolean =>
  ix.sim.kind !== 'preview' &&
  (ix.state === 'RINGING' ||
    ix.state === 'INVITED' ||
    (ix.state === 'PREVIEW' && !!ix.sim.callbackPreview));

export function offerTimeoutSeconds(ws: Workspace): number | null {
  const seconds = Number(ws.sections['interaction-workspace']?.[OFFER_TIMEOUT_OPTION]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** Arms the return of a new offer when the option is set. */
export function armOfferTimeout(ws: Workspace, ix: SimInteraction): void {
  const seconds = offerTimeoutSeconds(ws);
  if (seconds === null || !isOffer(ix)) return;
  const state = ix.state;
  ws.clock.setTimeout(() => {
    if (ws.interactions.get(ix.interactionId) === ix && ix.state === state) returnOffer(ws, ix);
  }, seconds * 1000);
}

export function returnOffer(ws: Workspace, ix: SimInteraction): void {
  if ('callback_status' in ix.userData) ix.userData.callback_status = 3; // QUEUED
  ix.ronaCallState = 'REDIRECTED';
  if (ix.media === 'voice') ws.transition(ix, 'RELEASED', 'IDLE', []);
  else ws.transition(ix, 'REVOKE', 'REVOKED', []);
  ws.remove(ix);
}
