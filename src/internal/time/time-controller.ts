import type { ReactiveControllerHost } from 'lit';
import { LazyModuleController } from '../lazy-module-controller.js';
import { ClockController } from './clock.js';

export { loadZones, type Zones } from './load-zones.js';
import { loadZones, type Zones } from './load-zones.js';

export interface TimeControllerOptions {
  /** Seconds between re-renders for relative times ("in 12 min"); 0 turns ticking off. Default 30. */
  tickSeconds?: number;
  /** The clock (tests, stories). Default `Date.now`. */
  now?: () => number;
}

/**
 * The kit's clock (`ClockController`) plus the time-zone module, loaded without luxon up front:
 * the first `hostConnected` triggers `import('./zones.js')`, and the host re-renders when it
 * arrives. While connected the host also re-renders every `tickSeconds` (default 30), so
 * relative times stay true; the timer stops while the host is disconnected.
 *
 * ```ts
 * private readonly time = new TimeController(this);
 * render() { const z = this.time.zones; return z ? z.formatInZone(iso, z.agentZone(), lang, 'time') : nothing; }
 * ```
 */
export class TimeController extends ClockController {
  private readonly lazy: LazyModuleController<Zones>;

  constructor(host: ReactiveControllerHost, options: TimeControllerOptions = {}) {
    super(host, { tickSeconds: options.tickSeconds ?? 30, now: options.now });
    this.lazy = new LazyModuleController(host, loadZones);
  }

  /** The module once loaded, else `undefined`. */
  get zones(): Zones | undefined {
    return this.lazy.module;
  }

  /** Why the module could not load (then `zones` stays `undefined`). */
  get error(): unknown {
    return this.lazy.error;
  }
}
