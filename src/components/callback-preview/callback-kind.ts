/**
 * What kind of callback an interaction is (seed 001 "Callback Types"), and its number made
 * readable. Pure; no DOM.
 *
 * Seed 002 has only two `callback_type` values (1 ASAP, 2 SCHEDULED) while seed 001 names four
 * types. How we tell them apart:
 * - `delayed-preview`: "Delayed (Agent Preview)" — a voice callback offered in state `PREVIEW`
 *   (or `PREVIEWING`): the agent sees it before accepting, and accepting dials.
 * - `scheduled`: `callback_type` SCHEDULED.
 * - `delayed`: ASAP (or no type) whose desired time (`start_time`) is more than a minute after
 *   the interaction was created (`startDate`, else now): the contact asked "as soon as possible
 *   after…".
 * - `immediate`: ASAP otherwise.
 *
 * Channel: a web callback (seed 004) is the open-media `webcallback` interaction the agent
 * previews and then calls with `voice.dial`; anything else carrying callback data is a Genesys
 * (voice) callback.
 */
import type { Interaction } from '../../bridge/api.js';
import type { CallbackInfo } from '../../bridge/models/callback.js';

export const CALLBACK_MODES = ['immediate', 'delayed', 'scheduled', 'delayed-preview'] as const;
export type CallbackMode = (typeof CALLBACK_MODES)[number];

export const CALLBACK_CHANNELS = ['callback', 'webcallback'] as const;
export type CallbackChannel = (typeof CALLBACK_CHANNELS)[number];

export interface CallbackKind {
  channel: CallbackChannel;
  mode: CallbackMode;
}

/** The open-media channel name of a web callback. */
export const WEB_CALLBACK_MEDIA = 'webcallback';

const DELAY_MS = 60_000;

export const isWebCallback = (ix: Pick<Interaction, 'media'> | undefined): boolean =>
  (ix?.media ?? '').toLowerCase() === WEB_CALLBACK_MEDIA;

/**
 * The kind of callback, or `null` when the interaction is neither a web callback nor carries
 * callback data. `now` (epoch ms) stands in for a missing or unreadable `startDate`.
 */
export function callbackKind(
  ix: Pick<Interaction, 'media' | 'state' | 'startDate'>,
  info: Pick<CallbackInfo, 'type' | 'startTime'> | null,
  now: number,
): CallbackKind | null {
  const channel: CallbackChannel = isWebCallback(ix) ? 'webcallback' : 'callback';
  if (!info && channel === 'callback') return null;
  if (channel === 'callback' && (ix.state === 'PREVIEW' || ix.state === 'PREVIEWING'))
    return { channel, mode: 'delayed-preview' };
  if (info?.type === 'SCHEDULED') return { channel, mode: 'scheduled' };
  const created = ix.startDate ? Date.parse(ix.startDate) : Number.NaN;
  const desired = info?.startTime ? Date.parse(info.startTime) : Number.NaN;
  const reference = Number.isFinite(created) ? created : now;
  return {
    channel,
    mode: Number.isFinite(desired) && desired - reference > DELAY_MS ? 'delayed' : 'immediate',
  };
}

/**
 * The callback an element shows for the interaction it follows: a web callback's call (its
 * `parentInteraction`, `parentInteractionId` or `IW_WebcallbackInteractionId` names the web
 * callback) leads to the web callback; anything else is itself.
 */
export function followedCallback(
  ix: Interaction | undefined,
  interactions: ReadonlyMap<string, Interaction>,
): Interaction | undefined {
  if (!ix) return undefined;
  const linked = ix.userData?.IW_WebcallbackInteractionId;
  const parentId =
    ix.parentInteraction ??
    ix.parentInteractionId ??
    (typeof linked === 'string' ? linked : undefined);
  const parent = parentId ? interactions.get(parentId) : undefined;
  return parent && isWebCallback(parent) ? parent : ix;
}
