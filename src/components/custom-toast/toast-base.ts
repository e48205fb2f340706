/**
 * What every `<custom-toast>` holds besides showing itself (Material Web's tag-over-internal
 * split): its properties (the toast's parameters), the declarative content read from its
 * children, and its errors in words. `custom-toast.ts` adds the renderers on top.
 */
import { property, state } from 'lit/decorators.js';
import type { ToastParameters } from '../../bridge/api.js';
import type { AgentBridge } from '../../bridge/store.js';
import { actions } from '../../i18n/en/actions.js';
import { customToast } from '../../i18n/en/custom-toast.js';
import { KitElement } from '../../internal/kit-element.js';
import { readToastContent, type ToastSeverity } from './custom-toast.view.js';
import type { ToastRenderer, ToastRendererChoice } from './renderer.js';
import {
  toastError,
  type ToastOperation,
  type ToastOutcome,
  type ToastProblem,
} from './toast-errors.js';
import { normaliseToastParams, parseKeyValues } from './toast-params.js';
import type { ToastPlacement } from './toast-stack.js';

let nextId = 1;

export class ToastBase extends KitElement {
  static override strings = { customToast, actions };

  @property() heading = '';
  @property() icon = '';
  @property() subject = '';
  @property() message = '';
  @property({ attribute: 'key-values', converter: { fromAttribute: parseKeyValues } })
  keyValues: Record<string, string> | undefined;
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
  private readonly observer = new MutationObserver(() => this.readSlotted());

  /** The toast's parameters as the renderer gets them (before checks). */
  get parameters(): Record<string, unknown> {
    const { slotted: s } = this;
    return {
      title: this.heading,
      icon: this.icon,
      subject: this.subject,
      message: this.message || s.message,
      keyValues: this.keyValues,
      buttons: this.buttons ?? (s.buttons.length ? s.buttons : undefined),
      showDismiss: this.showDismiss,
      autoClose: this.autoClose,
      sticky: this.sticky,
      sendToMyMessages: this.sendToMyMessages || undefined,
      width: this.width,
    };
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
  }

  protected checkedParams(): ToastParameters | undefined {
    const checked = normaliseToastParams(this.parameters);
    return checked.ok ? checked.value : undefined;
  }

  /** Says what went wrong (`adk-toast-error`, unless `quiet`: the page itself vetoed) and answers with it. */
  protected fail(operation: ToastOperation, problem: ToastProblem, quiet = false): ToastOutcome {
    const error = toastError(operation, problem, this.locale.t);
    if (!quiet) this.emit('adk-toast-error', error);
    return { ok: false, error };
  }

  private readSlotted(): void {
    const { message, buttons } = readToastContent(this);
    const s = this.slotted;
    if (message !== s.message || buttons.join('\n') !== s.buttons.join('\n'))
      this.slotted = { message, buttons };
  }
}
