import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TargetQuery } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { OutboundKeys } from '../../bridge/models/index.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import type { AgentBridge } from '../../bridge/store.js';
import { actions } from '../../i18n/en/actions.js';
import { callActions } from '../../i18n/en/call-actions.js';
import { LocaleController } from '../../i18n/localize.js';
import { ActionController, outcomeText } from '../../internal/actions.js';
import { kitEvent } from '../../internal/events.js';
import { baseStyles } from '../../internal/styles.js';
import type { Words } from '../../internal/words.js';
import {
  allowedActions,
  markDoneTarget,
  type Allowance,
  type CallAction,
} from './allowed-actions.js';
import { actionButtonStyles, callActionsStyles } from './call-actions.styles.js';
import { renderCallActions, type CallActionsView, type Panel } from './call-actions.view.js';
import { nextTiming, resolveCall, type CallContext, type CallTiming } from './call-status.js';
import { DEFAULT_DTMF_KEY, appendDtmf, reportedDtmf } from './dtmf.js';
import { recordTarget, reportedReschedule } from './reschedule.js';
import './dtmf-keypad.js';
import './reschedule-form.js';
import './transfer-form.js';

export interface CallActionDetail {
  action: CallAction;
  interactionId: string;
  digits?: string;
  target?: TargetQuery;
  rescheduleDate?: string;
}
export interface CallActionResultDetail extends CallActionDetail {
  ok: boolean;
  error?: unknown;
}

type Device = 'microphone' | 'speaker';

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
 * - Duration: from the first time the element sees the call connected (ESTABLISHED, or a sync
 *   that finds it TALKING/HELD) — the seed's Interaction has no "connected at" — on hold
 *   included, frozen when the call ends.
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
 * @prop {Partial<OutboundKeys>} outboundKeys - Renamed GSW_* keys of the outbound record, if the deployment renamed them.
 * @fires adk-call-action - Before an action is sent; cancelable (then nothing is sent). `detail: { action, interactionId, digits?, target?, rescheduleDate? }`.
 * @fires adk-call-action-result - After the workspace answered. `detail: { …, ok, error? }`.
 * @csspart base - The wrapper.
 * @csspart status - The status line (a polite live region): status and party.
 * @csspart duration - The live duration.
 * @csspart recording - The recording state the workspace reports.
 * @csspart consultation - The consultation's party and status.
 * @csspart connection - Says that the workspace connection is down, while it is (a polite live region).
 * @csspart toolbar - The groups of actions.
 * @csspart action - Every action button (`data-action` names it).
 * @csspart panel - The open transfer, keypad or reschedule panel (Escape closes it).
 * @csspart markdone-block - Why mark done is blocked, while it is.
 * @csspart rescheduled - The record's current reschedule (contact's time).
 * @csspart feedback - The last action's progress and result (a polite live region).
 * @csspart error - The last failure, in words (an assertive live region).
 * @cssproperty --adk-call-actions-gap - Space between groups and around the element (default 0.5rem).
 */
@customElement('call-actions')
export class CallActionsElement extends LitElement {
  static override styles = [baseStyles, actionButtonStyles, callActionsStyles];

  @property({ attribute: 'interaction-id' }) interactionId: string | null = null;
  @property({ attribute: 'dtmf-key' }) dtmfKey = DEFAULT_DTMF_KEY;
  @property({ attribute: 'agent-time-zone' }) agentTimeZone: string | null = null;
  @property({ attribute: false }) outboundKeys: Partial<OutboundKeys> | undefined;

  @state() private panel: Panel | null = null;
  @state() private mute: Record<Device, boolean | null> = { microphone: null, speaker: null };
  /** Worded when rendered (in the element's language then), like the action labels below. */
  @state() private notice: Words | null = null;

  private readonly bridge = new BridgeController(this, {
    onChange: (state, change) => this.onBridgeChange(state, change),
  });
  private readonly locale = new LocaleController(this, { callActions, actions });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }
  private readonly actions = new ActionController<CallAction>(this);
  private readonly labels = new Map<CallAction, Words>();
  private readonly timings = new Map<string, CallTiming>();
  private readonly rescheduledHere = new Map<string, string>();
  private dtmf = { callId: '', queue: '', inFlight: '', confirmed: null as string | null };
  private ctx: CallContext = {};
  private ticker: ReturnType<typeof setInterval> | undefined;
  private muteReadFor: AgentBridge | undefined;
  private followedKey: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
    this.muteReadFor = undefined;
  }

  protected override willUpdate(): void {
    const state = this.bridge.state;
    const followed = state
      ? this.interactionId
        ? this.bridge.bridge!.interaction(this.interactionId)
        : this.bridge.bridge!.selected
      : undefined;
    this.ctx = state ? resolveCall(state, followed) : {};
    const key = (this.ctx.owner ?? this.ctx.call)?.interactionId;
    if (key !== this.followedKey) {
      // Another case: the last case's results and notices no longer apply.
      this.followedKey = key;
      this.actions.clear();
      this.notice = null;
    }
    const now = Date.now();
    for (const ix of [this.ctx.call, this.ctx.consult]) {
      if (ix)
        this.timings.set(
          ix.interactionId,
          nextTiming(this.timings.get(ix.interactionId), ix, now)!,
        );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const bridge = this.bridge.bridge;
    if (bridge && bridge !== this.muteReadFor && bridge.state.sync === 'ready')
      void this.readMute(bridge);
    const running = this.ctx.call && this.timings.get(this.ctx.call.interactionId);
    if (running && running.until === undefined) this.startTicker();
    else this.stopTicker();
  }

  protected override render() {
    return renderCallActions(this.view(), {
      act: (action) => this.act(action),
      togglePanel: (panel) => this.togglePanel(panel),
      closePanel: () => this.closePanel(),
      target: (action, query) => this.target(action, query),
      digits: (digits) => this.sendDigits(digits),
      reschedule: (date, type) => this.reschedule(date, type),
    });
  }

  private view(): CallActionsView {
    const state = this.bridge.state;
    const t = this.locale.t;
    const bridge = this.bridge.bridge;
    const record = recordTarget([this.ctx.call, this.ctx.owner], this.outboundKeys);
    const rescheduled = record
      ? (reportedReschedule(record.interaction.userData) ??
        this.rescheduledHere.get(record.interaction.interactionId) ??
        null)
      : null;
    const pending = new Set(this.actions.pending);
    pending.delete('dtmf'); // digits queue up while one is on its way
    const allowance = allowedActions({
      bridge: !!bridge,
      connection: state?.connection ?? 'up',
      context: this.ctx,
      markdoneBlocks: state?.markdoneBlocks ?? {},
      mute: this.mute,
      record: record
        ? { timeZone: record.record.timeZone !== null, rescheduled: rescheduled !== null }
        : null,
      pending,
    });
    const done = markDoneTarget(this.ctx);
    const latest = this.actions.latest;
    // DTMF progress shows in the keypad; only its failure goes to the element's live regions.
    const feedback =
      latest && !(latest.action === 'dtmf' && latest.phase !== 'failed')
        ? outcomeText(
            latest,
            this.labels.get(latest.action)?.(t, this.locale.lang) ??
              t.callActions.actions[latest.action],
            t.actions,
          )
        : '';
    const call = this.ctx.call;
    return {
      t: t.callActions,
      connected: !!state,
      connection: state?.connection ?? 'up',
      ctx: this.ctx,
      timing: call ? this.timings.get(call.interactionId) : undefined,
      consultTiming: this.ctx.consult
        ? this.timings.get(this.ctx.consult.interactionId)
        : undefined,
      reason: (action) => this.reasonText(allowance[action]),
      pending: (action) => this.actions.isPending(action),
      mute: this.mute,
      panel: this.panel,
      record,
      rescheduled,
      agentTimeZone: this.agentTimeZone,
      markdoneBlock: done ? (state?.markdoneBlocks[done.interactionId] ?? null) : null,
      notice: this.notice?.(t, this.locale.lang) ?? '',
      feedback: latest?.phase === 'failed' ? '' : feedback,
      error: latest?.phase === 'failed' ? feedback : '',
      dtmfSent:
        (call ? reportedDtmf(call.userData, this.dtmfKey) : '') ||
        (call && this.dtmf.callId === call.interactionId ? (this.dtmf.confirmed ?? '') : ''),
      dtmfSending:
        call && this.dtmf.callId === call.interactionId ? this.dtmf.inFlight + this.dtmf.queue : '',
      pendingSet: this.actions.pending,
    };
  }

  private reasonText(a: Allowance): string | null {
    return a.allowed ? null : this.locale.t.callActions.reasons[a.reason](a.detail ?? '');
  }

  private onBridgeChange(state: BridgeState, change: Change): void {
    if (change.kind === 'sync' && state.sync === 'ready') this.muteReadFor = undefined; // re-read after a (re)sync
    const id = change.kind === 'markdone' ? change.interactionId : undefined;
    if (id === undefined || id !== markDoneTarget(this.ctx)?.interactionId) return;
    // Someone else's mark done was refused: say why. A lifted block clears it.
    const reason = state.markdoneBlocks[id] ?? '';
    if (change.eventType === 'MARKDONE_BLOCKED' && !this.actions.isPending('markDone'))
      this.notice = (t) => t.callActions.markdoneRefused(reason);
    if (change.eventType === 'MARKDONE_BLOCK_CHANGED' && state.markdoneBlocks[id] === undefined)
      this.notice = null;
  }

  /** Runs one action against the workspace, with the cancelable `adk-call-action` before and `adk-call-action-result` after. */
  private async run(
    action: CallAction,
    detail: Omit<CallActionDetail, 'action'>,
    task: (b: AgentBridge) => Promise<unknown>,
    label?: Words,
  ): Promise<boolean> {
    const bridge = this.bridge.bridge;
    if (!bridge) return false;
    if (
      !this.dispatchEvent(
        kitEvent<CallActionDetail>('call-action', { action, ...detail }, { cancelable: true }),
      )
    )
      return false;
    this.labels.set(action, label ?? ((t) => t.callActions.actions[action]));
    const r = await this.actions.run(action, () => task(bridge));
    this.dispatchEvent(
      kitEvent<CallActionResultDetail>('call-action-result', {
        action,
        ...detail,
        ok: r.ok,
        ...(r.ok ? {} : { error: r.error }),
      }),
    );
    return r.ok;
  }

  private act(action: CallAction): void {
    const { call, consult } = this.ctx;
    const id = call?.interactionId ?? '';
    switch (action) {
      case 'hangUp':
        void this.run(action, { interactionId: id }, (b) => b.hangUp(id));
        break;
      case 'hold':
        void this.run(action, { interactionId: id }, (b) => b.hold(id));
        break;
      case 'resume':
        void this.run(action, { interactionId: id }, (b) => b.resume(id));
        break;
      case 'recordStart':
        void this.run(action, { interactionId: id }, (b) => b.startRecording(id));
        break;
      case 'recordStop':
        void this.run(action, { interactionId: id }, (b) => b.stopRecording(id));
        break;
      case 'recordPause':
        void this.run(action, { interactionId: id }, (b) => b.pauseRecording(id));
        break;
      case 'recordResume':
        void this.run(action, { interactionId: id }, (b) => b.resumeRecording(id));
        break;
      case 'completeTransfer':
        void this.run(action, { interactionId: consult!.interactionId }, (b) =>
          b.completeTransfer(consult!.interactionId),
        );
        break;
      case 'completeConference':
        void this.run(action, { interactionId: consult!.interactionId }, (b) =>
          b.completeConference(consult!.interactionId),
        );
        break;
      case 'endConsult': {
        const wasHeld = call?.state === 'HELD';
        void this.run(action, { interactionId: consult!.interactionId }, async (b) => {
          await b.hangUp(consult!.interactionId);
          if (wasHeld) await b.resume(id);
        });
        break;
      }
      case 'microphone':
      case 'speaker':
        void this.toggleMute(action);
        break;
      case 'cancelReschedule': {
        const target = recordTarget([call, this.ctx.owner], this.outboundKeys)!.interaction
          .interactionId;
        void this.run(action, { interactionId: target }, (b) =>
          b.request('outbound.cancelReschedule', target),
        ).then((ok) => {
          if (ok) {
            this.rescheduledHere.delete(target);
            this.requestUpdate();
          }
        });
        break;
      }
      case 'markDone': {
        const target = markDoneTarget(this.ctx)!.interactionId;
        this.notice = null;
        void this.run(action, { interactionId: target }, (b) => b.markDone(target));
        break;
      }
      default:
        break;
    }
  }

  private target(action: 'transfer' | 'conference' | 'consult', target: TargetQuery): void {
    const id = this.ctx.call!.interactionId;
    const send = {
      transfer: 'singleStepTransfer',
      conference: 'singleStepConference',
      consult: 'consult',
    } as const;
    void this.run(action, { interactionId: id, target }, (b) => b[send[action]](id, target)).then(
      (ok) => {
        if (ok) this.closePanel();
      },
    );
  }

  private reschedule(rescheduleDate: string, type: RescheduleType): void {
    const target = recordTarget([this.ctx.call, this.ctx.owner], this.outboundKeys);
    if (!target) return;
    const id = target.interaction.interactionId;
    void this.run('reschedule', { interactionId: id, rescheduleDate }, (b) =>
      b.reschedule(id, target.record.recordHandle, rescheduleDate, type),
    ).then((ok) => {
      if (ok) {
        this.rescheduledHere.set(id, rescheduleDate);
        this.closePanel();
      }
    });
  }

  private async toggleMute(device: Device): Promise<void> {
    const muted = this.mute[device] === true;
    const name =
      device === 'microphone'
        ? muted
          ? 'voice.unmuteMicrophone'
          : 'voice.muteMicrophone'
        : muted
          ? 'voice.unmuteSpeaker'
          : 'voice.muteSpeaker';
    await this.run(
      device,
      { interactionId: this.ctx.call?.interactionId ?? '' },
      (b) => b.request(name),
      (t) => (muted ? t.callActions.unmute[device] : t.callActions.actions[device]),
    );
    // Show what the workspace reports now, whatever the answer was.
    if (this.bridge.bridge) await this.readMute(this.bridge.bridge);
  }

  private async readMute(bridge: AgentBridge): Promise<void> {
    this.muteReadFor = bridge;
    const [microphone, speaker] = await Promise.allSettled([
      bridge.request('voice.isMicrophoneMute'),
      bridge.request('voice.isSpeakerMute'),
    ]);
    const read = (r: PromiseSettledResult<boolean>) =>
      r.status === 'fulfilled' && typeof r.value === 'boolean' ? r.value : null;
    this.mute = { microphone: read(microphone), speaker: read(speaker) };
  }

  private sendDigits(digits: string): void {
    const call = this.ctx.call;
    if (!call) return;
    if (this.dtmf.callId !== call.interactionId)
      this.dtmf = { callId: call.interactionId, queue: '', inFlight: '', confirmed: null };
    this.dtmf.queue += digits;
    this.requestUpdate();
    void this.flushDtmf();
  }

  private async flushDtmf(): Promise<void> {
    const d = this.dtmf;
    const call = this.bridge.bridge?.interaction(d.callId);
    if (d.inFlight || !d.queue || !call) return;
    const value = appendDtmf(d.confirmed ?? reportedDtmf(call.userData, this.dtmfKey), d.queue);
    d.inFlight = d.queue;
    d.queue = '';
    const ok = await this.run('dtmf', { interactionId: d.callId, digits: d.inFlight }, (b) =>
      b.setUserData(d.callId, { [this.dtmfKey]: value }),
    );
    if (ok) d.confirmed = value;
    else d.queue = ''; // the failure is shown; what was typed meanwhile is not sent blindly
    d.inFlight = '';
    this.requestUpdate();
    if (d.queue) void this.flushDtmf();
  }

  private togglePanel(panel: Panel): void {
    if (this.panel === panel) return this.closePanel();
    this.panel = panel;
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('[part="panel"] > *') as HTMLElement | null)?.focus(),
    );
  }

  private closePanel(): void {
    const was = this.panel;
    this.panel = null;
    if (was)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-action="panel-${was}"]`)?.focus(),
      );
  }

  private startTicker(): void {
    this.ticker ??= setInterval(() => this.requestUpdate(), 1000);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'call-actions': CallActionsElement;
  }
}
