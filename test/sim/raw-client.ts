// A minimal raw Service Client API client for the sim's tests: posts the protocol's envelopes
// (PROTOCOL.md) by hand — deliberately NOT the kit's client — and records what comes back.
// `realm` lets a same-origin child frame be a second, distinct client window: messages are
// posted from code running in that realm, so the host sees that window as `event.source`.
import type { ChainedRecord, Interaction, RequestName, Result } from '../../src/bridge/api.js';

/**
 * A host event's data as these tests read it: the fields of the seed's events (src/bridge/wire.ts)
 * that the assertions look at, each possibly absent — the raw wire is checked here, not trusted.
 */
export interface EventData {
  eventType?: string;
  interaction?: Interaction & { chainedRecords?: ChainedRecord[] };
  frameState?: string;
  [field: string]: unknown;
}

export interface Answer {
  referenceId: string;
  request?: string;
  data?: unknown;
  errorMessage?: string;
  /** A subscribe's answer carries the id here too (besides `data.subscriptionId`). */
  subscriptionId?: string;
  userAgent: string;
  protocolVersion: number;
}
export interface HostEvent {
  event: string;
  data: EventData;
  userAgent: string;
  protocolVersion: number;
}

/** The answer, or a failure when none came. */
export function answered(a: Answer | 'timeout'): Answer {
  if (a === 'timeout') throw new Error('no answer came');
  return a;
}

let nextRef = 1;

export class RawClient {
  readonly answers: Answer[] = [];
  readonly events: HostEvent[] = [];
  readonly frameIds: number[] = [];
  readonly received: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];
  private post: (msg: unknown) => void;

  constructor(
    readonly host: Window,
    readonly hostOrigin: string,
    readonly realm: Window = window,
  ) {
    realm.addEventListener('message', this.onMessage);
    // A function created in `realm` posts with `realm` as the message's source.
    const poster = new (realm as Window & typeof globalThis).Function(
      'target',
      'msg',
      'origin',
      'target.postMessage(msg, origin)',
    );
    this.post = (msg) => poster(host, msg, hostOrigin);
  }

  close(): void {
    this.realm.removeEventListener('message', this.onMessage);
  }

  private onMessage = (e: MessageEvent) => {
    if (e.source !== this.host || e.origin !== this.hostOrigin) return;
    const m = e.data;
    // Only the host's messages (in in-page mode our own requests come back to us too).
    if (!m || typeof m !== 'object' || m.userAgent !== 'WWE Server') return;
    this.received.push(m);
    if (m && typeof m.referenceId === 'string') this.answers.push(m);
    else if (m && typeof m.event === 'string') this.events.push(m);
    else if (m && typeof m.frameId === 'number') this.frameIds.push(m.frameId);
    for (const w of this.waiters.splice(0)) w();
  };

  send(raw: unknown): void {
    this.post(raw);
  }

  /** Sends a request; resolves with the answer, or 'timeout' when none came within `timeoutMs`. */
  request(request: string, parameters?: unknown[], timeoutMs = 3000): Promise<Answer | 'timeout'> {
    const referenceId = `r${nextRef++}`;
    this.post({
      request,
      ...(parameters ? { parameters } : {}),
      referenceId,
      userAgent: 'WWE Client',
      protocolVersion: 2,
      ...(this.frameIds[0] ? { frameId: this.frameIds[0] } : {}),
    });
    return this.until(
      () => this.answers.find((a) => a.referenceId === referenceId),
      timeoutMs,
    ).then((a) => a ?? 'timeout');
  }

  /** Like `request`, but rejects with the host's error text. */
  call<R extends RequestName>(request: R, ...parameters: unknown[]): Promise<Result<R>>;
  call(request: string, ...parameters: unknown[]): Promise<unknown>;
  async call(request: string, ...parameters: unknown[]): Promise<unknown> {
    const a = await this.request(request, parameters);
    if (a === 'timeout') throw new Error(`no answer to ${request}`);
    if (a.errorMessage !== undefined) throw new Error(a.errorMessage);
    return a.data;
  }

  async subscribe(events: string | string[]): Promise<string> {
    const referenceId = `s${nextRef++}`;
    this.post({
      event: 'subscribe',
      data: events,
      referenceId,
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
    const a = await this.until(() => this.answers.find((x) => x.referenceId === referenceId), 3000);
    if (!a) throw new Error('no answer to subscribe');
    if (a.errorMessage) throw new Error(a.errorMessage);
    return (a.data as { subscriptionId: string }).subscriptionId;
  }

  unsubscribe(subscriptionId: string): void {
    this.post({
      event: 'unsubscribe',
      data: subscriptionId,
      referenceId: `u${nextRef++}`,
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
  }

  /** Waits until `pick` returns something (checked on every message), or the timeout. */
  until<T>(pick: () => T | undefined | false, timeoutMs = 3000): Promise<T | undefined> {
    return new Promise((resolve) => {
      const check = () => {
        const v = pick();
        if (v) {
          clearTimeout(timer);
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== loop);
        resolve(undefined);
      }, timeoutMs);
      const loop = () => {
        if (!check()) this.waiters.push(loop);
      };
      loop();
    });
  }

  /** Waits for `n` events of a name (counting from now on if `fresh`). */
  async waitEvents(name: string, n: number, timeoutMs = 3000): Promise<HostEvent[]> {
    const got = await this.until(() => {
      const list = this.events.filter((e) => e.event === name);
      return list.length >= n ? list : undefined;
    }, timeoutMs);
    return got ?? this.events.filter((e) => e.event === name);
  }

  /** Lets pending messages arrive (a round trip through the event loop, twice). */
  static async settle(ms = 50): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }
}

/** The fields the seed's outbound table compares. */
export function rowOf(e: Pick<HostEvent, 'data'>) {
  const i: Partial<Interaction> = e.data.interaction ?? {};
  return {
    eventType: e.data.eventType,
    state: i.state,
    ...(i.callType ? { callType: i.callType } : {}),
    capabilities: i.capabilities ?? [],
  };
}
