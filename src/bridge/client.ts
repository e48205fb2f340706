/**
 * The postMessage client of the Service Client API (`shared/PROTOCOL.md`).
 *
 * Unlike the reference client it posts only to the configured host origin, accepts messages
 * only from that origin and that window, holds ONE event subscription for every name its
 * listeners want and fans out (see subscription.ts), and fails every request with one typed
 * error (timeout, host error, not allowed, rate limited, disconnected, closed) instead of
 * leaving it hanging.
 */
import type { Params, RequestName, Result } from './api.js';
import type { RealtimeConnectionState } from './enums.js';
import {
  BridgeError,
  ClosedError,
  DisconnectedError,
  RateLimitedError,
  TimeoutError,
  errorFromHost,
} from './errors.js';
import { normalizeAnswer, normalizeEvent } from './models/normalize-events.js';
import { valueText } from './models/value-text.js';
import { EventSubscription, type SubscriptionStatus } from './subscription.js';
import {
  CLIENT_USER_AGENT,
  PROTOCOL_VERSION,
  parseHostMessage,
  type AnswerMessage,
  type EventMessage,
  type EventPayload,
} from './wire.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Where the host is: the parent, the opener, this very window (in-page host), or a frame's window. */
export type HostTarget =
  'parent' | 'opener' | 'self' | HTMLIFrameElement | Window | (() => Window | null | undefined);

export interface ClientOptions {
  /** The host's exact origin, e.g. `https://workspace.example.com`. Never `*`. */
  hostOrigin: string;
  target: HostTarget;
  /** Per-request timeout; default 10 s, as the reference client. */
  timeoutMs?: number;
  /** The window this client lives in (default: `window`). */
  window?: Window;
  now?: () => number;
}

export interface RequestOptions {
  timeoutMs?: number;
}

export type EventListener<E extends string = string> = (data: EventPayload<E>, event: E) => void;

interface Pending {
  request: string;
  resolve(value: unknown, answer: AnswerMessage): void;
  reject(error: BridgeError): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * How long after a subscription was renewed an event repeated back-to-back (same name, same
 * data) on a name both subscriptions carry is taken for the second copy of a host that delivers
 * once per subscription. Outside that window, or for names only one carries, nothing is dropped.
 */
export const RENEWAL_DEDUPE_MS = 1000;

/** The subscription id of a `subscribe` answer: `data.subscriptionId`, or the answer's top level. */
export function subscriptionIdOf(answer: AnswerMessage): string | undefined {
  const data = answer.data as { subscriptionId?: unknown } | null | undefined;
  const fromData = typeof data === 'object' && data !== null ? data.subscriptionId : undefined;
  for (const id of [fromData, answer.subscriptionId]) {
    if (typeof id === 'string' && id !== '') return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return undefined;
}

const DOWN_STATES: readonly RealtimeConnectionState[] = ['DISCONNECTED', 'DOWN'];

export class ServiceClient {
  readonly hostOrigin: string;
  readonly timeoutMs: number;
  private readonly win: Window;
  private readonly target: HostTarget;
  private readonly now: () => number;
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Map<string, Set<EventListener<string>>>();
  private readonly subscription: EventSubscription;
  /** After a renewal: the names both subscriptions carry, until when, and the last event seen. */
  private renewal: { names: ReadonlySet<string>; until: number; last?: string } | undefined;
  private readonly quarantine = new Map<string, RateLimitedError>();
  private readonly connectionListeners = new Set<(state: RealtimeConnectionState) => void>();
  private nextId = 1;
  private assignedFrame: number | undefined;
  private closed = false;
  /** The last REALTIME_CONNECTION state seen; RECONNECTED counts as up. */
  connection: RealtimeConnectionState = 'RECONNECTED';

  constructor(options: ClientOptions) {
    if (!options.hostOrigin || options.hostOrigin === '*') {
      throw new TypeError(
        'ServiceClient: hostOrigin must be the host\'s exact origin, not "*" or empty',
      );
    }
    this.hostOrigin = new URL(options.hostOrigin).origin;
    this.target = options.target;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.win = options.window ?? window;
    this.now = options.now ?? Date.now;
    this.subscription = new EventSubscription({
      wanted: () => [...this.listeners.keys()],
      subscribe: (names) => this.subscribeOnWire(names),
      unsubscribe: (id) => this.postControl({ event: 'unsubscribe', data: id }),
      replaced: (previous, next) => {
        const both = previous.filter((n) => next.includes(n));
        this.renewal = { names: new Set(both), until: this.now() + RENEWAL_DEDUPE_MS };
      },
    });
    this.win.addEventListener('message', this.onMessage);
  }

  /** Calls `namespace.method` with its positional parameters. */
  request<R extends RequestName>(name: R, ...params: Params<R>): Promise<Result<R>> {
    return this.call(name, params);
  }

  /** Like `request`, with per-call options. */
  call<R extends RequestName>(
    name: R,
    params: Params<R>,
    options: RequestOptions = {},
  ): Promise<Result<R>> {
    return this.send(name, params as unknown[], options) as Promise<Result<R>>;
  }

  /** Sends any request name (for hosts with methods beyond the seed). */
  send(name: string, params: unknown[], options: RequestOptions = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(new ClosedError(name));
    if (DOWN_STATES.includes(this.connection))
      return Promise.reject(new DisconnectedError(name, this.connection));
    const held = this.quarantine.get(name);
    if (held) {
      if (this.now() < held.until)
        return Promise.reject(
          held.request === name
            ? held
            : new RateLimitedError(name, held.hostMessage, held.quarantineSeconds, held.until),
        );
      this.quarantine.delete(name);
    }
    const referenceId = String(this.nextId++);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(referenceId);
        reject(new TimeoutError(name, timeoutMs));
      }, timeoutMs);
      this.pending.set(referenceId, { request: name, resolve, reject, timer });
      const message: Record<string, unknown> = {
        request: name,
        referenceId,
        userAgent: CLIENT_USER_AGENT,
        protocolVersion: PROTOCOL_VERSION,
      };
      if (params.length > 0) message.parameters = params;
      if (!this.post(message)) {
        this.settle(referenceId, {
          referenceId,
          errorMessage: 'Error: The workspace window is not available.',
          userAgent: '',
          protocolVersion: 2,
        });
      }
    });
  }

  /**
   * Listens to an event (`agent`, `interaction`, `system`, `outbound`, `markdone`,
   * `messenger:<channel>`). Names first wanted in the same tick go out in one `subscribe`; a name
   * wanted later renews the page's one subscription (see subscription.ts). Returns the function
   * that removes this listener.
   */
  on<E extends string>(event: E, listener: EventListener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
      this.subscription.schedule();
    }
    set.add(listener as EventListener<string>);
    return () => this.off(event, listener);
  }

  off<E extends string>(event: E, listener: EventListener<E>): void {
    const set = this.listeners.get(event);
    if (!set || !set.delete(listener as EventListener<string>) || set.size > 0) return;
    this.listeners.delete(event);
    this.subscription.schedule();
  }

  /** Sends the pending `subscribe` now rather than at the end of the tick (before a sync's requests). */
  flushSubscription(): void {
    this.subscription.flush();
  }

  /** The page's subscription: confirmed names, names missing (refused by the host) and why. */
  /** The frame id the workspace gave this page on first contact (PROTOCOL.md), once it did. */
  get frameId(): number | undefined {
    return this.assignedFrame;
  }

  get subscriptionStatus(): SubscriptionStatus {
    return this.subscription.status;
  }

  /** Called whenever the subscription status changes (confirmed, refused, renewed). */
  onSubscriptionChange(listener: (status: SubscriptionStatus) => void): () => void {
    return this.subscription.onChange(listener);
  }

  /** Called with every REALTIME_CONNECTION state the host reports. */
  onConnectionChange(listener: (state: RealtimeConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  /** Whether the host is this very window (an in-page simulated workspace, nothing of its own to show). */
  get hostIsSelf(): boolean {
    return this.resolveTarget() === this.win;
  }

  /** Number of event listeners and pending requests: a leak check for tests. */
  get activity(): { listeners: number; events: number; pending: number } {
    let listeners = 0;
    for (const set of this.listeners.values()) listeners += set.size;
    return { listeners, events: this.listeners.size, pending: this.pending.size };
  }

  /** Stops listening, unsubscribes and fails every pending request with `ClosedError`. */
  close(): void {
    if (this.closed) return;
    this.subscription.close();
    this.listeners.clear();
    this.closed = true;
    this.win.removeEventListener('message', this.onMessage);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new ClosedError(p.request));
    }
    this.connectionListeners.clear();
  }

  /** One `subscribe` through the pending map, so a silent host times it out like a request. */
  private subscribeOnWire(names: string[]): Promise<string | undefined> {
    const referenceId = String(this.nextId++);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(referenceId);
        reject(new TimeoutError('subscribe', this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(referenceId, {
        request: 'subscribe',
        timer,
        resolve: (_data, answer) => resolve(subscriptionIdOf(answer)),
        reject,
      });
      const sent = this.post({
        event: 'subscribe',
        data: names,
        referenceId,
        userAgent: CLIENT_USER_AGENT,
        protocolVersion: PROTOCOL_VERSION,
      });
      if (!sent)
        this.settle(referenceId, {
          referenceId,
          errorMessage: 'Error: The workspace window is not available.',
          userAgent: '',
          protocolVersion: 2,
        });
    });
  }

  private postControl(message: { event: string; data: unknown }): void {
    this.post({
      ...message,
      referenceId: String(this.nextId++),
      userAgent: CLIENT_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
    });
  }

  private post(message: Record<string, unknown>): boolean {
    const target = this.resolveTarget();
    if (!target || this.closed) return false;
    if (this.assignedFrame !== undefined) message.frameId = this.assignedFrame;
    try {
      target.postMessage(message, this.hostOrigin);
      return true;
    } catch {
      return false;
    }
  }

  private resolveTarget(): Window | null {
    const t = this.target;
    if (t === 'parent') return this.win.parent === this.win ? null : this.win.parent;
    if (t === 'opener') return this.win.opener as Window | null;
    if (t === 'self') return this.win;
    if (typeof t === 'function') return t() ?? null;
    if (typeof HTMLIFrameElement !== 'undefined' && t instanceof HTMLIFrameElement)
      return t.contentWindow;
    return t as Window;
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== this.hostOrigin) return;
    const target = this.resolveTarget();
    if (!target || event.source !== target) return;
    const parsed = parseHostMessage(event.data);
    if (!parsed) return;
    if (parsed.kind === 'event') {
      if (!this.isRenewalCopy(parsed.message)) this.dispatch(parsed.message);
      return;
    }
    if (this.renewal) this.renewal.last = undefined; // copies arrive back to back
    if (parsed.kind === 'answer') this.settle(parsed.message.referenceId, parsed.message);
    else this.assignedFrame = parsed.message.frameId;
  };

  private settle(referenceId: string, answer: AnswerMessage): void {
    const p = this.pending.get(referenceId);
    if (!p) return;
    this.pending.delete(referenceId);
    clearTimeout(p.timer);
    if (answer.errorMessage === undefined) {
      p.resolve(normalizeAnswer(p.request, answer.data), answer);
      return;
    }
    const error = errorFromHost(p.request, answer.errorMessage, this.now());
    if (error instanceof RateLimitedError) this.rateLimited(error);
    p.reject(error);
  }

  /**
   * A rate-limit answer: the request type it names (the host's text) and the one it answered
   * are quarantined, and requests of those types already in flight fail at once — the host
   * ignores them, so they would only time out.
   */
  private rateLimited(error: RateLimitedError): void {
    const names = new Set([error.request, error.limitedRequest]);
    for (const name of names) this.quarantine.set(name, error);
    for (const [id, p] of this.pending) {
      if (!names.has(p.request)) continue;
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(
        new RateLimitedError(p.request, error.hostMessage, error.quarantineSeconds, error.until),
      );
    }
  }

  /** Whether an event is a host's second copy of the one before it, right after a renewal. */
  private isRenewalCopy(message: EventMessage): boolean {
    const r = this.renewal;
    if (!r) return false;
    if (this.now() > r.until) {
      this.renewal = undefined;
      return false;
    }
    if (!r.names.has(message.event)) {
      r.last = undefined;
      return false;
    }
    const key = `${message.event}\n${valueText(message.data)}`;
    const copy = r.last === key;
    r.last = copy ? undefined : key; // a third identical event is a real one again
    return copy;
  }

  private dispatch(message: EventMessage): void {
    // Checked once, here: listeners and the store see only documented shapes.
    const checked = normalizeEvent(message.event, message.data);
    if (!checked) return;
    const data = checked.data;
    if (message.event === 'system') this.trackConnection(data);
    const set = this.listeners.get(message.event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(data as never, message.event);
      } catch (error) {
        // One faulty listener must not starve the others.
        (globalThis as { reportError?: (e: unknown) => void }).reportError?.(error);
      }
    }
  }

  private trackConnection(data: unknown): void {
    const d = data as { eventType?: unknown; state?: unknown } | null;
    if (d?.eventType !== 'REALTIME_CONNECTION' || typeof d.state !== 'string') return;
    const state = d.state as RealtimeConnectionState;
    this.connection = state;
    for (const listener of [...this.connectionListeners]) listener(state);
  }
}
