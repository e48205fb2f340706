/**
 * The outbound part of `<disposition-picker>`: the call result (`outbound.getListOfCallResults`,
 * `getCallResult`, `setCallResult` through the wrap-up drafts) and Do Not Call (`setDoNotCall` /
 * `removeDoNotCall`) behind an in-element confirmation (focus goes to Cancel, Escape cancels and
 * gives focus back to the toggle).
 *
 * The API has no read of Do Not Call: the toggle shows what this page set for the interaction
 * (kept for the page's lifetime), and is off otherwise.
 */
import { interactionScope } from '../../bridge/per-interaction.js';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Interaction } from '../../bridge/api.js';
import { closeOnEscape } from '../../internal/escape.js';
import {
  callResultLabel,
  callResultOptions,
  type CallResultOption,
} from '../../bridge/models/call-results.js';
import { readOutboundRecord } from '../../bridge/models/outbound-record.js';
import type { AgentBridge } from '../../bridge/store.js';
import { errorReason, type RequestController } from '../../internal/requests.js';
import type { Messages } from '../../i18n/messages.js';
import type { BridgeState } from '../../bridge/state.js';
import type { PickerRequest } from './disposition-picker.events.js';
import type { FieldView } from './wrapup-controller.js';
import { optionFlag } from './wrapup-status.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What this page set, by interaction id (the API cannot read it back). */
const doNotCallSet = new Map<string, boolean>();

/** The seed: call result and Do Not Call need "an active or completed call". */
export const hasCall = (it: Interaction): boolean =>
  it.media === 'voice' || typeof it.callUuid === 'string';

export interface OutboundRender {
  t: Messages['dispositionPicker']['outbound'];
  interaction: Interaction;
  result: FieldView;
  canSetResult: boolean;
  canDoNotCall: boolean;
  onResult: (code: string) => void;
}

/** The workspace's privileges: absent means allowed. */
export const outboundPrivileges = (options: BridgeState['options']) => ({
  canSetResult: optionFlag(options['privilege.outbound.can-set-call-result']) !== false,
  canDoNotCall: optionFlag(options['privilege.outbound.can-mark-do-not-call']) !== false,
});

export class OutboundController implements ReactiveController {
  options: CallResultOption[] = callResultOptions();
  /** Why the workspace's list could not be read (worded when shown); `null` when it was. */
  listError: { error: unknown } | null = null;
  confirming: 'set' | 'remove' | null = null;
  private listFor: AgentBridge | undefined;
  private readonly results: Map<string, string | null>;

  constructor(
    private readonly host: Host,
    private readonly requests: RequestController<PickerRequest>,
    private readonly t: () => Messages,
  ) {
    host.addController(this);
    const scope = interactionScope(host);
    this.results = scope.hold(new Map());
    scope.hold(doNotCallSet);
  }

  /** Another interaction is followed: the confirmation closes (the requests' outcomes are cleared by the element). */
  followed(): void {
    this.confirming = null;
  }

  hostConnected(): void {}

  /** Reads the list (once per bridge) and the interaction's current call result (once). */
  load(bridge: AgentBridge | undefined, it: Interaction | undefined): void {
    if (!bridge || !it || !readOutboundRecord(it.userData)) return;
    if (this.listFor !== bridge) {
      this.listFor = bridge;
      bridge
        .request('outbound.getListOfCallResults')
        .then((list) => {
          const options = callResultOptions(list);
          if (options.length) this.options = options;
          this.listError = null;
        })
        .catch((error: unknown) => (this.listError = { error }))
        .finally(() => this.host.requestUpdate());
    }
    const id = it.interactionId;
    if (hasCall(it) && !this.results.has(id)) {
      this.results.set(id, null);
      bridge
        .request('outbound.getCallResult', id)
        .then((v) => {
          // Not for an interaction gone meanwhile (its entry was dropped).
          if (this.results.has(id))
            this.results.set(id, v === null || v === undefined ? null : String(v));
        })
        .catch(() => {})
        .finally(() => this.host.requestUpdate());
    }
  }

  callResult(id: string | undefined): string | null {
    return (id !== undefined && this.results.get(id)) || null;
  }

  /** A call result (a name of the list, or a code) in the current language (`callResults`), else its name humanised. */
  resultLabel(value: string, t: Messages): string {
    const option = this.options.find((o) => String(o.code) === value);
    return callResultLabel(option?.name ?? value, t.callResults);
  }

  doNotCall(id: string): boolean {
    return doNotCallSet.get(id) ?? false;
  }

  private ask(it: Interaction): void {
    this.requests.clear({ kind: 'dnc', interactionId: it.interactionId });
    this.confirming = this.doNotCall(it.interactionId) ? 'remove' : 'set';
    void this.focus('[part~="confirm"] [data-action="cancel"]');
  }

  private cancel(): void {
    this.confirming = null;
    void this.focus('[part~="do-not-call"]');
  }

  private async confirm(bridge: AgentBridge | undefined, it: Interaction): Promise<void> {
    const on = this.confirming === 'set';
    this.confirming = null;
    void this.focus('[part~="do-not-call"]');
    if (!bridge) return;
    const id = it.interactionId;
    const r = await this.requests.request(
      'adk-do-not-call',
      { interactionId: id, doNotCall: on },
      { kind: 'dnc', interactionId: id },
      () => bridge.request(on ? 'outbound.setDoNotCall' : 'outbound.removeDoNotCall', id),
    );
    if (r.ok && bridge.interaction(id)) doNotCallSet.set(id, on);
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The last Do Not Call outcome in words, or ''. */
  dncMessage(it: Interaction): { text: string; failed: boolean } {
    const o = this.requests.outcome({ kind: 'dnc', interactionId: it.interactionId });
    const t = this.t().dispositionPicker.outbound;
    if (!o || o.phase === 'pending') return { text: '', failed: false };
    const on = this.doNotCall(it.interactionId);
    if (o.phase === 'done') return { text: on ? t.dncSet : t.dncRemoved, failed: false };
    const reason = errorReason(o.error, this.t().actions);
    return { text: on ? t.dncRemoveFailed(reason) : t.dncFailed(reason), failed: true };
  }

  /** The call result and Do Not Call group, on an outbound record's interaction. */
  render(bridge: AgentBridge | undefined, r: OutboundRender): TemplateResult | typeof nothing {
    const { t, interaction: it, result } = r;
    if (!readOutboundRecord(it.userData)) return nothing;
    const called = hasCall(it);
    const dnc = this.doNotCall(it.interactionId);
    const resultHint = !called ? t.notCalled : dnc ? t.dncBlocksResult : '';
    const selected = result.value ?? '';
    const names = this.t().callResults;
    return html`<fieldset part="outbound">
      <legend>${t.label}</legend>
      ${
        r.canSetResult
          ? html`
        <label for="call-result">${t.callResult}</label>
        <select id="call-result" part="call-result" ?disabled=${!called || dnc} aria-describedby="call-result-hint"
            @change=${(e: Event) => r.onResult((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${selected === ''} disabled>${t.chooseResult}</option>
          ${this.options.map((o) => html`<option value=${String(o.code)} ?selected=${String(o.code) === selected}>${callResultLabel(o.name, names)}</option>`)}
          ${selected !== '' && !this.options.some((o) => String(o.code) === selected) ? html`<option value=${selected} selected>${callResultLabel(selected, names)}</option>` : nothing}
        </select>
        <span id="call-result-hint" class="hint muted">${resultHint}${this.listError ? ` ${t.listFallback(errorReason(this.listError.error, this.t().actions))}` : ''}</span>`
          : nothing
      }
      ${
        r.canDoNotCall
          ? html`
        <button type="button" part="do-not-call" aria-pressed=${dnc ? 'true' : 'false'} ?disabled=${!called || this.requests.isPending({ kind: 'dnc', interactionId: it.interactionId })}
            @click=${() => this.ask(it)}>${t.doNotCall}</button>
        ${
          this.confirming
            ? html`<div part="confirm" role="group" aria-labelledby="confirm-text"
            @keydown=${closeOnEscape(() => this.cancel())}>
          <p id="confirm-text">${this.confirming === 'set' ? t.confirmSet : t.confirmRemove}</p>
          <button type="button" data-action="confirm" @click=${() => this.confirm(bridge, it)}>${t.confirm}</button>
          <button type="button" data-action="cancel" @click=${() => this.cancel()}>${t.cancel}</button>
        </div>`
            : nothing
        }`
          : nothing
      }
    </fieldset>`;
  }
}
