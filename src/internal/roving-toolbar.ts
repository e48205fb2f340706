/**
 * The ARIA toolbar pattern for an element's row of controls: one tab stop for the whole toolbar
 * (the control last used, else the first), arrow keys move between its controls (Left/Right,
 * and Up/Down too; mirrored in right-to-left text), Home and End go to the first and last. A
 * control that is unavailable (`aria-disabled`) stays reachable, so its reason can be read.
 *
 * ```ts
 * private toolbar = new RovingToolbar(this, () => this.renderRoot.querySelector('[role=toolbar]'));
 * // template: <div role="toolbar" aria-label=… @keydown=${this.toolbar.onKeydown}>…buttons…</div>
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The controls of `toolbar` a keyboard user moves between: shown buttons, in order. `rendered`
 * (default true) also leaves out a control without a box (`display: none` from a style sheet),
 * which asks the browser for a layout; `false` reads the DOM only (`hidden`, menus).
 */
export function toolbarItems(toolbar: Element | null, rendered = true): HTMLElement[] {
  if (!toolbar) return [];
  return [
    ...toolbar.querySelectorAll<HTMLElement>('button, [role="button"], [role="menuitem"]'),
  ].filter(
    (el) => !el.closest('[hidden],[role=menu]') && (!rendered || el.getClientRects().length > 0),
  );
}

export interface RovingOptions {
  /** Right-to-left text: Left and Right swap. */
  rtl?: boolean;
  /** Past the last item comes the first, and before the first the last (default true). */
  wrap?: boolean;
  /** `vertical`: only Up and Down move (a listbox); `both` (default): the four arrows (a toolbar). */
  orientation?: 'both' | 'vertical';
}

/**
 * Which item `key` moves to from `index` among `count`, or null for another key: the arrows one
 * step (wrapping, unless `wrap` is false), Home and End the first and last. Shared by the
 * toolbars and `<interaction-list>`'s listbox.
 */
export function rovingTarget(
  key: string,
  index: number,
  count: number,
  { rtl = false, wrap = true, orientation = 'both' }: RovingOptions = {},
): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const across = orientation === 'both' ? (rtl ? -1 : 1) : 0;
  const step = ({ ArrowDown: 1, ArrowUp: -1, ArrowRight: across, ArrowLeft: -across } as const)[
    key as 'ArrowDown'
  ];
  if (!step) return null;
  return wrap ? (index + step + count) % count : Math.min(Math.max(index + step, 0), count - 1);
}

export class RovingToolbar implements ReactiveController {
  /** The control that holds the tab stop (the last one focused). */
  private current: HTMLElement | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private toolbar: () => Element | null,
  ) {
    host.addController(this);
  }

  /**
   * Places the tab stop after each render from the DOM alone: asking for the controls' boxes here
   * forced a layout on every update of the host (≈ 1 ms of each workspace event's render in
   * `<call-actions>`, shift bench), and the other elements' updates in the same task then needed
   * another. A control hidden only by a page's style sheet may keep the tab stop until the agent
   * uses the toolbar (the keys and focus below read the boxes).
   */
  hostUpdated(): void {
    const items = toolbarItems(this.toolbar(), false);
    // The focused control now does another thing (the toolbar updates in place: after Hold, its
    // button is End call): the focus goes to the control that did that thing before (its button
    // is Resume now), so that pressing twice never ends the call. (Controls are told apart by
    // `data-action`; a control out of sight takes no focus; `onFocusin` moves the tab stop.)
    const action = this.current?.dataset.action;
    if (action) this.was.get(action)?.focus();
    this.stop(items, this.current && items.includes(this.current) ? this.current : items[0]);
  }

  /** Each control by its action before an update, while one of them has the focus. */
  private was = new Map<string | undefined, HTMLElement>();

  hostUpdate(): void {
    this.was = new Map(
      this.current?.matches(':focus')
        ? toolbarItems(this.toolbar(), false).map((i) => [i.dataset.action, i])
        : [],
    );
  }

  /** The toolbar's `keydown` and `focusin` listener (an arrow function: pass it as is). */
  onKeydown = (e: KeyboardEvent): void => {
    const items = toolbarItems(this.toolbar());
    const from = items.indexOf(e.target as HTMLElement);
    if (from < 0) return;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const to = rovingTarget(e.key, from, items.length, { rtl });
    if (to === null) return;
    e.preventDefault();
    items[to].focus(); // `onFocusin` moves the tab stop
  };

  /** Keeps the tab stop on the control focused last (by the keys above, a click, a script). */
  onFocusin = (e: FocusEvent): void => {
    const items = toolbarItems(this.toolbar());
    if (items.includes(e.target as HTMLElement)) this.stop(items, e.target as HTMLElement);
  };

  private stop(items: HTMLElement[], current: HTMLElement | null): void {
    this.current = current;
    for (const item of items) item.tabIndex = item === current ? 0 : -1;
  }
}
