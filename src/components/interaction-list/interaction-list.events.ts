/**
 * The details of `<interaction-list>`'s request event (typed in `src/events.ts`):
 * `adk-interaction-select` / `adk-interaction-select-result`.
 */
import type { ResultDetail } from '../../internal/requests.js';

/** `adk-interaction-select` (cancelable, before `interaction.selectCaseByCaseId` is sent). */
export interface InteractionSelectDetail {
  /** The case to select. */
  caseId: string;
  /** The interaction of the chosen row (the case's top interaction in the list). */
  interactionId: string;
}

/** `adk-interaction-select-result` (after the workspace answered). */
export type InteractionSelectResultDetail = ResultDetail<InteractionSelectDetail>;
