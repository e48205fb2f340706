/**
 * For an element, a module loaded on demand (`lazyModule`, lazy-module.ts): loaded on the host's
 * first connection, the host re-rendered when it arrives (or when it failed: `error`); until then
 * the element renders without it. A module of its own: an element that only uses `lazyModule`
 * (and the lazy chunks that use this) need not bring it up front.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
