/**
 * `<call-actions>`' one open panel (transfer, keypad, reschedule): opening moves focus into it,
 * closing (button, Escape, a successful request) gives focus back to its disclosure button.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Panel } from './call-actions.view.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class PanelController {
  /** The open panel, if any. */
  open: Panel | null = null;

  constructor(private readonly host: Host) {}

  toggle(panel: Panel): void {
    if (this.open === panel) return this.close();
    this.open = panel;
    this.host.requestUpdate();
    this.focusAfterUpdate('[part="panel"] > *');
  }

  /** Another case is followed: the panel closes without moving focus (called while updating). */
  reset(): void {
    this.open = null;
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
