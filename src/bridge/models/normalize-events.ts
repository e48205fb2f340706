/**
 * Every event and answer payload checked once, at the border (the client, before any listener
 * or the store sees it), against the documented shapes of seed 003 ("Event Type references",
 * the namespaces' type tables and samples). Nothing here throws; what does not fit is dropped
 * or becomes its documented default:
 *
 * - an event of the five store events whose `data` is not an object is dropped (`null`), and
 *   so is one whose `eventType` is not a documented one; interaction events keep `media` only as a string and their
 *   `interaction` only as `normalizeInteraction` returns it;
 * - agent STATE_CHANGED: the state type (`type`, else `mediaState`) only a documented
 *   `media.State` type, else the event is dropped;
 * - system: `frameState` only LEADING / FOLLOWING / NEGOTIATING, REALTIME_CONNECTION `state`
 *   only DISCONNECTED / RECONNECTED / DOWN, CUSTOM_TOAST_BUTTON_CLICK with a string
 *   `customToastId` and a non-negative integer `buttonIndex`; anything else is dropped;
 * - outbound: a string `campaign`; markdone: a string `interactionId`, a boolean `blocked`;
 * - `messenger:<channel>` and other names carry any JSON: passed as sent.
 *
 * Answers: each request the kit reads is given its result type (lists become `[]`, objects
 * `{}`, booleans `undefined` when unreadable); requests not listed pass as sent.
 */
import type { Agent, ConfigurationSections, MediaState } from '../api.js';
import {
  FRAME_STATES,
  INTERACTION_EVENT_TYPES,
  MARKDONE_EVENT_TYPES,
  MEDIA_STATE_TYPES,
  OUTBOUND_EVENT_TYPES,
  REALTIME_CONNECTION_STATES,
} from '../enums.js';
import type {
  AgentStateChangedEvent,
  EventPayloads,
  InteractionEvent,
  MarkdoneEvent,
  OutboundCampaignEvent,
} from '../wire.js';
import { isRecord, own, type Source } from './read.js';
import { normalizeChainedRecords, normalizeInteraction } from './normalize-interaction.js';
import {
  bool,
  finite,
  id,
  index,
  oneOf,
  plainObject,
  put,
  strings,
  text,
} from './normalize-values.js';

type StoreEvent = keyof EventPayloads;
const STORE_EVENTS: readonly string[] = ['agent', 'interaction', 'system', 'outbound', 'markdone'];

const isStoreEvent = (name: string): name is StoreEvent => STORE_EVENTS.includes(name);

/** A `media.State`, or `undefined` when its type is not a documented one. */
export function normalizeMediaState(v: unknown): MediaState | undefined {
  if (!isRecord(v)) return undefined;
  const type = oneOf(MEDIA_STATE_TYPES, own(v, 'type'));
  if (type === undefined) return undefined;
  const out: MediaState = {
    type,
    displayName: text(own(v, 'displayName')) ?? type,
    operationName: text(own(v, 'operationName')) ?? type,
  };
  put(out, 'reason', text(own(v, 'reason')));
  put(out, 'reasonCode', text(own(v, 'reasonCode')));
  return out;
}

function normalizeAgent(v: unknown): Agent | null {
  if (!isRecord(v)) return null;
  return {
    employeeId: text(own(v, 'employeeId')) ?? '',
    firstname: text(own(v, 'firstname')) ?? '',
    lastname: text(own(v, 'lastname')) ?? '',
    username: text(own(v, 'username')) ?? '',
  };
}

/** Configuration sections: option values only strings or lists of strings. */
function normalizeSections(v: unknown): ConfigurationSections {
  const out: ConfigurationSections = {};
  if (!isRecord(v)) return out;
  for (const [section, options] of Object.entries(v as Source)) {
    if (!isRecord(options)) continue;
    const clean: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(options as Source)) {
      const ok = text(value) ?? strings(value);
      if (ok !== undefined) clean[name] = ok;
    }
    out[section] = clean;
  }
  return out;
}

function interactionEvent(d: Source): EventPayloads['interaction'] | null {
  const eventType = oneOf(INTERACTION_EVENT_TYPES, own(d, 'eventType'));
  if (eventType === undefined) return null;
  const out: InteractionEvent = { eventType };
  put(out, 'media', text(own(d, 'media')));
  put(out, 'interaction', normalizeInteraction(own(d, 'interaction')) ?? undefined);
  put(out, 'caseId', id(own(d, 'caseId')));
  put(out, 'previousCaseId', id(own(d, 'previousCaseId')));
  put(out, 'selectedCaseId', id(own(d, 'selectedCaseId')));
  return out;
}

function agentEvent(d: Source): EventPayloads['agent'] | null {
  const type =
    oneOf(MEDIA_STATE_TYPES, own(d, 'type')) ?? oneOf(MEDIA_STATE_TYPES, own(d, 'mediaState'));
  if (own(d, 'eventType') !== 'STATE_CHANGED' || type === undefined) return null;
  const out: AgentStateChangedEvent = { eventType: 'STATE_CHANGED', type, mediaState: type };
  put(out, 'displayName', text(own(d, 'displayName')));
  put(out, 'operationName', text(own(d, 'operationName')));
  put(out, 'reason', text(own(d, 'reason')));
  put(out, 'reasonCode', text(own(d, 'reasonCode')));
  return out;
}

function systemEvent(d: Source): EventPayloads['system'] | null {
  if (own(d, 'frameState') !== undefined) {
    const frameState = oneOf(FRAME_STATES, own(d, 'frameState'));
    return frameState === undefined ? null : { frameState };
  }
  const eventType = own(d, 'eventType');
  if (eventType === 'REALTIME_CONNECTION') {
    const state = oneOf(REALTIME_CONNECTION_STATES, own(d, 'state'));
    return state === undefined ? null : { eventType, state };
  }
  if (eventType === 'CUSTOM_TOAST_BUTTON_CLICK') {
    const customToastId = id(own(d, 'customToastId'));
    const buttonIndex = index(own(d, 'buttonIndex'));
    if (customToastId === undefined || buttonIndex === undefined) return null;
    return { eventType, customToastId, buttonIndex };
  }
  return null;
}

function outboundEvent(d: Source): EventPayloads['outbound'] | null {
  const eventType = oneOf(OUTBOUND_EVENT_TYPES, own(d, 'eventType'));
  const campaign = text(own(d, 'campaign'));
  if (eventType === undefined || campaign === undefined) return null;
  const out: OutboundCampaignEvent = { eventType, campaign };
  put(out, 'mode', text(own(d, 'mode')));
  return out;
}

function markdoneEvent(d: Source): EventPayloads['markdone'] | null {
  const eventType = oneOf(MARKDONE_EVENT_TYPES, own(d, 'eventType'));
  const interactionId = id(own(d, 'interactionId'));
  const blocked = bool(own(d, 'blocked'));
  if (eventType === undefined || interactionId === undefined || blocked === undefined) return null;
  const out: MarkdoneEvent = { eventType, interactionId, blocked };
  put(out, 'warningMessage', text(own(d, 'warningMessage')));
  return out;
}

const EVENT_NORMALIZERS: { [K in StoreEvent]: (d: Source) => EventPayloads[K] | null } = {
  interaction: interactionEvent,
  agent: agentEvent,
  system: systemEvent,
  outbound: outboundEvent,
  markdone: markdoneEvent,
};

/**
 * An event's `data` in its documented shape, or `null` when a store event's payload is not
 * one (the event is then not delivered). Other events (messenger channels…) pass as sent.
 */
export function normalizeEvent(name: string, data: unknown): { data: unknown } | null {
  if (!isStoreEvent(name)) return { data };
  const checked = isRecord(data) ? EVENT_NORMALIZERS[name](data) : null;
  return checked ? { data: checked } : null;
}

const list = <T>(v: unknown, each: (x: unknown) => T | undefined | null): T[] =>
  Array.isArray(v) ? v.map(each).filter((x): x is T => x !== undefined && x !== null) : [];

const boolAnswer = (v: unknown) => bool(v);

/** `getListOfCallResults`: name → finite number. */
function callResults(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(v)) return out;
  for (const [name, code] of Object.entries(v as Source)) {
    const n = finite(code);
    if (n !== undefined) out[name] = n;
  }
  return out;
}

/** Result checks of the requests the kit reads. */
const ANSWER_NORMALIZERS: Record<string, (v: unknown) => unknown> = {
  'agent.get': normalizeAgent,
  'agent.getState': (v) => normalizeMediaState(v) ?? null,
  'agent.getStateList': (v) => list(v, normalizeMediaState),
  'interaction.getInteractions': (v) => list(v, normalizeInteraction),
  'interaction.getByInteractionId': normalizeInteraction,
  'configuration.getOption': normalizeSections,
  'configuration.getContextualOption': normalizeSections,
  'system.isFrameLeading': boolAnswer,
  'system.isFrameFollowing': boolAnswer,
  'system.isFrameNegotiating': boolAnswer,
  'system.isFrameLeadingOrNegotiating': boolAnswer,
  'system.isLastActiveFrame': boolAnswer,
  'system.amIVisible': boolAnswer,
  'system.closeToast': boolAnswer,
  'system.updateToast': boolAnswer,
  'system.closeDialog': boolAnswer,
  'voice.isMicrophoneMute': boolAnswer,
  'voice.isSpeakerMute': boolAnswer,
  'system.getAllowedServices': (v) => strings(v) ?? [],
  'system.popupToast': (v) => id(v) ?? (index(v) !== undefined ? String(v) : undefined),
  'outbound.getListOfCallResults': callResults,
  'outbound.getCallResult': (v) => (Number.isSafeInteger(v) ? v : null),
  'outbound.getChainedRecords': (v) =>
    list(v, (entry) =>
      isRecord(entry) ? { records: normalizeChainedRecords(own(entry, 'records')) ?? [] } : null,
    ),
  'outbound.getRecordFields': (v) => list(v, (f) => (isRecord(f) ? plainObject(f) : null)),
};

/** A request's answer `data` in its documented result type (requests not listed pass as sent). */
export function normalizeAnswer(request: string, data: unknown): unknown {
  const normalize = Object.prototype.hasOwnProperty.call(ANSWER_NORMALIZERS, request)
    ? ANSWER_NORMALIZERS[request]
    : undefined;
  return normalize ? normalize(data) : data;
}
