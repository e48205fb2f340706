/**
 * What `<call-actions>` and `<callback-preview>` show about a call, from the interactions the workspace reports: which
 * interactions it acts on, the call status (seed 004 "Call Status": Connected, On Hold, Ready to
 * Call, plus ringing and dialing), the party, and the live duration. Pure; no DOM.
 */
import type { Interaction } from '../bridge/api.js';
import type { BridgeState } from '../bridge/state.js';

/**
 * - `ringing`: offered to the agent (RINGING, INVITED).
 * - `dialing`: the outbound call rings at the contact (DIALING).
 * - `connected`: talking (TALKING).
 * - `held`: on hold (HELD).
 * - `ready`: "Ready to Call" before a call: a preview (PREVIEW, PREVIEWING, ACCEPTED web callback, READY).
 * - `ended`: "Ready to Call" after the call ended (IDLE, COMPLETED, REJECTED, CANCELED…): the
 *   seed's default status "if you or the other party end the call".
 * - `none`: no interaction to act on.
 */
export const CALL_STATUSES = [
  'ringing',
  'dialing',
  'connected',
  'held',
  'ready',
  'ended',
  'none',
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export function callStatus(ix: Pick<Interaction, 'state'> | undefined): CallStatus {
  switch (ix?.state) {
    case undefined:
      return 'none';
    case 'RINGING':
    case 'INVITED':
      return 'ringing';
    case 'DIALING':
      return 'dialing';
    case 'TALKING':
      return 'connected';
    case 'HELD':
      return 'held';
    case 'PREVIEW':
    case 'PREVIEWING':
    case 'ACCEPTED':
    case 'READY':
    case 'CREATED':
    case 'PULLED':
      return 'ready';
    default:
      return 'ended';
  }
}

/** A call that can still be hung up. */
export const isLive = (ix: Pick<Interaction, 'state'> | undefined): boolean =>
  !!ix && (ix.state === 'TALKING' || ix.state === 'HELD' || ix.state === 'DIALING');

/** The interactions `<call-actions>` works with. */
export interface CallContext {
  /** The voice call (main, not the consultation), when there is one. */
  call?: Interaction;
  /** Its active consultation, when there is one. */
  consult?: Interaction;
  /**
   * The interaction that owns the call: a web callback (seed 004) or an outbound preview whose
   * call is a child interaction; or, before any call, the previewed interaction itself.
   */
  owner?: Interaction;
}

const parentOf = (ix: Interaction): string | null | undefined =>
  ix.parentInteraction ?? ix.parentInteractionId;
const isVoice = (ix: Interaction): boolean => (ix.media ?? 'voice') === 'voice';

/**
 * From the followed interaction (pinned, or the bridge's selected one) to the call, its
 * consultation and its owner. A consultation leads to its main call; a web callback or preview
 * leads to its newest voice child call.
 */
export function resolveCall(
  state: Pick<BridgeState, 'interactions'>,
  followed: Interaction | undefined,
): CallContext {
  if (!followed) return {};
  const all = [...state.interactions.values()];
  const byId = (id: string | null | undefined) => (id ? state.interactions.get(id) : undefined);
  let start = followed;
  let consult: Interaction | undefined;
  if (start.isConsultation) {
    const main = byId(parentOf(start));
    if (!main) return { call: start };
    consult = start;
    start = main;
  }
  let call: Interaction | undefined;
  let owner: Interaction | undefined;
  if (isVoice(start)) {
    call = start;
    const parent = byId(parentOf(start));
    if (parent && !isVoice(parent)) owner = parent;
  } else {
    owner = start;
    call = all
      .filter((ix) => isVoice(ix) && !ix.isConsultation && parentOf(ix) === start.interactionId)
      .at(-1);
  }
  if (call && !consult)
    consult = all.filter((ix) => ix.isConsultation && parentOf(ix) === call!.interactionId).at(-1);
  return {
    ...(call ? { call } : {}),
    ...(consult ? { consult } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** The party: the contact's name when known, and the number or the other parties. */
export interface PartyLabel {
  name: string | null;
  number: string | null;
}

const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;

/**
 * Name: `contact.displayName`, else first and last name. Number: the parties' names (a
 * conference lists them all), else `ani` (inbound) or `dnis` (outbound), else the callback's
 * `customer_number` or the record's `GSW_PHONE`.
 */
export function partyLabel(ix: Interaction | undefined): PartyLabel {
  if (!ix) return { name: null, number: null };
  const c = ix.contact;
  const name = text(c?.displayName) ?? text([c?.firstname, c?.lastName].filter(Boolean).join(' '));
  const parties = (ix.parties ?? [])
    .map((p) => text(p?.name))
    .filter((p): p is string => p !== null);
  const byDirection = ix.direction === 'IN' ? text(ix.ani) : (text(ix.dnis) ?? text(ix.ani));
  const number = parties.length
    ? [...new Set(parties)].join(', ')
    : (byDirection ?? text(ix.userData?.customer_number) ?? text(ix.userData?.GSW_PHONE));
  return { name: name && name !== number ? name : null, number };
}

/** `0:07`, `12:34`, `1:02:03`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
