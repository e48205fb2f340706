/**
 * The postMessage client of the Service Client API (`shared/PROTOCOL.md`).
 *
 * Unlike the reference client it posts only to the configured host origin, accepts messages
 * only from that origin and that window, subscribes once per event name and fans out, and
 * fails every request with one typed error (timeout, host error, not allowed, rate limited,
 * disconnected, closed) instead of leaving it hanging.
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
  resolve(value: unknown): void;
  reject(error: BridgeError): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Subscription {
  listeners: Set<EventListener<string>>;
  subscriptionId?: string;
  /** referenceId of the subscribe message, until answered. */
  referenceId?: string;
}

const DOWN_STATES: readonly RealtimeConnectionState[] = ['DISCONNECTED', 'DOWN'];

export class ServiceClient {
  readonly hostOrigin: string;
  readonly timeoutMs: number;
  private readonly win: Window;
  private readonly target: HostTarget;
  private readonly now: () => number;
  private readonly pending = new Map<string, Pending>();
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly quarantine = new Map<string, RateLimitedError>();
  private readonly connectionListeners = new Set<(state: RealtimeConnectionState) => void>();
  private nextId = 1;
  private frameId: number | undefined;
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
      if (this.now() < held.until) return Promise.reject(held);
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
   * `messenger:<channel>`). The first listener of a name subscribes on the wire; the last one
   * to leave unsubscribes. Returns the function that removes this listener.
   */
  on<E extends string>(event: E, listener: EventListener<E>): () => void {
    let sub = this.subscriptions.get(event);
    if (!sub) {
      sub = { listeners: new Set() };
      this.subscriptions.set(event, sub);
      this.subscribeOnWire(event, sub);
    }
    sub.listeners.add(listener as EventListener<string>);
    return () => this.off(event, listener);
  }

  off<E extends string>(event: E, listener: EventListener<E>): void {
    const sub = this.subscriptions.get(event);
    if (!sub || !sub.listeners.delete(listener as EventListener<string>) || sub.listeners.size > 0)
      return;
    this.subscriptions.delete(event);
    // A subscribe still unanswered is undone when its answer arrives (see subscribeOnWire).
    if (sub.subscriptionId) this.postControl({ event: 'unsubscribe', data: sub.subscriptionId });
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
    for (const sub of this.subscriptions.values()) listeners += sub.listeners.size;
    return { listeners, events: this.subscriptions.size, pending: this.pending.size };
  }

  /** Stops listening, unsubscribes and fails every pending request with `ClosedError`. */
  close(): void {
    if (this.closed) return;
    for (const [event, sub] of this.subscriptions) {
      if (sub.subscriptionId) this.postControl({ event: 'unsubscribe', data: sub.subscriptionId });
      this.subscriptions.delete(event);
    }
    this.closed = true;
    this.win.removeEventListener('message', this.onMessage);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new ClosedError(p.request));
    }
    this.connectionListeners.clear();
  }

  private subscribeOnWire(event: string, sub: Subscription): void {
    // Event subscriptions go through the same pending map, so a silent host times them out too.
    const referenceId = String(this.nextId++);
    sub.referenceId = referenceId;
    const timer = setTimeout(() => this.pending.delete(referenceId), this.timeoutMs);
    this.pending.set(referenceId, {
      request: 'subscribe',
      timer,
      resolve: (data) => {
        sub.referenceId = undefined;
        const id = (data as { subscriptionId?: unknown } | undefined)?.subscriptionId;
        if (id === undefined) return;
        if (this.subscriptions.get(event) === sub) sub.subscriptionId = String(id);
        else this.postControl({ event: 'unsubscribe', data: String(id) });
      },
      reject: () => {
        sub.referenceId = undefined;
      },
    });
    this.post({
      event: 'subscribe',
      data: [event],
      referenceId,
      userAgent: CLIENT_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
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
    if (this.frameId !== undefined) message.frameId = this.frameId;
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
    if (parsed.kind === 'answer') this.settle(parsed.message.referenceId, parsed.message);
    else if (parsed.kind === 'event') this.dispatch(parsed.message);
    else this.frameId = parsed.message.frameId;
  };

  private settle(referenceId: string, answer: AnswerMessage): void {
    const p = this.pending.get(referenceId);
    if (!p) return;
    this.pending.delete(referenceId);
    clearTimeout(p.timer);
    if (answer.errorMessage === undefined) {
      p.resolve(normalizeAnswer(p.request, answer.data));
      return;
    }
    const error = errorFromHost(p.request, answer.errorMessage, this.now());
    if (error instanceof RateLimitedError) this.quarantine.set(p.request, error);
    p.reject(error);
  }

  private dispatch(message: EventMessage): void {
    // Checked once, here: listeners and the store see only documented shapes.
    const checked = normalizeEvent(message.event, message.data);
    if (!checked) return;
    const data = checked.data;
    if (message.event === 'system') this.trackConnection(data);
    const sub = this.subscriptions.get(message.event);
    if (!sub) return;
    for (const listener of [...sub.listeners]) {
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
