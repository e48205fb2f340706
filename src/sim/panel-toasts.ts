/**
 * `<sim-toast-list>`: the custom toasts as the workspace shows them — title, subject, message,
 * key/value list, buttons in the seed's order [Button 2] … [Button N] [Button 1]. A custom
 * button reports its ORIGINAL index (CUSTOM_TOAST_BUTTON_CLICK); Show / Dismiss / OK close.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SimHost } from './host.js';
import { clickToastButton, pressToast } from './ops/system.js';
import { panelStrings as t } from './panel-strings.js';
import { panelStyles } from './panel.styles.js';
import { toastButtons, type ToastButton } from '../bridge/toast-order.js';
import { isToastIconUrl } from '../bridge/toast-icon.js';

@customElement('sim-toast-list')
export class SimToastList extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) host?: SimHost;
  /** Changes whenever the host's state does (set by the panel). */
  @property({ attribute: false }) revision = 0;

  private press(id: string, b: ToastButton): void {
    const ws = this.host?.workspace;
    if (!ws) return;
    if (b.kind === 'custom') clickToastButton(ws, id, b.index);
    else pressToast(ws, id, b.kind);
  }

  override render() {
    const toasts = [...(this.host?.workspace.toasts.values() ?? [])];
    if (!toasts.length) return html`<p>${t.noToasts}</p>`;
    return html`<ul role="list" aria-live="polite">
      ${toasts.map(
        ({
          id,
          params: p,
        }) => html`<li class="toast" aria-label=${p.title} style=${p.width ? `max-width:${Number(p.width)}px` : ''}>
        <h3>${isToastIconUrl(p.icon) ? html`<img src=${p.icon} alt="" width="16" height="16" /> ` : ''}${p.title}</h3>
        ${p.subject ? html`<p><strong>${p.subject}</strong></p>` : ''}
        ${p.message ? html`<p>${p.message}</p>` : ''}
        ${
          p.keyValues && Object.keys(p.keyValues).length
            ? html`<dl>${Object.entries(p.keyValues).map(([k, v]) => html`<dt>${k}</dt><dd>${String(v)}</dd>`)}</dl>`
            : ''
        }
        <div class="row">
          ${toastButtons(p, t).map((b) => html`<button type="button" data-index=${b.kind === 'custom' ? b.index : b.kind} @click=${() => this.press(id, b)}>${b.label}</button>`)}
        </div>
      </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-toast-list': SimToastList;
  }
}
