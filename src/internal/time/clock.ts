/**
 * The kit's one clock: `now()` (a replaceable source, for tests and stories) and, while the host
 * is connected, a re-render every `tickSeconds` (0: no ticking) so durations and relative times
 * stay true. The timer stops in `hostDisconnected`; nothing restarts it until the host is
 * connected again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockOptions {
  /** Seconds between re-renders; 0 turns ticking off. Default 0. */
  tickSeconds?: number;
  /** The time source (tests, stories). Default `Date.now`. */
  now?: () => number;
}

export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private tickMs: number;
  private connected = false;
  /** The time source; an element may replace it (its `now` property). */
  source: () => number;

  constructor(
    protected readonly host: ReactiveControllerHost,
    options: ClockOptions = {},
  ) {
    this.tickMs = Math.max(0, options.tickSeconds ?? 0) * 1000;
    this.source = options.now ?? Date.now;
    host.addController(this);
  }

  /** Seconds between re-renders; changing it restarts the timer (e.g. 1 s while a duration runs). */
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

  /** The current time in epoch milliseconds. */
  now(): number {
    return this.source();
  }

  /** Whether a timer is running (tests). */
  get ticking(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
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
