// A clock the test moves by hand, for code that takes a `StackClock` (the page's toast stack):
// `advance(ms)` runs, in time order, every timer due by then.
import type { StackClock } from '../../src/components/custom-toast/toast-stack.js';

export class ManualClock implements StackClock {
  t = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown) => void (typeof h === 'number' && this.timers.delete(h));
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, x]) => x.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = end;
  }
  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.size;
  }
}
