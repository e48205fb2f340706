/**
 * A scripted host in the test's own window: it sees the client's requests (target 'self') and
 * answers exactly what the test tells it to. For client tests that need control over every
 * answer; the simulated workspace is tested through its own cross-origin frame.
 */
import {
  parseClientMessage,
  type RequestMessage,
  type SubscribeMessage,
} from '../../src/bridge/wire.js';

export type Seen =
  | { kind: 'request'; message: RequestMessage }
  | { kind: 'subscribe'; message: SubscribeMessage }
  | { kind: 'unsubscribe'; message: { data: string; frameId?: number } };

export class FakeHost {
  readonly seen: Seen[] = [];
  private waiters: Array<(s: Seen) => void> = [];
  /** Answer requests automatically with this, unless undefined (then the test answers). */
  auto: ((m: RequestMessage) => { data?: unknown; errorMessage?: string } | undefined) | undefined;
  private subs = 0;

  constructor(private readonly win: Window = window) {
    win.addEventListener('message', this.onMessage);
  }

  close(): void {
    this.win.removeEventListener('message', this.onMessage);
  }

  post(message: Record<string, unknown>): void {
    this.win.postMessage(
      { userAgent: 'WWE Server', protocolVersion: 2, ...message },
      location.origin,
    );
  }

  answer(referenceId: string, body: { data?: unknown; errorMessage?: string }): void {
    this.post({ referenceId, ...body });
  }

  event(event: string, data: unknown): void {
    this.post({ event, data });
  }

  next(): Promise<Seen> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  requests(): RequestMessage[] {
    return this.seen
      .filter((s): s is Extract<Seen, { kind: 'request' }> => s.kind === 'request')
      .map((s) => s.message);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const parsed = parseClientMessage(event.data);
    if (!parsed || parsed.kind === 'bad-subscribe') return;
    this.seen.push(parsed as Seen);
    if (parsed.kind === 'subscribe')
      this.answer(parsed.message.referenceId, { data: { subscriptionId: `s${++this.subs}` } });
    if (parsed.kind === 'request' && this.auto) {
      const body = this.auto(parsed.message);
      if (body) this.answer(parsed.message.referenceId, body);
    }
    const w = this.waiters.shift();
    w?.(parsed as Seen);
  };
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
