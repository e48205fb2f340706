/**
 * The details of `<call-actions>`' events (typed in `src/events.ts`): its request event
 * `adk-call-action` / `adk-call-action-result`, and what its sub-elements tell it.
 */
import type { TargetQuery } from '../../bridge/api.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { ResultDetail } from '../../internal/requests.js';
import type { CallAction } from './allowed-actions.js';

/** `adk-call-action` (cancelable, before the request). */
export interface CallActionDetail {
  action: CallAction;
  interactionId: string;
  digits?: string;
  target?: TargetQuery;
  rescheduleDate?: string;
}

/** `adk-call-action-result` (after the workspace answered). */
export type CallActionResultDetail = ResultDetail<CallActionDetail>;

export type TargetAction = 'transfer' | 'conference' | 'consult';

/** `dtmf-digits` from `<adk-dtmf-keypad>`: digits pressed. */
export interface DtmfDigitsDetail {
  digits: string;
}

/** `target-submit` from `<adk-call-target-form>`: an action on a checked target. */
export interface TargetSubmitDetail {
  action: TargetAction;
  target: TargetQuery;
}

/** `reschedule-submit` from `<adk-reschedule-form>`: `MM/DD/YYYY HH:MM` in the record's zone. */
export interface RescheduleSubmitDetail {
  rescheduleDate: string;
  type: RescheduleType;
}
