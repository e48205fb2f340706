/**
 * The seeds' enumerations, named and numbered as the documents name and number them.
 *
 * - Interaction states, event types, recording states, call types, media state types,
 *   record field and value types, target types: seed 003 (Service Client API reference).
 * - `callback_status`, `callback_type`, `call_result`, `desired_response_type`: seed 002
 *   (Callback Interaction resource). Numbered lists are arrays indexed by their number.
 */

/** `interaction.Interaction.state` (seed 003 "Interaction"), plus `PREVIEWING` used by the outbound preview table. */
export const INTERACTION_STATES = [
  'UNKNOWN',
  'IDLE',
  'RINGING',
  'DIALING',
  'TALKING',
  'HELD',
  'PREVIEW',
  'PREVIEWING',
  'INVITED',
  'ACCEPTED',
  'CREATED',
  'PULLED',
  'REVOKED',
  'COMPLETED',
  'ERROR',
  'SAVED',
  'TRANSFERRING',
  'TRANSFER_COMPLETED',
  'INVITED_CONFERENCE',
  'LEFT_CONFERENCE',
  'USER_DATA_ATTACHED',
  'USER_DATA_UPDATED',
  'JOIN_PENDING',
  'JOIN_FAILED',
  'HISTORY_IN_PROGRESS',
  'HISTORY_DONE',
  'CANCELLED',
  'SENT',
  'READY',
  'CANCELED',
  'REJECTED',
] as const;
export type InteractionState = (typeof INTERACTION_STATES)[number];

/** Common interaction event types (seed 003 "Event Type references"). */
export const COMMON_INTERACTION_EVENTS = [
  'UNKNOWN',
  'ADDED',
  'REMOVED',
  'ATTACHED_DATA_CHANGED',
  'CASE_OR_BUNDLE_ID_CHANGED',
  'CASE_ID_CHANGED',
  'NEW_MESSAGE',
  'ERROR',
  'CONTACT_CHANGED',
] as const;
/** Voice event types. */
export const VOICE_EVENTS = [
  'CALL_RECORDING_STATE_CHANGED',
  'DIALING',
  'ESTABLISHED',
  'HELD',
  'PARTY_CHANGED',
  'RELEASED',
  'RINGING',
] as const;
/** Open media event types (callbacks are extended open media interactions, seed 000). */
export const OPEN_MEDIA_EVENTS = [
  'ACCEPTED',
  'COMPLETED',
  'COMPOSING',
  'CREATED',
  'INSERT_STANDARD_RESPONSE',
  'INVITED',
  'INVITED_CONFERENCE',
  'IN_QUEUE_FAILED',
  'IN_WORKBIN',
  'IN_WORKBIN_FAILED',
  'LEFT_CONFERENCE',
  'PULLED',
  'PULL_FAILED',
  'PULL_WORKBIN_FAILED',
  'REVOKE',
  'TRANSFER_COMPLETED',
] as const;
/** Chat event types (inherit open media). */
export const CHAT_EVENTS = ['CANCELED', 'ENDED', 'JOIN_FAILED', 'JOIN_PENDING'] as const;
/** Outbound email event types (inherit open media). */
export const OUTBOUND_EMAIL_EVENTS = ['CANCELLED', 'SENT'] as const;
/**
 * Outbound preview event types (seed 003 "Outbound preview events" table) and case events
 * (`selectCaseByCaseId`). The table prints `MARKDONE_APPLYIDLE`, which we read as the event
 * type `MARKDONE_APPLY` followed by the state `IDLE` (the PDF lost the column gap).
 */
export const OUTBOUND_PREVIEW_EVENTS = [
  'PREVIEWING',
  'STATE_CHANGE',
  'MARKDONE_APPLY',
  'RECORDS_RETRIEVED',
] as const;
export const CASE_EVENTS = ['CASE_COLLAPSED', 'CASE_EXPANDED', 'CASE_SELECTED'] as const;

export const INTERACTION_EVENT_TYPES = [
  ...COMMON_INTERACTION_EVENTS,
  ...VOICE_EVENTS,
  ...OPEN_MEDIA_EVENTS,
  ...CHAT_EVENTS,
  ...OUTBOUND_EMAIL_EVENTS,
  ...OUTBOUND_PREVIEW_EVENTS,
  ...CASE_EVENTS,
] as const;
export type InteractionEventType = (typeof INTERACTION_EVENT_TYPES)[number];

/** System event types. Frame-state events carry `frameState` and no `eventType`. */
export const SYSTEM_EVENT_TYPES = ['CUSTOM_TOAST_BUTTON_CLICK', 'REALTIME_CONNECTION'] as const;
export type SystemEventType = (typeof SYSTEM_EVENT_TYPES)[number];

/** `REALTIME_CONNECTION.state`. */
export const REALTIME_CONNECTION_STATES = ['DISCONNECTED', 'RECONNECTED', 'DOWN'] as const;
export type RealtimeConnectionState = (typeof REALTIME_CONNECTION_STATES)[number];

/** `data.frameState` on system events ("Supporting multiple browser tabs"). */
export const FRAME_STATES = ['LEADING', 'FOLLOWING', 'NEGOTIATING'] as const;
export type FrameState = (typeof FRAME_STATES)[number];

/** Agent event types. */
export const AGENT_EVENT_TYPES = ['STATE_CHANGED'] as const;
export type AgentEventType = (typeof AGENT_EVENT_TYPES)[number];

/** Outbound campaign event types (seed 003 "Outbound campaign events"). */
export const OUTBOUND_EVENT_TYPES = [
  'CampaignLoaded',
  'CampaignUnloaded',
  'CampaignStarted',
  'CampaignStopped',
] as const;
export type OutboundEventType = (typeof OUTBOUND_EVENT_TYPES)[number];

/**
 * `markdone` event types. The seed says only that the "markdone" event informs a subscriber
 * that mark done was held back by `blockMarkdone`; it gives no payload. We chose:
 * `MARKDONE_BLOCKED` (an attempt to mark done was refused; carries `interactionId` and the
 * `warningMessage`), and `MARKDONE_BLOCK_CHANGED` (carries `interactionId`, `blocked`, and
 * `warningMessage`), so every page sees who blocks what.
 */
export const MARKDONE_EVENT_TYPES = ['MARKDONE_BLOCKED', 'MARKDONE_BLOCK_CHANGED'] as const;
export type MarkdoneEventType = (typeof MARKDONE_EVENT_TYPES)[number];

/**
 * `media.State.type` (seed 003 "State"). Starred states exist only in events. The seed's list
 * cuts two entries to `NOT_READY_AFTER_CALLW`; we read them as `NOT_READY_AFTER_CALLWORK` and
 * `NOT_READY_AFTER_CALLWORK_ACTION_CODE`, following the `NOT_READY` / `NOT_READY_ACTION_CODE` pair.
 */
export const MEDIA_STATE_TYPES = [
  'LOGOUT',
  'READY',
  'PARTIAL_READY',
  'NOT_READY',
  'NOT_READY_ACTION_CODE',
  'NOT_READY_AFTER_CALLWORK',
  'NOT_READY_AFTER_CALLWORK_ACTION_CODE',
  'DND_ON',
  'OUT_OF_SERVICE',
  'LOGOUT_DND_ON',
  'UNKNOWN',
] as const;
export type MediaStateType = (typeof MEDIA_STATE_TYPES)[number];
/** The state types the seed marks as "limited to an event and can't be applied by code". */
export const EVENT_ONLY_MEDIA_STATE_TYPES: readonly MediaStateType[] = [
  'PARTIAL_READY',
  'OUT_OF_SERVICE',
  'LOGOUT_DND_ON',
  'UNKNOWN',
];

export const RECORDING_STATES = ['STOPPED', 'RECORDING', 'PAUSED'] as const;
export type RecordingState = (typeof RECORDING_STATES)[number];

export const DIRECTIONS = ['IN', 'OUT', 'UNKNOWN'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * `callType`: the Interaction type lists INTERNAL, INBOUND, OUTBOUND, CONSULT, UNKNOWN; the
 * outbound preview table adds the preview call types; the ATTACHED_DATA_CHANGED example
 * writes `Internal` (compare case-insensitively).
 */
export const CALL_TYPES = [
  'INTERNAL',
  'INBOUND',
  'OUTBOUND',
  'CONSULT',
  'UNKNOWN',
  'OUTBOUND_PREVIEW',
  'OUTBOUND_PUSH',
  'OUTBOUND_PUSH_PREVIEW',
] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** `ronaCallState` on RELEASED. */
export const RONA_CALL_STATES = ['REDIRECTED', 'NO_ANSWER'] as const;
export type RonaCallState = (typeof RONA_CALL_STATES)[number];

/** Interaction capabilities, as listed in the outbound preview table. */
export const CAPABILITIES = [
  'CALL',
  'PREVIEW_RECORD',
  'CANCEL_RECORD',
  'REJECT_RECORD',
  'HANGUP',
  'HOLD',
  'MARK_DONE',
  'ACCEPT',
  'ACCEPT_PREVIEW',
  'REJECT',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** `targetQuery.type` for transfer, conference and consult. */
export const TARGET_TYPES = [
  'AGENT',
  'AGENT_GROUP',
  'SKILL',
  'INTERACTION_QUEUE',
  'ROUTING_POINT',
  'CUSTOM_CONTACT',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** `outbound.Field.fieldType`. */
export const FIELD_TYPES = [
  'int',
  'float',
  'char',
  'var-char',
  'date',
  'time',
  'bool',
  'enum',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** `outbound.Field.valueType`. */
export const VALUE_TYPES = ['string', 'number', 'boolean'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** `rescheduleRecord` callbackType. */
export const RESCHEDULE_TYPES = ['CAMPAIGN', 'PERSONAL'] as const;
export type RescheduleType = (typeof RESCHEDULE_TYPES)[number];

/** Seed 002 `callback_status`, indexed by its number (8 is spelled `PORCESSED_BY_AGT` in the seed). */
export const CALLBACK_STATUSES = [
  'UNKNOWN',
  'RECEIVED',
  'TIMER',
  'QUEUED',
  'DISTRIBUTED',
  'SUBMITTED_TO_AGT',
  'REJECTED_BY_AGT',
  'CANCELED_BY_AGT',
  'PORCESSED_BY_AGT',
  'FINAL',
  'NOT_QUEUED',
  'ERROR',
  'REPLACED',
  'AGT_TRANSFER',
  'ENDTIME_EXPIRED',
] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** Seed 002 `callback_type`, indexed by its number. */
export const CALLBACK_TYPES = ['UNKNOWN', 'ASAP', 'SCHEDULED'] as const;
export type CallbackType = (typeof CALLBACK_TYPES)[number];

/** Seed 002 `desired_response_type`. */
export const DESIRED_RESPONSE_TYPES = ['Voice', 'VoIP', 'Email'] as const;
export type DesiredResponseType = (typeof DESIRED_RESPONSE_TYPES)[number];

/** Seed 002 `call_result` 0–53, indexed by its number. */
export const CALL_RESULTS = [
  'OK',
  'TRANSFERRED',
  'CONFERENCED',
  'GENERAL_ERROR',
  'SYSTEM_ERROR',
  'REMOTE_RELEASE',
  'BUSY',
  'NO_ANSWER',
  'SIT_DETECTED',
  'ANSWERING_MACHINE',
  'ALL_TRUNKS_BUSY',
  'SIT_INVALID_NUM',
  'SIT_VACANT',
  'SIT_OPER_INTERCEPT',
  'SIT_UNKNOWN',
  'SIT_NO_CIRCUIT',
  'SIT_REORDER',
  'SIT_FAX_DETECTED',
  'QUEUE_FULL',
  'CLEARED',
  'OVERFLOWED',
  'ABANDONED',
  'REDIRECTED',
  'FORWARDED',
  'CONSULT',
  'PICKEDUP',
  'DROPPED',
  'DROPPED_NO_ANSWER',
  'UNKNOWN',
  'COVERED',
  'CONVERSE_ON',
  'BRIDGED',
  'SILENCE',
  'ANSWER',
  'NU_TONE',
  'NO_DIAL_TONE',
  'NO_PROGRESS',
  'NO_RING_BACK',
  'NO_ESTABLISHED',
  'PAGER_DETECTED',
  'WRONG_PARTY',
  'DIAL_ERROR',
  'CALL_DROPPED_ERROR',
  'SWITCH_ERROR',
  'NO_FREE_PORT_ERROR',
  'TRANSFER_ERROR',
  'STALE',
  'AGT_CALLBACK_ERROR',
  'GRP_CALLBACK_ERROR',
  'DEAFENED',
  'HELD',
  'DO_NOT_CALL',
  'CANCEL_RECORD',
  'WRONG_NUMBER',
] as const;
export type CallResult = (typeof CALL_RESULTS)[number];

/**
 * The call results `outbound.getListOfCallResults` returns, exactly as the seed's sample
 * response names and numbers them (its spellings differ from seed 002's: `SIT_OPERINTERCEPT`,
 * `FAXDETECTED`, `NUTONE`, `NO_RINGBACK`, `CALL_DROP_ERROR`, `AGENT_CALLBACK_ERROR`, …).
 */
export const OUTBOUND_CALL_RESULT_LIST: Readonly<Record<string, number>> = Object.freeze({
  OK: 0,
  GENERAL_ERROR: 3,
  SYSTEM_ERROR: 4,
  BUSY: 6,
  NO_ANSWER: 7,
  SIT_DETECTED: 8,
  ANSWERING_MACHINE: 9,
  ALL_TRUNKS_BUSY: 10,
  SIT_INVALID_NUM: 11,
  SIT_VACANT: 12,
  SIT_OPERINTERCEPT: 13,
  SIT_UNKNOWN: 14,
  SIT_NO_CIRCUIT: 15,
  SIT_REORDER: 16,
  FAXDETECTED: 17,
  ABANDONED: 21,
  DROPPED: 26,
  DROPPED_NO_ANSWER: 27,
  UNKNOWN: 28,
  SILENCE: 32,
  ANSWER: 33,
  NUTONE: 34,
  NO_DIAL_TONE: 35,
  NO_PROGRESS: 36,
  NO_RINGBACK: 37,
  NO_ESTABLISHED: 38,
  PAGER_DETECTED: 39,
  WRONG_PARTY: 40,
  DIAL_ERROR: 41,
  CALL_DROP_ERROR: 42,
  SWITCH_ERROR: 43,
  NO_FREE_PORT_ERROR: 44,
  TRANSFER_ERROR: 45,
  STALE: 46,
  AGENT_CALLBACK_ERROR: 47,
  GROUP_CALLBACK_ERROR: 48,
  DO_NOT_CALL: 51,
  CANCEL_RECORD: 52,
  WRONG_NUMBER: 53,
});

/** Seed 002 common interaction `status`. */
export const INTERACTION_STATUSES = ['NEW', 'PENDING', 'IN_PROCESS', 'STOPPED'] as const;
/** Seed 002 `entity_type` (4 is absent in the seed). */
export const ENTITY_TYPES: Readonly<Record<number, string>> = Object.freeze({
  0: 'EMAIL_IN',
  1: 'EMAIL_OUT',
  2: 'CHAT',
  3: 'PHONE_CALL',
  5: 'CALLBACK',
  6: 'COBROWSE',
  7: 'INTERACTION',
});

/** Seed 003 `GSW_PHONE_TYPE` options (from the `getRecordFields` sample). */
export const PHONE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  0: 'None',
  1: 'Home Phone',
  2: 'Direct Business Phone',
  3: 'Business With Extension',
  4: 'Mobile',
  5: 'Vacation Phone',
  6: 'Pager',
  7: 'Modem',
  8: 'Voice Mail',
  9: 'Pin Pager',
  10: 'Email Address',
  11: 'Instant Messaging',
});

/** Name of a numbered enum value, or `undefined` when the number is out of range. */
export function enumName<T extends string>(list: readonly T[], value: unknown): T | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? list[n] : undefined;
}

/** Membership test that narrows a string to an enum's type. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
