import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ToastParameters } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import type { AgentBridge } from '../../bridge/store.js';
import { toastButtonLabel, type ToastButton } from '../../bridge/toast-order.js';
import { actions } from '../../i18n/en/actions.js';
import { customToast } from '../../i18n/en/custom-toast.js';
import { LocaleController } from '../../i18n/localize.js';
import { errorReason } from '../../internal/actions.js';
import { kitEvent } from '../../internal/events.js';
import { announce } from '../../internal/live-announcer.js';
import { baseStyles } from '../../internal/styles.js';
import { customToastStyles } from './custom-toast.styles.js';
import { PagePlacement } from './page-toasts.js';
import { chooseRenderer, type ToastRenderer, type ToastRendererChoice } from './renderer.js';
import {
  cardAnnouncement,
  isAssertive,
  readToastContent,
  renderToastCard,
  type ToastSeverity,
} from './toast-card.js';
import {
  OK,
  toastError,
  type ToastOperation,
  type ToastOutcome,
  type ToastProblem,
} from './toast-errors.js';
import {
  autoCloseDelay,
  normaliseToastParams,
  normaliseToastUpdate,
  toastChanges,
} from './toast-params.js';
import type { ToastPlacement } from './toast-stack.js';
import { WorkspaceToast } from './workspace-toast.js';

export { TOAST_SEVERITIES, type ToastSeverity } from './toast-card.js';
export type ToastCloseReason =
  'button' | 'show' | 'dismiss' | 'ok' | 'timeout' | 'escape' | 'closed' | 'replaced' | 'unknown';
export interface ToastClick {
  index: number;
  label: string;
}
export interface ToastButtonClickDetail extends ToastClick {
  renderer: ToastRenderer;
  waitUntil(action: Promise<unknown>): void;
}
export interface ToastCloseDetail {
  reason: ToastCloseReason;
  index?: number;
  label?: string;
}

/** The open toasts by id: one toast per id in the page, whichever renderer shows it. */
const openToasts = new Map<string, CustomToastElement>();
export const findOpenToast = (id: string): CustomToastElement | undefined => openToasts.get(id);
let nextId = 1;

const asObject = (v: string | null) => {
  try {
    const o = v ? JSON.parse(v) : undefined;
    return o && typeof o === 'object' ? o : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A custom toast (seed 003 `system.popupToast`). Inside a workspace that offers toasts it asks
 * the workspace to show it (`popupToast` / `updateToast` / `closeToast`) and re-dispatches
 * CUSTOM_TOAST_BUTTON_CLICK as `adk-toast-button-click`; otherwise it shows the same toast in the
 * page, in a stack per corner (`pageToasts.maxShown` at once, the rest queued).
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
 * @fires adk-toast-show - Shown. `detail: { renderer, workspaceId }`.
 * @fires adk-toast-button-click - A custom button was clicked. `detail: { index, label, renderer, waitUntil(promise) }`. In the page, cancel it to keep the toast open, or pass `waitUntil` the action: the toast waits (its timer held) and closes when it succeeds, or says why it failed.
 * @fires adk-toast-close - Closed. `detail: { reason, index?, label? }`; reason `button`, `show`, `dismiss`, `ok`, `timeout`, `escape`, `closed`, `replaced`, `unknown` (the workspace no longer knows it).
 * @fires adk-toast-error - Bad input or a refused request. `detail: { operation, code, message }`.
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
 * @csspart status - What a button's action is doing, or why it failed.
 * @cssproperty --adk-toast-width - The card's width in the page (default 22rem).
 */
@customElement('custom-toast')
export class CustomToastElement extends LitElement {
  static override styles = [baseStyles, customToastStyles];

  @property() heading = '';
  @property() icon = '';
  @property() subject = '';
  @property() message = '';
  @property({ attribute: 'key-values', converter: { fromAttribute: asObject } }) keyValues:
    Record<string, string> | undefined;
  @property({ attribute: false }) buttons: string[] | undefined;
  @property({ type: Boolean, attribute: 'show-dismiss' }) showDismiss = false;
  @property({ type: Number, attribute: 'auto-close' }) autoClose = 0;
  @property({ type: Boolean }) sticky = false;
  @property({ type: Boolean, attribute: 'send-to-my-messages' }) sendToMyMessages = false;
  @property({ type: Number }) width: number | undefined;
  @property({ reflect: true }) severity: ToastSeverity = 'info';
  @property() renderer: ToastRendererChoice = 'auto';
  @property({ reflect: true }) placement: ToastPlacement = 'bottom-end';
  @property({ attribute: 'toast-id' }) toastId = `adk-toast-${nextId++}`;
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ attribute: false }) bridge: AgentBridge | undefined;

  /** The renderer showing the toast, while open. */
  @state() shownBy: ToastRenderer | undefined;
  @state() private slotted: { message: string; buttons: string[] } = { message: '', buttons: [] };
  /** A button's action: running, or failed (and why). Words come at render, in the language of the moment. */
  @state() private action: { label: string; error?: unknown } | undefined;
  @state() private pending = false;

  private readonly context = new BridgeController(this, { filter: () => false });
  private readonly locale = new LocaleController(this, { customToast, actions });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }
  private readonly observer = new MutationObserver(() => this.readSlotted());
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

  /** The toast's parameters as the renderer gets them (before checks). */
  get parameters(): Record<string, unknown> {
    const buttons =
      this.buttons ?? (this.slotted.buttons.length ? this.slotted.buttons : undefined);
    return {
      title: this.heading,
      icon: this.icon,
      subject: this.subject,
      message: this.message || this.slotted.message,
      keyValues: this.keyValues,
      buttons,
      showDismiss: this.showDismiss,
      autoClose: this.autoClose,
      sticky: this.sticky,
      sendToMyMessages: this.sendToMyMessages || undefined,
      width: this.width,
    };
  }

  /** Shows the toast, with new parameters if given. Never throws. */
  show(params?: unknown): Promise<ToastOutcome> {
    if (params !== undefined) {
      const checked = normaliseToastParams(params);
      if (!checked.ok) return Promise.resolve(this.fail('show', checked.error));
      this.assign(checked.value, true);
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
    this.assign(checked.value);
    return this.push();
  }

  /** Closes the toast (`system.closeToast` in the workspace). Never throws. */
  async close(): Promise<ToastOutcome> {
    if (!this.open && !this.shownBy) return this.fail('close', { code: 'not-open' });
    const id = this.workspace?.id;
    const known = await this.finish('closed');
    return known === false ? this.fail('close', { code: 'unknown-toast', id: id ?? '' }) : OK;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
    this.readSlotted();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
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
    const hidden = html`<slot hidden></slot><slot name="button" hidden></slot>`;
    if (this.shownBy !== 'page' || !this.sent || this.page.waiting) return hidden;
    const view = {
      params: this.sent,
      severity: this.severity,
      inline: this.placement === 'inline',
      offset: this.page.offset,
      pending: this.pending,
      status: this.statusText(),
      t: this.locale.t.customToast,
    };
    return html`${hidden}${renderToastCard(view, this.handlers)}`;
  }

  private readonly handlers = {
    press: (b: ToastButton) => this.press(b),
    hold: (on: boolean, reason: 'hover' | 'focus') => this.page.hold(on, reason),
    escape: () => void this.finish('escape'),
  };

  private checkedParams(): ToastParameters | undefined {
    const checked = normaliseToastParams(this.parameters);
    return checked.ok ? checked.value : undefined;
  }

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
    if (!checked.ok) {
      this.open = false;
      return this.fail('show', checked.error);
    }
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
      try {
        await ws.open(params);
        this.workspace = ws;
      } catch (cause) {
        this.fail('show', { code: 'workspace', cause });
        renderer = 'page'; // the agent still sees it
      }
    }
    if (generation !== this.generation || !this.open) {
      void this.workspace?.close().catch(() => undefined);
      this.workspace = undefined;
      return this.fail('show', { code: 'not-open' });
    }
    this.sent = params;
    this.shownBy = renderer;
    this.action = undefined;
    if (renderer === 'page') this.page.add(this.placement, autoCloseDelay(params), true);
    this.dispatchEvent(kitEvent('toast-show', { renderer, workspaceId: this.workspaceId }));
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
    this.sent = next;
    if (this.shownBy === 'page') {
      if ('autoClose' in changed || 'sticky' in changed)
        this.page.add(this.placement, autoCloseDelay(next));
      this.say();
      return OK;
    }
    try {
      const id = this.workspace?.id ?? '';
      if (await this.workspace!.update(changed, next)) return OK;
      void this.finish('unknown');
      return this.fail('update', { code: 'unknown-toast', id });
    } catch (cause) {
      return this.fail('update', { code: 'workspace', cause });
    }
  }

  /** Closes the toast for `reason`; resolves with closeToast's answer when the workspace was asked. */
  private async finish(reason: ToastCloseReason, click?: ToastClick): Promise<boolean | undefined> {
    if (!this.open && !this.shownBy && !this.presenting) return undefined;
    this.generation++;
    const ws = this.workspace;
    this.workspace = undefined;
    if (openToasts.get(this.toastId) === this) openToasts.delete(this.toastId);
    this.page.remove();
    const wasShown = this.shownBy;
    this.shownBy = undefined;
    this.open = false;
    this.pending = false;
    this.dispatchEvent(kitEvent<ToastCloseDetail>('toast-close', { reason, ...click }));
    if (!wasShown || !ws) return undefined;
    if (reason === 'button' || reason === 'timeout' || reason === 'unknown')
      return (ws.dispose(), undefined);
    try {
      return await ws.close();
    } catch (cause) {
      this.fail('close', { code: 'workspace', cause });
      return undefined;
    }
  }

  private clickedInWorkspace(index: unknown): void {
    const label = toastButtonLabel(this.sent ?? {}, index);
    if (label === undefined) {
      this.fail('click', { code: 'unknown-button', index });
      void this.finish('unknown');
      return;
    }
    this.dispatchEvent(
      kitEvent<ToastButtonClickDetail>('toast-button-click', {
        index: index as number,
        label,
        renderer: 'workspace',
        waitUntil: () => undefined,
      }),
    );
    void this.finish('button', { index: index as number, label });
  }

  private press(b: ToastButton): void {
    if (this.pending) return;
    if (b.kind === 'show') window.focus();
    if (b.kind !== 'custom') {
      void this.finish(b.kind);
      return;
    }
    let action: Promise<unknown> | undefined;
    const event = kitEvent<ToastButtonClickDetail>(
      'toast-button-click',
      {
        index: b.index,
        label: b.label,
        renderer: 'page',
        waitUntil: (p) => void (action = Promise.resolve(p)),
      },
      { cancelable: true },
    );
    this.dispatchEvent(event);
    if (action) void this.wait(action, b);
    else if (!event.defaultPrevented)
      void this.finish('button', { index: b.index, label: b.label });
  }

  /** A button's action runs: the toast waits (its timer held), then closes, or says why it failed. */
  private async wait(action: Promise<unknown>, b: ToastButton & { kind: 'custom' }): Promise<void> {
    this.pending = true;
    this.action = { label: b.label };
    this.page.hold(true, 'pending');
    try {
      await action;
      if (this.shownBy) void this.finish('button', { index: b.index, label: b.label });
    } catch (error) {
      if (!this.shownBy) return;
      this.pending = false;
      this.action = { label: b.label, error };
      announce(this.statusText(), { assertive: true, lang: this.locale.lang });
    } finally {
      this.pending = false;
      this.page.hold(false, 'pending');
    }
  }

  private statusText(): string {
    const t = this.locale.t;
    if (!this.action) return '';
    return this.pending
      ? t.customToast.busy(this.action.label)
      : t.actions.failed(this.action.label, errorReason(this.action.error, t.actions));
  }

  private fail(operation: ToastOperation, problem: ToastProblem): ToastOutcome {
    const error = toastError(operation, problem, this.locale.t);
    this.dispatchEvent(kitEvent('toast-error', error));
    return { ok: false, error };
  }

  /** Sets the properties from parameters; `all`: the fields not given go back to their defaults. */
  private assign(p: Partial<ToastParameters>, all = false): void {
    const defaults = {
      icon: '',
      subject: '',
      message: '',
      keyValues: undefined,
      buttons: undefined,
      showDismiss: false,
      autoClose: 0,
      sticky: false,
      sendToMyMessages: false,
      width: undefined,
    };
    if (p.title !== undefined) this.heading = p.title;
    for (const k of Object.keys(defaults) as Array<keyof typeof defaults>) {
      if (k in p) (this as Record<string, unknown>)[k] = p[k];
      else if (all) (this as Record<string, unknown>)[k] = defaults[k];
    }
  }

  private say(): void {
    if (this.shownBy !== 'page' || !this.sent || this.page.waiting) return;
    announce(cardAnnouncement(this.sent, this.severity, this.locale.t.customToast), {
      assertive: isAssertive(this.severity),
      lang: this.locale.lang,
    });
  }

  private readSlotted(): void {
    const { message, buttons } = readToastContent(this);
    if (message !== this.slotted.message || buttons.join('\n') !== this.slotted.buttons.join('\n'))
      this.slotted = { message, buttons };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'custom-toast': CustomToastElement;
  }
}
