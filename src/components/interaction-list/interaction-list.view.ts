/**
 * `<interaction-list>`'s template, from a plain view of what the element knows: a listbox (ARIA
 * practices' single-select listbox) whose options are the open interactions, each with its
 * children under it. Every text comes from the catalogue.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InteractionListView, RowView } from './interaction-list.view-model.js';

export interface InteractionListHandlers {
  /** The agent chose the row `id` (click, Enter, Space). */
  select: (id: string) => void;
  /** A key pressed in the listbox, on the row `id`. */
  key: (event: KeyboardEvent, id: string) => void;
  /** The row `id` got the focus (a click, a tab into the list). */
  focus: (id: string) => void;
}

const LABEL_ID = 'label';

/** Kind, party, state and timer of one interaction (a row, or a child in it). */
function details(r: RowView): TemplateResult {
  return html`<span part="kind">${r.kindText}</span>
    <span part="party">${r.party}</span>
    <span part="state" data-status=${r.status}>${r.statusText}</span>
    <span part="timer" data-since=${r.timerSince}>${r.timerText}</span>`;
}

function option(v: InteractionListView, r: RowView, h: InteractionListHandlers): TemplateResult {
  const id = (e: Event) => (e.currentTarget as HTMLElement).dataset.id!;
  return html`<li
    role="option"
    part="option"
    data-id=${r.id}
    data-kind=${r.kind}
    aria-selected=${r.id === v.selected ? 'true' : 'false'}
    aria-disabled=${r.caseId ? nothing : 'true'}
    aria-busy=${r.id === v.pending ? 'true' : nothing}
    title=${r.caseId ? nothing : v.t.noCase}
    tabindex=${r.id === v.active ? 0 : -1}
    @click=${(e: Event) => h.select(id(e))}
    @keydown=${(e: KeyboardEvent) => h.key(e, id(e))}
    @focus=${(e: Event) => h.focus(id(e))}
  >
    <span class="line">${details(r)}</span>
    ${r.children.map(
      (c) => html`<span part="child" class="line" data-kind=${c.kind}>${details(c)}</span>`,
    )}
  </li>`;
}

export function renderInteractionList(
  v: InteractionListView,
  h: InteractionListHandlers,
): TemplateResult {
  const { t } = v;
  const body = !v.connected
    ? html`<p part="empty" data-reason="no-bridge">${t.notConnected}</p>`
    : v.rows.length === 0
      ? html`<p part="empty" data-reason="none">${t.empty}</p>`
      : html`<ul role="listbox" part="listbox" aria-labelledby=${LABEL_ID}>
          ${v.rows.map((r) => option(v, r, h))}
        </ul>`;
  return html`<section part="base">
    <p part="label" id=${LABEL_ID}>${v.label}</p>
    <p part="connection" role="status">${v.down ? t.connectionDown : nothing}</p>
    ${body}
    <p part="feedback" role="status">${v.regions.status}</p>
    <p part="error" role="alert">${v.regions.error}</p>
  </section>`;
}
