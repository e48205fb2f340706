/**
 * The `agent-desk-kit/models` entry: the bridge's data helpers that the slim core
 * (`agent-desk-kit/bridge`) leaves out, for a page that reads the workspace's data itself.
 * Nothing here imports `lit` or `@lit/context`, nor the client or the store.
 * - the seeds' enumeration lists and their lookups (`INTERACTION_STATES`, `enumName`, …);
 * - typed readers of user data, outbound records and record fields (`readCallbackInfo`, …);
 * - the record-value checks (`checkWireValue`, `checkDateTimeText`, …);
 * - the workspace's own error texts (`rateLimitText`, `INTERACTION_NOT_FOUND`, …) and the
 *   order of a toast's buttons (`toastButtons`).
 */
export * from '../bridge/enums.js';
export * from '../bridge/error-texts.js';
export * from '../bridge/models/index.js';
export * from '../bridge/record-values.js';
export { toastButtons, toastButtonLabel, type ToastButton } from '../bridge/toast-order.js';
