/**
 * `<call-actions>`' requests, loaded with the first action. The request machinery
 * (`RequestController`, internal/requests.ts), what each action sends (call-requests.ts) and the
 * words each was sent with (sent-requests.ts) are not needed to show the call and its toolbar, so
 * they are loaded with `import()` the first time the agent acts, as the panels are when first opened. Until then nothing is pending and the live
 * regions are empty. An action asked for while they load shows pending at once (its button busy,
 * "Hold…" in the status region) and goes, its cancelable `adk-call-action` first, once they are
 * there; later actions go at once. Should the modules fail to load (offline), the action ends
 * (nothing was sent), the rejection is reported as any unhandled one is, and the next action
 * tries again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AgentBridge } from '../../bridge/store.js';
import type { Messages } from '../../i18n/messages.js';
import type { OutcomeRegions } from '../../internal/requests.js';
import type { Words } from '../../internal/words.js';
import type { CallAction } from './allowed-actions.js';
import type { CallActionDetail } from './call-actions.events.js';
import type { SentRequests } from './sent-requests.js';

/** What each action sends (call-requests.ts), once loaded. */
export type CallPlans = typeof import('./call-requests.js');
/** The request an action sends, from the plans; `null` when there is nothing to act on. */
export type PlanOf = (plans: CallPlans) => import('./call-requests.js').CallRequest | null;

export class CallSender {
  /** The element's requests, once loaded. */
  private sent: SentRequests | undefined;
  private loading: Promise<void> | undefined;
  /** Actions asked for while the modules load, oldest first. */
  private readonly starting: CallAction[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly bridge: () => AgentBridge | undefined,
  ) {}

  /** The actions waiting for the workspace's answer (or for the modules). */
  get pending(): CallAction[] {
    return [...this.starting, ...(this.sent?.pending ?? [])];
  }

  isPending(action: CallAction): boolean {
    return this.starting.includes(action) || !!this.sent?.isPending(action);
  }

  /** Forgets settled outcomes (another case is followed); pending requests stay. */
  clear(): void {
    this.sent?.clear();
  }

  /**
   * The status and error regions' texts (`RequestController.regions`), "…" for an action whose
   * modules load. DTMF progress shows in the keypad: only its failure goes to these regions.
   */
  regions(t: Messages, lang: string): OutcomeRegions {
    const elsewhere = (a: CallAction) => a === 'dtmf';
    const waiting = this.starting.at(-1);
    if (waiting !== undefined && !elsewhere(waiting))
      return { status: t.actions.pending(t.callActions.actions[waiting]), error: '' };
    return this.sent?.regions(t, lang, elsewhere) ?? { status: '', error: '' };
  }

  /**
   * Sends one request as `action` (`label`: its words, default its button's): the cancelable
   * `adk-call-action` before, `adk-call-action-result` after. At once when the modules are
   * loaded, else once they are, `action` showing pending meanwhile. Resolves with its success
   * (false without a bridge, or with nothing to act on).
   */
  async send(
    action: CallAction,
    planOf: PlanOf,
    extra: Omit<CallActionDetail, 'action' | 'interactionId'> = {},
    label?: Words,
  ): Promise<boolean> {
    const bridge = this.bridge();
    if (!bridge) return false;
    if (!this.sent) {
      this.starting.push(action);
      this.host.requestUpdate();
      try {
        await this.load();
      } finally {
        this.starting.splice(this.starting.indexOf(action), 1);
        this.host.requestUpdate();
      }
    }
    return this.sent!.send(bridge, action, planOf, extra, label);
  }

  private load(): Promise<void> {
    this.loading ??= import('./sent-requests.js').then(
      (m) => void (this.sent = new m.SentRequests(this.host)),
      (error: unknown) => {
        this.loading = undefined; // the next action tries again
        throw error;
      },
    );
    return this.loading;
  }
}
