import { type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ToastParameters } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { toastButtonLabel, type ToastButton } from '../../bridge/toast-order.js';
import { announce } from '../../internal/live-announcer.js';
import { baseStyles } from '../../internal/styles.js';
import type { ToastClick, ToastCloseReason } from './custom-toast.events.js';
import { customToastStyles } from './custom-toast.styles.js';
import { cardAnnouncement, isAssertive, renderCustomToast } from './custom-toast.view.js';
import { PagePlacement } from './page-toasts.js';
import { chooseRenderer } from './renderer.js';
import { ToastBase } from './toast-base.js';
import { OK, type ToastOutcome } from './toast-errors.js';
import { ButtonActions, WorkspaceRequests } from './toast-requests.js';
import {
  autoCloseDelay,
  normaliseToastParams,
  normaliseToastUpdate,
  toastChanges,
  toastProperties,
} from './toast-params.js';
import { WorkspaceToast } from './workspace-toast.js';

export { TOAST_SEVERITIES, type ToastSeverity } from './custom-toast.view.js';
export type * from './custom-toast.events.js';

/** The open toasts by id: one toast per id in the page, whichever renderer shows it. */
const openToasts = new Map<string, CustomToastElement>();
export const findOpenToast = (id: string): CustomToastElement | undefined => openToasts.get(id);
/** The reasons to close after which the workspace still shows the toast (else it closed it itself). */
const ASKS_WORKSPACE: ToastCloseReason[] = [
  'closed',
  'replaced',
  'escape',
  'show',
  'dismiss',
  'ok',
];

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
export class CustomToastElement extends ToastBase {
  static override styles = [baseStyles, customToastStyles];

  private readonly context = new BridgeController(this, { filter: () => false });
  private readonly requests = new WorkspaceRequests(this);
  private readonly actions = new ButtonActions(this, {
    hold: (on) => this.page.hold(on, 'pending'),
    clicked: (click) => void this.finish('button', click),
    shown: () => !!this.shownBy,
  });
  private workspace: WorkspaceToast | undefined;
  private sent: ToastParameters | undefined;
  private presenting: Promise<ToastOutcome> | undefined;
  private generation = 0;
  private readonly page = new PagePlacement(this, {
    expire: () => void this.finish('timeout'),
    appear: () => this.say(),
  });

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

  private async present(): Promise<ToastOutcome> {
    const run = (this.presenting = this.presentNow());
    try {
      return await run;
    } finally {
      if (this.presenting === run) this.presenting = undefined;
    }
  }

  private async presentNow(): Promise<ToastOutcome> {
    const checked = normaliseToastParams(this.parameters);
    if (!checked.ok) return ((this.open = false), this.fail('show', checked.error));
    const params = checked.value;
    const other = openToasts.get(this.toastId);
    if (other && other !== this) await other.finish('replaced');
    openToasts.set(this.toastId, this);
    const generation = ++this.generation;
    const bridge = this.bridge ?? this.context.bridge;
    let renderer = await chooseRenderer(this.renderer, bridge);
    if (renderer === 'workspace' && bridge) {
      const ws = new WorkspaceToast(bridge, {
        click: (i) => this.clickedInWorkspace(i),
        expired: () => void this.finish('timeout'),
      });
      const r = await this.requests.ask({ operation: 'show', params }, () => ws.open(params));
      if (r.ok) this.workspace = ws;
      else if (r.problem.code === 'vetoed')
        return (this.letGo(), this.fail('show', r.problem, true));
      else {
        this.fail('show', r.problem);
        renderer = 'page'; // the agent still sees it
      }
    }
    if (generation !== this.generation || !this.open) {
      void this.workspace?.close().catch(() => undefined); // a late answer never reopens it
      this.workspace = undefined;
      return this.fail('show', { code: 'not-open' });
    }
    this.sent = params;
    this.shownBy = renderer;
    this.actions.clear();
    if (renderer === 'page') this.page.add(this.placement, autoCloseDelay(params), true);
    this.emit('adk-toast-show', { renderer, workspaceId: this.workspaceId });
    return OK;
  }

  /** Sends what changed since the last shown parameters to the renderer. */
  private async push(restart = false): Promise<ToastOutcome> {
    const next = this.checkedParams();
    const prev = this.sent;
    if (!next || !prev || !this.shownBy)
      return next ? OK : this.fail('update', { code: 'title-required' });
    const changed = toastChanges(prev, next);
    if (restart) changed.autoClose = next.autoClose ?? 0;
    this.sent = next; // a vetoed update is not retried: the page took it over
    const ws = this.workspace;
    if (!ws) {
      if ('autoClose' in changed || 'sticky' in changed)
        this.page.add(this.placement, autoCloseDelay(next));
      return (this.say(), OK);
    }
    const detail = { operation: 'update' as const, workspaceId: ws.id, params: changed };
    const r = await this.requests.ask(detail, () => ws.update(changed, next));
    if (r.ok) return OK;
    if (r.problem.code === 'unknown-toast') void this.finish('unknown');
    return this.fail('update', r.problem, r.problem.code === 'vetoed');
  }

  /** Closes the toast for `reason`; asks the workspace to close it when it still shows it. */
  private async finish(reason: ToastCloseReason, click?: ToastClick) {
    if (!this.open && !this.shownBy && !this.presenting) return undefined;
    const ws = this.shownBy === 'workspace' ? this.workspace : undefined;
    if (!ws || !ASKS_WORKSPACE.includes(reason))
      return (this.workspace?.dispose(), this.letGo(reason, click));
    const r = await this.requests.ask({ operation: 'close', workspaceId: ws.id }, () => {
      this.letGo(reason, click);
      return ws.close();
    });
    if (r.ok) return OK;
    if (r.problem.code !== 'vetoed') return this.fail('close', r.problem);
    if (this.isConnected) {
      this.open = true; // the workspace still shows it
    } else {
      ws.dispose();
      this.letGo(reason, click);
    }
    return this.fail('close', r.problem, true);
  }

  /** Forgets the shown toast (the workspace's is left as it is) and says it closed. */
  private letGo(reason?: ToastCloseReason, click?: ToastClick): undefined {
    this.generation++;
    this.workspace = undefined;
    if (openToasts.get(this.toastId) === this) openToasts.delete(this.toastId);
    this.page.remove();
    const wasOpen = this.open || !!this.shownBy;
    this.shownBy = undefined;
    this.open = false;
    this.actions.clear();
    if (reason && wasOpen) this.emit('adk-toast-close', { reason, ...click });
    return undefined;
  }

  private clickedInWorkspace(index: unknown): void {
    const label = toastButtonLabel(this.sent ?? {}, index);
    if (label === undefined || typeof index !== 'number') {
      this.fail('click', { code: 'unknown-button', index });
      return void this.finish('unknown');
    }
    const detail = { index, label, renderer: 'workspace' as const, waitUntil: () => undefined };
    this.emit('adk-toast-button-click', detail);
    void this.finish('button', { index, label });
  }

  private press(b: ToastButton): void {
    if (this.actions.busy) return;
    if (b.kind === 'show') window.focus();
    if (b.kind === 'custom') this.actions.press({ index: b.index, label: b.label });
    else void this.finish(b.kind);
  }

  private say(): void {
    if (this.shownBy !== 'page' || !this.sent || this.page.waiting) return;
    const { t, lang } = this.locale;
    const text = cardAnnouncement(this.sent, this.severity, t.customToast);
    announce(text, { assertive: isAssertive(this.severity), lang });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'custom-toast': CustomToastElement;
  }
}
