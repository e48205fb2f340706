/**
 * `<callback-preview>`'s actions and forms: the action buttons its phase allows (a disabled one
 * says why), the reject-reason form and the schedule form. Templates only, from the element's
 * plain view (callback-preview.view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages } from '../../i18n/messages.js';
import type { ScheduleSubmitDetail } from './callback-preview.events.js';
import type {
  CallbackPreviewHandlers,
  CallbackPreviewView,
  Resolved,
} from './callback-preview.view.js';
import type { Availability, PreviewAction } from './preview-actions.js';
import './schedule-form.js';

type T = Messages['callbackPreview'];
type V = CallbackPreviewView;
type H = CallbackPreviewHandlers;

function reasonText(t: T, a: Availability): string {
  if (a.enabled) return '';
  switch (a.reason) {
    case 'capability':
      return t.reasons.capability(a.detail ?? '');
    case 'markdoneBlocked':
      return t.reasons.markdoneBlocked(a.detail ?? '');
    default:
      return t.reasons[a.reason];
  }
}

const PRIMARY: ReadonlySet<PreviewAction> = new Set(['accept', 'call']);

export function renderActions(v: V, h: H, r: Resolved) {
  const t = v.t;
  const list = v.actions ?? [];
  if (list.length === 0) return nothing;
  const label = (a: PreviewAction) =>
    a === 'accept' && r.kind.mode === 'delayed-preview' ? t.actions.acceptAndCall : t.actions[a];
  // Said plainly, not only on the button: why a callback can't be scheduled after its call.
  const shown = (a: Availability) => !a.enabled && a.reason === 'afterRelease';
  return html`<div part="actions" role="group" aria-label=${t.actionsLabel}>
    ${list.map((a) => {
      const why = reasonText(t, a);
      return html`<button type="button" part="action action-${a.action}" data-action=${a.action} class=${PRIMARY.has(a.action) ? 'primary' : ''}
        aria-disabled=${a.enabled ? 'false' : 'true'} title=${why || nothing} aria-describedby=${why ? `why-${a.action}` : nothing}
        aria-expanded=${a.action === 'schedule' && a.enabled ? String(v.form === 'schedule') : nothing}
        @click=${() => {
          if (a.enabled) h.action(a.action);
        }}>${label(a.action)}</button>
        ${why && !shown(a) ? html`<span id="why-${a.action}" class="visually-hidden">${why}</span>` : nothing}`;
    })}
  </div>
  ${list.filter(shown).map((a) => html`<p id="why-${a.action}" part="note">${reasonText(t, a)}</p>`)}`;
}

function renderRejectForm(v: V, h: H): TemplateResult {
  const t = v.t.reject;
  return html`<form @submit=${(e: Event) => {
    e.preventDefault();
    const select = (e.currentTarget as HTMLFormElement).querySelector('select');
    h.reject(select?.value ?? '');
  }} @keydown=${(e: KeyboardEvent) => {
    if (e.key === 'Escape') h.closeForm('reject');
  }}>
    <fieldset><legend>${t.legend}</legend>
      <label>${t.reason} <select name="reason">
        <option value="">${t.noReason}</option>
        ${v.rejectReasons.map((reason) => html`<option value=${reason.key}>${reason.label}</option>`)}
      </select></label>
      <div class="buttons"><button type="submit" class="primary">${t.confirm}</button>
      <button type="button" @click=${() => h.closeForm('reject')}>${t.cancel}</button></div>
    </fieldset></form>`;
}

export function renderForm(v: V, h: H, r: Resolved): unknown {
  if (v.form === 'reject') return renderRejectForm(v, h);
  const s = v.schedule;
  if (v.form !== 'schedule' || !s || !v.zones) return nothing;
  // A new form (its own entry) per callback.
  return keyed(
    r.main.interactionId,
    html`<adk-schedule-form .zones=${v.zones} .zone=${s.zone} .contactZone=${s.contactZone} .otherZone=${s.otherZone}
      .initial=${s.initial} .now=${h.now}
      @schedule-cancel=${() => h.closeForm('schedule')} @schedule-submit=${(e: CustomEvent<ScheduleSubmitDetail>) => h.schedule(e.detail)}></adk-schedule-form>`,
  );
}
