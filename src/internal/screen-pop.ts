/**
 * Screen pop (issue 15): what a CRM page needs to open the right record when an interaction
 * arrives — its kind, its party and the user-data keys the page asked for. Pure; no DOM.
 *
 * Kinds (our choice; the seeds name the scenarios, not a field):
 * - `web-callback`: the open-media `webcallback` channel (seed 004);
 * - `callback`: any other interaction carrying callback user data (seed 002);
 * - `outbound-record`: an interaction carrying an outbound record's GSW_* keys (seed 003);
 * - `inbound-call`: any other inbound (`direction` IN) voice call.
 * Consultations and anything else (an outbound call the agent dialled, a chat) pop nothing.
 */
import type { Interaction, UserData } from '../bridge/api.js';
import { readCallbackInfo } from '../bridge/models/callback.js';
import { readOutboundRecord } from '../bridge/models/outbound-record.js';
import { partyLabel, type PartyLabel } from './call-status.js';

export const SCREEN_POP_KINDS = [
  'callback',
  'web-callback',
  'outbound-record',
  'inbound-call',
] as const;
export type ScreenPopKind = (typeof SCREEN_POP_KINDS)[number];
/** What an interaction is for a CRM: a screen-pop kind, a call the agent dialled, or other. */
export type InteractionKind = ScreenPopKind | 'outbound-call' | 'other';

export interface ScreenPopDetail {
  interactionId: string;
  kind: ScreenPopKind;
  /** The contact's name when known and the number (see `partyLabel`). */
  party: PartyLabel;
  /** The user data under the keys the page configured (`screen-pop-keys`), as the workspace has it. */
  userData: UserData;
  /** The interaction as the bridge knows it. */
  interaction: Interaction;
}

const isVoiceLike = (media: string | undefined) =>
  media === undefined || media === 'voice' || media === 'callback';

/** What the interaction is (see the module's kinds; `outbound-call`: dialled by the agent). */
export function interactionKind(ix: Interaction): InteractionKind {
  const media = ix.media?.toLowerCase();
  if (media === 'webcallback') return 'web-callback';
  if (readCallbackInfo(ix.userData)) return 'callback';
  if (readOutboundRecord(ix.userData)) return 'outbound-record';
  if (isVoiceLike(media) && ix.direction === 'IN') return 'inbound-call';
  if (isVoiceLike(media) && ix.direction === 'OUT') return 'outbound-call';
  return 'other';
}

/** The kind of screen pop, or null when the interaction pops nothing. */
export function screenPopKind(ix: Interaction): ScreenPopKind | null {
  if (ix.isConsultation) return null;
  const kind = interactionKind(ix);
  return kind === 'outbound-call' || kind === 'other' ? null : kind;
}

/**
 * Parses the page's keys: a list, or a comma or space separated text; a key ending in `*` takes
 * every key starting with what comes before it (`GSW_*`).
 */
export function parseScreenPopKeys(value: string | readonly string[] | null | undefined): string[] {
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : (value ?? []);
  return [...new Set(list.map((k) => k.trim()).filter(Boolean))];
}

/** The user data under `keys` (see `parseScreenPopKeys`), in the user data's own order. */
export function pickUserData(userData: UserData | undefined, keys: readonly string[]): UserData {
  const out: UserData = {};
  if (!userData) return out;
  const exact = new Set(keys.filter((k) => !k.endsWith('*')));
  const prefixes = keys.filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1));
  for (const [key, value] of Object.entries(userData))
    if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) out[key] = value;
  return out;
}

/** The screen pop of `ix`, or null when it pops nothing. */
export function screenPop(ix: Interaction, keys: readonly string[]): ScreenPopDetail | null {
  const kind = screenPopKind(ix);
  if (!kind) return null;
  return {
    interactionId: ix.interactionId,
    kind,
    party: partyLabel(ix),
    userData: pickUserData(ix.userData, keys),
    interaction: ix,
  };
}
