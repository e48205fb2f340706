/**
 * The details of `<record-fields-editor>`'s events (typed in `src/events.ts`): its state event
 * `adk-validity-change` and its request event `adk-record-save` / `adk-record-save-result`.
 */
import type { WireValue } from '../../bridge/record-values.js';
import type { ResultDetail } from '../../internal/requests.js';

/** `adk-validity-change`: the form's validity, whenever it or its set of problems changes. */
export interface ValidityDetail {
  valid: boolean;
  /** Field name → the problem in words (shown or not yet). */
  errors: Readonly<Record<string, string>>;
}

/** `adk-record-save` (cancelable, before `outbound.updateRecordFields`): the fields sent. */
export interface RecordSaveDetail {
  interactionId: string;
  /** Field name → the value sent, converted to its `valueType`. */
  values: Readonly<Record<string, WireValue>>;
}

/** `adk-record-save-result` (after the workspace answered): the same detail plus `{ ok, error? }`. */
export type RecordSaveResultDetail = ResultDetail<RecordSaveDetail>;

/** What the editor asks the workspace: a save, or a Call on a record of the chain. */
export type RecordRequest =
  | { kind: 'save'; interactionId: string }
  | { kind: 'call'; interactionId: string; handle: number; phone: string };

/** How two requests compare (`RequestController`'s `id`). */
export const recordRequestId = (r: RecordRequest): string =>
  r.kind === 'save' ? `${r.interactionId}/save` : `${r.interactionId}/call/${r.handle}`;
