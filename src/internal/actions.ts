/**
 * DEPRECATED: `RequestController` (`./requests.ts`) replaces this; it stays only until the
 * elements still using it are converted (see `./README.md`), then goes.
 *
 * One way for every element to run an action against the workspace: it is pending, then it
 * succeeded or failed, and a failure is said in words ("Hold failed: The call cannot be held
 * in state IDLE."). The controller never changes what the element shows about the interaction
 * itself — that comes from the workspace's events — it only tracks the request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ActionPhase = 'pending' | 'done' | 'failed';

export interface ActionOutcome<A extends string = string> {
  action: A;
  phase: ActionPhase;
  /** The rejection, when `phase` is `failed`. */
  error?: unknown;
  /** Increases with every phase change, so a view can tell a new outcome from an old one. */
  seq: number;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface ActionControllerOptions<A extends string> {
  /** Called when a run settles (after the host was asked to re-render). */
  onSettled?: (outcome: ActionOutcome<A>) => void;
}

export class ActionController<A extends string = string> implements ReactiveController {
  private readonly outcomes = new Map<A, ActionOutcome<A>>();
  private seq = 0;
  /** The newest outcome of any action: what the element's live region says. */
  latest: ActionOutcome<A> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActionControllerOptions<A> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  isPending(action: A): boolean {
    return this.outcomes.get(action)?.phase === 'pending';
  }

  /** The actions waiting for the workspace's answer. */
  get pending(): ReadonlySet<A> {
    return new Set(
      [...this.outcomes.values()].filter((o) => o.phase === 'pending').map((o) => o.action),
    );
  }

  outcome(action: A): ActionOutcome<A> | undefined {
    return this.outcomes.get(action);
  }

  /**
   * Runs `task` as `action`: pending, then done or failed. An action already pending is not
   * started twice (the result is then `{ ok: false, error: 'pending' }`). Never throws.
   */
  async run<T>(action: A, task: () => Promise<T>): Promise<ActionResult<T>> {
    if (this.isPending(action)) return { ok: false, error: 'pending' };
    this.set({ action, phase: 'pending', seq: ++this.seq });
    let result: ActionResult<T>;
    try {
      result = { ok: true, value: await task() };
    } catch (error) {
      result = { ok: false, error };
    }
    const outcome: ActionOutcome<A> = result.ok
      ? { action, phase: 'done', seq: ++this.seq }
      : { action, phase: 'failed', error: result.error, seq: ++this.seq };
    this.set(outcome);
    this.options.onSettled?.(outcome);
    return result;
  }

  /** Forgets settled outcomes (all, or one action's); pending runs stay. */
  clear(action?: A): void {
    for (const [name, o] of this.outcomes) {
      if ((action === undefined || name === action) && o.phase !== 'pending')
        this.outcomes.delete(name);
    }
    if (
      this.latest &&
      this.latest.phase !== 'pending' &&
      (action === undefined || this.latest.action === action)
    )
      this.latest = undefined;
    this.host.requestUpdate();
  }

  private set(outcome: ActionOutcome<A>): void {
    this.outcomes.set(outcome.action, outcome);
    this.latest = outcome;
    this.host.requestUpdate();
  }
}

export { errorReason, outcomeText } from './requests.js';
