/**
 * Every event the kit dispatches, by name, with its `detail`. Importing this module (every
 * element does, through `KitElement`) adds them to `HTMLElementEventMap` and `DocumentEventMap`,
 * so in a page's TypeScript
 *
 * ```ts
 * el.addEventListener('adk-call-action-result', (e) => e.detail.ok);
 * ```
 *
 * is typed. Requests follow one shape (see `src/internal/README.md`): a cancelable `adk-<name>`
 * before (`preventDefault()` → nothing is sent) and `adk-<name>-result` after, whose detail is
 * the request's own detail plus `{ ok, error? }` (`ResultDetail`).
 *
 * Type-only: this module has no runtime code.
 */
import type { AgentBridge } from './bridge/store.js';
import type {
  InteractionLogDetail,
  ScreenPopDetail,
} from './components/agent-bridge/agent-bridge.events.js';
import type {
  CallActionDetail,
  DtmfDigitsDetail,
  RescheduleSubmitDetail,
  TargetSubmitDetail,
} from './components/call-actions/call-actions.events.js';
import type {
  CallbackActionDetail,
  ScheduleRequestDetail,
  ScheduleSubmitDetail,
} from './components/callback-preview/callback-preview.events.js';
import type {
  ToastButtonClickDetail,
  ToastCloseDetail,
  ToastRequestDetail,
  ToastShowDetail,
} from './components/custom-toast/custom-toast.events.js';
import type { ToastError } from './components/custom-toast/toast-errors.js';
import type { DialDetail } from './components/click-to-dial/click-to-dial.events.js';
import type {
  DispositionSaveDetail,
  DoNotCallDetail,
  SelectDetail,
} from './components/disposition-picker/disposition-picker.events.js';
import type { InteractionSelectDetail } from './components/interaction-list/interaction-list.events.js';
import type {
  RecordSaveDetail,
  ValidityDetail,
} from './components/record-fields-editor/record-fields-editor.events.js';
import type { ResultDetail } from './internal/requests.js';

export type { ResultDetail };

/** The kit's public events (they bubble and cross shadow roots): name → `detail`. */
export interface KitEventMap {
  // <agent-bridge>
  'adk-bridge-ready': { bridge: AgentBridge };
  'adk-bridge-error': { error: unknown };
  'adk-screen-pop': ScreenPopDetail;
  'adk-interaction-log': InteractionLogDetail;
  // <call-actions>
  'adk-call-action': CallActionDetail;
  'adk-call-action-result': ResultDetail<CallActionDetail>;
  // <callback-preview>
  'adk-callback-action': CallbackActionDetail;
  'adk-callback-action-result': ResultDetail<CallbackActionDetail>;
  'adk-schedule-request': ScheduleRequestDetail;
  'adk-schedule-request-result': ResultDetail<ScheduleRequestDetail>;
  // <disposition-picker>
  'adk-disposition-select': SelectDetail;
  'adk-disposition-save': DispositionSaveDetail;
  'adk-disposition-save-result': ResultDetail<DispositionSaveDetail>;
  'adk-do-not-call': DoNotCallDetail;
  'adk-do-not-call-result': ResultDetail<DoNotCallDetail>;
  // <record-fields-editor>
  'adk-validity-change': ValidityDetail;
  'adk-record-save': RecordSaveDetail;
  'adk-record-save-result': ResultDetail<RecordSaveDetail>;
  // <click-to-dial>
  'adk-dial': DialDetail;
  'adk-dial-result': ResultDetail<DialDetail>;
  // <interaction-list>
  'adk-interaction-select': InteractionSelectDetail;
  'adk-interaction-select-result': ResultDetail<InteractionSelectDetail>;
  // <custom-toast>
  'adk-toast-request': ToastRequestDetail;
  'adk-toast-request-result': ResultDetail<ToastRequestDetail>;
  'adk-toast-show': ToastShowDetail;
  'adk-toast-button-click': ToastButtonClickDetail;
  'adk-toast-close': ToastCloseDetail;
  'adk-toast-error': ToastError;
}

/**
 * Events a sub-element sends its parent (they neither bubble nor leave the parent's shadow
 * root; a page never sees them): name → `detail`.
 */
export interface KitPartEventMap {
  // <call-actions>' sub-elements
  'dtmf-digits': DtmfDigitsDetail;
  'target-submit': TargetSubmitDetail;
  'reschedule-submit': RescheduleSubmitDetail;
  // <callback-preview>'s schedule form
  'schedule-submit': ScheduleSubmitDetail;
  'schedule-cancel': null;
}

export type KitEventName = keyof KitEventMap;
export type KitEventDetail<K extends KitEventName> = KitEventMap[K];
export type KitPartEventName = keyof KitPartEventMap;

/** The request events: those `adk-<name>` whose `adk-<name>-result` exists. */
export type KitRequestEventName = {
  [N in KitEventName]: `${N}-result` extends KitEventName ? N : never;
}[KitEventName];

type AsEvents<M> = { [K in keyof M]: CustomEvent<M[K]> };
type KitEvents = AsEvents<KitEventMap>;
type KitPartEvents = AsEvents<KitPartEventMap>;

declare global {
  interface HTMLElementEventMap extends KitEvents, KitPartEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends KitEvents {}
}
