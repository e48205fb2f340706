/**
 * `<call-actions>`' disclosures: its one open panel (transfer, keypad, reschedule) — opening
 * moves focus into it, closing (button, Escape, a successful request) gives focus back to its
 * disclosure button — and the toolbar's "More" group of rare actions.
 *
 * The panels are rarely used, so their elements are not in `<call-actions>`' own module: each
 * panel's module is loaded with `import()` the first time it is opened; the panel opens once its
 * element is defined (a later opening waits for the loaded module's promise only).
 */
import { focusAfterUpdate } from '../../internal/focus.js';
import type { ReactiveControllerHost } from 'lit';
import type { Panel, PanelBody } from './call-actions.view.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** Each panel's module, which defines its element and gives its body. */
const PANEL_MODULES: Record<Panel, () => Promise<PanelBody>> = {
  transfer: () => import('./transfer-form.js').then((m) => m.transferPanel),
  keypad: () => import('./dtmf-keypad.js').then((m) => m.keypadPanel),
  reschedule: () => import('./reschedule-form.js').then((m) => m.reschedulePanel),
};
/** The bodies of the panels loaded so far. */
const loaded = new Map<Panel, PanelBody>();

/** Loads `panel`'s module (once per page). */
export async function loadPanel(panel: Panel): Promise<void> {
  if (!loaded.has(panel)) loaded.set(panel, await PANEL_MODULES[panel]());
}

export class PanelController {
  /** The open panel, if any. */
  open: Panel | null = null;
  /** The toolbar's "More" group is open. */
  more = false;
  /** The panel asked for while its module loads. */
  private opening: Panel | null = null;

  constructor(private readonly host: Host) {}

  /** The open panel's body. */
  get body(): PanelBody | null {
    return (this.open && loaded.get(this.open)) ?? null;
  }

  toggle(panel: Panel): void {
    if (this.open === panel) return this.close();
    this.opening = panel;
    // A module that fails to load (offline?) leaves the panel closed; the rejection is reported
    // as any unhandled one is.
    void loadPanel(panel).then(() => this.show(panel));
  }

  /** Another case is followed: the panel and "More" close without moving focus (called while updating). */
  reset(): void {
    this.open = null;
    this.opening = null;
    this.more = false;
  }

  toggleMore(): void {
    this.more = !this.more;
    this.host.requestUpdate();
  }

  close(): void {
    const was = this.open;
    this.open = null;
    this.opening = null;
    this.host.requestUpdate();
    if (was) focusAfterUpdate(this.host, `[data-action="panel-${was}"]`);
  }

  /** Opens `panel` unless another was asked for (or the panel closed) while it loaded. */
  private show(panel: Panel): void {
    if (this.opening !== panel) return;
    this.opening = null;
    this.open = panel;
    this.host.requestUpdate();
    focusAfterUpdate(this.host, '[part="panel"] > *');
  }
}
