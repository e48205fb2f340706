/**
 * `interaction.Interaction` as the host sent it → the documented shape (seed 003 "Interaction"
 * type table and the examples' extra fields). Called once, at the border, for every interaction
 * of every event and answer. A field of the wrong type becomes absent or its documented default:
 *
 * - `interactionId` must be a non-empty, well-formed string, else there is no interaction;
 * - `userData` not an object → `{}`; its strings made well-formed (lone surrogates → U+FFFD);
 * - `parties` not an array → `[]`, and only `{ name: string }` entries are kept;
 * - `capabilities` not an array of strings → absent ("unknown": no capability takes an action
 *   away); names the seed does not document are dropped;
 * - `state` / `previousState` only documented values (`state` else `UNKNOWN`); `direction`,
 *   `recordingState`, `ronaCallState` only documented values;
 * - text fields only strings (`ani`, `dnis` also from finite numbers); booleans only booleans;
 * - `chainedRecords` only objects of strings, finite numbers, booleans and nulls.
 *
 * `media` is no field of the seed's Interaction (it is the event's `data.media`); a string one
 * is kept when a host adds it, anything else dropped. `inferMedia` tells the kind from the
 * documented fields when no event said it.
 */
import type { ChainedRecord, Contact, Interaction, Party } from '../api.js';
import {
  CAPABILITIES,
  DIRECTIONS,
  INTERACTION_STATES,
  RECORDING_STATES,
  RONA_CALL_STATES,
  type Capability,
} from '../enums.js';
import { isRecord, own, type Source } from './read.js';
import {
  bool,
  finite,
  id,
  oneOf,
  plainObject,
  put,
  strings,
  text,
  textOrNull,
  textish,
  setOwnKey,
} from './normalize-values.js';

/** Parties: `{ name }` entries with a string name; anything else → none. */
export function normalizeParties(v: unknown): Party[] {
  if (!Array.isArray(v)) return [];
  const out: Party[] = [];
  for (const p of v) {
    const name = isRecord(p) ? textish(own(p, 'name')) : undefined;
    if (name !== undefined) out.push({ name });
  }
  return out;
}

/** Capabilities: a list of strings, reduced to the seed's names; anything else unknown. */
export function normalizeCapabilities(v: unknown): Capability[] | undefined {
  const list = strings(v);
  return list?.filter((c): c is Capability => oneOf(CAPABILITIES, c) !== undefined);
}

function normalizeContact(v: unknown): Contact | undefined {
  if (!isRecord(v)) return undefined;
  const out: Contact = {};
  put(out, 'displayName', text(own(v, 'displayName')));
  put(out, 'firstname', text(own(v, 'firstname')));
  put(out, 'lastName', text(own(v, 'lastName')));
  return out;
}

/** One chained record: primitive values only (strings well-formed, numbers finite). */
export function normalizeChainedRecord(v: unknown): ChainedRecord | undefined {
  if (!isRecord(v)) return undefined;
  const out: ChainedRecord = {};
  for (const [key, value] of Object.entries(v as Source)) {
    const clean =
      value === null || typeof value === 'boolean'
        ? value
        : typeof value === 'number'
          ? finite(value)
          : text(value);
    if (clean !== undefined) setOwnKey(out, key, clean);
  }
  return out;
}

export function normalizeChainedRecords(v: unknown): ChainedRecord[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map(normalizeChainedRecord).filter((r): r is ChainedRecord => r !== undefined);
}

/** The documented Interaction, or `null` when `raw` names no interaction. */
export function normalizeInteraction(raw: unknown): Interaction | null {
  if (!isRecord(raw)) return null;
  const get = (key: string) => own(raw, key);
  const interactionId = id(get('interactionId'));
  if (interactionId === undefined) return null;
  const out: Interaction = {
    interactionId,
    userData: plainObject(get('userData')),
    state: oneOf(INTERACTION_STATES, get('state')) ?? 'UNKNOWN',
    parties: normalizeParties(get('parties')),
  };
  put(out, 'parentInteraction', textOrNull(get('parentInteraction')));
  put(out, 'parentInteractionId', textOrNull(get('parentInteractionId')));
  put(out, 'caseId', id(get('caseId')));
  put(out, 'previousState', oneOf(INTERACTION_STATES, get('previousState')));
  for (const key of [
    'isConsultation',
    'isMainCaseInteraction',
    'isCaseSelected',
    'isCaseExpanded',
  ] as const)
    put(out, key, bool(get(key)));
  put(out, 'media', text(get('media')));
  put(out, 'capabilities', normalizeCapabilities(get('capabilities')));
  for (const key of ['callUuid', 'interactionUUID', 'connId', 'callType'] as const)
    put(out, key, text(get(key)));
  put(out, 'ani', textish(get('ani')));
  put(out, 'dnis', textish(get('dnis')));
  put(out, 'direction', oneOf(DIRECTIONS, get('direction')));
  put(out, 'recordingState', oneOf(RECORDING_STATES, get('recordingState')));
  put(out, 'ronaCallState', oneOf(RONA_CALL_STATES, get('ronaCallState')));
  put(out, 'contact', normalizeContact(get('contact')));
  put(out, 'startDate', textOrNull(get('startDate')));
  put(out, 'endDate', textOrNull(get('endDate')));
  put(out, 'chainedRecords', normalizeChainedRecords(get('chainedRecords')));
  return out;
}

/** Voice-only fields of the seed's Interaction: any one of them makes an interaction a call. */
const VOICE_FIELDS = [
  'callUuid',
  'connId',
  'callType',
  'direction',
  'ani',
  'dnis',
  'recordingState',
] as const;

const PREVIEW_CALL_TYPES = ['OUTBOUND_PREVIEW', 'OUTBOUND_PUSH', 'OUTBOUND_PUSH_PREVIEW'];

/**
 * The channel of an interaction no event named (a page reloaded while it was open): `voice`
 * when it has a voice field (`callUuid`, `connId`, `callType`, `direction`, `ani`, `dnis`,
 * `recordingState`), unless its `callType` is one of the preview table's record types
 * (OUTBOUND_PREVIEW, OUTBOUND_PUSH, OUTBOUND_PUSH_PREVIEW: a record, not a call); `webcallback`
 * when it has none of them and carries seed 002's callback data (`customer_number`) — the
 * open-media web callback (seed 004); else unknown.
 */
export function inferMedia(ix: Interaction): string | undefined {
  // An outbound preview record (seed's preview table call types) is a record, not a call; the
  // seed names no channel for it.
  if (PREVIEW_CALL_TYPES.includes(ix.callType ?? '')) return undefined;
  if (VOICE_FIELDS.some((k) => ix[k] !== undefined)) return 'voice';
  if (typeof own(ix.userData, 'customer_number') === 'string') return 'webcallback';
  return undefined;
}
