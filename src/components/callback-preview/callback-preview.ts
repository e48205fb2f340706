import { customElement, property, state } from 'lit/decorators.js';
import type { Interaction } from '../../bridge/api.js';
import { readCallbackInfo } from '../../bridge/models/callback.js';
import type { CallbackKeys } from '../../bridge/models/keys.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import { FollowController } from '../../internal/followed-interaction.js';
import { keyListConverter, type KeyLabel } from '../../internal/key-list.js';
import { KitElement } from '../../internal/kit-element.js';
import { RequestController } from '../../internal/requests.js';
import { baseStyles } from '../../internal/styles.js';
import { TimeController } from '../../internal/time/time-controller.js';
import type { Words } from '../../internal/words.js';
import { callbackEnd, type ShownCallback } from './callback-end.js';
import { followedCallback } from './callback-kind.js';
import type {
  CallbackAction,
  CallbackScheduler,
  ScheduleSubmitDetail,
} from './callback-preview.events.js';
import { callbackPreviewStyles } from './callback-preview.styles.js';
import { renderCallbackPreview } from './callback-preview.view.js';
import {
  callbackPreviewView,
  scheduleFormView,
  type OpenForm,
} from './callback-preview.view-model.js';
import { planCallbackAction, planScheduleRequest } from './callback-requests.js';
import { copyText } from './copy-number.js';
import {
  parseTimeoutSeconds,
  previewPhase,
  rejectTakesReason,
  type PreviewAction,
} from './preview-actions.js';

export type * from './callback-preview.events.js';

/** The configuration option that gives the offer timeout in seconds (our choice; see README). */
export const OFFER_TIMEOUT_OPTION = 'callback.offer-timeout';

/** A request's key: the action and the callback it is about (a late answer for another callback stays silent). */
type RequestKey = { action: PreviewAction; id: string };

/**
 * A callback from offer to done: its type and mode (immediate, delayed, scheduled, delayed with
 * agent preview; Genesys callback or web callback), the desired time and window in the agent's
 * and the contact's zones with a relative form, the number (copied exactly), attempts, status,
 * last call result, response type, the page's case and callback data and IVR data, and the
 * actions its state allows: Accept / Reject when offered (with a countdown when the offer
 * times out), Call / Done / Schedule a callback when previewing.
 *
 * Scheduling: the Service Client API has no reschedule for a Genesys callback. Without a
 * `scheduler`, an outbound record is rescheduled (`outbound.rescheduleRecord`, any state) and
 * any other callback gets the time as user data under `schedule-key` — which the workspace
 * refuses once the voice call is IDLE (seed 003 `setUserData`), so Schedule is offered while the
 * call is live and, after it ended, disabled with the reason in words. A page's `scheduler`
 * (e.g. a call to the deployment's callback service) is used instead, in every state.
 *
 * @summary Preview and handle a callback.
 *
 * @attr interaction-id - Pins the element to one interaction; without it, it follows the selected case.
 * @attr case-data-keys - Case information keys: JSON `[{"key","label"}]` or `Key=Label, Key`. Default: the workspace's `interaction.case-data.content`.
 * @attr callback-data-keys - Callback information keys, same forms.
 * @attr ivr-key-prefix - Shows every user-data key with this prefix as IVR data (e.g. `IVR_`).
 * @attr reject-reasons - Reasons offered when rejecting an open-media callback (same forms: key = value written).
 * @attr reject-reason-key - User-data key the reason is written to before `interaction.reject` (default `RejectReason`).
 * @attr schedule-key - User-data key a scheduled time (ISO UTC) is written to when neither a `scheduler` nor an outbound record schedules it (default `CallbackScheduledTime`).
 * @attr offer-timeout - Seconds before the workspace returns an unanswered offer (else the `callback.offer-timeout` option).
 * @attr agent-time-zone - The agent's IANA zone (default: the browser's).
 * @attr contact-time-zone - The contact's IANA zone, over what user data says.
 * @attr contact-zone-key - User-data key holding the contact's IANA zone (default `ContactTimeZone`).
 * @prop {Partial<CallbackKeys>} callbackKeys - Renamed seed 002 keys.
 * @prop {CallbackScheduler | null} scheduler - The page's own scheduler: `(request) => Promise`, given `{ interactionId, at, date, zone, contactZone }`; used instead of the workspace in every state (also after the call ended); a rejection is shown as the failure.
 * @prop {() => number} now - The clock (tests and stories).
 *
 * @fires adk-callback-action - Before Accept, Reject, Call or Done is sent; cancelable (`preventDefault()`: nothing is sent). `detail: { action, interactionId, reason? }`.
 * @fires adk-callback-action-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 * @fires adk-schedule-request - Before a callback is scheduled; cancelable (`preventDefault()`: nothing is sent, the element says the request went to the page). `detail: { interactionId, at, date, zone, contactZone }`.
 * @fires adk-schedule-request-result - After it was scheduled or failed: the same detail plus `{ ok, error? }`.
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
 * @csspart note - Why a callback can't be scheduled any more (after its call ended, without a `scheduler`).
 * @csspart message - Polite live region: pending, done, and what happened to the callback.
 * @csspart error - Assertive live region: the last failure, in words.
 * @cssproperty --adk-callback-preview-gap - Space between and around sections (default 0.75rem).
 */
@customElement('callback-preview')
export class CallbackPreviewElement extends KitElement {
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
  @property({ attribute: false }) scheduler: CallbackScheduler | null = null;
  @property({ attribute: false }) now: () => number = Date.now;

  @state() private form: OpenForm = null;
  /** What the element says besides requests (worded when rendered, in the element's language then). */
  @state() private notice: { say: Words; about: string } | null = null;
  /** The callback shown (a web callback's call leads to its web callback). */
  private main: Interaction | undefined;
  /** What the element last showed, to word its end when the interaction goes away. */
  private shown: ShownCallback | null = null;
  private readonly offeredAt = new Map<string, number>();
  private readonly labels = new Map<PreviewAction, Words>();

  private readonly follow = new FollowController(this, {
    key: () => this.main?.interactionId,
    onFollow: (to, from) => {
      // Another callback: the last one's form, outcomes and lines no longer apply — except the
      // words of its end, said as it goes (nothing follows it).
      this.form = null;
      this.requests.clear();
      if (!(to === undefined && this.notice?.about === from)) this.notice = null;
    },
    onBridgeChange: (state, change) => this.onBridgeChange(state, change),
  });
  private readonly requests = new RequestController<RequestKey>(this, {
    id: (k) => `${k.action}/${k.id}`,
  });
  /** @internal The time-zone controller (tests read its zones and tick). */
  readonly time = new TimeController(this, { now: () => this.now() });

  private onBridgeChange(state: BridgeState, change: Change): void {
    const shown = this.shown;
    if (!shown || change.interactionId !== shown.id) return;
    const end = callbackEnd(shown, state.interactions.get(shown.id));
    if (end) this.say((t) => t.callbackPreview[end], shown.id);
  }

  protected override willUpdate(): void {
    const state = this.follow.state;
    const main = (this.main = state
      ? followedCallback(this.follow.interaction, state.interactions)
      : undefined);
    let countdown = false;
    if (main && state) {
      const id = main.interactionId;
      const offered = previewPhase(main, undefined) === 'offered';
      if (offered && !this.offeredAt.has(id)) this.offeredAt.set(id, this.now());
      countdown = offered && this.timeoutSeconds(state) !== null;
      this.shown = { ...(this.shown?.id === id ? this.shown : {}), id, offered };
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
    const { t, lang } = this.locale;
    const main = this.main;
    const id = main?.interactionId;
    const mine = (k: RequestKey) => k.id === id;
    const latest = this.requests.latest;
    const regions =
      latest && mine(latest.key)
        ? this.requests.regions((k) => this.labels.get(k.action)?.(t, lang) ?? '', t.actions)
        : { status: '', error: '' };
    const notice = this.notice?.say(t, lang);
    return renderCallbackPreview(
      callbackPreviewView({
        t,
        lang,
        state: this.follow.state,
        main,
        pinned: this.interactionId,
        now: this.now(),
        zones: this.time.zones,
        zonesFailed: this.time.error !== undefined,
        callbackKeys: this.callbackKeys,
        offeredAt: id ? this.offeredAt.get(id) : undefined,
        timeoutSeconds: this.follow.state ? this.timeoutSeconds(this.follow.state) : null,
        pending: this.requests.pending.filter(mine).map((k) => k.action),
        form: this.form,
        regions: notice ? { status: notice, error: '' } : regions,
        scheduler: this.scheduler !== null,
        rejectReasons: this.rejectReasons,
        caseDataKeys: this.caseDataKeys,
        callbackDataKeys: this.callbackDataKeys,
        ivrKeyPrefix: this.ivrKeyPrefix,
        zoneChoice: this.zoneChoice,
      }),
      {
        action: (a) => void this.onAction(a),
        copy: (number) => void this.copy(number),
        reject: (reason) => {
          this.form = null;
          void this.send('reject', reason);
        },
        closeForm: (form) => this.closeForm(form),
        schedule: (detail) => void this.schedule(detail),
        now: this.now,
      },
    );
  }

  private get zoneChoice() {
    const { contactTimeZone, contactZoneKey, agentTimeZone } = this;
    return { contactTimeZone, contactZoneKey, agentTimeZone };
  }

  /** Says `say` in the status region (about the callback `about`); the last request's outcome gives way. */
  private say(say: Words, about: string): void {
    this.requests.clear();
    this.notice = { say, about };
  }

  private closeForm(form: Exclude<OpenForm, null>): void {
    this.form = null;
    void this.updateComplete.then(() => this.focusAction(form));
  }

  private focusAction(action: PreviewAction): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[data-action=${action}]`) ??
      this.renderRoot.querySelector<HTMLElement>('[part~=status]');
    target?.focus();
  }

  private async onAction(action: PreviewAction): Promise<void> {
    const main = this.main;
    if (!main) return;
    if (action === 'schedule') {
      this.form = this.form === 'schedule' ? null : 'schedule';
      return;
    }
    if (action === 'reject' && rejectTakesReason(main) && this.rejectReasons?.length) {
      this.form = 'reject';
      await this.updateComplete;
      this.renderRoot.querySelector('select')?.focus();
      return;
    }
    await this.send(action);
  }

  /** Sends one action: `adk-callback-action` (cancelable) before, `adk-callback-action-result` after. */
  private async send(action: CallbackAction, reason = ''): Promise<void> {
    const bridge = this.follow.bridge;
    const main = this.main;
    const shown = this.shown;
    const plan =
      main &&
      planCallbackAction(action, {
        main,
        number: readCallbackInfo(main.userData, this.callbackKeys)?.customerNumber ?? null,
        reason,
        reasonKey: this.rejectReasonKey,
      });
    if (!bridge || !plan) return;
    this.notice = null;
    this.labels.set(action, (t) => t.callbackPreview.actions[action]);
    const acting = action === 'reject' || action === 'done' ? action : undefined;
    if (shown && acting) shown.acting = acting;
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = root.activeElement !== null;
    const detail = { action, interactionId: plan.interactionId, ...(reason ? { reason } : {}) };
    const r = await this.requests.request(
      'adk-callback-action',
      detail,
      { action, id: plan.interactionId },
      () => plan.send(bridge),
    );
    if (!r.ok && shown && shown.acting === acting) shown.acting = undefined;
    await this.updateComplete;
    // The button may be gone with the phase it belonged to: keep keyboard focus in the element.
    if (hadFocus && root.activeElement === null) this.focusAction(action);
  }

  private async schedule({ at }: ScheduleSubmitDetail): Promise<void> {
    const z = this.time.zones;
    const bridge = this.follow.bridge;
    const main = this.main;
    if (!z || !bridge || !main) return;
    const now = this.now();
    const form = scheduleFormView(z, main, null, this.zoneChoice, now);
    if (!form) return;
    const plan = planScheduleRequest({
      zones: z,
      main,
      at,
      zone: form.zone,
      contactZone: form.contactZone,
      scheduler: this.scheduler,
      scheduleKey: this.scheduleKey,
      now,
    });
    this.form = null;
    if (!plan.ok) return; // Schedule says why; the form is not offered then.
    const id = plan.interactionId;
    const when = (lang: string) => z.formatInZone(at, form.zone, lang, 'dateTimeZone');
    this.notice = null;
    this.labels.set('schedule', (t) => t.callbackPreview.actions.schedule);
    const r = await this.requests.request(
      'adk-schedule-request',
      plan.detail,
      { action: 'schedule', id },
      () => plan.send(bridge),
    );
    if (r.ok) this.say((t, lang) => t.callbackPreview.schedule.scheduled(when(lang)), id);
    else if ('vetoed' in r)
      this.say((t, lang) => t.callbackPreview.schedule.handedOver(when(lang)), id);
    await this.updateComplete;
    this.focusAction('schedule');
  }

  private async copy(number: string): Promise<void> {
    const copied = await copyText(number, this.renderRoot);
    const id = this.main?.interactionId ?? '';
    this.say((t) => (copied ? t.callbackPreview.copied(number) : t.callbackPreview.copyFailed), id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-preview': CallbackPreviewElement;
  }
}
