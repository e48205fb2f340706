import { type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ToastButton } from '../../bridge/toast-order.js';
import { baseStyles } from '../../internal/styles.js';
import { customToastStyles } from './custom-toast.styles.js';
import { renderCustomToast } from './custom-toast.view.js';
import { OK, type ToastOutcome } from './toast-errors.js';
import {
  normaliseToastParams,
  normaliseToastUpdate,
  toastChanges,
  toastProperties,
} from './toast-params.js';
import { openToast, ToastPresentation } from './toast-presentation.js';

export { TOAST_SEVERITIES, type ToastSeverity } from './custom-toast.view.js';
export type * from './custom-toast.events.js';

/** The open `<custom-toast>` with this id, if any. */
export const findOpenToast = (id: string): CustomToastElement | undefined => {
  const open = openToast(id);
  return open instanceof CustomToastElement ? open : undefined;
};

/**
 * A custom toast (seed 003 `system.popupToast`). Inside a workspace that offers toasts it asks
 * the workspace to show it (`popupToast` / `updateToast` / `closeToast`, each announced as
 * `adk-toast-request`, which a page may cancel, then `adk-toast-request-result`) and
 * re-dispatches CUSTOM_TOAST_BUTTON_CLICK as `adk-toast-button-click`; otherwise it shows the
 * same toast in the page, in a stack per corner (`pageToasts.maxShown` at once, the rest queued).
 *
 * @summary A notification for the agent, shown by the workspace or in the page.
 *
 * @attr heading - The toast's title (`title`; named `heading` so the native tooltip stays out). Required.
 * @attr icon - URL of the title bar icon.
 * @attr subject - Optional: the subject.
 * @attr message - Optional: the message; the default slot's text when empty.
 * @attr key-values - JSON object of the key/value list (`keyValues`); or set the `keyValues` property.
 * @attr show-dismiss - Show and Dismiss buttons instead of the custom ones (Show brings the page forward).
 * @attr auto-close - Milliseconds before the toast closes by itself; 0 (default) = it stays.
 * @attr sticky - Stays until the agent acts, whatever `auto-close` says.
 * @attr send-to-my-messages - The workspace also files it in My Messages.
 * @attr width - Width in px (the workspace's `service-client-api.toast.width` otherwise).
 * @attr severity - `info` (default), `success`, `warning`, `error`: warning and error are announced assertively.
 * @attr renderer - `auto` (default), `workspace` or `page`.
 * @attr placement - In the page: `bottom-end` (default), `bottom-start`, `bottom-center`, `top-*`, or `inline` (in the flow).
 * @attr toast-id - The toast's id: opening a toast with the id of an open one replaces it.
 * @attr open - Shows the toast; removed when it closes.
 * @prop {string[]} buttons - Button labels in their original order (shown [2] [3] … [N] [1]); default: the `button` slot's buttons.
 * @prop {AgentBridge} bridge - A bridge to use instead of the provided one.
 * @fires adk-toast-request - Before the workspace is asked (`system.popupToast`, `updateToast`, `closeToast`); cancelable (`preventDefault()`: nothing is sent; a vetoed show does not show, a vetoed close leaves the toast open). `detail: { operation: 'show' | 'update' | 'close', toastId, workspaceId?, params? }`.
 * @fires adk-toast-request-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 * @fires adk-toast-show - Shown. `detail: { renderer, workspaceId }`.
 * @fires adk-toast-button-click - A custom button was clicked. `detail: { index, label, renderer, waitUntil(promise) }`. In the page, cancel it to keep the toast open, or pass `waitUntil` the action: the toast waits (its timer held) and closes when it succeeds, or says why it failed.
 * @fires adk-toast-close - Closed. `detail: { reason, index?, label? }`; reason `button`, `show`, `dismiss`, `ok`, `timeout`, `escape`, `closed`, `replaced`, `unknown` (the workspace no longer knows it).
 * @fires adk-toast-error - Bad input or a refused request, in words. `detail: { operation, code, message }`.
 * @slot - The message (its text).
 * @slot button - `<button>`s whose text are the labels, in original order.
 * @csspart base - The toast card (in the page).
 * @csspart icon - The title icon.
 * @csspart title - The title.
 * @csspart subject - The subject.
 * @csspart message - The message.
 * @csspart key-values - The key/value list.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button.
 * @csspart status - What a button's action is doing (a polite live region).
 * @csspart error - Why a button's action failed (an assertive live region).
 * @cssproperty --adk-toast-width - The card's width in the page (default 22rem).
 */
@customElement('custom-toast')
export class CustomToastElement extends ToastPresentation {
  static override styles = [baseStyles, customToastStyles];

  /** The workspace's id of the toast, while the workspace shows it. */
  get workspaceId(): string | undefined {
    return this.shownBy === 'workspace' ? this.workspace?.id : undefined;
  }

  /** Shows the toast, with new parameters if given. Never throws. */
  show(params?: unknown): Promise<ToastOutcome> {
    if (params !== undefined) {
      const checked = normaliseToastParams(params);
      if (!checked.ok) return Promise.resolve(this.fail('show', checked.error));
      Object.assign(this, toastProperties(checked.value, true));
      if (this.shownBy) return this.push(true); // already open: the same toast, updated, its time restarted
    }
    this.open = true;
    return this.presenting ?? this.present();
  }

  /** Changes the open toast (`system.updateToast` in the workspace). Never throws. */
  async updateToast(params: unknown): Promise<ToastOutcome> {
    const checked = normaliseToastUpdate(params);
    if (!checked.ok) return this.fail('update', checked.error);
    if (!this.open) return this.fail('update', { code: 'not-open' });
    if (this.presenting) await this.presenting;
    if (!this.shownBy) return this.fail('update', { code: 'not-open' });
    Object.assign(this, toastProperties(checked.value, false));
    return this.push();
  }

  /** Closes the toast (`system.closeToast` in the workspace). Never throws. */
  async close(): Promise<ToastOutcome> {
    if (!this.open && !this.shownBy) return this.fail('close', { code: 'not-open' });
    return (await this.finish('closed')) ?? OK;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open || this.shownBy) void this.finish('closed');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open && !this.shownBy && !this.presenting) void this.present();
      else if (!this.open && this.shownBy) void this.finish('closed');
    }
    // Attributes or content changed while open: the renderer gets the difference.
    const next = this.shownBy && this.sent ? this.checkedParams() : undefined;
    if (next && Object.keys(toastChanges(this.sent!, next)).length) void this.push();
  }

  protected override render() {
    const { t } = this.locale;
    const shown = this.shownBy === 'page' && this.sent && !this.page.waiting;
    const view = shown && {
      params: this.sent!,
      severity: this.severity,
      inline: this.placement === 'inline',
      offset: this.page.offset,
      pending: this.actions.busy,
      ...this.actions.regions(t.actions),
      t: t.customToast,
    };
    return renderCustomToast(view || null, this.handlers);
  }

  private readonly handlers = {
    press: (b: ToastButton) => this.press(b),
    hold: (on: boolean, reason: 'hover' | 'focus') => this.page.hold(on, reason),
    escape: () => void this.finish('escape'),
  };

  private press(b: ToastButton): void {
    if (this.actions.busy) return;
    if (b.kind === 'show') window.focus();
    if (b.kind === 'custom') this.actions.press({ index: b.index, label: b.label });
    else void this.finish(b.kind);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'custom-toast': CustomToastElement;
  }
}
