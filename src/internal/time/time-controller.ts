import type { ReactiveControllerHost } from 'lit';
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
  /** The module once loaded, else `undefined`. */
  zones: Zones | undefined;
  /** Why the module could not load (then `zones` stays `undefined`). */
  error: unknown;

  constructor(host: ReactiveControllerHost, options: TimeControllerOptions = {}) {
    super(host, { tickSeconds: options.tickSeconds ?? 30, now: options.now });
  }

  override hostConnected(): void {
    if (!this.zones) {
      loadZones().then(
        (zones) => {
          this.zones = zones;
          this.error = undefined;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.error = error;
          this.host.requestUpdate();
        },
      );
    }
    super.hostConnected();
  }
}
