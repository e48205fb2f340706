/**
 * `<record-fields-editor>`'s template, from a plain view of what the element knows and a
 * handlers object: the form (fields, Save and Reset, the status and failure lines), the
 * contact's clock and the record's chain. Every text comes from the catalogue.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OutboundRecordInfo } from '../../bridge/models/index.js';
import type { Messages } from '../../i18n/messages.js';
import type { Zones } from '../../internal/time/time-controller.js';
import { renderField, type FieldControlHandlers } from './field-control.js';
import type { FieldEntry } from './form-state.js';
import { renderChain, renderClock, type ChainView } from './record-chain.js';
import type { LoadPhase } from './record-form.js';

export interface RecordFormView {
  phase: LoadPhase;
  /** Why the fields could not be loaded, in words (phase `failed`). */
  loadFailed: string;
  entries: readonly FieldEntry[];
  /** A save is waiting for the workspace. */
  saving: boolean;
  /** The polite status line. */
  status: string;
  /** The failed save, in words (an alert), else ''. */
  error: string;
  /** Drafts could only be kept in memory: a reload would lose them. */
  memoryOnly: boolean;
}

export interface RecordFieldsEditorView {
  t: Messages;
  lang: string;
  /** The element has nothing to edit: this says why (not connected, no interaction, not outbound). */
  say: string | null;
  form: RecordFormView;
  record: OutboundRecordInfo | null;
  /** The workspace link is down. */
  down: boolean;
  zones: Zones | undefined;
  /** The clock's time at this render. */
  now: number;
  chain: Omit<ChainView, 'call'>;
}

export interface RecordFieldsEditorHandlers {
  /** Stable across renders, so that an unchanged field is not rendered again. */
  field: FieldControlHandlers;
  save(): void;
  reset(): void;
  retry(): void;
  call(record: OutboundRecordInfo): void;
}

export function renderRecordFieldsEditor(
  v: RecordFieldsEditorView,
  h: RecordFieldsEditorHandlers,
): TemplateResult {
  const t = v.t.recordFields;
  if (v.say !== null)
    return html`<section part="base" aria-label=${t.label}><p part="status" role="status">${v.say}</p></section>`;
  return html`<section part="base" aria-label=${t.label}>
    <p part="connection" role="status">${v.down ? t.connectionDown : nothing}</p>
    ${renderForm(v.form, t, h)}
    ${guard([v.record, v.zones, Math.floor(v.now / 60_000), v.lang, t], () =>
      renderClock(v.record, v.zones, v.now, v.lang, t),
    )}
    ${guard([...Object.values(v.chain), v.t], () =>
      renderChain({ ...v.chain, call: h.call }, t, v.t.actions, v.t.callResults),
    )}
  </section>`;
}

function renderForm(
  f: RecordFormView,
  t: Messages['recordFields'],
  h: RecordFieldsEditorHandlers,
): TemplateResult {
  if (f.phase === 'failed')
    return html`<div part="status" role="alert">${f.loadFailed}
      <button type="button" @click=${h.retry}>${t.retry}</button></div>`;
  if (f.phase !== 'ready') return html`<p part="status" role="status">${t.loading}</p>`;
  if (f.entries.length === 0) return html`<p part="status" role="status">${t.noFields}</p>`;
  return html`<form novalidate aria-labelledby="fields-title" @submit=${(e: Event) => {
    e.preventDefault();
    h.save();
  }}>
    <h3 id="fields-title">${t.fieldsTitle}</h3>
    <p class="hint legend"><span class="required" aria-hidden="true">*</span> ${t.required}</p>
    <div class="grid">${repeat(
      f.entries,
      (e) => e.field.name,
      (e, i) => guard([e, i, t], () => renderField(e, i, t, h.field)),
    )}</div>
    <div part="actions" class="actions">
      <button type="submit" part="save" aria-disabled=${f.saving ? 'true' : 'false'}>${t.save}</button>
      <button type="button" part="reset" @click=${h.reset}>${t.reset}</button>
    </div>
    <p part="status" role="status">${f.status}</p>
    ${f.error ? html`<p part="error" role="alert" class="danger">${f.error}</p>` : nothing}
    ${f.memoryOnly ? html`<p class="warning" role="note">${t.status.memoryOnly}</p>` : nothing}
  </form>`;
}
