import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Interaction } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { readCallbackInfo, type CallbackInfo } from '../../bridge/models/callback.js';
import type { CallbackKeys } from '../../bridge/models/keys.js';
import { readOutboundRecord } from '../../bridge/models/outbound-record.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { callbackPreview } from '../../i18n/en/callback-preview.js';
import { LocaleController } from '../../i18n/localize.js';
import { ActionController, outcomeText } from '../../internal/actions.js';
import { kitEvent } from '../../internal/events.js';
import { keyListConverter, type KeyLabel } from '../../internal/key-list.js';
import { baseStyles } from '../../internal/styles.js';
import type { Words } from '../../internal/words.js';
import { TimeController } from '../../internal/time/time-controller.js';
import type { Zone } from '../../internal/time/zones.js';
import { resolveCall } from '../../internal/call-status.js';
import { contactZoneOf } from './callback-details.js';
import { callbackKind, isWebCallback } from './callback-kind.js';
import { callbackPreviewStyles } from './callback-preview.styles.js';
import { renderData, renderDetails, renderOffer, type Resolved } from './callback-preview.view.js';
import {
  offerSecondsLeft,
  parseTimeoutSeconds,
  previewPhase,
  rejectTakesReason,
  type PreviewAction,
} from './preview-actions.js';
import './schedule-form.js';
import type { ScheduleSubmitDetail } from './schedule-form.js';

export interface ScheduleRequestDetail {
  interactionId: string;
  /** The chosen instant, ISO 8601 UTC. */
  at: string;
  /** `MM/DD/YYYY HH:MM` in `zone` (seed 003 `rescheduleRecord`'s format). */
  date: string;
  /** The zone `date` is written in: the contact's when known, else the agent's. */
  zone: string;
  contactZone: boolean;
}

export interface CallbackActionDetail {
  action: PreviewAction;
  interactionId: string;
  ok: boolean;
  error?: unknown;
}

/** The configuration option that gives the offer timeout in seconds (our choice; see README). */
export const OFFER_TIMEOUT_OPTION = 'callback.offer-timeout';

/**
 * A callback from offer to done: its type and mode (immediate, delayed, scheduled, delayed with
 * agent preview; Genesys callback or web callback), the desired time and window in the agent's
 * and the contact's zones with a relative form, the number (copied exactly), attempts, status,
 * last call result, response type, the page's case and callback data and IVR data, and the
 * actions its state allows: Accept / Reject when offered (with a countdown when the offer
 * times out), Call / Done / Schedule a callback when previewing.
 *
 * @summary Preview and handle a callback.
 *
 * @attr interaction-id - Pins the element to one interaction; without it, it follows the selected case.
 * @attr case-data-keys - Case information keys: JSON `[{"key","label"}]` or `Key=Label, Key`. Default: the workspace's `interaction.case-data.content`.
 * @attr callback-data-keys - Callback information keys, same forms.
 * @attr ivr-key-prefix - Shows every user-data key with this prefix as IVR data (e.g. `IVR_`).
 * @attr reject-reasons - Reasons offered when rejecting an open-media callback (same forms: key = value written).
 * @attr reject-reason-key - User-data key the reason is written to before `interaction.reject` (default `RejectReason`).
 * @attr schedule-key - User-data key a scheduled time (ISO UTC) is written to when no outbound record carries the callback (default `CallbackScheduledTime`).
 * @attr offer-timeout - Seconds before the workspace returns an unanswered offer (else the `callback.offer-timeout` option).
 * @attr agent-time-zone - The agent's IANA zone (default: the browser's).
 * @attr contact-time-zone - The contact's IANA zone, over what user data says.
 * @attr contact-zone-key - User-data key holding the contact's IANA zone (default `ContactTimeZone`).
 * @prop {Partial<CallbackKeys>} callbackKeys - Renamed seed 002 keys.
 * @prop {() => number} now - The clock (tests and stories).
 *
 * @fires adk-schedule-request - Cancelable; `{ interactionId, at, date, zone, contactZone }`. Cancel it to schedule yourself.
 * @fires adk-callback-action - After each action settles: `{ action, interactionId, ok, error? }`.
 *
 * @csspart base - The wrapper (`data-phase`, `data-connection`).
 * @csspart status - Type, mode and phase line.
 * @csspart countdown - Time left before an unanswered offer is returned.
 * @csspart details - The callback's fields.
 * @csspart times - The desired time and window, in the agent's and the contact's zone.
 * @csspart number - The number and its copy button.
 * @csspart copy - The copy button.
 * @csspart data - Each case, callback or IVR data section.
 * @csspart actions - The action buttons' group.
 * @csspart action - Every action button (each is also `action-<name>`).
 * @csspart action-accept - The Accept (or Accept and call) button of an offer.
 * @csspart action-reject - The Reject button of an offer.
 * @csspart action-call - The Call button of a callback in preview.
 * @csspart action-done - The Done button.
 * @csspart action-schedule - The Schedule button.
 * @csspart message - Live region: pending, done, failed in words.
 * @cssproperty --adk-callback-preview-gap - Space between and around sections (default 0.75rem).
 */
@customElement('callback-preview')
export class CallbackPreviewElement extends LitElement {
  static override styles = [baseStyles, callbackPreviewStyles];

  @property({ attribute: 'interaction-id' }) interactionId: string | null = null;
  @property({ attribute: 'case-data-keys', converter: keyListConverter }) caseDataKeys?: KeyLabel[];
  @property({ attribute: 'callback-data-keys', converter: keyListConverter })
  callbackDataKeys?: KeyLabel[];
  @property({ attribute: 'ivr-key-prefix' }) ivrKeyPrefix: string | null = null;
  @property({ attribute: 'reject-reasons', converter: keyListConverter })
  rejectReasons?: KeyLabel[];
  @property({ attribute: 'reject-reason-key' }) rejectReasonKey = 'RejectReason';
  @property({ attribute: 'schedule-key' }) scheduleKey = 'CallbackScheduledTime';
  @property({ attribute: 'offer-timeout' }) offerTimeout: string | number | null = null;
  @property({ attribute: 'agent-time-zone' }) agentTimeZone: string | null = null;
  @property({ attribute: 'contact-time-zone' }) contactTimeZone: string | null = null;
  @property({ attribute: 'contact-zone-key' }) contactZoneKey: string | null = 'ContactTimeZone';
  @property({ attribute: false }) callbackKeys?: Partial<CallbackKeys>;
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private form: 'reject' | 'schedule' | null = null;
  /** The live region's message, worded when rendered (so in the element's language then). */
  @state() private notice: { say: Words; danger: boolean } | null = null;
  /** What the element last showed, to word the end when the interaction goes away. */
  private last: {
    id: string;
    offered: boolean;
    returned?: boolean;
    acting?: 'reject' | 'done';
  } | null = null;
  private readonly offeredAt = new Map<string, number>();

  private readonly bridge = new BridgeController(this, {
    onChange: (s, c) => this.onBridgeChange(s, c),
  });
  private readonly locale = new LocaleController(this, { callbackPreview, actions, callResults });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }
  /** @internal The time-zone controller (tests read its zones and tick). */
  readonly time = new TimeController(this, { now: () => this.now() });
  private readonly actions = new ActionController<PreviewAction>(this, {
    onSettled: (o) => {
      this.notice = {
        say: (t) => outcomeText(o, t.callbackPreview.actions[o.action], t.actions),
        danger: o.phase === 'failed',
      };
    },
  });

  /** The callback shown: pinned or selected (a web callback's call leads to the web callback). */
  private resolve(state: BridgeState): Interaction | undefined {
    let ix = this.interactionId
      ? state.interactions.get(this.interactionId)
      : this.bridge.bridge?.selected;
    const parentId = ix
      ? (ix.parentInteraction ??
        ix.parentInteractionId ??
        (ix.userData?.IW_WebcallbackInteractionId as string | undefined))
      : undefined;
    const parent = parentId ? state.interactions.get(parentId) : undefined;
    if (parent && isWebCallback(parent)) ix = parent;
    return ix;
  }

  /** Words the end: rejected, done, or returned (gone while offered, or released with a `ronaCallState`). */
  private onBridgeChange(state: BridgeState, change: Change): void {
    const last = this.last;
    if (!last || change.interactionId !== last.id) return;
    const ix = state.interactions.get(last.id);
    if (ix?.ronaCallState && !last.acting) last.returned = true;
    if (ix && !last.returned) return;
    const end =
      last.acting === 'reject'
        ? 'rejected'
        : last.acting === 'done'
          ? 'completed'
          : last.offered || last.returned
            ? 'returned'
            : null;
    if (end) this.notice = { say: (t) => t.callbackPreview[end], danger: !last.acting };
    if (!ix) this.form = null;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const state = this.bridge.state;
    const main = state ? this.resolve(state) : undefined;
    let countdown = false;
    if (main) {
      const offered = previewPhase(main, undefined) === 'offered';
      if (offered && !this.offeredAt.has(main.interactionId))
        this.offeredAt.set(main.interactionId, this.now());
      countdown = offered && this.timeoutSeconds(state!) !== null;
      if (this.last?.id !== main.interactionId) {
        this.form = null;
        if (this.last) this.notice = null;
      }
      this.last = {
        ...(this.last?.id === main.interactionId ? this.last : {}),
        id: main.interactionId,
        offered,
      };
    }
    this.time.tickSeconds = countdown ? 1 : 30;
  }

  private timeoutSeconds(state: BridgeState): number | null {
    return (
      parseTimeoutSeconds(this.offerTimeout) ??
      parseTimeoutSeconds(state.options[OFFER_TIMEOUT_OPTION])
    );
  }

  protected override render() {
    const t = this.locale.t.callbackPreview;
    const state = this.bridge.state;
    const message = html`<p part="message" role="status" class=${this.notice?.danger ? 'danger' : ''}>${this.notice?.say(this.locale.t, this.locale.lang) ?? nothing}</p>`;
    if (!state)
      return html`<section part="base" aria-label=${t.label}><p part="status">${t.notConnected}</p></section>`;
    const main = this.resolve(state);
    const info = main ? readCallbackInfo(main.userData, this.callbackKeys) : null;
    const kind = main ? callbackKind(main, info, this.now()) : null;
    if (!main || !kind) {
      const text =
        this.interactionId && !main
          ? t.pinnedMissing(this.interactionId)
          : main
            ? t.notACallback
            : t.noCallback;
      return html`<section part="base" aria-label=${t.label}><p part="status">${text}</p>${message}</section>`;
    }
    const call = resolveCall(state, main).call;
    const phase = previewPhase(main, call);
    const r: Resolved = { main, info, kind, phase, state, number: info?.customerNumber ?? null };
    const left =
      phase === 'offered'
        ? offerSecondsLeft(
            this.offeredAt.get(main.interactionId) ?? this.now(),
            this.timeoutSeconds(state),
            this.now(),
          )
        : null;
    const down = state.connection !== 'up';
    return html`
      <section part="base" aria-label=${t.label} data-phase=${phase} data-connection=${down ? 'down' : 'up'}>
        <h2 part="status" tabindex="-1">${t.kind(t.channel[kind.channel], t.mode[kind.mode])} · ${t.phase[phase]}</h2>
        ${down ? html`<p class="danger" role="alert">${t.connectionDown}</p>` : nothing}
        ${renderOffer(t, left)}
        ${renderDetails(this, r)}
        ${this.renderForm(r)}
        ${message}
        ${renderData(this, r)}
      </section>`;
  }

  /** The view's hooks (callback-preview.view.ts). @internal */
  get view() {
    return {
      t: this.locale.t.callbackPreview,
      callResults: this.locale.t.callResults,
      lang: this.locale.lang,
      zones: this.time.zones,
      zonesFailed: this.time.error !== undefined,
      now: this.now(),
      pending: this.actions.pending,
      caseDataKeys: this.caseDataKeys,
      callbackDataKeys: this.callbackDataKeys,
      ivrKeyPrefix: this.ivrKeyPrefix,
      zoneChoice: {
        contactTimeZone: this.contactTimeZone,
        contactZoneKey: this.contactZoneKey,
        agentTimeZone: this.agentTimeZone,
      },
      onAction: (action: PreviewAction, r: Resolved) => void this.onAction(action, r),
      onCopy: (number: string) => void this.copy(number),
    };
  }

  private renderForm(r: Resolved) {
    const t = this.locale.t.callbackPreview;
    if (this.form === 'reject') {
      return html`<form @submit=${(e: Event) => this.confirmReject(e, r.main)} @keydown=${this.onFormKeydown}>
        <fieldset><legend>${t.reject.legend}</legend>
          <label>${t.reject.reason} <select name="reason">
            <option value="">${t.reject.noReason}</option>
            ${(this.rejectReasons ?? []).map((reason) => html`<option value=${reason.key}>${reason.label}</option>`)}
          </select></label>
          <div class="buttons"><button type="submit" class="primary">${t.reject.confirm}</button>
          <button type="button" @click=${() => this.closeForm('reject')}>${t.reject.cancel}</button></div>
        </fieldset></form>`;
    }
    const z = this.time.zones;
    if (this.form !== 'schedule' || !z) return nothing;
    const agent = z.agentZone(this.agentTimeZone);
    const contact = this.contactZone(r.main);
    const zone = contact ?? agent;
    const start =
      r.info?.startTime && z.toMillis(r.info.startTime) > this.now()
        ? r.info.startTime
        : this.now() + 3600_000;
    return html`<adk-schedule-form .zones=${z} .zone=${zone} .contactZone=${contact !== null} .otherZone=${contact && !z.sameOffset(contact, agent, this.now()) ? agent : null}
      .initial=${z.toInputValues(start, zone)} .now=${this.now}
      @schedule-cancel=${() => this.closeForm('schedule')} @schedule-submit=${(e: CustomEvent<ScheduleSubmitDetail>) => void this.schedule(e.detail, r.main, zone, contact !== null)}></adk-schedule-form>`;
  }

  private contactZone(main: Interaction): Zone | null {
    const z = this.time.zones;
    return z ? contactZoneOf(z, main.userData, this.view.zoneChoice, this.now()) : null;
  }

  private onFormKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.closeForm('reject');
  };

  private closeForm(trigger: PreviewAction): void {
    this.form = null;
    void this.updateComplete.then(() => this.focusAction(trigger));
  }

  private focusAction(action: PreviewAction): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[data-action=${action}]`) ??
      this.renderRoot.querySelector<HTMLElement>('[part~=status]');
    target?.focus();
  }

  private async onAction(action: PreviewAction, r: Resolved): Promise<void> {
    const bridge = this.bridge.bridge;
    if (!bridge) return;
    const id = r.main.interactionId;
    switch (action) {
      case 'accept':
        void this.act(action, id, () => bridge.accept(id));
        return;
      case 'reject':
        if (rejectTakesReason(r.main) && this.rejectReasons?.length) {
          this.form = 'reject';
          await this.updateComplete;
          this.renderRoot.querySelector('select')?.focus();
          return;
        }
        void this.act(action, id, () => bridge.reject(id));
        return;
      case 'call':
        void this.act(action, id, () =>
          bridge.dial(r.number!, { IW_WebcallbackInteractionId: id }),
        );
        return;
      case 'done':
        void this.act(action, id, () => bridge.markDone(id));
        return;
      case 'schedule':
        this.form = this.form === 'schedule' ? null : 'schedule';
        return;
    }
  }

  private confirmReject(e: Event, main: Interaction): void {
    e.preventDefault();
    const reason =
      (this.renderRoot.querySelector('select') as HTMLSelectElement | null)?.value ?? '';
    const bridge = this.bridge.bridge!;
    const id = main.interactionId;
    this.form = null;
    void this.act('reject', id, async () => {
      if (reason) await bridge.setUserData(id, { [this.rejectReasonKey]: reason });
      await bridge.reject(id);
    });
  }

  private async schedule(
    detail: ScheduleSubmitDetail,
    main: Interaction,
    zone: Zone,
    isContact: boolean,
  ): Promise<void> {
    const z = this.time.zones!;
    const bridge = this.bridge.bridge!;
    const id = main.interactionId;
    const at = detail.at.toUTC().toISO()!;
    const request: ScheduleRequestDetail = {
      interactionId: id,
      at,
      date: z.toRescheduleDate(detail.at, zone),
      zone: zone.name,
      contactZone: isContact,
    };
    const event = kitEvent('schedule-request', request, { cancelable: true });
    this.dispatchEvent(event);
    this.form = null;
    const when = (lang: string) => z.formatInZone(detail.at, zone, lang, 'dateTimeZone');
    if (event.defaultPrevented) {
      this.notice = {
        say: (t, lang) => t.callbackPreview.schedule.handedOver(when(lang)),
        danger: false,
      };
      void this.updateComplete.then(() => this.focusAction('schedule'));
      return;
    }
    // An outbound record is rescheduled in its own zone (seed 003 rescheduleRecord); otherwise the time is written as user data.
    const record = readOutboundRecord(main.userData);
    const recordZone = record ? z.contactZone(record, this.now()) : null;
    const ok = await this.act('schedule', id, () =>
      record?.recordHandle != null && recordZone
        ? bridge.reschedule(
            id,
            record.recordHandle,
            z.toRescheduleDate(detail.at, recordZone),
            'PERSONAL',
          )
        : bridge.setUserData(id, { [this.scheduleKey]: at }),
    );
    if (ok)
      this.notice = {
        say: (t, lang) => t.callbackPreview.schedule.scheduled(when(lang)),
        danger: false,
      };
  }

  private async act(
    action: PreviewAction,
    id: string,
    task: () => Promise<unknown>,
  ): Promise<boolean> {
    if (this.last && (action === 'reject' || action === 'done')) this.last.acting = action;
    this.notice = {
      say: (t) => t.actions.pending(t.callbackPreview.actions[action]),
      danger: false,
    };
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = root.activeElement !== null;
    const result = await this.actions.run(action, task);
    if (!result.ok && this.last?.acting === action) this.last.acting = undefined;
    this.dispatchEvent(
      kitEvent<CallbackActionDetail>('callback-action', {
        action,
        interactionId: id,
        ok: result.ok,
        ...(result.ok ? {} : { error: result.error }),
      }),
    );
    await this.updateComplete;
    // The button may be gone with the phase it belonged to: keep keyboard focus in the element.
    if (hadFocus && root.activeElement === null) this.focusAction(action);
    return result.ok;
  }

  private async copy(number: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(number);
      copied = true;
    } catch {
      const area = document.createElement('textarea');
      area.value = number;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      this.renderRoot.appendChild(area);
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      area.remove();
    }
    this.notice = copied
      ? { say: (t) => t.callbackPreview.copied(number), danger: false }
      : { say: (t) => t.callbackPreview.copyFailed, danger: true };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-preview': CallbackPreviewElement;
  }
  interface HTMLElementEventMap {
    'adk-schedule-request': CustomEvent<ScheduleRequestDetail>;
    'adk-callback-action': CustomEvent<CallbackActionDetail>;
  }
}
