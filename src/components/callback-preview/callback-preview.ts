import { customElement, property, state } from 'lit/decorators.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import type { Interaction } from '../../bridge/api.js';
import type { CallbackKeys } from '../../bridge/models/keys.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { callbackPreview } from '../../i18n/en/callback-preview.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import { FollowController } from '../../internal/followed-interaction.js';
import { memoOne } from '../../internal/memo.js';
import { keyListConverter, type KeyLabel } from '../../internal/key-list.js';
import { KitElement } from '../../internal/kit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { TimeController } from '../../internal/time/time-controller.js';
import { PhoneController } from '../../internal/phone/phone-controller.js';
import { CallbackLife } from './callback-life.js';
import { CallbackOutcomes } from './callback-outcomes.js';
import { followedCallback } from './callback-kind.js';
import type {
  CallbackAction,
  CallbackScheduler,
  ScheduleSubmitDetail,
} from './callback-preview.events.js';
import { callbackPreviewStyles } from './callback-preview.styles.js';
import { focusAction, renderCallbackPreview } from './callback-preview.view.js';
import { callbackPreviewView, type OpenForm } from './callback-preview.view-model.js';
import { planCallbackAction } from './callback-requests.js';
import { copyText } from './copy-number.js';
import { scheduleCallback } from './schedule-callback.js';
import { offerTimeoutSeconds, rejectTakesReason, type PreviewAction } from './preview-actions.js';

export type * from './callback-preview.events.js';

export { OFFER_TIMEOUT_OPTION } from './preview-actions.js';

/**
 * A callback from offer to done: its type and mode, desired time and window in the agent's and
 * the contact's zones, number (copied exactly), attempts, status, last result, the page's case,
 * callback and IVR data, and the actions its state allows: Accept / Reject when offered (with a
 * countdown when the offer times out), Call / Done / Schedule a callback when previewing.
 *
 * Scheduling (callback-requests.ts): the Service Client API has no callback reschedule, and the
 * workspace refuses user data once a voice call is IDLE; without a `scheduler` (and without an
 * outbound record), Schedule is offered while the call is live and, after, disabled with why.
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
 * @csspart more-data - The disclosure the data sections are folded under (beside the essentials when the element is 44rem wide or more).
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
  static override strings = { callbackPreview, actions, callResults };
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
  /** The callback shown (a web callback's call leads to its web callback). */
  private main: Interaction | undefined;
  private readonly life = interactionScope(this).hold(new CallbackLife());
  /** Worked out again only when an interaction changed. */
  private readonly followed = memoOne(followedCallback);

  private readonly follow = new FollowController(this, {
    key: () => this.main?.interactionId,
    onFollow: (to, from) => {
      // Another callback: the last one's form, outcomes and lines no longer apply — except the
      // words of its end, said as it goes (nothing follows it).
      this.form = null;
      this.outcomes.forget(to === undefined ? from : undefined);
    },
    onBridgeChange: (state, { interactionId: id }) => {
      const end = this.life.end(id, id ? state.interactions.get(id) : undefined);
      if (end && id) this.outcomes.say((t) => t.callbackPreview[end], id, true);
    },
  });
  private readonly outcomes = new CallbackOutcomes(this);
  /** @internal The time-zone controller (tests read its zones and tick). */
  readonly time = new TimeController(this, { now: () => this.now() });
  private readonly phone = new PhoneController(this); // libphonenumber-js, lazily

  protected override willUpdate(): void {
    const state = this.follow.state;
    this.main = state ? this.followed(this.follow.interaction, state.interactions) : undefined;
    const offered = !!this.main && this.life.see(this.main, this.now(), state);
    // The countdown ticks every second; relative times every 30 s.
    this.time.tickSeconds = offered && this.timeoutSeconds !== null ? 1 : 30;
  }

  private get timeoutSeconds(): number | null {
    return offerTimeoutSeconds(this.offerTimeout, this.follow.state?.options);
  }

  protected override render() {
    const { t, lang } = this.locale;
    const id = this.main?.interactionId;
    return renderCallbackPreview(
      callbackPreviewView({
        t,
        lang,
        state: this.follow.state,
        main: this.main,
        now: this.now(),
        zones: this.time.zones,
        zonesFailed: this.time.error !== undefined,
        readable: (n) => this.phone.numbers?.readableNumber(n) ?? n,
        options: this,
        life: this.life,
        timeoutSeconds: this.timeoutSeconds,
        pending: this.outcomes.pending(id),
        form: this.form,
        regions: this.outcomes.regions(id, t, lang),
        zoneChoice: this,
      }),
      {
        action: (a) => void this.onAction(a),
        copy: (number) => void this.copy(number),
        reject: (reason) => void this.send('reject', reason),
        closeForm: (form) => this.closeForm(form),
        schedule: (detail) => void this.schedule(detail),
        now: this.now,
      },
    );
  }

  private closeForm(form: Exclude<OpenForm, null>): void {
    this.form = null;
    void this.updateComplete.then(() => focusAction(this.renderRoot, form));
  }

  private async onAction(action: PreviewAction): Promise<void> {
    if (!this.main) return;
    if (action === 'schedule') {
      this.form = this.form === 'schedule' ? null : 'schedule';
    } else if (action === 'reject' && rejectTakesReason(this.main) && this.rejectReasons?.length) {
      this.form = 'reject';
      focusAfterUpdate(this, 'select');
    } else {
      await this.send(action);
    }
  }

  /** Sends one action: `adk-callback-action` (cancelable) before, `adk-callback-action-result` after. */
  private async send(action: CallbackAction, reason = ''): Promise<void> {
    const { bridge } = this.follow;
    const main = this.main;
    this.form = null;
    if (!bridge || !main) return;
    const { callbackKeys, rejectReasonKey: reasonKey } = this;
    const plan = planCallbackAction(action, { main, callbackKeys, reason, reasonKey });
    if (!plan) return;
    const id = plan.interactionId;
    const ends = action === 'reject' || action === 'done' ? action : null;
    if (ends) this.life.acting(id, ends);
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = root.activeElement !== null;
    const detail = { action, interactionId: id, ...(reason ? { reason } : {}) };
    const r = await this.outcomes.request('adk-callback-action', detail, { action, id }, () =>
      plan.send(bridge),
    );
    if (ends && !r.ok) this.life.acting(id, ends, false);
    await this.updateComplete;
    // The button may be gone with the phase it belonged to: keep keyboard focus in the element.
    if (hadFocus && root.activeElement === null) focusAction(root, action);
  }

  /** The schedule form's request: `adk-schedule-request` (cancelable) before, `-result` after. */
  private async schedule({ at }: ScheduleSubmitDetail): Promise<void> {
    const { zones } = this.time;
    const { bridge } = this.follow;
    const { main, outcomes, life } = this;
    this.form = null;
    if (!zones || !bridge || !main) return;
    const run = { zones, main, at, options: this, now: this.now(), bridge, outcomes, life };
    if (!(await scheduleCallback(run))) return;
    await this.updateComplete;
    focusAction(this.renderRoot, 'schedule');
  }

  private async copy(number: string): Promise<void> {
    const copied = await copyText(number, this.renderRoot);
    const id = this.main?.interactionId ?? '';
    this.outcomes.say(
      (t) => (copied ? t.callbackPreview.copied(number) : t.callbackPreview.copyFailed),
      id,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'callback-preview': CallbackPreviewElement;
  }
}
