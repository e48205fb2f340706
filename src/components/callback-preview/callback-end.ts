/**
 * How a callback the element showed came to its end, in the catalogue's words: rejected, done,
 * or returned to the queue (gone while offered, or released with a `ronaCallState`). No DOM.
 */
import type { Interaction } from '../../bridge/api.js';

/** What the element last knew of the callback it showed. */
export interface ShownCallback {
  id: string;
  offered: boolean;
  /** The workspace returned it (a `ronaCallState` was seen). */
  returned?: boolean;
  /** The agent's request that ends it, while it is on its way. */
  acting?: 'reject' | 'done';
}

export type CallbackEnd = 'rejected' | 'completed' | 'returned';

/**
 * The end of `shown`, now that the workspace reports `ix` (undefined: gone), or null while it
 * goes on. Marks `shown.returned` when the workspace released it with a `ronaCallState`.
 */
export function callbackEnd(shown: ShownCallback, ix: Interaction | undefined): CallbackEnd | null {
  if (ix?.ronaCallState && !shown.acting) shown.returned = true;
  if (ix && !shown.returned) return null;
  if (shown.acting === 'reject') return 'rejected';
  if (shown.acting === 'done') return 'completed';
  return shown.offered || shown.returned ? 'returned' : null;
}
