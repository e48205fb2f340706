/**
 * `SimHost`: the HOST side of the Service Client API (PROTOCOL.md), on a window's `message`
 * events. It answers exactly as a real agent workspace would — same envelope, same texts — and
 * applies the seed's security options per client origin before anything else.
 *
 * - Only `parseClientMessage` messages are handled; everything else (malformed or hostile data,
 *   answers and events, its own messages when host and client share a window, control
 *   messages) is ignored silently. Nothing a page sends can make the listener throw.
 * - Clients are told apart by `event.source` + `event.origin`; each gets a frame id on first
 *   contact. Answers go to `source.postMessage(msg, origin)`, never to `'*'` — so a page with an
 *   opaque origin (`null`) cannot be answered and is ignored.
 * - An unlisted origin gets `originNotAllowedText` for every request and subscription, no frame
 *   id and no events.
 * - Order of checks for a request: origin, request filter, rate limit, known request, real-time
 *   connection, then the handler.
 * - Subscriptions (seed 003, Notifications: "You must call subscribe only once"): `subscribe`
 *   takes one name or a list; the answer carries the id both as `data.subscriptionId` (PROTOCOL.md)
 *   and at its top level. In the strict profile (`strict`, the default) a frame holds ONE
 *   subscription: a second `subscribe` while the first is live is answered with an error
 *   (`limitTexts.secondSubscription`) and the first stays as it was — we chose refusal over
 *   silently replacing, so a page that subscribes per name finds out at once and loses nothing.
 *   After `unsubscribe`, the frame may subscribe again. Not strict: up to
 *   `LIMITS.subscriptionsPerFrame`, events delivered once per frame.
 * - Bounded (limits.ts): names per subscription, toasts, dialogs and interactions per frame; past
 *   a limit the request gets an error answer. Junk in a well-formed envelope gets an error answer.
 * - Events a request causes are sent right AFTER its answer (a real host answers when the
 *   operation is accepted; the server's events follow). Events from scenarios, timers and the
 *   panel go out at once.
 */
import type { RequestName, Result } from '../bridge/api.js';
import {
  disconnectedText,
  originNotAllowedText,
  rateLimitText,
  unknownRequestText,
} from '../bridge/error-texts.js';
import { PROTOCOL_VERSION, SERVER_USER_AGENT, parseClientMessage } from '../bridge/wire.js';
import type { RequestMessage } from '../bridge/wire.js';
import { RealClock, type SimClock } from './clock.js';
import { HANDLERS, LOCAL_REQUESTS } from './handlers.js';
import { HostFailure } from './host-errors.js';
import { CREATING_REQUESTS, LIMITS, createdBy, limitTexts } from './limits.js';
import { RateLimiter } from './rate-limit.js';
import { ScenarioRunner } from './scenarios.js';
import { SecurityPolicy, canonicalRequest, type SecurityOptions } from './security.js';
import { Workspace } from './workspace.js';

export interface SimHostOptions {
  /** The window whose `message` events the host listens to (default: `window`; null: none yet). */
  window?: Window | null;
  /** Security options; default: any origin, no rate limit, all user data. */
  options?: SecurityOptions;
  clock?: SimClock;
  /** Real ms before each answer (simulated latency); default 0. */
  answerDelayMs?: number;
  /** Sim ms before a dialled call connects; null = only when a scenario step says so. */
  connectDelayMs?: number | null;
  /**
   * The strict profile (default true): exactly as strict as the documents — one subscription per
   * frame, and whatever else the operations gate on `Workspace.strict`. False: a kinder host
   * (several subscriptions per frame) for trying out a page that is not yet careful.
   */
  strict?: boolean;
}

export interface SimClient {
  frameId: number;
  origin: string;
  source: MessageEventSource;
  subscriptions: Map<string, string[]>;
}

export const DEFAULT_SECURITY_OPTIONS: SecurityOptions = {
  'service-client-api.accepted-web-content-origins': '*',
};

type Outgoing = Record<string, unknown>;

/** How many requests `SimHost.requests` keeps. */
export const REQUEST_LOG_SIZE = 500;

export class SimHost {
  readonly clock: SimClock;
  readonly workspace: Workspace;
  readonly scenarios: ScenarioRunner;
  answerDelayMs: number;
  /** The strict profile (see `SimHostOptions.strict`). */
  readonly strict: boolean;
  /** When true, requests are dropped unanswered and unprocessed (a hung host). */
  silent = false;
  private policy: SecurityPolicy;
  private limiter: RateLimiter;
  private clients: SimClient[] = [];
  private nextFrameId = 1;
  private nextSubscription = 1;
  private deferred: Array<() => void> | null = null;
  private target: Window | null = null;
  /**
   * Set by `stop()`: the host posts nothing more, though its timers (an offer's return, a
   * connect, a delayed answer) may still come due. In-page, its clients' window is the page's,
   * whose next workspace's ids start at 1 too: a late event would change that one's interactions.
   */
  private stopped = false;
  private listeners = new Set<() => void>();
  private taps = new Set<(event: string, data: unknown) => void>();
  private requestLog: Array<{ frameId: number; request: string }> = [];

  constructor(opts: SimHostOptions = {}) {
    this.clock = opts.clock ?? new RealClock();
    this.answerDelayMs = opts.answerDelayMs ?? 0;
    this.strict = opts.strict ?? true;
    this.policy = new SecurityPolicy(opts.options ?? DEFAULT_SECURITY_OPTIONS);
    this.limiter = new RateLimiter(() => this.clock.now());
    this.workspace = new Workspace(this.clock, (event, data, o) =>
      this.deliver(event, data, o?.to ?? null),
    );
    this.workspace.strict = this.strict;
    if (opts.connectDelayMs !== undefined) this.workspace.connectDelayMs = opts.connectDelayMs;
    this.workspace.onChange(() => this.changed());
    this.scenarios = new ScenarioRunner(this.workspace, () => this.changed());
    const win =
      opts.window === undefined ? (typeof window !== 'undefined' ? window : null) : opts.window;
    if (win) this.start(win);
  }

  /** Listens to `win`'s messages (called by the constructor). */
  start(win: Window): this {
    this.stop();
    this.stopped = false;
    this.target = win;
    win.addEventListener('message', this.onMessage);
    return this;
  }

  /** Stops listening and posting (`start` takes up again). */
  stop(): void {
    this.target?.removeEventListener('message', this.onMessage);
    this.target = null;
    this.stopped = true;
  }

  get securityOptions(): SecurityOptions {
    return { ...this.policy.options };
  }

  get security(): SecurityPolicy {
    return this.policy;
  }

  /** Replaces (or, with `merge`, updates) the security options; rate-limit counters restart. */
  setSecurityOptions(options: SecurityOptions, merge = false): void {
    const next = merge ? { ...this.policy.options, ...options } : { ...options };
    for (const [k, v] of Object.entries(next))
      if (v === undefined || v === null) delete (next as Record<string, unknown>)[k];
    this.policy = new SecurityPolicy(next);
    this.limiter.reset();
    this.changed();
  }

  /** A fresh session: workspace, scenarios, quarantines (clients and subscriptions stay). */
  reset(): void {
    this.scenarios.stop();
    this.workspace.reset();
    this.limiter.reset();
    this.silent = false;
    this.answerDelayMs = 0;
    this.requestLog = [];
    this.changed();
  }

  /** The last `REQUEST_LOG_SIZE` requests that reached their handler: which frame asked what. */
  get requests(): ReadonlyArray<{ frameId: number; request: string }> {
    return this.requestLog;
  }

  get clientList(): ReadonlyArray<Readonly<SimClient>> {
    return this.clients;
  }

  quarantined(): Array<{ origin: string; request: string; until: number }> {
    return this.limiter.quarantined();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Sees every event the workspace emits, before delivery (the panel's log, in-page tests). */
  onEvent(fn: (event: string, data: unknown) => void): () => void {
    this.taps.add(fn);
    return () => this.taps.delete(fn);
  }

  /**
   * Runs a request in-process, as the workspace's own UI would (the panel, in-page tests): no
   * origin, filter or rate checks; the real-time connection still applies. Returns the result
   * or throws a HostFailure with the host's error text.
   */
  invoke<R extends RequestName>(request: R, parameters?: unknown[], origin?: string): Result<R>;
  invoke(request: string, parameters?: unknown[], origin?: string): unknown;
  invoke(
    request: string,
    parameters: unknown[] = [],
    origin = typeof location !== 'undefined' ? location.origin : 'sim:local',
  ): unknown {
    const canonical = canonicalRequest(request);
    const handler = Object.prototype.hasOwnProperty.call(HANDLERS, canonical)
      ? HANDLERS[canonical as RequestName]
      : undefined;
    if (!handler) throw new HostFailure(unknownRequestText(request));
    if (this.workspace.connection !== 'CONNECTED' && !LOCAL_REQUESTS.has(canonical))
      throw new HostFailure(disconnectedText());
    return handler({ ws: this.workspace, policy: this.policy, origin, clientId: null }, parameters);
  }

  private changed(): void {
    for (const fn of this.listeners) {
      try {
        fn();
      } catch (e) {
        console.error('[sim] listener failed', e);
      }
    }
  }

  private onMessage = (event: MessageEvent): void => {
    try {
      this.handle(event);
    } catch (e) {
      console.error('[sim] message handling failed', e);
    }
  };

  private handle(event: MessageEvent): void {
    const parsed = parseClientMessage(event.data);
    if (!parsed || !event.source || !event.origin || event.origin === 'null') return;
    if (this.silent) return;
    this.sweep();
    const { source, origin } = event;
    const { message } = parsed;
    if (!this.policy.isOriginAccepted(origin)) {
      if (parsed.kind !== 'unsubscribe')
        this.post(
          source,
          origin,
          this.answer(
            message.referenceId,
            { errorMessage: originNotAllowedText(origin) },
            parsed.kind === 'request' ? parsed.message.request : undefined,
          ),
        );
      return;
    }
    const client = this.register(source, origin);
    if (parsed.kind === 'bad-subscribe') {
      this.post(
        source,
        origin,
        this.answer(message.referenceId, { errorMessage: limitTexts.badSubscribe() }),
      );
    } else if (parsed.kind === 'subscribe') {
      const refused = this.subscriptionRefused(client, parsed.message.data);
      if (refused) {
        this.post(source, origin, this.answer(message.referenceId, { errorMessage: refused }));
        return;
      }
      const subscriptionId = `subscription${this.nextSubscription++}`;
      client.subscriptions.set(subscriptionId, [...new Set(parsed.message.data)]);
      // PROTOCOL.md names `data.subscriptionId`; the top level too, for clients that read it there.
      this.post(
        source,
        origin,
        this.answer(message.referenceId, { data: { subscriptionId }, subscriptionId }),
      );
      this.changed();
    } else if (parsed.kind === 'unsubscribe') {
      client.subscriptions.delete(parsed.message.data);
      this.changed();
    } else {
      this.request(client, parsed.message);
    }
  }

  /** Why a frame may not hold this subscription (limits.ts), or null. */
  private subscriptionRefused(client: SimClient, names: readonly string[]): string | null {
    if (names.length > LIMITS.namesPerSubscription)
      return limitTexts.tooManyNames(names.length, LIMITS.namesPerSubscription);
    if (names.some((n) => n.length > LIMITS.nameLength))
      return limitTexts.nameTooLong(LIMITS.nameLength);
    const held = [...client.subscriptions.keys()];
    if (this.strict && held.length > 0) return limitTexts.secondSubscription(held[0]);
    if (held.length >= LIMITS.subscriptionsPerFrame)
      return limitTexts.tooManySubscriptions(LIMITS.subscriptionsPerFrame);
    return null;
  }

  private register(source: MessageEventSource, origin: string): SimClient {
    let client = this.clients.find((c) => c.source === source && c.origin === origin);
    if (!client) {
      client = { frameId: this.nextFrameId++, origin, source, subscriptions: new Map() };
      this.clients.push(client);
      this.workspace.frames.join(client.frameId);
      this.post(source, origin, {
        frameId: client.frameId,
        userAgent: SERVER_USER_AGENT,
        protocolVersion: PROTOCOL_VERSION,
      });
      this.changed();
    }
    return client;
  }

  /**
   * The agent closes the tab holding `frameId`: its iframe (a frame of this host's window) is
   * removed, the client forgotten; when it led, the other frames elect a leader (frames.ts).
   */
  closeFrame(frameId: number): void {
    const client = this.clients.find((c) => c.frameId === frameId);
    if (!client) throw new Error(`No client frame ${frameId}`);
    for (const f of this.target?.document.querySelectorAll('iframe') ?? [])
      if (f.contentWindow === client.source) f.remove();
    this.forget(client);
  }

  /** Forgets clients whose window is gone (a removed frame, a closed popup). */
  private sweep(): void {
    for (const c of [...this.clients]) if ((c.source as Window).closed) this.forget(c);
  }

  private forget(client: SimClient): void {
    if (!this.clients.includes(client)) return;
    this.clients = this.clients.filter((c) => c !== client);
    this.workspace.frames.leave(client.frameId);
    this.changed();
  }

  private request(client: SimClient, msg: RequestMessage): void {
    const name = msg.request;
    const canonical = canonicalRequest(name);
    const reply = (body: Outgoing) =>
      this.post(client.source, client.origin, this.answer(msg.referenceId, body, name));
    const access = this.policy.check(client.origin, name);
    if (!access.ok) return reply({ errorMessage: access.error });
    const verdict = this.limiter.check(
      client.origin,
      canonical,
      this.policy.limitFor(canonical),
      this.policy.quarantineSeconds,
    );
    if (verdict === 'ignored') return;
    if (verdict === 'limit-reached')
      return reply({ errorMessage: rateLimitText(name, this.policy.quarantineSeconds) });
    const handler = Object.prototype.hasOwnProperty.call(HANDLERS, canonical)
      ? HANDLERS[canonical as RequestName]
      : undefined;
    if (!handler) return reply({ errorMessage: unknownRequestText(name) });
    if (this.workspace.connection !== 'CONNECTED' && !LOCAL_REQUESTS.has(canonical))
      return reply({ errorMessage: disconnectedText() });

    if (
      CREATING_REQUESTS.has(canonical) &&
      createdBy(this.workspace.interactions.values(), client.frameId) >= LIMITS.interactionsPerFrame
    )
      return reply({
        errorMessage: limitTexts.tooMany('interactions', LIMITS.interactionsPerFrame),
      });

    this.requestLog.push({ frameId: client.frameId, request: canonical });
    if (this.requestLog.length > REQUEST_LOG_SIZE) this.requestLog.shift();
    const events: Array<() => void> = [];
    this.deferred = events;
    const before = CREATING_REQUESTS.has(canonical)
      ? new Set(this.workspace.interactions.keys())
      : null;
    let body: Outgoing;
    try {
      const params = Array.isArray(msg.parameters) ? msg.parameters : [];
      const result = handler(
        {
          ws: this.workspace,
          policy: this.policy,
          origin: client.origin,
          clientId: client.frameId,
        },
        params,
      );
      body = result === undefined ? {} : { data: this.readable(result) };
    } catch (e) {
      if (!(e instanceof HostFailure)) console.error(`[sim] ${name} failed`, e);
      body = {
        errorMessage:
          e instanceof HostFailure
            ? e.message
            : `Error: ${e instanceof Error ? e.message : String(e)}`,
      };
    } finally {
      this.deferred = null;
      if (before)
        for (const [id, ix] of this.workspace.interactions)
          if (!before.has(id)) ix.sim.createdBy = client.frameId;
    }
    const send = () => {
      reply(body);
      for (const flush of events) flush();
    };
    if (this.answerDelayMs > 0) globalThis.setTimeout(send, this.answerDelayMs);
    else send();
  }

  private answer(referenceId: string, body: Outgoing, request?: string): Outgoing {
    return {
      referenceId,
      ...(request !== undefined ? { request } : {}),
      ...body,
      userAgent: SERVER_USER_AGENT,
      protocolVersion: PROTOCOL_VERSION,
    };
  }

  /** Applies `user-data.read-allowed` to interactions in a result or an event. */
  private readable(value: unknown): unknown {
    if (!this.policy.readAllowed || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => this.readable(v));
    const v = value as Record<string, unknown>;
    if (
      typeof v.interactionId === 'string' &&
      typeof v.userData === 'object' &&
      v.userData !== null
    ) {
      return { ...v, userData: this.policy.filterUserData(v.userData as never) };
    }
    if (typeof v.interaction === 'object' && v.interaction !== null)
      return { ...v, interaction: this.readable(v.interaction) };
    return value;
  }

  /** Sends an event to every subscribed, still accepted client (or only to `to`). */
  private deliver(event: string, data: unknown, to: number | null): void {
    for (const tap of this.taps) {
      try {
        tap(event, structuredClone(data));
      } catch (e) {
        console.error('[sim] event tap failed', e);
      }
    }
    const send = () => {
      this.sweep();
      const payload = {
        event,
        data: this.readable(data),
        userAgent: SERVER_USER_AGENT,
        protocolVersion: PROTOCOL_VERSION,
      };
      for (const c of [...this.clients]) {
        if (to !== null && c.frameId !== to) continue;
        if (!this.policy.isOriginAccepted(c.origin)) continue;
        if (![...c.subscriptions.values()].some((events) => events.includes(event))) continue;
        this.post(c.source, c.origin, payload);
      }
    };
    if (this.deferred) this.deferred.push(send);
    else send();
  }

  private post(source: MessageEventSource, origin: string, message: Outgoing): void {
    if (this.stopped) return;
    try {
      if ((source as Window).closed) {
        for (const c of this.clients.filter((c) => c.source === source)) this.forget(c);
        return;
      }
      (source as Window).postMessage(message, origin);
    } catch (e) {
      console.error('[sim] could not post to', origin, e);
    }
  }
}
