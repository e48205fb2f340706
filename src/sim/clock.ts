/**
 * The sim's notion of time. Everything that depends on time (rate-limit windows, quarantine,
 * the simulated delay before a dialled call connects, toast auto-close, JWT expiry) reads it
 * from a `SimClock`, so tests can jump ahead instead of waiting.
 */
export interface SimClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void;
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
  handle?: ReturnType<typeof setTimeout>;
}

/** Shared bookkeeping: timers ordered by due time, fired by `advance`. */
abstract class TimerQueue implements SimClock {
  protected timers: Timer[] = [];
  private nextId = 1;
  abstract now(): number;
  protected abstract shift(ms: number): void;
  protected arm(_timer: Timer): void {}
  protected disarm(_timer: Timer): void {}

  setTimeout(fn: () => void, ms: number): number {
    const timer: Timer = { id: this.nextId++, due: this.now() + Math.max(0, ms), fn };
    this.timers.push(timer);
    this.arm(timer);
    return timer.id;
  }

  clearTimeout(id: number): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.disarm(this.timers.splice(i, 1)[0]);
  }

  advance(ms: number): void {
    const target = this.now() + Math.max(0, ms);
    for (;;) {
      const due = this.timers
        .filter((t) => t.due <= target)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!due) break;
      this.shift(Math.max(0, due.due - this.now()));
      this.fire(due);
    }
    this.shift(Math.max(0, target - this.now()));
  }

  protected fire(timer: Timer): void {
    const i = this.timers.indexOf(timer);
    if (i < 0) return;
    this.timers.splice(i, 1);
    this.disarm(timer);
    try {
      timer.fn();
    } catch (e) {
      console.error('[sim] timer failed', e);
    }
  }
}

/** Time stands still until `advance` is called. For unit tests. */
export class ManualClock extends TimerQueue {
  constructor(private t = 0) {
    super();
  }
  now(): number {
    return this.t;
  }
  protected shift(ms: number): void {
    this.t += ms;
  }
}

/**
 * Wall-clock time plus an offset: timers fire by themselves, and `advance` jumps ahead (firing
 * the timers it passes), so a page driven over the control channel can skip a quarantine.
 */
export class RealClock extends TimerQueue {
  private offset = 0;
  now(): number {
    return Date.now() + this.offset;
  }
  protected shift(ms: number): void {
    this.offset += ms;
  }
  protected override arm(timer: Timer): void {
    timer.handle = globalThis.setTimeout(
      () => this.fire(timer),
      Math.max(0, timer.due - this.now()),
    );
  }
  protected override disarm(timer: Timer): void {
    if (timer.handle !== undefined) globalThis.clearTimeout(timer.handle);
  }
  override advance(ms: number): void {
    super.advance(ms);
    // The remaining timers' real delays shrank by the jump: re-arm them.
    for (const t of this.timers) {
      this.disarm(t);
      this.arm(t);
    }
  }
}
