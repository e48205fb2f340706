/**
 * What an interaction's `capabilities` can take away. Seed 003 lists capabilities only in its
 * "Outbound preview events" table, and only for interactions in these states: PREVIEWING,
 * INVITED, DIALING, TALKING, IDLE, REJECTED and CANCELED. Its names are CALL, PREVIEW_RECORD,
 * CANCEL_RECORD, REJECT_RECORD, HANGUP, HOLD, MARK_DONE, ACCEPT, ACCEPT_PREVIEW and REJECT.
 *
 * So a capability list refuses an action only when the action has one of those names and the
 * interaction is in one of those states: there a list without the name says "not now". In
 * any other state (a HELD call's hang up, a RINGING voice call's accept, an ACCEPTED web
 * callback's call) and for actions the seed names no capability for (resume, transfer…) the
 * interaction's state decides alone. A missing list (unknown) refuses nothing.
 */
import type { Interaction } from '../api.js';
import type { Capability, InteractionState } from '../enums.js';

/** The states of the seed's outbound preview table rows, the only ones that list capabilities. */
export const CAPABILITY_LIST_STATES: readonly InteractionState[] = [
  'PREVIEWING',
  'INVITED',
  'DIALING',
  'TALKING',
  'IDLE',
  'REJECTED',
  'CANCELED',
];

/** Whether the interaction's capability list speaks for its current state. */
export const capabilityApplies = (ix: Pick<Interaction, 'state' | 'capabilities'>): boolean =>
  Array.isArray(ix.capabilities) && CAPABILITY_LIST_STATES.includes(ix.state);

/** `false` only when the list speaks for the state and does not name `capability`. */
export const capabilityAllows = (
  ix: Pick<Interaction, 'state' | 'capabilities'>,
  capability: Capability,
): boolean => !capabilityApplies(ix) || (ix.capabilities ?? []).includes(capability);
