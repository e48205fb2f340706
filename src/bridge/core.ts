/**
 * The bridge without Lit (the `agent-desk-kit/bridge` entry): wire types, client, store, models.
 * For a page or a framework that talks to the workspace without the kit's elements; nothing
 * here imports `lit` or `@lit/context`.
 */
export * from './enums.js';
export * from './api.js';
export * from './wire.js';
export * from './errors.js';
export * from './error-texts.js';
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
export { toastButtons, toastButtonLabel, type ToastButton } from './toast-order.js';
export * from './state.js';
export * from './models/index.js';
export * from './record-values.js';
