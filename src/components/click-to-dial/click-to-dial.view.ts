import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';

export interface ClickToDialView {
  /** The number awaiting the agent's confirmation (readable), if any. */
  confirming: string | null;
  status: string;
  error: string;
  /** Why nothing dials now (on a call), or what was refused before asking the workspace. */
  notice: string;
}

export interface ClickToDialHandlers {
  confirm(yes: boolean): void;
}

export function renderClickToDial(
  v: ClickToDialView,
  h: ClickToDialHandlers,
  t: Messages['clickToDial'],
) {
  return html`<slot></slot>
    ${
      v.confirming === null
        ? nothing
        : html`<div part="confirm" role="alertdialog" aria-label=${t.confirm(v.confirming)}>
          <p>${t.confirm(v.confirming)}</p>
          <button type="button" part="confirm-dial" @click=${() => h.confirm(true)}>${t.confirmDial}</button>
          <button type="button" part="confirm-cancel" @click=${() => h.confirm(false)}>${t.confirmCancel}</button>
        </div>`
    }
    <p part="notice" role="status">${v.notice}</p>
    <p part="status" role="status">${v.status}</p>
    <p part="error" role="alert">${v.error}</p>`;
}
