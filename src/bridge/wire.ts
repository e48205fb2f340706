/**
 * The postMessage envelope (`shared/PROTOCOL.md`) and the event payloads (seed 003 "Event Type
 * references", "Outbound events", the namespace examples).
 */
import type { Interaction, MediaState, ChainedRecord, UserData } from './api.js';
import { shortText } from './models/value-text.js';
import type {
  FrameState,
  InteractionEventType,
  MarkdoneEventType,
  OutboundEventType,
  RealtimeConnectionState,
} from './enums.js';

export const PROTOCOL_VERSION = 2;
export const CLIENT_USER_AGENT = 'WWE Client';
export const SERVER_USER_AGENT = 'WWE Server';

/** Client → host: a request. */
export interface RequestMessage {
  request: string;
  parameters?: unknown[];
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: number;
}

/** Client → host: subscribe (answered with `data.subscriptionId`) and unsubscribe (no answer). */
export interface SubscribeMessage {
  event: 'subscribe';
  data: string[];
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: number;
}
export interface UnsubscribeMessage {
  event: 'unsubscribe';
  data: string;
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: number;
}

/** Host → client: the answer, with `data` on success or `errorMessage` on failure. */
export interface AnswerMessage {
  referenceId: string;
  request?: string;
  data?: unknown;
  errorMessage?: string;
  /** Some hosts put a `subscribe` answer's id here rather than in `data.subscriptionId`. */
  subscriptionId?: unknown;
  userAgent: string;
  protocolVersion: number;
}

/** Host → client: an event (`agent`, `interaction`, `system`, `outbound`, `markdone`, `messenger:<channel>`). */
export interface EventMessage<D = unknown> {
  event: string;
  data: D;
  userAgent: string;
  protocolVersion: number;
}

/** Host → client: frame id assignment. */
export interface FrameIdMessage {
  frameId: number;
  userAgent: string;
  protocolVersion: number;
}

/** The event names a page subscribes to. */
export const EVENT_NAMES = ['agent', 'interaction', 'system', 'outbound', 'markdone'] as const;
export type EventName = (typeof EVENT_NAMES)[number] | `messenger:${string}`;

export interface AgentStateChangedEvent extends Partial<MediaState> {
  eventType: 'STATE_CHANGED';
  /** The example gives the state type as `mediaState`. */
  mediaState: string;
  reason?: string;
  reasonCode?: string;
}

/** `interaction` events: most carry the interaction; the case events carry ids only. */
export interface InteractionEvent {
  eventType: InteractionEventType;
  media?: string;
  interaction?: Interaction;
  caseId?: string;
  previousCaseId?: string;
  selectedCaseId?: string;
}

export interface RecordsRetrievedEvent extends InteractionEvent {
  eventType: 'RECORDS_RETRIEVED';
  interaction: Interaction & { chainedRecords: ChainedRecord[] };
}

export interface ToastButtonClickEvent {
  eventType: 'CUSTOM_TOAST_BUTTON_CLICK';
  customToastId: string;
  buttonIndex: number;
}
export interface RealtimeConnectionEvent {
  eventType: 'REALTIME_CONNECTION';
  state: RealtimeConnectionState;
}
export interface FrameStateEvent {
  frameState: FrameState;
}
export type SystemEvent = ToastButtonClickEvent | RealtimeConnectionEvent | FrameStateEvent;

export interface OutboundCampaignEvent {
  eventType: OutboundEventType;
  campaign: string;
  mode?: string;
}

/** Our chosen `markdone` payload (see MARKDONE_EVENT_TYPES). */
export interface MarkdoneEvent {
  eventType: MarkdoneEventType;
  interactionId: string;
  blocked: boolean;
  warningMessage?: string;
}

export interface EventPayloads {
  agent: AgentStateChangedEvent;
  interaction: InteractionEvent;
  system: SystemEvent;
  outbound: OutboundCampaignEvent;
  markdone: MarkdoneEvent;
}

/** Payload type of an event name; messenger channels carry any JSON. */
export type EventPayload<E extends string> = E extends keyof EventPayloads
  ? EventPayloads[E]
  : unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The envelope's common fields of a received message (`protocolVersion` as given: nothing reads it). */
const envelope = (raw: Record<string, unknown>, userAgent: string) => ({
  userAgent,
  protocolVersion: typeof raw.protocolVersion === 'number' ? raw.protocolVersion : NaN,
});
const frameIdOf = (raw: Record<string, unknown>) =>
  typeof raw.frameId === 'number' ? { frameId: raw.frameId } : {};
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * An answer's `errorMessage` as text. It is still a host error when the host sent something
 * else (an object, a number…): its `message` when it has a string one, else a text that says
 * what came. `null` counts as no error (a host serialising an absent field).
 */
export function hostErrorText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.message === 'string' && value.message !== '')
    return value.message;
  const exotic = value === undefined || typeof value === 'function' || typeof value === 'symbol';
  const shown = exotic ? '' : shortText(value, 201);
  return `Error: The workspace answered with an error that is not text (${typeof value}${shown ? `: ${shown}` : ''}).`;
}

/**
 * Narrowing parsers for messages arriving from the other side. Anything that does not have
 * the envelope's shape is `null`: the caller ignores it without throwing. The typed message is
 * built from the fields checked here.
 */
export function parseHostMessage(
  raw: unknown,
):
  | { kind: 'answer'; message: AnswerMessage }
  | { kind: 'event'; message: EventMessage }
  | { kind: 'frameId'; message: FrameIdMessage }
  | null {
  if (!isRecord(raw) || typeof raw.userAgent !== 'string' || !raw.userAgent.includes('WWE Server'))
    return null;
  const common = envelope(raw, raw.userAgent);
  if (typeof raw.referenceId === 'string' || typeof raw.referenceId === 'number') {
    return {
      kind: 'answer',
      message: {
        ...common,
        referenceId: String(raw.referenceId),
        ...(typeof raw.request === 'string' ? { request: raw.request } : {}),
        ...('data' in raw ? { data: raw.data } : {}),
        ...('subscriptionId' in raw ? { subscriptionId: raw.subscriptionId } : {}),
        // Not text is still a host error (never a timeout); `null` counts as none.
        ...(raw.errorMessage !== undefined && raw.errorMessage !== null
          ? { errorMessage: hostErrorText(raw.errorMessage) }
          : {}),
      },
    };
  }
  if (typeof raw.event === 'string' && raw.event !== '' && 'data' in raw) {
    return { kind: 'event', message: { ...common, event: raw.event, data: raw.data } };
  }
  // A frame id is a non-negative integer; anything else is no frame id message.
  if (typeof raw.frameId === 'number' && Number.isSafeInteger(raw.frameId) && raw.frameId >= 0) {
    return { kind: 'frameId', message: { ...common, frameId: raw.frameId } };
  }
  return null;
}

export function parseClientMessage(
  raw: unknown,
):
  | { kind: 'request'; message: RequestMessage }
  | { kind: 'subscribe'; message: SubscribeMessage }
  | { kind: 'unsubscribe'; message: UnsubscribeMessage }
  | { kind: 'bad-subscribe'; message: { referenceId: string; data: unknown } }
  | null {
  if (!isRecord(raw) || typeof raw.userAgent !== 'string' || raw.userAgent.includes('WWE Server'))
    return null;
  if (typeof raw.referenceId !== 'string' && typeof raw.referenceId !== 'number') return null;
  const common = {
    ...envelope(raw, raw.userAgent),
    referenceId: String(raw.referenceId),
    ...frameIdOf(raw),
  };
  const { data, parameters } = raw;
  if (typeof raw.request === 'string' && raw.request !== '') {
    if (parameters !== undefined && !Array.isArray(parameters)) return null;
    return {
      kind: 'request',
      message: { ...common, request: raw.request, ...(parameters ? { parameters } : {}) },
    };
  }
  if (raw.event === 'subscribe') {
    // One name or a list (the seed's samples pass a list; a reference-style client may pass one).
    const names = typeof data === 'string' ? [data] : data;
    if (!Array.isArray(names) || names.length === 0 || !names.every((d) => isString(d) && d !== ''))
      return { kind: 'bad-subscribe', message: { referenceId: common.referenceId, data } };
    return { kind: 'subscribe', message: { ...common, event: 'subscribe', data: [...names] } };
  }
  if (raw.event === 'unsubscribe' && typeof data === 'string') {
    return { kind: 'unsubscribe', message: { ...common, event: 'unsubscribe', data } };
  }
  return null;
}

export type { UserData };
