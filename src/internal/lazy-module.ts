/**
 * A module an element loads on demand rather than up front (luxon's time zones,
 * libphonenumber-js), in one place for every such module:
 * - `lazyModule(load)`: loads it once per page, later calls sharing the promise; a failed load
 *   (network) is forgotten, so the next call tries again;
 * - `LazyModuleController`: for an element, loads it on the host's first connection and
 *   re-renders the host when it arrives (or when it failed: `error`); until then the element
 *   renders without it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `load` run at most once per page at a time (again after a failure). */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export class LazyModuleController<T> implements ReactiveController {
  /** The module once loaded, else `undefined`. */
  module: T | undefined;
  /** Why the module could not load (then `module` stays `undefined`). */
  error: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.module) return;
    this.load().then(
      (module) => {
        this.module = module;
        this.error = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }
}
