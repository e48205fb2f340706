/**
 * `<disposition-picker>`'s template, from a plain view of what the element knows (see
 * `disposition-picker.view-model.ts`) and its handlers. The code tree and the outbound group are
 * rendered by their controllers (`tree-view.ts`, `outbound-panel.ts`) and passed in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/messages.js';
import type { FieldView } from './wrapup-controller.js';

export interface PickerView {
  t: Messages['dispositionPicker'];
  required: boolean;
  notices: string[];
  code: FieldView;
  /** The chosen code's label path (or "not in the list"). */
  codeLabel: string | null;
  hasCodes: boolean;
  query: string;
  searching: boolean;
  matches: number;
  tree: TemplateResult | typeof nothing;
  note: FieldView;
  outbound: TemplateResult | typeof nothing;
  errors: { lines: string[]; retry: boolean };
  /** The polite live region's text. */
  status: string;
}

export interface PickerHandlers {
  clear: () => void;
  search: (text: string) => void;
  searchKey: (e: KeyboardEvent) => void;
  note: (text: string) => void;
  noteDone: () => void;
  retry: () => void;
}

/** Not connected, no interaction, an unknown one: one line. */
export function renderPickerEmpty(
  t: Messages['dispositionPicker'],
  connected: boolean,
  interactionId: string | null,
): TemplateResult {
  const text = !connected
    ? t.notConnected
    : interactionId
      ? t.unknownInteraction(interactionId)
      : t.noInteraction;
  return html`<section part="base" aria-label=${t.label}><p part="status" role="status">${text}</p></section>`;
}

function renderSearch(v: PickerView, h: PickerHandlers): TemplateResult {
  const { t } = v;
  const count = v.searching ? (v.matches ? t.matches(v.matches) : t.noMatch(v.query.trim())) : '';
  return html`
    <label for="search">${t.searchLabel}</label>
    <input id="search" part="search" type="search" autocomplete="off" aria-controls="tree" aria-describedby="search-hint search-count"
      .value=${live(v.query)} @input=${(e: InputEvent) => h.search((e.target as HTMLInputElement).value)}
      @keydown=${h.searchKey}>
    <span id="search-hint" class="hint muted">${t.searchHint}</span>
    <span id="search-count" class="hint" role="status">${count}</span>
    ${v.tree}`;
}

export function renderPicker(v: PickerView, h: PickerHandlers): TemplateResult {
  const { t, code, note } = v;
  return html`<section part="base" aria-labelledby="title">
      <p id="title" class="title">${t.label}${v.required ? html` <span class="muted">(${t.required})</span>` : nothing}</p>
      ${v.notices.length ? html`<ul part="notices" class="notices">${v.notices.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <p part="current" aria-live="off">
        <span>${t.current}</span> <strong>${v.codeLabel ?? t.none}</strong>
        <span class="field-status" data-status=${code.status}>${t.status[code.status]}</span>
        ${v.codeLabel !== null ? html`<button type="button" @click=${h.clear} aria-label=${t.clearLabel(v.codeLabel)}>${t.clear}</button>` : nothing}
      </p>
      ${v.hasCodes ? renderSearch(v, h) : html`<p class="warning">${t.noCodes}</p>`}
      <label for="note">${t.noteLabel}</label>
      <textarea id="note" part="note" rows="3" aria-describedby="note-status" .value=${live(note.value ?? '')}
        @input=${(e: InputEvent) => h.note((e.target as HTMLTextAreaElement).value)} @blur=${h.noteDone}></textarea>
      <span id="note-status" class="hint muted">${note.status === 'empty' ? t.noteHint : t.status[note.status]}</span>
      ${v.outbound}
      <div part="errors" role="alert">
        ${v.errors.lines.map((l) => html`<p class="danger">${l}</p>`)}
        ${v.errors.retry ? html`<button type="button" part="retry" aria-label=${t.retryLabel} @click=${h.retry}>${t.retry}</button>` : nothing}
      </div>
      <p part="status" role="status" class="visually-hidden">${v.status}</p>
    </section>`;
}
