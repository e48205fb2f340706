/**
 * `<call-actions>`' requests, loaded with the first action. The request machinery
 * (`RequestController`, internal/requests.ts) and what each action sends (call-requests.ts) are
 * not needed to show the call and its toolbar, so they are loaded with `import()` the first time
 * the agent acts, as the panels are when first opened. Until then nothing is pending and the live
 * regions are empty. An action asked for while they load shows pending at once (its button busy,
 * "Hold…" in the status region) and goes, its cancelable `adk-call-action` first, once they are
 * there; later actions go at once. Should the modules fail to load (offline), the action ends
 * (nothing was sent), the rejection is reported as any unhandled one is, and the next action
 * tries again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { OutcomeRegions, RequestController } from '../../internal/requests.js';
import type { CallAction } from './allowed-actions.js';

/** What each action sends (call-requests.ts), once loaded. */
export type CallPlans = typeof import('./call-requests.js');
/** The request an action sends, from the plans; `null` when there is nothing to act on. */
export type PlanOf = (plans: CallPlans) => import('./call-requests.js').CallRequest | null;

export class CallSender {
  /** The element's requests, once loaded. */
  private requests: RequestController<CallAction> | undefined;
  private plans: CallPlans | undefined;
  private loading: Promise<void> | undefined;
  /** Actions asked for while the modules load, oldest first. */
  private readonly starting: CallAction[] = [];

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

  /** The actions waiting for the workspace's answer (or for the modules). */
  get pending(): CallAction[] {
    return [...this.starting, ...(this.requests?.pending ?? [])];
  }

  isPending(action: CallAction): boolean {
    return this.starting.includes(action) || !!this.requests?.isPending(action);
  }

  /** Forgets settled outcomes (another case is followed); pending requests stay. */
  clear(): void {
    this.requests?.clear();
  }

  /** The status and error regions' texts (`RequestController.regions`); "…" for an action whose modules load. */
  regions(
    label: (action: CallAction) => string,
    t: Messages['actions'],
    elsewhere?: (action: CallAction) => boolean,
  ): OutcomeRegions {
    const waiting = this.starting.at(-1);
    if (waiting !== undefined && !elsewhere?.(waiting))
      return { status: t.pending(label(waiting)), error: '' };
    return this.requests?.regions(label, t, elsewhere) ?? { status: '', error: '' };
  }

  /**
   * Runs `send` with the plans and the requests: at once when they are loaded, else once they
   * are, `action` showing pending meanwhile. Resolves with what `send` resolves with.
   */
  async run(
    action: CallAction,
    send: (plans: CallPlans, requests: RequestController<CallAction>) => Promise<boolean>,
  ): Promise<boolean> {
    if (!this.requests || !this.plans) {
      this.starting.push(action);
      this.host.requestUpdate();
      try {
        await this.load();
      } finally {
        this.starting.splice(this.starting.indexOf(action), 1);
        this.host.requestUpdate();
      }
    }
    return send(this.plans!, this.requests!);
  }

  private load(): Promise<void> {
    this.loading ??= Promise.all([
      import('../../internal/requests.js'),
      import('./call-requests.js'),
    ]).then(
      ([r, plans]) => {
        this.requests = new r.RequestController<CallAction>(this.host);
        this.plans = plans;
      },
      (error: unknown) => {
        this.loading = undefined; // the next action tries again
        throw error;
      },
    );
    return this.loading;
  }
}
