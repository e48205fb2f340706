/**
 * `<custom-toast>`'s template: its (hidden) slots, and in the page the toast as a card (in the
 * top layer unless `inline`) with the seed's fields and buttons in the seed's order, plus its two
 * live regions: a button action's progress (polite) and its failure (assertive).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ToastParameters } from '../../bridge/api.js';
import { toastButtons, type ToastButton } from '../../bridge/toast-order.js';
import { isToastIconUrl } from '../../bridge/toast-icon.js';
import type { Messages } from '../../i18n/messages.js';

export const TOAST_SEVERITIES = ['info', 'success', 'warning', 'error'] as const;
export type ToastSeverity = (typeof TOAST_SEVERITIES)[number];

export interface CardView {
  params: ToastParameters;
  severity: ToastSeverity;
  inline: boolean;
  /** px from the corner (stacked toasts). */
  offset: number;
  /** A button's action runs. */
  pending: boolean;
  /** What that action is doing (the polite region). */
  status: string;
  /** Why it failed (the assertive region). */
  error: string;
  t: Messages['customToast'];
}

export interface CardHandlers {
  press(button: ToastButton): void;
  hold(on: boolean, reason: 'hover' | 'focus'): void;
  escape(): void;
}

export function renderToastCard(v: CardView, h: CardHandlers): TemplateResult {
  const { params: p, t } = v;
  const style = styleMap({
    '--_offset': `${v.offset}px`,
    '--_width': p.width ? `${p.width}px` : undefined,
  });
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    h.escape();
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null))
      h.hold(false, 'focus');
  };
  return html`<div part="base" role="group" aria-labelledby="title" aria-describedby="body" aria-busy=${v.pending ? 'true' : 'false'}
      popover=${v.inline ? nothing : 'manual'} data-severity=${v.severity} style=${style} @keydown=${onKeydown}
      @mouseenter=${() => h.hold(true, 'hover')} @mouseleave=${() => h.hold(false, 'hover')} @focusin=${() => h.hold(true, 'focus')} @focusout=${onFocusOut}>
    <p class="heading">
      ${isToastIconUrl(p.icon) ? html`<img part="icon" src=${p.icon} alt="" width="20" height="20" />` : nothing}
      <span class="visually-hidden">${t.severity[v.severity]}: </span><span part="title" id="title">${p.title}</span>
    </p>
    <div id="body">
      ${p.subject ? html`<p part="subject">${p.subject}</p>` : nothing}
      ${p.message ? html`<p part="message">${p.message}</p>` : nothing}
      ${
        p.keyValues && Object.keys(p.keyValues).length
          ? html`<dl part="key-values" aria-label=${t.details}>
        ${Object.entries(p.keyValues).map(([k, val]) => html`<div><dt>${k}</dt><dd>${val}</dd></div>`)}</dl>`
          : nothing
      }
    </div>
    <p part="status" role="status">${v.status}</p>
    <p part="error" role="alert">${v.error}</p>
    <div part="actions" role="group" aria-label=${t.actions(p.title)}>
      ${toastButtons(p, t).map(
        (b) => html`<button type="button" part="button" data-kind=${b.kind}
        data-index=${b.kind === 'custom' ? b.index : nothing} aria-disabled=${v.pending ? 'true' : 'false'}
        @click=${() => h.press(b)}>${b.label}</button>`,
      )}
    </div>
  </div>`;
}

/** The slots (read, never shown: their content goes to the parameters), and the card when shown. */
export function renderCustomToast(v: CardView | null, h: CardHandlers): TemplateResult {
  const slots = html`<slot hidden></slot><slot name="button" hidden></slot>`;
  return v ? html`${slots}${renderToastCard(v, h)}` : slots;
}

/** What the live region says when the toast appears or changes. */
export function cardAnnouncement(
  p: ToastParameters,
  severity: ToastSeverity,
  t: Messages['customToast'],
): string {
  return t.announce(
    t.severity[severity],
    p.title,
    [p.subject, p.message].filter(Boolean).join(' '),
  );
}

/** Warnings and errors interrupt; the rest waits its turn. */
export const isAssertive = (severity: ToastSeverity): boolean =>
  severity === 'warning' || severity === 'error';

/** A toast's declarative content: the message (text outside any slot) and the `slot="button"` labels. */
export function readToastContent(host: Element): { message: string; buttons: string[] } {
  const message = [...host.childNodes]
    .filter((n) => !(n instanceof Element && n.slot))
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const buttons = [...host.children]
    .filter((k) => k.slot === 'button')
    .map((k) => (k.textContent ?? '').trim())
    .filter(Boolean);
  return { message, buttons };
}
