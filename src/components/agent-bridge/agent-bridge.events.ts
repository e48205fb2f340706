/**
 * The `detail` types of `<agent-bridge>`'s CRM events: `adk-screen-pop` (an interaction arrived:
 * open its record) and `adk-interaction-log` (an interaction was marked done: save the activity).
 */
export type { ScreenPopDetail, ScreenPopKind, InteractionKind } from '../../internal/screen-pop.js';
export type { InteractionLogDetail } from '../../internal/interaction-log.js';
