import { css, html, nothing } from 'lit';
import { focusAfterUpdate } from '../../internal/focus.js';
import { customElement, property, state } from 'lit/decorators.js';
import { callbackPreview } from '../../i18n/en/callback-preview.js';
import { KitElement } from '../../internal/kit-element.js';
import { blockStyles } from '../../internal/styles.js';
import type { DateTime, LocalDateTimeFailure, Zone } from '../../internal/time/zones.js';
import type { Zones } from '../../internal/time/time-controller.js';
import { readZonedEntry } from '../../internal/time/zoned-entry.js';

export type { ScheduleSubmitDetail } from './callback-preview.events.js';

/**
 * The inline "Schedule a callback" form of `<callback-preview>`: a date and a time entered in
 * `zone` (the contact's when known), shown also in `otherZone`. Checks the entry with the zones
 * module (format, impossible dates, DST gaps, the past) and says what is wrong beside the field
 * once it was touched. Tells its parent `schedule-submit` (detail `{ at }`) and `schedule-cancel`
 * (`tell`: neither leaves `<callback-preview>`'s shadow root). Escape cancels. Gets everything
 * through properties.
 *
 * @csspart form - The fieldset.
 */
@customElement('adk-schedule-form')
export class ScheduleFormElement extends KitElement {
  static override strings = { callbackPreview };
  static override styles = [
    blockStyles,
    css`
    fieldset { display: grid; gap: var(--_adk-space-2); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); padding: var(--_adk-space-2) var(--_adk-space-3); margin: 0; }
    legend { font-weight: 600; padding: 0 var(--_adk-space-1); }
    .row { display: flex; flex-wrap: wrap; gap: var(--_adk-space-3); }
    label { display: grid; gap: var(--_adk-space-1); }
    input { font: inherit; color: inherit; background: var(--_adk-surface); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); padding: var(--_adk-space-1); }
    input[aria-invalid='true'] { border-color: var(--_adk-danger); }
    p { margin: 0; }
    .buttons { display: flex; gap: var(--_adk-space-2); }
    button { font: inherit; padding: var(--_adk-space-1) var(--_adk-space-3); border-radius: var(--_adk-radius); border: 1px solid var(--_adk-border); background: var(--_adk-surface-raised); color: inherit; cursor: pointer; }
    button[type='submit'] { background: var(--_adk-accent); color: var(--_adk-on-accent); border-color: var(--_adk-accent); }
  `,
  ];

  /** The zones module (loaded by the parent's TimeController). */
  @property({ attribute: false }) zones?: Zones;
  /** The zone the date and time are entered in. */
  @property({ attribute: false }) zone?: Zone;
  /** True when `zone` is the contact's. */
  @property({ attribute: false }) contactZone = false;
  /** Another zone to show the entry in (the agent's, or the contact's). */
  @property({ attribute: false }) otherZone?: Zone | null;
  /** Initial values (`YYYY-MM-DD`, `HH:MM`). */
  @property({ attribute: false }) initial: { date: string; time: string } = { date: '', time: '' };
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private date = '';
  @state() private time = '';
  @state() private touched = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.date = this.initial.date;
    this.time = this.initial.time;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  private check():
    | { ok: true; at: DateTime; note: string | null }
    | { ok: false; field: 'date' | 'time'; text: string }
    | null {
    const z = this.zones;
    if (!z || !this.zone) return null;
    const t = this.locale.t.callbackPreview.schedule;
    const r = readZonedEntry(z, {
      date: this.date,
      time: this.time,
      zone: this.zone,
      now: this.now(),
    });
    const fmt = (dt: DateTime) => z.formatMoment(dt, this.zone!, this.locale.lang);
    if (!r.ok) {
      const reason = r.reason as LocalDateTimeFailure | 'past'; // no calling window here
      const text =
        reason === 'skipped-time'
          ? t.errors['skipped-time'](
              r.suggestion ? z.formatInZone(r.suggestion, this.zone, this.locale.lang, 'time') : '',
            )
          : t.errors[reason];
      return { ok: false, field: r.field, text };
    }
    return {
      ok: true,
      at: r.at,
      note: r.later ? t.ambiguous(fmt(r.at), fmt(r.later)) : null,
    };
  }

  protected override render() {
    const t = this.locale.t.callbackPreview.schedule;
    const z = this.zones;
    if (!z || !this.zone) return nothing;
    const lang = this.locale.lang;
    const zoneText = z.zoneName(this.zone, lang, this.now());
    const result = this.check();
    const error = this.touched && result && !result.ok ? result : null;
    const other =
      result?.ok && this.otherZone ? z.formatMoment(result.at, this.otherZone, lang) : '';
    return html`
      <form @submit=${this.onSubmit} @keydown=${this.onKeydown} novalidate>
        <fieldset part="form">
          <legend>${t.legend}</legend>
          <p id="zone">${this.contactZone ? t.zone(zoneText) : t.agentZone(zoneText)}</p>
          <div class="row">
            <label>${t.date}
              <input type="date" name="date" .value=${this.date} required aria-describedby="zone ${error?.field === 'date' ? 'error' : ''}"
                aria-invalid=${error?.field === 'date' ? 'true' : 'false'} @input=${(e: Event) => {
                  this.date = (e.target as HTMLInputElement).value;
                }}
                @blur=${() => {
                  if (this.date) this.touched = true;
                }}>
            </label>
            <label>${t.time}
              <input type="time" name="time" .value=${this.time} required aria-describedby="zone ${error?.field === 'time' ? 'error' : ''}"
                aria-invalid=${error?.field === 'time' ? 'true' : 'false'} @input=${(e: Event) => {
                  this.time = (e.target as HTMLInputElement).value;
                  this.touched = true;
                }}>
            </label>
          </div>
          <p id="error" class="danger" role="alert">${error ? error.text : nothing}</p>
          ${result?.ok && result.note ? html`<p class="muted">${result.note}</p>` : nothing}
          ${other ? html`<p class="muted">${this.contactZone ? t.alsoYourTime(other) : t.alsoContactTime(other)}</p>` : nothing}
          <div class="buttons">
            <button type="submit">${t.submit}</button>
            <button type="button" @click=${this.cancel}>${t.cancel}</button>
          </div>
        </fieldset>
      </form>`;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.cancel();
    }
  }

  private cancel(): void {
    this.tell('schedule-cancel', null);
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    this.touched = true;
    const result = this.check();
    if (!result?.ok) {
      const field = result && !result.ok ? result.field : 'date';
      focusAfterUpdate(this, `input[name=${field}]`);
      return;
    }
    this.tell('schedule-submit', { at: result.at });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'adk-schedule-form': ScheduleFormElement;
  }
}
