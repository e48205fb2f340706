/**
 * The details of `<callback-preview>`'s events (typed in `src/events.ts`): its two request
 * events — `adk-callback-action` / `adk-callback-action-result` and `adk-schedule-request` /
 * `adk-schedule-request-result` — and what its schedule form tells it.
 */
import type { ResultDetail } from '../../internal/requests.js';
import type { DateTime } from '../../internal/time/zones.js';
import type { PreviewAction } from './preview-actions.js';

/** The actions sent as `adk-callback-action` (scheduling has its own request event). */
export type CallbackAction = Exclude<PreviewAction, 'schedule'>;

/** `adk-callback-action` (cancelable, before the request). */
export interface CallbackActionDetail {
  action: CallbackAction;
  interactionId: string;
  /** Reject: the reason key written under `reject-reason-key` first. */
  reason?: string;
}

/** `adk-callback-action-result` (after the workspace answered). */
export type CallbackActionResultDetail = ResultDetail<CallbackActionDetail>;

/** `adk-schedule-request` (cancelable, before the callback is scheduled); also what a page's `scheduler` gets. */
export interface ScheduleRequestDetail {
  interactionId: string;
  /** The chosen instant, ISO 8601 UTC. */
  at: string;
  /** `MM/DD/YYYY HH:MM` in `zone` (seed 003 `rescheduleRecord`'s format). */
  date: string;
  /** The zone `date` is written in: the contact's when known, else the agent's. */
  zone: string;
  contactZone: boolean;
}

/** `adk-schedule-request-result`: the request plus `{ ok, error? }`. */
export type ScheduleRequestResultDetail = ResultDetail<ScheduleRequestDetail>;

/**
 * A page's own way to schedule a callback (the `scheduler` property), e.g. a call to the
 * deployment's callback service. The element awaits it; a rejection is the failure it shows.
 */
export type CallbackScheduler = (request: ScheduleRequestDetail) => Promise<unknown> | unknown;

/** `schedule-submit` from `<adk-schedule-form>`: the chosen instant, in the entry zone. */
export interface ScheduleSubmitDetail {
  at: DateTime;
}
