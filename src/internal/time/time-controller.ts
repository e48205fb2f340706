import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The time-zone module's exports (a type only: luxon is not loaded by importing this). */
export type Zones = typeof import('./zones.js');

let loading: Promise<Zones> | undefined;

/**
 * Loads `zones.js` (and luxon with it) once per page; later calls share the promise. A failed
 * load (network) is forgotten so that the next call tries again.
 */
export function loadZones(): Promise<Zones> {
  loading ??= import('./zones.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface TimeControllerOptions {
  /** Seconds between re-renders for relative times ("in 12 min"); 0 turns ticking off. Default 30. */
  tickSeconds?: number;
  /** The clock (tests, stories). Default `Date.now`. */
  now?: () => number;
}

/**
 * Gives an element the time-zone module without loading luxon up front: the first
 * `hostConnected` triggers `import('./zones.js')`, and the host re-renders when it arrives.
 * While connected the host also re-renders every `tickSeconds`, so relative times stay true;
 * the timer stops while the host is disconnected.
 *
 * ```ts
 * private readonly time = new TimeController(this);
 * render() { const z = this.time.zones; return z ? z.formatInZone(iso, z.agentZone(), lang, 'time') : nothing; }
 * ```
 */
export class TimeController implements ReactiveController {
  /** The module once loaded, else `undefined`. */
  zones: Zones | undefined;
  /** Why the module could not load (then `zones` stays `undefined`). */
  error: unknown;
  private timer: ReturnType<typeof setInterval> | undefined;
  private tickMs: number;
  private connected = false;
  private readonly clock: () => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: TimeControllerOptions = {},
  ) {
    this.tickMs = Math.max(0, options.tickSeconds ?? 30) * 1000;
    this.clock = options.now ?? Date.now;
    host.addController(this);
  }

  /** Seconds between re-renders; changing it restarts the timer (e.g. 1 s while a countdown runs). */
  get tickSeconds(): number {
    return this.tickMs / 1000;
  }
  set tickSeconds(seconds: number) {
    const ms = Math.max(0, seconds) * 1000;
    if (ms === this.tickMs) return;
    this.tickMs = ms;
    this.stop();
    if (this.connected) this.start();
  }

  /** The current time in epoch milliseconds, from the controller's clock. */
  now(): number {
    return this.clock();
  }

  hostConnected(): void {
    this.connected = true;
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
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private start(): void {
    if (this.tickMs > 0 && this.timer === undefined)
      this.timer = setInterval(() => this.host.requestUpdate(), this.tickMs);
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
