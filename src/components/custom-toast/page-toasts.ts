/**
 * The page renderer's shared part: one `ToastStack` per page, the toasts that own its entries,
 * and their layout. Each toast draws its own card (in the top layer, so no ancestor's overflow
 * or z-index hides it); this module tells each where to sit — the distance from its corner,
 * from the heights of the toasts before it — or that it waits in the queue.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_MAX_SHOWN,
  TOAST_PLACEMENTS,
  ToastStack,
  stackOffsets,
  type HoldReason,
  type StackClock,
  type ToastPlacement,
} from './toast-stack.js';

/** What the stack needs from a toast shown in the page. */
export interface PageToastOwner {
  readonly toastId: string;
  /** Its time ran out: it closes (and calls `pageToasts.remove`). */
  expire(): void;
  /** Shown at `offset` px from its corner, or waiting (`shown` false). */
  place(shown: boolean, offset: number): void;
  /** Its card's height in px (0 when not shown). */
  height(): number;
}

/** The space between stacked toasts, px. */
const GAP = 8;

class PageToasts {
  private stack: ToastStack;
  private readonly owners = new Map<string, PageToastOwner>();

  constructor() {
    this.stack = this.makeStack(DEFAULT_MAX_SHOWN);
  }

  get maxShown(): number {
    return this.stack.maxShown;
  }

  set maxShown(n: number) {
    this.stack.maxShown = n;
  }

  /** Tests: a manual clock (and a fresh, empty stack). */
  reset(options: { clock?: StackClock; maxShown?: number } = {}): void {
    this.stack.clear();
    this.owners.clear();
    this.stack = this.makeStack(options.maxShown ?? DEFAULT_MAX_SHOWN, options.clock);
  }

  /** Shows (or queues) a toast; an id already shown is the same toast, updated in place. */
  add(owner: PageToastOwner, placement: ToastPlacement, delay: number): void {
    this.owners.set(owner.toastId, owner);
    this.stack.add(owner.toastId, { placement, delay });
    this.layout();
  }

  remove(id: string, owner?: PageToastOwner): void {
    if (owner && this.owners.get(id) !== owner) return;
    this.owners.delete(id);
    this.stack.remove(id);
  }

  /** Ids waiting for a place, oldest first. */
  get queued(): string[] {
    return this.stack.queued;
  }

  /** ms before a shown toast closes by itself (0: no timer). */
  remaining(id: string): number {
    return this.stack.remaining(id);
  }

  hold(id: string, reason: HoldReason): void {
    this.stack.hold(id, reason);
  }

  release(id: string, reason: HoldReason): void {
    this.stack.release(id, reason);
  }

  /** Places every toast again (after a toast's size changed). */
  layout(): void {
    for (const placement of TOAST_PLACEMENTS) {
      const ids = this.stack.shownIn(placement);
      const owners = ids.map((id) => this.owners.get(id)!).filter(Boolean);
      const offsets =
        placement === 'inline'
          ? owners.map(() => 0)
          : stackOffsets(
              owners.map((o) => o.height()),
              GAP,
            );
      owners.forEach((o, i) => o.place(true, offsets[i]));
    }
    for (const id of this.stack.queued) this.owners.get(id)?.place(false, 0);
  }

  private makeStack(maxShown: number, clock?: StackClock): ToastStack {
    return new ToastStack({
      maxShown,
      clock,
      onExpire: (id) => this.owners.get(id)?.expire(),
      onChange: () => queueMicrotask(() => this.layout()),
    });
  }
}

/** The page's one toast stack. Set `pageToasts.maxShown` to change how many show at once per corner. */
export const pageToasts = new PageToasts();

/** What a toast element gives its page placement. */
export interface PlacedToastHost extends ReactiveControllerHost, HTMLElement {
  readonly toastId: string;
}

/**
 * A toast element's side of the page stack: where its card sits (or that it waits), its card
 * in or out of the top layer, its height for the toasts above it, and one announcement each
 * time it appears.
 */
export class PagePlacement implements ReactiveController, PageToastOwner {
  /** Queued: not drawn until a place frees up. */
  waiting = false;
  offset = 0;
  private added = false;
  private announced = false;
  private measured = -1;

  constructor(
    private readonly host: PlacedToastHost,
    private readonly events: { expire(): void; appear(): void },
  ) {
    host.addController(this);
  }

  get toastId(): string {
    return this.host.toastId;
  }

  private get card(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;
  }

  /** Into the stack (again: same place, time restarted). */
  add(placement: ToastPlacement, delay: number, fresh = false): void {
    if (fresh) this.announced = false;
    this.added = true;
    pageToasts.add(this, placement, delay);
  }

  remove(): void {
    this.added = false;
    pageToasts.remove(this.toastId, this);
    this.host.requestUpdate();
  }

  hold(on: boolean, reason: HoldReason): void {
    if (on) pageToasts.hold(this.toastId, reason);
    else pageToasts.release(this.toastId, reason);
  }

  expire(): void {
    this.events.expire();
  }

  place(shown: boolean, offset: number): void {
    if (this.waiting !== !shown || this.offset !== offset) {
      this.waiting = !shown;
      this.offset = offset;
      this.host.requestUpdate();
    }
    if (shown && !this.announced) {
      this.announced = true;
      this.events.appear();
    }
  }

  height(): number {
    return this.card?.offsetHeight ?? 0;
  }

  hostUpdated(): void {
    const card = this.card;
    if (card?.popover) {
      const show = this.added && !this.waiting;
      if (show && !card.matches(':popover-open')) card.showPopover();
      else if (!show && card.matches(':popover-open')) card.hidePopover();
    }
    const h = this.height();
    if (h !== this.measured) {
      this.measured = h;
      queueMicrotask(() => pageToasts.layout());
    }
  }
}
