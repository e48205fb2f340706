/**
 * Requests and their outcome, one way for every element (Spectrum's `PendingState` is the
 * model): a request is pending, then done or failed; a failure is said in words ("Hold failed:
 * The call cannot be held in state IDLE."). The controller never changes what the element shows
 * about the interaction itself — that comes from the workspace's events — it only tracks the
 * request.
 *
 * Keys are typed values (a string union, or an object such as `{ kind: 'call', handle }` with
 * `id` saying how two keys compare); nothing is parsed back from a string.
 *
 * `request()` adds the kit's one result-event shape: a cancelable `adk-<name>` before (a page's
 * `preventDefault()` vetoes it: nothing is sent) and `adk-<name>-result` after, with the
 * request's own detail plus `{ ok, error? }`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KitEventDetail, KitEventName, KitRequestEventName } from '../events.js';
import { isBridgeError, type BridgeError } from '../bridge/errors.js';
import { interactionScope } from '../bridge/per-interaction.js';
import type { Messages } from '../i18n/messages.js';
import { kitEvent } from './events.js';

export type RequestPhase = 'pending' | 'done' | 'failed';

export interface RequestOutcome<K> {
  key: K;
  phase: RequestPhase;
  /** The rejection, when `phase` is `failed`. */
  error?: unknown;
  /** Increases with every phase change, so a view can tell a new outcome from an old one. */
  seq: number;
}

export type RequestResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** What `request()` answers: the result, or `vetoed` when a page cancelled the `adk-<name>` event. */
export type RequestAnswer<T> = RequestResult<T> | { ok: false; vetoed: true; error?: undefined };

/** The detail of every `adk-<name>-result` event: the request's detail plus the outcome. */
export type ResultDetail<D> = D & { ok: boolean; error?: unknown };

/** Thrown into a result (never out of `run`) when the same key is already pending. */
export const ALREADY_PENDING = 'pending';

export interface RequestControllerOptions<K> {
  /** How keys compare (default: the key itself, for strings and numbers). */
  id?: (key: K) => string | number;
  /** Called when a request settles (after the host was asked to re-render). */
  onSettled?: (outcome: RequestOutcome<K>) => void;
  /**
   * The interaction a key is about, for keys that name one: their settled outcomes are dropped
   * when that interaction leaves the workspace (`per-interaction.ts`); pending ones stay.
   */
  interactionOf?: (key: K) => string | undefined;
}

export class RequestController<K = string> implements ReactiveController {
  private readonly outcomes = new Map<string | number, RequestOutcome<K>>();
  private seq = 0;
  private readonly id: (key: K) => string | number;
  /** The newest outcome of any request: what the element's status region says. */
  latest: RequestOutcome<K> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RequestControllerOptions<K> = {},
  ) {
    this.id = options.id ?? ((k) => k as string | number);
    host.addController(this);
    const interactionOf = options.interactionOf;
    if (interactionOf) {
      const settled = (id: string | number) => {
        const o = this.outcomes.get(id);
        return o && o.phase !== 'pending' ? o : undefined;
      };
      const byText = () => new Map([...this.outcomes.keys()].map((id) => [String(id), id]));
      interactionScope(host).hold(
        {
          keys: () => byText().keys(),
          delete: (text) => {
            const id = byText().get(text);
            if (id !== undefined && settled(id)) this.clear(this.outcomes.get(id)!.key);
          },
        },
        (text) => {
          const o = settled(byText().get(text) ?? text);
          return o ? interactionOf(o.key) : undefined;
        },
      );
    }
  }

  hostConnected(): void {}

  isPending(key: K): boolean {
    return this.outcomes.get(this.id(key))?.phase === 'pending';
  }

  /** The keys waiting for the workspace's answer. */
  get pending(): K[] {
    return [...this.outcomes.values()].filter((o) => o.phase === 'pending').map((o) => o.key);
  }

  outcome(key: K): RequestOutcome<K> | undefined {
    return this.outcomes.get(this.id(key));
  }

  /**
   * Runs `task` as `key`: pending, then done or failed. A key already pending is not started
   * twice (the result is then `{ ok: false, error: 'pending' }`). Never throws.
   */
  async run<T>(key: K, task: () => Promise<T>): Promise<RequestResult<T>> {
    if (this.isPending(key)) return { ok: false, error: ALREADY_PENDING };
    this.set({ key, phase: 'pending', seq: ++this.seq });
    let result: RequestResult<T>;
    try {
      result = { ok: true, value: await task() };
    } catch (error) {
      result = { ok: false, error };
    }
    const outcome: RequestOutcome<K> = result.ok
      ? { key, phase: 'done', seq: ++this.seq }
      : { key, phase: 'failed', error: result.error, seq: ++this.seq };
    this.set(outcome);
    this.options.onSettled?.(outcome);
    return result;
  }

  /**
   * `run`, announced to the page: fires the cancelable `adk-<name>` with `detail` (a veto sends
   * nothing), runs, then fires `adk-<name>-result` with `{ ...detail, ok, error? }`.
   */
  async request<N extends KitRequestEventName, T>(
    name: N,
    detail: KitEventDetail<N>,
    key: K,
    task: () => Promise<T>,
  ): Promise<RequestAnswer<T>> {
    if (!this.host.dispatchEvent(kitEvent(name, detail, { cancelable: true })))
      return { ok: false, vetoed: true };
    const r = await this.run(key, task);
    const result: ResultDetail<KitEventDetail<N>> = {
      ...detail,
      ok: r.ok,
      ...(r.ok ? {} : { error: r.error }),
    };
    this.host.dispatchEvent(kitEvent(`${name}-result` as KitEventName, result));
    return r;
  }

  /** Forgets settled outcomes (all, or one key's); pending requests stay. */
  clear(key?: K): void {
    const only = key === undefined ? undefined : this.id(key);
    for (const [id, o] of this.outcomes) {
      if ((only === undefined || id === only) && o.phase !== 'pending') this.outcomes.delete(id);
    }
    if (
      this.latest &&
      this.latest.phase !== 'pending' &&
      (only === undefined || this.id(this.latest.key) === only)
    )
      this.latest = undefined;
    this.host.requestUpdate();
  }

  /**
   * What the element's two live regions say about the latest outcome: `status` (polite:
   * pending, done) or `error` (assertive: failed, in words). `label` names the request;
   * `elsewhere` says which outcomes another part of the element shows (their failures still go
   * to the error region).
   */
  regions(
    label: (key: K) => string,
    t: Messages['actions'],
    elsewhere?: (key: K) => boolean,
  ): OutcomeRegions {
    const o = this.latest;
    if (!o || (o.phase !== 'failed' && elsewhere?.(o.key))) return { status: '', error: '' };
    const text = outcomeText(o, label(o.key), t);
    return o.phase === 'failed' ? { status: '', error: text } : { status: text, error: '' };
  }

  private set(outcome: RequestOutcome<K>): void {
    this.outcomes.set(this.id(outcome.key), outcome);
    this.latest = outcome;
    this.host.requestUpdate();
  }
}

/** The texts of an element's polite status region and assertive error region. */
export interface OutcomeRegions {
  status: string;
  error: string;
}

/** The host's text without its `Error: ` prefix, on one line, ending with a full stop. */
function sentence(text: string): string {
  const s = text
    .replace(/^\s*Error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return s === '' || /[.!?…]$/.test(s) ? s : `${s}.`;
}

/** Why a request failed, in words: the host's own text, or the kit's text for a timeout, a disconnection, a closed bridge. */
export function errorReason(error: unknown, t: Messages['actions']): string {
  if (isBridgeError(error)) {
    const e = error as BridgeError & { hostMessage?: string; timeoutMs?: number };
    switch (e.kind) {
      case 'timeout':
        return t.reasons.timeout(String(Math.round((e.timeoutMs ?? 0) / 100) / 10));
      case 'disconnected':
        return t.reasons.disconnected;
      case 'closed':
        return t.reasons.closed;
      default:
        return sentence(e.hostMessage ?? e.message) || t.reasons.unknown('');
    }
  }
  if (error instanceof Error) return sentence(error.message) || t.reasons.unknown('');
  return t.reasons.unknown(typeof error === 'string' ? sentence(error) : '');
}

/** What a live region says about an outcome of the request labelled `label`. */
export function outcomeText(
  outcome: { phase: RequestPhase; error?: unknown },
  label: string,
  t: Messages['actions'],
): string {
  if (outcome.phase === 'pending') return t.pending(label);
  if (outcome.phase === 'done') return t.done(label);
  return t.failed(label, errorReason(outcome.error, t));
}
