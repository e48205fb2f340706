/**
 * `<call-actions>`' requests once loaded (call-sender.ts loads this module with the first
 * action): the element's `RequestController` (internal/requests.ts) and what each action sends
 * (call-requests.ts), with the words each action was last sent with.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AgentBridge } from '../../bridge/store.js';
import type { Messages } from '../../i18n/messages.js';
import { RequestController, type OutcomeRegions } from '../../internal/requests.js';
import type { Words } from '../../internal/words.js';
import type { CallAction } from './allowed-actions.js';
import type { CallActionDetail } from './call-actions.events.js';
import * as plans from './call-requests.js';
import type { PlanOf } from './call-sender.js';

export class SentRequests {
  private readonly requests: RequestController<CallAction>;
  /** The words each action was last sent with ("Unmute microphone"); default its button's. */
  private readonly labels = new Map<CallAction, Words>();

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.requests = new RequestController<CallAction>(host);
  }

  get pending(): readonly CallAction[] {
    return this.requests.pending;
  }

  isPending(action: CallAction): boolean {
    return this.requests.isPending(action);
  }

  clear(): void {
    this.requests.clear();
  }

  /** The status and error regions' texts (`RequestController.regions`); `elsewhere`: left out of the status region. */
  regions(t: Messages, lang: string, elsewhere: (a: CallAction) => boolean): OutcomeRegions {
    const label = (a: CallAction) => this.labels.get(a)?.(t, lang) ?? t.callActions.actions[a];
    return this.requests.regions(label, t.actions, elsewhere);
  }

  /** Sends the request `planOf` gives as `action` (CallSender.send); resolves with its success. */
  async send(
    bridge: AgentBridge,
    action: CallAction,
    planOf: PlanOf,
    extra: Omit<CallActionDetail, 'action' | 'interactionId'>,
    label: Words | undefined,
  ): Promise<boolean> {
    const plan = planOf(plans);
    if (!plan) return false;
    this.labels.set(action, label ?? ((t) => t.callActions.actions[action]));
    const detail = { action, interactionId: plan.interactionId, ...extra };
    const r = await this.requests.request('adk-call-action', detail, action, () =>
      plan.send(bridge),
    );
    return r.ok;
  }
}
