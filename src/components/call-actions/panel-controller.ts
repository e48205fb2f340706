/**
 * `<call-actions>`' disclosures: its one open panel (transfer, keypad, reschedule) — opening
 * moves focus into it, closing (button, Escape, a successful request) gives focus back to its
 * disclosure button — and the toolbar's "More" group of rare actions.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Panel } from './call-actions.view.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class PanelController {
  /** The open panel, if any. */
  open: Panel | null = null;
  /** The toolbar's "More" group is open. */
  more = false;

  constructor(private readonly host: Host) {}

  toggle(panel: Panel): void {
    if (this.open === panel) return this.close();
    this.open = panel;
    this.host.requestUpdate();
    this.focusAfterUpdate('[part="panel"] > *');
  }

  /** Another case is followed: the panel and "More" close without moving focus (called while updating). */
  reset(): void {
    this.open = null;
    this.more = false;
  }

  toggleMore(): void {
    this.more = !this.more;
    this.host.requestUpdate();
  }

  close(): void {
    const was = this.open;
    this.open = null;
    this.host.requestUpdate();
    if (was) this.focusAfterUpdate(`[data-action="panel-${was}"]`);
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}
