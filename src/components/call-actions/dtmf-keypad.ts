import { framed } from './panel-frame.js';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { callPanels } from '../../i18n/en/call-panels.js';
import { KitElement } from '../../internal/kit-element.js';
import { blockStyles } from '../../internal/styles.js';
import { DTMF_KEYS, dtmfDigit, reportedDtmf } from './dtmf.js';
import type { PanelBody } from './call-actions.view.js';
import { dtmfOf } from './dtmf-controller.js';
import type { DtmfDigitsDetail } from './call-actions.events.js';

const COLUMNS = 4;

/**
 * The DTMF keypad inside `<call-actions>` (internal). Keyboard-first: while focus is anywhere
 * in the keypad, typing 0–9, `*`, `#` or A–D sends that digit; the arrow keys, Home and End
 * move between keys (one tab stop, roving tabindex); Enter or Space presses the focused key.
 * Shows what the workspace reports as sent, and what is on its way. Tells its parent the digits
 * pressed (`dtmf-digits`, `{ digits }`).
 *
 * @csspart keypad - The group of keys.
 * @csspart key - Each key.
 * @csspart sent - What was sent (a polite live region).
 * @csspart reason - Why the keypad is unavailable, when it is.
 */
@customElement('adk-dtmf-keypad')
export class DtmfKeypadElement extends KitElement {
  static override strings = { callPanels };
  static override styles = [
    blockStyles,
    css`
    .grid { display: grid; grid-template-columns: repeat(4, 2.75rem); gap: var(--_adk-space-1); }
    [part='key'] {
      font: inherit; font-size: 1.1rem; min-height: 2.5rem; border-radius: var(--_adk-radius);
      border: 1px solid var(--_adk-border); background: var(--_adk-surface-raised); color: var(--_adk-text);
    }
    [part='key'][aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
    p { margin: var(--_adk-space-1) 0; }
  `,
  ];

  /** Why digits can't be sent now; `null` when they can. */
  @property({ attribute: false }) reason: string | null = null;
  /** The digits the workspace reports as sent on this call. */
  @property({ attribute: false }) sent = '';
  /** Digits on their way. */
  @property({ attribute: false }) sending = '';

  @state() private focusIndex = 0;

  /** Focuses the current key. */
  override focus(): void {
    this.keyButton(this.focusIndex)?.focus();
  }

  protected override render() {
    const t = this.locale.t.callPanels.keypad;
    const disabled = this.reason !== null;
    const sent = this.sent ? t.sent(this.sent) : t.nothingSent;
    return html`
      <div part="keypad" role="group" aria-label=${t.label} aria-describedby="hint" @keydown=${this.onKeyDown}>
        <p id="hint" class="muted">${t.hint}</p>
        <div class="grid">
          ${DTMF_KEYS.map(
            (key, i) => html`<button
              type="button" part="key" data-key=${key}
              tabindex=${i === this.focusIndex ? 0 : -1}
              aria-label=${t.keyNames[key] ?? nothing}
              aria-disabled=${disabled ? 'true' : nothing}
              aria-describedby=${disabled ? 'why-dtmf' : nothing}
              title=${disabled ? this.reason! : nothing}
              @focus=${() => (this.focusIndex = i)}
              @click=${() => this.press(key)}
            >${key}</button>`,
          )}
        </div>
        ${disabled ? html`<p id="why-dtmf" part="reason">${this.reason}</p>` : nothing}
        <p part="sent" role="status">${sent}${this.sending ? html` · ${t.sending(this.sending)}` : nothing}</p>
      </div>
    `;
  }

  private press(digit: string): void {
    if (this.reason === null) this.tell('dtmf-digits', { digits: digit });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const digit = dtmfDigit(e.key);
    if (digit) {
      e.preventDefault();
      this.moveTo(DTMF_KEYS.indexOf(digit));
      this.press(digit);
      return;
    }
    const i = this.focusIndex;
    const rowStart = i - (i % COLUMNS);
    const moves: Record<string, number> = {
      ArrowRight: i % COLUMNS < COLUMNS - 1 ? i + 1 : i,
      ArrowLeft: i % COLUMNS > 0 ? i - 1 : i,
      ArrowDown: i + COLUMNS < DTMF_KEYS.length ? i + COLUMNS : i,
      ArrowUp: i - COLUMNS >= 0 ? i - COLUMNS : i,
      Home: rowStart,
      End: rowStart + COLUMNS - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      this.moveTo(moves[e.key]);
    }
  }

  private moveTo(index: number): void {
    this.focusIndex = index;
    this.keyButton(index)?.focus();
  }

  private keyButton(index: number): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(
      `[part="key"][data-key="${CSS.escape(DTMF_KEYS[index])}"]`,
    );
  }
}

/** The keypad panel's body in `<call-actions>` (loaded with this module, see panel-controller.ts). */
export const keypadPanel: PanelBody = framed((v) => {
  const dtmf = dtmfOf(v.dtmf);
  const call = v.ctx.call;
  const shown = dtmf.shown(call?.interactionId);
  // Sent: the history the workspace reports, else what this element had confirmed.
  const sent = (call ? reportedDtmf(call.userData, v.dtmf.key()) : '') || shown.confirmed;
  return html`<adk-dtmf-keypad .reason=${v.reason('dtmf')} .sent=${sent} .sending=${shown.sending} @dtmf-digits=${(e: CustomEvent<DtmfDigitsDetail>) => void dtmf.send(e.detail.digits)}></adk-dtmf-keypad>`;
});

declare global {
  interface HTMLElementTagNameMap {
    'adk-dtmf-keypad': DtmfKeypadElement;
  }
}
