/**
 * What `<callback-preview>` remembers of the callbacks it showed: when it first saw each offer
 * (the countdown counts from there; kept per callback), and how the one it shows comes to its
 * end — rejected, done, or returned to the queue (gone while offered, or released with a
 * `ronaCallState`). No DOM.
 */
import type { Interaction } from '../../bridge/api.js';
import type { BridgeState } from '../../bridge/state.js';
import { resolveCall } from '../../internal/call-status.js';
import type { ContactStage } from '../../internal/time/callback-moment.js';
import type { CallbackKind } from './callback-kind.js';
import { previewPhase, type PreviewPhase } from './preview-actions.js';

/** Where the contact stands in a preview phase (`callbackMoment`'s stage). */
export function contactStage(phase: PreviewPhase): ContactStage {
  if (phase === 'offered' || phase === 'previewing') return 'waiting';
  if (phase === 'dialing') return 'calling';
  return phase === 'talking' || phase === 'held' ? 'connected' : 'ended';
}

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
  private readonly connectedAt = new Map<string, number>();
  private readonly kinds = new Map<string, CallbackKind>();
  private readonly booked = new Map<string, string>();

  /**
   * The element shows `main` at `now` (`state`: the bridge's, where its call is found): whether
   * it is offered. Notes when the call is first seen connected.
   */
  see(main: Interaction, now: number, state?: BridgeState): boolean {
    const call = state ? resolveCall(state, main).call : undefined;
    const id = main.interactionId;
    const offered = previewPhase(main, undefined) === 'offered';
    if (offered && !this.offeredAt.has(id)) this.offeredAt.set(id, now);
    const stage = contactStage(previewPhase(main, call));
    if (stage === 'connected' && !this.connectedAt.has(id)) this.connectedAt.set(id, now);
    this.shown = { ...(this.shown?.id === id ? this.shown : {}), id, offered };
    return offered;
  }

  /** The callbacks something is kept for (with `delete`, held in an interaction scope). */
  keys(): IterableIterator<string> {
    const maps = [this.offeredAt, this.connectedAt, this.kinds, this.booked];
    return new Set(maps.flatMap((m) => [...m.keys()])).values();
  }

  delete(id: string): boolean {
    const maps = [this.offeredAt, this.connectedAt, this.kinds, this.booked];
    return maps.map((m) => m.delete(id)).some(Boolean);
  }

  /** When the element first saw `id` offered. */
  offeredSince(id: string | undefined): number | undefined {
    return id === undefined ? undefined : this.offeredAt.get(id);
  }

  /** When the element first saw the call of `id` connected. */
  connectedSince(id: string): number | undefined {
    return this.connectedAt.get(id);
  }

  /**
   * The kind `id` was first shown as: a callback's type does not change under the agent's eyes
   * (a delayed agent-preview callback, once accepted, is not re-read as "scheduled").
   */
  firstKind(id: string, kind: CallbackKind): CallbackKind {
    const seen = this.kinds.get(id);
    if (seen) return seen;
    this.kinds.set(id, kind);
    return kind;
  }

  /** The agent booked `id` again, for `at` (ISO): its times count from there. */
  book(id: string, at: string): void {
    this.booked.set(id, at);
  }

  bookedAt(id: string): string | undefined {
    return this.booked.get(id);
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
