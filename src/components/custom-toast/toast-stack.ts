/**
 * The page's toast stack, without a DOM: which toasts are shown and which wait in the queue (a
 * maximum shown per placement), one toast per id, and the auto-close timers. A timer runs only
 * while its toast is shown and nothing holds it: hover, focus, and a pending action each hold
 * it; the time left is kept across holds. Clock injected, so tests control time.
 */
export const TOAST_PLACEMENTS = [
  'top-start',
  'top-center',
  'top-end',
  'bottom-start',
  'bottom-center',
  'bottom-end',
  'inline',
] as const;
/** `inline`: shown where the element is, in the flow (stories, a page's own notification area); never queued. */
export type ToastPlacement = (typeof TOAST_PLACEMENTS)[number];

export type HoldReason = 'hover' | 'focus' | 'pending';

export interface StackClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: StackClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface StackItem {
  placement: ToastPlacement;
  /** ms before the toast closes by itself; 0 = never (sticky, or no autoClose). */
  delay: number;
}

interface Entry extends StackItem {
  id: string;
  shown: boolean;
  remaining: number;
  holds: Set<HoldReason>;
  startedAt: number;
  timer: unknown;
}

export interface StackOptions {
  /** Toasts shown at once per placement; the rest wait in a queue. Default 3. */
  maxShown?: number;
  clock?: StackClock;
  /** A toast's time ran out: the owner closes it (and calls `remove`). */
  onExpire?: (id: string) => void;
  /** Which toasts are shown changed (added, removed, promoted from the queue). */
  onChange?: () => void;
}

export const DEFAULT_MAX_SHOWN = 3;

export class ToastStack {
  private readonly entries: Entry[] = [];
  private readonly clock: StackClock;
  private max: number;

  constructor(private readonly options: StackOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.max = Math.max(1, options.maxShown ?? DEFAULT_MAX_SHOWN);
  }

  get maxShown(): number {
    return this.max;
  }

  set maxShown(n: number) {
    this.max = Math.max(1, Math.floor(n) || 1);
    for (const e of this.entries.filter((x) => x.shown && x.placement !== 'inline')) {
      if (this.shownIn(e.placement).indexOf(e.id) >= this.max) this.hide(e);
    }
    this.fill();
  }

  has(id: string): boolean {
    return this.entries.some((e) => e.id === id);
  }

  isShown(id: string): boolean {
    return this.find(id)?.shown ?? false;
  }

  /** Ids shown in a placement, oldest first (the oldest sits nearest the screen's edge). */
  shownIn(placement: ToastPlacement): string[] {
    return this.entries.filter((e) => e.shown && e.placement === placement).map((e) => e.id);
  }

  /** Ids waiting, oldest first. */
  get queued(): string[] {
    return this.entries.filter((e) => !e.shown).map((e) => e.id);
  }

  /** ms left before a shown toast closes (0 = no timer). */
  remaining(id: string): number {
    const e = this.find(id);
    if (!e || !e.delay) return 0;
    return e.timer === undefined
      ? e.remaining
      : Math.max(0, e.remaining - (this.clock.now() - e.startedAt));
  }

  /**
   * Adds a toast; an id already in the stack is the same toast: it keeps its place, takes the new
   * settings and its time starts again. Returns whether the toast was new.
   */
  add(id: string, item: StackItem): boolean {
    const existing = this.find(id);
    if (existing) {
      this.stop(existing);
      existing.delay = Math.max(0, item.delay);
      existing.remaining = existing.delay;
      if (existing.placement !== item.placement) {
        existing.placement = item.placement;
        if (
          existing.shown &&
          item.placement !== 'inline' &&
          this.shownIn(item.placement).length > this.max
        )
          this.hide(existing);
      }
      this.fill();
      this.start(existing);
      this.options.onChange?.();
      return false;
    }
    const e: Entry = {
      id,
      ...item,
      delay: Math.max(0, item.delay),
      shown: false,
      remaining: Math.max(0, item.delay),
      holds: new Set(),
      startedAt: 0,
      timer: undefined,
    };
    this.entries.push(e);
    this.fill();
    this.options.onChange?.();
    return true;
  }

  /** Removes a toast (closed); the oldest waiting toast of its placement takes its place. */
  remove(id: string): boolean {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i < 0) return false;
    this.stop(this.entries[i]);
    this.entries.splice(i, 1);
    this.fill();
    this.options.onChange?.();
    return true;
  }

  hold(id: string, reason: HoldReason): void {
    const e = this.find(id);
    if (!e || e.holds.has(reason)) return;
    e.holds.add(reason);
    this.pause(e);
  }

  release(id: string, reason: HoldReason): void {
    const e = this.find(id);
    if (!e || !e.holds.delete(reason)) return;
    this.start(e);
  }

  holds(id: string): HoldReason[] {
    return [...(this.find(id)?.holds ?? [])];
  }

  /** Stops every timer (the page is going away). */
  clear(): void {
    for (const e of this.entries) this.stop(e);
    this.entries.length = 0;
  }

  private find(id: string): Entry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Promotes the oldest waiting toasts while their placement has room. */
  private fill(): void {
    for (const e of this.entries) {
      if (e.shown || (e.placement !== 'inline' && this.shownIn(e.placement).length >= this.max))
        continue;
      e.shown = true;
      e.remaining = e.delay;
      this.start(e);
    }
  }

  private hide(e: Entry): void {
    this.stop(e);
    e.shown = false;
    e.remaining = e.delay;
  }

  private start(e: Entry): void {
    if (!e.shown || !e.delay || e.holds.size > 0 || e.timer !== undefined) return;
    e.startedAt = this.clock.now();
    e.timer = this.clock.setTimeout(() => {
      e.timer = undefined;
      e.remaining = 0;
      this.options.onExpire?.(e.id);
    }, e.remaining);
  }

  private pause(e: Entry): void {
    if (e.timer === undefined) return;
    e.remaining = Math.max(0, e.remaining - (this.clock.now() - e.startedAt));
    this.stop(e);
  }

  private stop(e: Entry): void {
    if (e.timer !== undefined) this.clock.clearTimeout(e.timer);
    e.timer = undefined;
  }
}

/** Where each shown toast sits: its distance from the screen's edge, given the toasts' heights. */
export function stackOffsets(heights: readonly number[], gap: number): number[] {
  const out: number[] = [];
  let y = 0;
  for (const h of heights) {
    out.push(y);
    y += Math.max(0, h) + gap;
  }
  return out;
}
