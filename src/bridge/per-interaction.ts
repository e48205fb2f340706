/**
 * Per-interaction state an element keeps (offer times, call timings, own blocks, acknowledged
 * values…) dropped when the interaction leaves the workspace, so a shift of thousands of
 * interactions leaves nothing behind.
 *
 * An element (or one of its controllers) registers each collection it keys by interaction in the
 * host's scope; `BridgeController` prunes the scope against the bridge's interactions after every
 * REMOVED and every sync, and when the element is connected again:
 *
 * ```ts
 * private readonly offeredAt = interactionScope(host).hold(new Map<string, number>());
 * private readonly acked = interactionScope(host).hold(new Map<string, …>(), (k) => k.split('@')[1]);
 * ```
 *
 * A collection is anything with `keys()` and `delete(key)` (a `Map`, a `Set`, or a class that
 * offers both, like `MomentsById`); `idOf` says which interaction a key belongs to (default: the
 * key is the id; `undefined`: the key belongs to none and is never pruned).
 */

/** A collection keyed by interaction (directly or through `idOf`). */
export interface Pruneable {
  keys(): Iterable<string>;
  delete(key: string): unknown;
}

type IdOf = (key: string) => string | undefined;

export class InteractionScope {
  private readonly held: Array<{ collection: Pruneable; idOf: IdOf }> = [];

  /** Registers `collection`; returns it, so a field can be declared and registered at once. */
  hold<T extends Pruneable>(collection: T, idOf: IdOf = (key) => key): T {
    this.held.push({ collection, idOf });
    return collection;
  }

  /** Drops every entry whose interaction `live` says is gone. Returns how many went. */
  prune(live: (interactionId: string) => boolean): number {
    let dropped = 0;
    for (const { collection, idOf } of this.held) {
      for (const key of [...collection.keys()]) {
        const id = idOf(key);
        if (id !== undefined && !live(id)) {
          collection.delete(key);
          dropped++;
        }
      }
    }
    return dropped;
  }

  /** Every interaction id something is held for (tests, diagnostics). */
  ids(): string[] {
    const ids = new Set<string>();
    for (const { collection, idOf } of this.held)
      for (const key of collection.keys()) {
        const id = idOf(key);
        if (id !== undefined) ids.add(id);
      }
    return [...ids].sort();
  }
}

const scopes = new WeakMap<object, InteractionScope>();

/** The host's scope (created on first use; it goes with the host). */
export function interactionScope(host: object): InteractionScope {
  let scope = scopes.get(host);
  if (!scope) scopes.set(host, (scope = new InteractionScope()));
  return scope;
}

/** The interaction ids an element still holds state for (empty when it holds none). */
export function heldInteractions(host: object): string[] {
  return scopes.get(host)?.ids() ?? [];
}

/** Drops the host's state for interactions `live` says are gone (no-op for a host with no scope). */
export function pruneInteractions(host: object, live: (interactionId: string) => boolean): number {
  return scopes.get(host)?.prune(live) ?? 0;
}
