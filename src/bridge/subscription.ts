/**
 * The page's one event subscription on the wire (seed 003, Notifications: "You must call
 * subscribe only once").
 *
 * - Names wanted in the same tick go out in ONE `subscribe` (a microtask batches them), so a
 *   page's startup is one subscription carrying every name (store events, `messenger:<channel>`,
 *   extra names).
 * - A name wanted later: a new `subscribe` with the union goes out; only when the host confirms
 *   it is the old subscription unsubscribed, so there is no gap.
 * - A host that refuses (or never answers) the new `subscribe` keeps the old one: the page keeps
 *   every event it had, and `status` says which names are missing and why. The same set of
 *   names is not asked again until the wanted names change.
 * - Names no longer listened to stay in the subscription until it is renewed for another reason
 *   (the client simply stops dispatching them); when no name is wanted at all, it unsubscribes.
 */
import type { BridgeError } from './errors.js';

export type SubscriptionState = 'none' | 'pending' | 'active';

export interface SubscriptionStatus {
  /** `none`: nothing subscribed; `pending`: the first subscribe is unanswered; `active`: confirmed. */
  state: SubscriptionState;
  /** The subscription id the host gave (from `data.subscriptionId` or the answer's top level). */
  subscriptionId: string | undefined;
  /** The names the host confirmed. */
  names: string[];
  /** Names a listener wants that the host has not confirmed (refused, timed out or pending). */
  missing: string[];
  /** Why the last `subscribe` failed, while names are missing because of it. */
  error: BridgeError | undefined;
}

export interface SubscriptionWire {
  /** Sends `subscribe` with these names; resolves with the subscription id (undefined: none given). */
  subscribe(names: string[]): Promise<string | undefined>;
  /** Sends `unsubscribe` for this id (no answer expected). */
  unsubscribe(id: string): void;
  /** The names listeners want now. */
  wanted(): string[];
  /** Called when the host confirmed a new subscription that replaces one still live (both names lists). */
  replaced?(previous: readonly string[], next: readonly string[]): void;
}

interface Live {
  id: string | undefined;
  names: ReadonlySet<string>;
}

const sameSet = (a: readonly string[], b: ReadonlySet<string>) =>
  a.length === b.size && a.every((n) => b.has(n));

export class EventSubscription {
  private live: Live | undefined;
  private inFlight: ReadonlySet<string> | undefined;
  private refused: { names: ReadonlySet<string>; error: BridgeError } | undefined;
  private queued = false;
  private closed = false;
  private readonly listeners = new Set<(status: SubscriptionStatus) => void>();

  constructor(private readonly wire: SubscriptionWire) {}

  /** Schedules a reconciliation with the wanted names (batched to the end of this tick). */
  schedule(): void {
    if (this.queued || this.closed) return;
    this.queued = true;
    queueMicrotask(() => this.flush());
  }

  /** Reconciles now: sends the one `subscribe` (or `unsubscribe`) the wanted names need. */
  flush(): void {
    this.queued = false;
    if (this.closed || this.inFlight) return; // an answer re-runs this
    const wanted = this.wire.wanted();
    if (wanted.length === 0) {
      if (this.live) {
        if (this.live.id !== undefined) this.wire.unsubscribe(this.live.id);
        this.live = undefined;
        this.refused = undefined;
        this.notify();
      }
      return;
    }
    const live = this.live;
    if (live && wanted.every((n) => live.names.has(n))) return;
    if (this.refused && sameSet(wanted, this.refused.names)) return; // asked already; not in a loop
    this.send(wanted);
  }

  get status(): SubscriptionStatus {
    const names = this.live ? [...this.live.names] : [];
    const missing = this.closed ? [] : this.wire.wanted().filter((n) => !this.live?.names.has(n));
    return {
      state: this.live ? 'active' : this.inFlight ? 'pending' : 'none',
      subscriptionId: this.live?.id,
      names,
      missing,
      error: missing.length > 0 ? this.refused?.error : undefined,
    };
  }

  onChange(listener: (status: SubscriptionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Unsubscribes the live subscription; nothing is sent afterwards. */
  close(): void {
    if (this.closed) return;
    if (this.live?.id !== undefined) this.wire.unsubscribe(this.live.id);
    this.live = undefined;
    this.closed = true;
    this.listeners.clear();
  }

  private send(names: string[]): void {
    const asked: ReadonlySet<string> = new Set(names);
    this.inFlight = asked;
    this.notify();
    this.wire.subscribe(names).then(
      (id) => {
        this.inFlight = undefined;
        if (this.closed) {
          if (id !== undefined) this.wire.unsubscribe(id);
          return;
        }
        const previous = this.live;
        this.live = { id, names: asked };
        this.refused = undefined;
        if (previous) {
          this.wire.replaced?.([...previous.names], names);
          // The new one is confirmed: only now may the old one go (no gap).
          if (previous.id !== undefined && previous.id !== id) this.wire.unsubscribe(previous.id);
        }
        this.notify();
        this.flush();
      },
      (error: BridgeError) => {
        this.inFlight = undefined;
        if (this.closed) return;
        this.refused = { names: asked, error };
        this.notify();
        this.flush();
      },
    );
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const status = this.status;
    for (const listener of [...this.listeners]) {
      try {
        listener(status);
      } catch (error) {
        (globalThis as { reportError?: (e: unknown) => void }).reportError?.(error);
      }
    }
  }
}
