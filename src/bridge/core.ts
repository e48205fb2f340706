/**
 * The bridge core without Lit (the `agent-desk-kit/bridge` entry): what a page needs to talk to
 * the workspace — the client, the store and its state, the wire types, the errors and the
 * messenger channels. Nothing here imports `lit` or `@lit/context`.
 *
 * What only one element or only the simulated workspace needs is not here, so a page that talks
 * to the workspace pays only for that: the seeds' enumeration lists (`INTERACTION_STATES`, …),
 * the readers of user data and records (`readCallbackInfo`, …), the record-value checks and the
 * workspace's error texts are in `agent-desk-kit/models` (src/entries/models.ts). Their types
 * are here too (types weigh nothing).
 */
export type * from './enums.js';
export type * from './api.js';
export {
  PROTOCOL_VERSION,
  CLIENT_USER_AGENT,
  EVENT_NAMES,
  parseHostMessage,
  type RequestMessage,
  type SubscribeMessage,
  type UnsubscribeMessage,
  type AnswerMessage,
  type EventMessage,
  type FrameIdMessage,
  type EventName,
  type AgentStateChangedEvent,
  type InteractionEvent,
  type RecordsRetrievedEvent,
  type ToastButtonClickEvent,
  type RealtimeConnectionEvent,
  type FrameStateEvent,
  type SystemEvent,
  type OutboundCampaignEvent,
  type MarkdoneEvent,
  type EventPayloads,
  type EventPayload,
} from './wire.js';
export * from './errors.js';
export {
  ServiceClient,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type HostTarget,
  type RequestOptions,
} from './client.js';
export {
  AgentBridge,
  DEFAULT_CONFIG_OPTIONS,
  type BridgeOptions,
  type ChangeListener,
} from './store.js';
export { messengerEvent, messengerChannel, type MessageListener } from './messenger.js';
export {
  initialState,
  selectedInteraction,
  type BridgeState,
  type ConnectionState,
  type SyncStatus,
  type Change,
  type Reduction,
} from './state.js';
export type * from './models/index.js';
export type { ToastButton } from './toast-order.js';
export type * from './record-values.js';
