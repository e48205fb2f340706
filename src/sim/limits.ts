/**
 * How much one client frame may make the host hold. The seed gives no figures; these are our
 * choice, each far above what a page needs (a page holds one subscription of a handful of names,
 * a few toasts and dialogs, a few calls), so a runaway or hostile page meets a clear error
 * instead of growing the workspace's state without end. Past a limit the request is refused
 * and nothing already held changes.
 */
import type { SimInteraction } from './workspace.js';

export const LIMITS = {
  /** Live subscriptions per frame when the host is not strict (strict: exactly one). */
  subscriptionsPerFrame: 16,
  /** Event names in one `subscribe`. */
  namesPerSubscription: 64,
  /** Characters in one event name (`messenger:<channel>` included). */
  nameLength: 256,
  /** Open toasts a frame popped. */
  toastsPerFrame: 20,
  /** Open dialogs a frame opened. */
  dialogsPerFrame: 10,
  /** Live interactions a frame created (dial, email, consult, preview call). */
  interactionsPerFrame: 20,
  /** Application Menu bar views (the bar is shared). */
  views: 32,
} as const;

export const limitTexts = {
  secondSubscription: (id: string) =>
    `Error: This page already holds the subscription '${id}'; a page must call subscribe only once (unsubscribe it first, or subscribe once with every event name).`,
  tooManySubscriptions: (n: number) =>
    `Error: A page may hold at most ${n} subscriptions; unsubscribe one first.`,
  badSubscribe: () =>
    'Error: subscribe expects an event name or a non-empty list of event names (strings).',
  tooManyNames: (n: number, max: number) =>
    `Error: A subscription may name at most ${max} events (got ${n}).`,
  nameTooLong: (max: number) => `Error: An event name may have at most ${max} characters.`,
  tooMany: (what: string, max: number) =>
    `Error: A page may have at most ${max} open ${what}; close one first.`,
  tooManyViews: (max: number) =>
    `Error: The Application Menu bar holds at most ${max} views; close one first.`,
} as const;

/** Requests that create interactions: counted against `interactionsPerFrame`. */
export const CREATING_REQUESTS: ReadonlySet<string> = new Set([
  'voice.dial',
  'voice.dialEx',
  'email.create',
  'interaction.consult',
  'outbound.callPreviewRecord',
]);

/** Live interactions a frame created. */
export function createdBy(interactions: Iterable<SimInteraction>, frameId: number): number {
  let n = 0;
  for (const ix of interactions) if (ix.sim.createdBy === frameId) n++;
  return n;
}
