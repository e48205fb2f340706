/**
 * What `<callback-preview>` remembers of the callbacks it showed: when it first saw each offer
 * (the countdown counts from there; kept per callback), and how the one it shows comes to its
 * end — rejected, done, or returned to the queue (gone while offered, or released with a
 * `ronaCallState`). No DOM.
 */
import type { Interaction } from '../../bridge/api.js';
import { previewPhase } from './preview-actions.js';

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

export class CallbackLife {
  /** The callback shown last. */
  shown: ShownCallback | null = null;
  private readonly offeredAt = new Map<string, number>();

  /** The element shows `main` at `now`: whether it is offered. */
  see(main: Interaction, now: number): boolean {
    const id = main.interactionId;
    const offered = previewPhase(main, undefined) === 'offered';
    if (offered && !this.offeredAt.has(id)) this.offeredAt.set(id, now);
    this.shown = { ...(this.shown?.id === id ? this.shown : {}), id, offered };
    return offered;
  }

  /** The callbacks whose offer time is kept (with `delete`, held in an interaction scope). */
  keys(): IterableIterator<string> {
    return this.offeredAt.keys();
  }

  delete(id: string): boolean {
    return this.offeredAt.delete(id);
  }

  /** When the element first saw `id` offered. */
  offeredSince(id: string | undefined): number | undefined {
    return id === undefined ? undefined : this.offeredAt.get(id);
  }

  /** The end of the callback shown, when `ix` (its id `id`) changed; null if it goes on or another changed. */
  end(id: string | undefined, ix: Interaction | undefined): CallbackEnd | null {
    return this.shown && id === this.shown.id ? callbackEnd(this.shown, ix) : null;
  }

  /** The agent asked to reject or close the callback `id`; `ok: false` once that request failed. */
  acting(id: string, action: 'reject' | 'done', ok = true): void {
    const shown = this.shown;
    if (!shown || shown.id !== id) return;
    if (ok) shown.acting = action;
    else if (shown.acting === action) shown.acting = undefined;
  }
}
