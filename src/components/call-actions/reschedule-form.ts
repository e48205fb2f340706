import { framed } from './panel-frame.js';
import { css, html, nothing } from 'lit';
import { focusAfterUpdate } from '../../internal/focus.js';
import { customElement, property, state } from 'lit/decorators.js';
import { RESCHEDULE_TYPES, type RescheduleType } from '../../bridge/enums.js';
import { formatTimeOfDay, readOutboundSchedule } from '../../bridge/models/index.js';
import { callPanels } from '../../i18n/en/call-panels.js';
import { KitElement } from '../../internal/kit-element.js';
import { blockStyles } from '../../internal/styles.js';
import { TimeController } from '../../internal/time/time-controller.js';
import { actionButton } from './action-button.js';
import { actionButtonStyles } from './call-actions.styles.js';
import { formStyles } from './form.styles.js';
import {
  planReschedule,
  proposeReschedule,
  type ReschedulePlan,
  type RescheduleRecord,
} from './reschedule.js';
import { keyed } from 'lit/directives/keyed.js';
import type { PanelBody } from './call-actions.view.js';
import type { RescheduleSubmitDetail } from './call-actions.events.js';

/** A record without a schedule (no zone, the whole day). */
const NO_SCHEDULE: RescheduleRecord = { timeZone: null, from: null, until: null };

/**
 * The reschedule form inside `<call-actions>` (internal). Date and time are entered in the
 * contact's time zone (the record's `GSW_TZ_NAME` / `GSW_TZ_OFFSET`), shown again in the
 * agent's zone, checked against the calling window (`GSW_FROM` … `GSW_UNTIL`) and sent as
 * `MM/DD/YYYY HH:MM` in the record's zone, PERSONAL or CAMPAIGN. It proposes "in one hour".
 * Luxon loads with the form (TimeController), not with the page. Tells its parent the request
 * (`reschedule-submit`, `{ rescheduleDate, type }`).
 *
 * @csspart reschedule-form - The form.
 * @csspart zone - The contact's zone and calling window.
 * @csspart agent-time - The chosen time in the agent's zone.
 * @csspart field-error - Why the date or time can't be used (after the agent touched them).
 * @csspart action - The Reschedule button.
 */
@customElement('adk-reschedule-form')
export class RescheduleFormElement extends KitElement {
  static override strings = { callPanels };
  static override styles = [
    blockStyles,
    actionButtonStyles,
    formStyles,
    css`
    .row { display: flex; flex-wrap: wrap; gap: var(--_adk-space-2); }
    .row label { display: grid; gap: var(--_adk-space-1); }
    .types { display: flex; gap: var(--_adk-space-3); }
  `,
  ];

  @property({ attribute: false }) record: RescheduleRecord = NO_SCHEDULE;
  /** Why Reschedule is not available (`null` = available). */
  @property({ attribute: false }) reason: string | null = null;
  @property({ type: Boolean }) pending = false;
  /** IANA zone of the agent; default the browser's. */
  @property({ attribute: false }) agentTimeZone: string | null = null;

  @state() private date = '';
  @state() private time = '';
  @state() private type: RescheduleType = 'PERSONAL';
  @state() private touched = false;
  private readonly clock = new TimeController(this, { tickSeconds: 30 });

  /** Focuses the date field once the form is rendered (it may be asked before its first render). */
  override focus(): void {
    focusAfterUpdate(this, '#date');
  }

  protected override willUpdate(): void {
    const z = this.clock.zones;
    if (z && !this.touched && !this.date) {
      const proposal = proposeReschedule(z, this.record, this.clock.now());
      if (proposal) ({ date: this.date, time: this.time } = proposal);
    }
  }

  protected override render() {
    const t = this.locale.t.callPanels.reschedule;
    const z = this.clock.zones;
    if (!z)
      return html`<p part="zone" role="status">${this.clock.error ? t.loadFailed : t.loading}</p>`;
    const lang = this.locale.lang;
    const now = this.clock.now();
    const zone = z.contactZone(this.record, now);
    const plan = planReschedule(z, { date: this.date, time: this.time, record: this.record, now });
    const agent = z.agentZone(this.agentTimeZone);
    const zoneLabel = zone
      ? `${this.record.timeZone?.name ? `${this.record.timeZone.name}, ` : ''}${z.zoneName(zone, lang, now)}`
      : '—';
    const error = this.touched && !plan.ok ? this.errorText(plan) : '';
    const dateInvalid = !!error && !plan.ok && plan.field === 'date';
    const timeInvalid = !!error && !plan.ok && plan.field === 'time';
    return html`
      <form part="reschedule-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.submit(plan);
      }}>
        <fieldset>
          <legend>${t.legend}</legend>
          <p part="zone">${t.contactZone(zoneLabel)}<br />${t.window(formatTimeOfDay(this.record.from ?? 0), formatTimeOfDay(this.record.until ?? 86_399))}</p>
          <div class="row">
            <label>${t.date}<input id="date" type="date" .value=${this.date} aria-invalid=${dateInvalid ? 'true' : 'false'}
              aria-describedby="reschedule-error" @input=${(e: Event) => this.edit('date', e)} /></label>
            <label>${t.time}<input id="time" type="time" .value=${this.time} aria-invalid=${timeInvalid ? 'true' : 'false'}
              aria-describedby="agent-time reschedule-error" @input=${(e: Event) => this.edit('time', e)} /></label>
          </div>
          <p id="agent-time" part="agent-time">${plan.ok ? t.agentTime(z.formatMoment(plan.at, agent, lang)) : nothing}
            ${plan.ok && plan.later ? html`<br />${t.ambiguous(z.formatInZone(plan.at, zone!, lang, 'timeZone'), z.formatInZone(plan.later, zone!, lang, 'timeZone'))}` : nothing}</p>
          <p id="reschedule-error" part="field-error" aria-live="polite">${error}</p>
          <fieldset class="types">
            <legend>${t.type}</legend>
            ${RESCHEDULE_TYPES.map(
              (
                type,
              ) => html`<label><input type="radio" name="type" value=${type} .checked=${this.type === type}
              @change=${() => (this.type = type)} /> ${t.types[type]}</label>`,
            )}
          </fieldset>
          <div class="buttons">
            ${actionButton({ action: 'reschedule', label: t.submit, reason: this.reason, pending: this.pending, onClick: () => this.submit(plan) })}
          </div>
        </fieldset>
      </form>
    `;
  }

  private edit(field: 'date' | 'time', e: Event): void {
    this[field] = (e.target as HTMLInputElement).value;
    this.touched = true;
  }

  private submit(plan: ReschedulePlan): void {
    this.touched = true;
    if (this.reason !== null) return;
    if (!plan.ok) {
      this.renderRoot
        .querySelector<HTMLInputElement>(plan.field === 'date' ? '#date' : '#time')
        ?.focus();
      return;
    }
    this.tell('reschedule-submit', { rescheduleDate: plan.rescheduleDate, type: this.type });
  }

  private errorText(plan: Extract<ReschedulePlan, { ok: false }>): string {
    const e = this.locale.t.callPanels.reschedule.errors;
    const z = this.clock.zones!;
    const window = () =>
      [
        formatTimeOfDay(this.record.from ?? 0),
        formatTimeOfDay(this.record.until ?? 86_399),
      ] as const;
    switch (plan.reason) {
      case 'skipped-time': {
        const zone = z.contactZone(this.record, this.clock.now());
        return e['skipped-time'](
          plan.suggestion && zone
            ? z.formatInZone(plan.suggestion, zone, this.locale.lang, 'timeZone')
            : '',
        );
      }
      case 'outside-window':
        return e['outside-window'](...window());
      default:
        return e[plan.reason];
    }
  }
}

/**
 * The reschedule panel's body in `<call-actions>` (loaded with this module, see
 * panel-controller.ts): the form, new for each interaction, with the record's schedule (read
 * here, not up front: see record-target.ts), or why there is none.
 */
export const reschedulePanel: PanelBody = framed((v, h) => {
  const r = v.record;
  return html`${
    r
      ? keyed(
          r.interaction.interactionId,
          html`<adk-reschedule-form .record=${readOutboundSchedule(r.data, r.keys) ?? NO_SCHEDULE} .reason=${v.reason('reschedule')}
          .pending=${v.pending('reschedule')} .agentTimeZone=${v.agentTimeZone} @reschedule-submit=${(e: CustomEvent<RescheduleSubmitDetail>) => h.reschedule(e.detail.rescheduleDate, e.detail.type)}></adk-reschedule-form>`,
        )
      : html`<p>${v.reason('reschedule')}</p>`
  }`;
});

declare global {
  interface HTMLElementTagNameMap {
    'adk-reschedule-form': RescheduleFormElement;
  }
}
