/**
 * The kit's main entry: the bridge, the data helpers, the provider (`<agent-bridge>`), toasts
 * from code, and every other element defined ON DEMAND: its module is downloaded the first time
 * its tag appears in the document (src/autoload.ts; `loadElements()` loads them at once).
 * The element classes are exported here as types only; each element's own entry
 * (`agent-desk-kit/call-actions`, …) defines it at once and exports its class.
 * The simulated workspace is NOT here: it has its own entry (`src/sim/index.ts`) and
 * `<agent-bridge simulated>` loads it on demand.
 */
import { startAutoload } from './autoload.js';
import type { Messages } from './i18n/messages.js';

export { loadElements } from './autoload.js';
export * from './bridge/index.js';
export * from './entries/models.js';
export {
  AgentBridgeElement,
  setSimulatedWorkspaceModule,
} from './components/agent-bridge/agent-bridge.js';
export type {
  InteractionKind,
  InteractionLogDetail,
  ScreenPopDetail,
  ScreenPopKind,
} from './components/agent-bridge/agent-bridge.events.js';
export type { InteractionLogKeys } from './internal/interaction-log.js';
export type {
  ClickToDialElement,
  DialDetail,
  DialResultDetail,
} from './components/click-to-dial/click-to-dial.js';
export type { AgentBridgeStateElement } from './components/bridge-state/bridge-state.js';
export {
  findOpenToast,
  type CustomToastElement,
  type ToastSeverity,
  type ToastClick,
  type ToastCloseDetail,
  type ToastCloseReason,
  type ToastButtonClickDetail,
} from './components/custom-toast/custom-toast.js';
export {
  showToast,
  type ShowToastOptions,
  type ToastHandle,
} from './components/custom-toast/show-toast.js';
export { TOAST_SEVERITIES } from './components/custom-toast/custom-toast.view.js';
export { pageToasts } from './components/custom-toast/page-toasts.js';
export {
  normaliseToastParams,
  normaliseToastUpdate,
  type ToastParamsError,
} from './components/custom-toast/toast-params.js';
export { type ToastOutcome, type ToastError } from './components/custom-toast/toast-errors.js';
export { TOAST_PLACEMENTS, type ToastPlacement } from './components/custom-toast/toast-stack.js';
export {
  TOAST_RENDERERS,
  type ToastRenderer,
  type ToastRendererChoice,
} from './components/custom-toast/renderer.js';
export {
  adoptTheme,
  setTheme,
  themeCss,
  themeSheet,
  THEMES,
  THEME_ATTRIBUTE,
  type Theme,
} from './themes/theme.js';
export type {
  KitEventMap,
  KitEventName,
  KitEventDetail,
  KitPartEventMap,
  KitRequestEventName,
  ResultDetail,
} from './events.js';
export type {
  CallActionsElement,
  CallActionDetail,
  CallActionResultDetail,
} from './components/call-actions/call-actions.js';
export {
  allowedActions,
  CALL_ACTIONS,
  type CallAction,
  type Allowance,
} from './components/call-actions/allowed-actions.js';
export {
  callStatus,
  resolveCall,
  partyLabel,
  formatDuration,
  type CallStatus,
  type CallContext,
} from './internal/call-status.js';
export { dtmfDigit, parseDtmf, DEFAULT_DTMF_KEY } from './components/call-actions/dtmf.js';
export {
  buildTargetQuery,
  TARGET_KINDS,
  type TargetKind,
} from './components/call-actions/transfer-target.js';
export type {
  DirectoryEntry,
  TargetDirectory,
} from './components/call-actions/target-directory.js';
export {
  planReschedule,
  proposeReschedule,
  type ReschedulePlan,
} from './components/call-actions/reschedule.js';
export type { DispositionPickerElement } from './components/disposition-picker/disposition-picker.js';
export type {
  InteractionListElement,
  InteractionSelectDetail,
  InteractionSelectResultDetail,
} from './components/interaction-list/interaction-list.js';
export type {
  InteractionKind as InteractionRowKind,
  InteractionRow,
} from './components/interaction-list/interaction-rows.js';
export {
  DEFAULT_CODE_KEY,
  DEFAULT_NOTE_KEY,
} from './components/disposition-picker/picker-settings.js';
export type {
  SelectDetail as DispositionSelectDetail,
  DispositionSaveDetail,
  DispositionSaveResultDetail,
  DoNotCallDetail,
  DoNotCallResultDetail,
} from './components/disposition-picker/disposition-picker.events.js';
export {
  buildDispositionTree,
  treeFromOptions,
  type DispositionInput,
  type DispositionNode,
  type DispositionTree,
} from './components/disposition-picker/disposition-tree.js';
export type {
  RecordFieldsEditorElement,
  ValidityDetail as RecordValidityDetail,
  RecordSaveDetail,
  RecordSaveResultDetail,
} from './components/record-fields-editor/record-fields-editor.js';
export {
  parseFieldText,
  formatFieldValue,
  textFromWorkspace,
  toWireValue,
  wireFromText,
  plainNumber,
  type FieldProblem,
  type ModelValue,
} from './components/record-fields-editor/field-types.js';
export type {
  CallbackPreviewElement,
  ScheduleRequestDetail,
  CallbackActionDetail,
} from './components/callback-preview/callback-preview.js';
export { OFFER_TIMEOUT_OPTION } from './components/callback-preview/preview-actions.js';
export {
  callbackKind,
  CALLBACK_MODES,
  type CallbackKind,
  type CallbackMode,
} from './components/callback-preview/callback-kind.js';
export {
  previewPhase,
  previewActions,
  PREVIEW_ACTIONS,
  type PreviewAction,
  type PreviewPhase,
} from './components/callback-preview/preview-actions.js';
// Time zones: the controller loads zones.js (and luxon) on demand; never export zones.js from here.
export { TimeController, loadZones, type Zones } from './internal/time/time-controller.js';
export { parseKeyList, type KeyLabel } from './internal/key-list.js';
export {
  LocaleController,
  registerMessages,
  messagesFor,
  loadMessages,
  messagesLoaded,
  langOf,
  type Messages,
} from './i18n/localize.js';
// English: each element carries its own sections; the whole English catalogue (every section) is
// loaded on demand, e.g. to start a page's own catalogue from it. French loads on demand too.
/** The whole English catalogue, every section (a lazy chunk: `import()` of src/i18n/en.ts). */
export const loadEnglish = (): Promise<Messages> => import('./i18n/en.js').then((m) => m.en);

startAutoload();
