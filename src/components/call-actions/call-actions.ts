import type { TargetQuery } from '../../bridge/api.js';
import type { OutboundKeys } from '../../bridge/models/index.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import { resolveCall, type CallContext } from '../../internal/call-status.js';
import { FollowController } from '../../internal/followed-interaction.js';
import { memoOne } from '../../internal/memo.js';
import { actions } from '../../i18n/en/actions.js';
import { callActions } from '../../i18n/en/call-actions.js';
import { KitElement } from '../../internal/kit-element.js';
import { baseStyles } from '../../internal/styles.js';
import { StateTimers } from '../../internal/time/state-timers.js';
import type { Words } from '../../internal/words.js';
import { markDoneTarget, type CallAction } from './allowed-actions.js';
import type { TargetAction } from './call-actions.events.js';
import { actionButtonStyles, callActionsStyles } from './call-actions.styles.js';
import { renderCallActions } from './call-actions.view.js';
import { callActionsView } from './call-actions.view-model.js';
import { CallSender } from './call-sender.js';
import { DEFAULT_DTMF_KEY, type DtmfHost } from './dtmf-host.js';
import { PanelController } from './panel-controller.js';
import { RovingToolbar } from '../../internal/roving-toolbar.js';
import { markdoneNotice } from './markdone-notice.js';
import { MuteController } from './mute-controller.js';
import { RecordSupport } from './record-support.js';
import type { TargetDirectory } from './target-directory.js';

export type { CallActionDetail, CallActionResultDetail } from './call-actions.events.js';

/**
 * The controls an agent uses during a call: its status (ringing, dialing, connected, on hold,
 * ready to call) with a live duration, the party and the recording state; end, hold, resume;
 * instant transfer and conference, consultation then complete transfer / conference or end it
 * and return; a DTMF keypad; recording; microphone and speaker mute; reschedule of an outbound
 * record's callback; mark done.
 *
 * Honest about state: every status, recording and mute state shown is what the workspace
 * reported (events, `voice.isMicrophoneMute` / `isSpeakerMute` read after each change); an
 * action never changes it by itself. Every action is enabled only when the interaction's state
 * and its `capabilities` allow it; a disabled one stays focusable and says why (`title` and
 * `aria-describedby`). Each action shows it is pending, then its result, and a failure in words.
 *
 * - Timer: ringing, talking (the call so far, holds included), on hold (this hold), after-call
 *   work (until mark done), from the moments the element saw the state change (call-moments.ts:
 *   the seed's Interaction has no "answered at" or "held at"). A `role=timer` beside the status,
 *   not spoken each second; the status line announces the state when it changes.
 * - DTMF: the Service Client API has no DTMF method; seed 001 attaches DTMF digits to the call's
 *   history, so the element sends `interaction.setUserData(id, { [dtmf-key]: digits })`, the
 *   value being every digit sent on the call so far (setUserData overwrites a key).
 * - End consultation: `voice.hangUp(consultation)`, then `voice.resume(main)` if it was held.
 * - Reschedule: `outbound.rescheduleRecord(id, GSW_RECORD_HANDLE, 'MM/DD/YYYY HH:MM', type)`
 *   in the record's zone; cancel: `outbound.cancelReschedule(id)`.
 *
 * @summary Call status and every call action, bound to the agent workspace.
 *
 * @attr interaction-id - Pins the element to one interaction (default: the selected case's main interaction). A consultation leads to its main call; a web callback or preview to its call.
 * @attr dtmf-key - The user-data key DTMF digits are attached under (default `DTMF`).
 * @attr agent-time-zone - IANA zone the agent's times are shown in (default: the browser's).
 * @prop {string | null} interactionId - The `interaction-id` attribute.
 * @prop {string} dtmfKey - The `dtmf-key` attribute.
 * @prop {string | null} agentTimeZone - The `agent-time-zone` attribute.
 * @prop {Partial<OutboundKeys>} outboundKeys - Renamed GSW_* keys of the outbound record, if the deployment renamed them.
 * @prop {() => number} now - The clock the timers read (tests and stories: the workspace's clock).
 * @prop {TargetDirectory} directory - Transfer and consultation targets the page offers as the agent types: a list of `{ kind, destination, label? }` (kind: `number` or a seed target type such as `AGENT`, `AGENT_GROUP`, `SKILL`), or `(query, signal) => Promise<list>` searching the page's own directory. Targets used recently on the page are offered too.
 * @fires adk-call-action - Before an action is sent; cancelable (`preventDefault()`: nothing is sent). `detail: { action, interactionId, digits?, target?, rescheduleDate? }`.
 * @fires adk-call-action-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 * @csspart base - The wrapper.
 * @csspart status - The status line (a polite live region): status and party.
 * @csspart duration - The live timer of the state shown (ringing, talking, on hold, after-call work).
 * @csspart recording - The recording state the workspace reports.
 * @csspart consultation - The consultation's party and status.
 * @csspart connection - Says that the workspace connection is down, while it is (a polite live region).
 * @csspart toolbar - The call controls (an ARIA toolbar: one tab stop, arrow keys between controls): the state's primary action first, the common ones, then "More".
 * @csspart action - Every action button (`data-action` names it); unavailable ones are left out of sight unless they matter (a blocked Mark done says why).
 * @csspart primary - The state's primary action (End call, Resume, Complete transfer, Mark done); also an `action`.
 * @csspart icon - An action's icon (inline SVG, `currentColor`).
 * @csspart more - The group of rare actions the "More" button shows (speaker, recording, reschedule…).
 * @csspart panel - The open transfer, keypad or reschedule panel (Escape closes it).
 * @csspart markdone-block - Why mark done is blocked, while it is.
 * @csspart rescheduled - The record's current reschedule (contact's time).
 * @csspart feedback - The last action's progress and result (a polite live region).
 * @csspart error - The last failure, in words (an assertive live region).
 * @cssproperty --adk-call-actions-gap - Space between controls and around the element (default 0.5rem).
 */
export class CallActionsElement extends KitElement {
  static override strings = { actions, callActions };
  static override styles = [baseStyles, actionButtonStyles, callActionsStyles];
  // Declared without lit's decorators: a page with <call-actions> alone then does not download them.
  static override properties = {
    interactionId: { attribute: 'interaction-id' },
    dtmfKey: { attribute: 'dtmf-key' },
    agentTimeZone: { attribute: 'agent-time-zone' },
    outboundKeys: { attribute: false },
    directory: { attribute: false },
    now: { attribute: false },
  };

  interactionId: string | null = null;
  dtmfKey = DEFAULT_DTMF_KEY;
  agentTimeZone: string | null = null;
  outboundKeys: Partial<OutboundKeys> | undefined;
  directory: TargetDirectory | undefined;
  now: () => number = Date.now;

  /** Worded when rendered (in the element's language then), like the request labels; set with a render asked for. */
  private notice: Words | null = null;

  private ctx: CallContext = {};
  private readonly follow = new FollowController(this, {
    // A consultation, a web callback's call: the case is the owner's.
    key: () => (this.ctx.owner ?? this.ctx.call)?.interactionId,
    onFollow: () => {
      // Another case (or none): the last case's results, notices and open panel go.
      this.sender.clear();
      this.notice = null;
      this.panel.reset();
    },
    onBridgeChange: (state, change) => this.onBridgeChange(state, change),
  });
  /** The requests, loaded with the first action. */
  private readonly sender = new CallSender(this, () => this.follow.bridge);
  private readonly mute = new MuteController(this, () => this.follow.bridge);
  /** @internal The state timers and their one ticker (tests read `ticking`). */
  readonly timers = new StateTimers(this, () => this.now());
  private readonly panel = new PanelController(this);
  private readonly toolbar = new RovingToolbar(this, () =>
    this.renderRoot.querySelector('[role=toolbar]'),
  );
  /** The outbound record the followed case carries (reschedule, cancel), loaded with the first. */
  private readonly records = new RecordSupport(this, {
    bridge: () => this.follow.bridge,
    send: (plan, rescheduleDate) => this.sender.send('reschedule', plan, { rescheduleDate }),
    closePanel: () => this.panel.close(),
    now: () => this.now(),
  });
  /** What the keypad needs (its module keeps the DTMF queue: dtmf-controller.ts). */
  private readonly dtmf: DtmfHost = {
    requestUpdate: () => this.requestUpdate(),
    call: () => this.ctx.call,
    interaction: (id) => this.follow.bridge?.interaction(id),
    key: () => this.dtmfKey,
    send: (plan, digits) => this.sender.send('dtmf', () => plan, { digits }),
  };
  /** Worked out again only when the state changed (not on every tick). */
  private readonly resolve = memoOne(resolveCall);

  /** The followed case: its call, consultation and owner. */
  private followed(): CallContext {
    const state = this.follow.state;
    return state ? this.resolve(state, this.follow.interaction) : {};
  }

  /** Waits for the record support when the followed case first carries a record: never shown without it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { call, owner } = this.followed();
    const loading = this.records.wanted([call, owner], this.outboundKeys);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    this.ctx = this.followed();
    this.records.follow([this.ctx.call, this.ctx.owner], this.outboundKeys);
    this.timers.observe([this.ctx.call ?? this.ctx.owner, this.ctx.consult]);
  }

  protected override render() {
    const { t, lang } = this.locale;
    const view = callActionsView({
      t,
      state: this.follow.state,
      ctx: this.ctx,
      now: this.timers.now(),
      timer: this.timers.timer(this.ctx.call ?? this.ctx.owner),
      consultTimer: this.timers.timer(this.ctx.consult),
      pending: this.sender.pending,
      mute: this.mute.state,
      panel: this.panel.open,
      more: this.panel.more,
      directory: this.directory,
      panelBody: this.panel.body,
      record: this.records.controller?.record ?? null,
      rescheduled: this.records.controller?.rescheduled ?? null,
      rescheduledWords: (text) => this.records.controller?.words(text, lang) ?? text,
      agentTimeZone: this.agentTimeZone,
      notice: this.notice?.(t, lang) ?? '',
      regions: this.sender.regions(t, lang),
      dtmf: this.dtmf,
    });
    return renderCallActions(view, {
      act: (action) => this.act(action),
      togglePanel: (panel) => this.panel.toggle(panel),
      closePanel: () => this.panel.close(),
      toggleMore: () => this.panel.toggleMore(),
      toolbarKeydown: this.toolbar.onKeydown,
      toolbarFocusin: this.toolbar.onFocusin,
      target: (action, query) => this.target(action, query),
      reschedule: (date, type) => void this.records.controller?.reschedule(date, type),
    });
  }

  private onBridgeChange(state: BridgeState, change: Change): void {
    this.mute.onBridgeChange(state, change);
    // Someone else's mark done was refused: say why. A lifted block clears it.
    const target = markDoneTarget(this.ctx)?.interactionId;
    const notice = markdoneNotice(state, change, target, this.sender.isPending('markDone'));
    if (notice === undefined) return;
    this.notice = notice;
    this.requestUpdate();
  }

  private act(action: CallAction): void {
    if (action === 'microphone' || action === 'speaker') {
      const { plan, label } = this.mute.toggle(action, this.ctx.call?.interactionId ?? '');
      return void this.sender.send(action, plan, {}, label);
    }
    if (action === 'markDone') this.notice = null;
    const record = this.records.controller?.record?.interaction.interactionId;
    const done = markDoneTarget(this.ctx)?.interactionId;
    const ctx = this.ctx;
    void this.sender
      .send(action, (p) => p.planCallAction(action, ctx, { record, done }))
      .then((ok) => {
        if (ok && action === 'cancelReschedule' && record)
          this.records.controller?.cancelled(record);
      });
  }

  /** Resolves with its success (the transfer panel then remembers the target). */
  private async target(action: TargetAction, target: TargetQuery): Promise<boolean> {
    const id = this.ctx.call?.interactionId;
    if (!id) return false;
    const ok = await this.sender.send(action, (p) => p.planTargetAction(action, id, target), {
      target,
    });
    if (ok) this.panel.close();
    return ok;
  }
}

customElements.define('call-actions', CallActionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'call-actions': CallActionsElement;
  }
}
