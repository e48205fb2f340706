/**
 * One toast shown by the workspace (`system.popupToast` / `updateToast` / `closeToast`), with
 * its CUSTOM_TOAST_BUTTON_CLICK events matched by `customToastId`. The workspace closes the
 * toast itself on a click and after `autoClose` without telling the page; a local timer of the
 * same length marks it closed here.
 */
import type { ToastParameters } from '../../bridge/api.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { SystemEvent } from '../../bridge/wire.js';
import { ToastProblemError } from './toast-errors.js';
import { autoCloseDelay } from './toast-params.js';

export interface WorkspaceToastEvents {
  /** A custom button was clicked: its ORIGINAL index (the toast is then closed in the workspace). */
  click(buttonIndex: unknown): void;
  /** The workspace closed the toast by itself (autoClose). */
  expired(): void;
}

export class WorkspaceToast {
  /** The workspace's id for the toast (popupToast's answer), once shown. */
  id: string | undefined;
  private off: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly bridge: AgentBridge,
    private readonly events: WorkspaceToastEvents,
  ) {}

  /** Pops the toast up; rejects with the bridge's typed error. */
  async open(params: ToastParameters): Promise<string> {
    this.off ??= this.bridge.on('system', (data: SystemEvent) => {
      if (!data || !('eventType' in data) || data.eventType !== 'CUSTOM_TOAST_BUTTON_CLICK') return;
      if (this.id === undefined || String(data.customToastId) !== this.id) return;
      this.dispose();
      this.events.click(data.buttonIndex);
    });
    try {
      this.id = String(await this.bridge.popupToast(params));
    } catch (error) {
      this.dispose();
      throw error;
    }
    this.arm(params);
    return this.id;
  }

  /** `system.updateToast`; rejects with `unknown-toast` when the workspace does not know the toast (any more). */
  async update(update: Partial<ToastParameters>, merged: ToastParameters): Promise<void> {
    const id = this.id ?? '';
    const known =
      this.id !== undefined && (await this.bridge.request('system.updateToast', id, update));
    if (known !== true) {
      this.dispose();
      throw new ToastProblemError({ code: 'unknown-toast', id });
    }
    if ('autoClose' in update || 'sticky' in update) this.arm(merged);
  }

  /** `system.closeToast`; rejects with `unknown-toast` when the workspace did not know the toast. */
  async close(): Promise<void> {
    const id = this.id ?? '';
    this.dispose();
    const known = this.id !== undefined && (await this.bridge.request('system.closeToast', id));
    if (known !== true) throw new ToastProblemError({ code: 'unknown-toast', id });
  }

  /** Stops listening; the workspace's toast is left as it is. */
  dispose(): void {
    this.off?.();
    this.off = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(params: ToastParameters): void {
    clearTimeout(this.timer);
    const ms = autoCloseDelay(params);
    this.timer = ms ? setTimeout(() => (this.dispose(), this.events.expired()), ms) : undefined;
  }
}
