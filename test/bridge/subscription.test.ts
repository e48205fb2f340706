// The page's one subscription (seed 003, Notifications: "You must call subscribe only once"),
// against scripted hosts in this window and against the strict simulated workspace.
import { expect } from '@open-wc/testing';
import { ServiceClient } from '../../src/bridge/client.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { parseClientMessage } from '../../src/bridge/wire.js';
import { SimHost } from '../../src/sim/host.js';
import { tick } from '../support/fake-host.js';
import { until } from '../support/until.js';

/**
 * A host that keeps every subscription it accepts and delivers an event once PER subscription
 * that names it (the worst case for duplicates), or refuses a second one (`refuseSecond`).
 */
class ScriptedHost {
  readonly subscribes: string[][] = [];
  readonly unsubscribes: string[] = [];
  readonly live = new Map<string, string[]>();
  refuseSecond = false;
  /** Where the answer puts the id: PROTOCOL.md's `data.subscriptionId`, or the top level. */
  idAt: 'data' | 'top' = 'data';
  /** Runs right after a subscribe is answered (in the same task, before the client can react). */
  afterSubscribe: (() => void) | undefined;
  private next = 1;

  constructor() {
    addEventListener('message', this.onMessage);
  }
  close(): void {
    removeEventListener('message', this.onMessage);
  }
  post(m: Record<string, unknown>): void {
    postMessage({ userAgent: 'WWE Server', protocolVersion: 2, ...m }, location.origin);
  }
  event(event: string, data: unknown): void {
    for (const names of this.live.values()) if (names.includes(event)) this.post({ event, data });
  }
  private readonly onMessage = (e: MessageEvent): void => {
    const parsed = parseClientMessage(e.data);
    if (!parsed) return;
    if (parsed.kind === 'unsubscribe') {
      this.unsubscribes.push(parsed.message.data);
      this.live.delete(parsed.message.data);
    } else if (parsed.kind === 'subscribe') {
      this.subscribes.push(parsed.message.data);
      const { referenceId } = parsed.message;
      if (this.refuseSecond && this.live.size > 0) {
        this.post({ referenceId, errorMessage: 'Error: Subscribe only once.' });
        return;
      }
      const id = `sub-${this.next++}`;
      this.live.set(id, parsed.message.data);
      this.post(
        this.idAt === 'data'
          ? { referenceId, data: { subscriptionId: id } }
          : { referenceId, subscriptionId: id },
      );
      this.afterSubscribe?.();
    } else if (parsed.kind === 'request') {
      this.post({ referenceId: parsed.message.referenceId, data: null });
    }
  };
}

describe('one subscription per page', () => {
  let host: ScriptedHost;
  let client: ServiceClient;
  beforeEach(() => {
    host = new ScriptedHost();
    client = new ServiceClient({ hostOrigin: location.origin, target: 'self', timeoutMs: 1000 });
  });
  afterEach(async () => {
    client.close();
    await tick(20); // its unsubscribe reaches this host, not the next test's
    host.close();
  });

  it('renews with the union and unsubscribes the old one only once the new one is confirmed: no gap, no duplicate', async () => {
    const got: string[] = [];
    client.on('agent', (d) => got.push(`agent:${JSON.stringify(d)}`));
    client.on('interaction', (d) => got.push(`interaction:${JSON.stringify(d)}`));
    await until(() => client.subscriptionStatus.state === 'active', 'the first subscription');
    expect(host.subscribes).to.deep.equal([['agent', 'interaction']]);

    // Both live on the host right after it confirms the renewal: an event then comes twice.
    host.afterSubscribe = () => {
      expect(host.live.size).to.equal(2);
      host.event('agent', { n: 1 });
    };
    client.on('messenger:late', (d) => got.push(`late:${JSON.stringify(d)}`));
    await until(() => host.subscribes.length === 2, 'the renewal');
    expect(host.subscribes[1]).to.have.members(['agent', 'interaction', 'messenger:late']);
    await until(() => host.unsubscribes.length === 1, 'the old one to go');
    expect(host.unsubscribes).to.deep.equal(['sub-1']);
    host.event('agent', { n: 2 });
    host.event('messenger:late', { n: 3 });
    await until(() => got.length >= 3, 'the events');
    await tick(30);
    expect(got).to.deep.equal(['agent:{"n":1}', 'agent:{"n":2}', 'late:{"n":3}']);
    expect(client.subscriptionStatus).to.deep.include({
      state: 'active',
      subscriptionId: 'sub-2',
      missing: [],
      error: undefined,
    });
  });

  it('reads the subscription id at the top level of the answer, and unsubscribes that id', async () => {
    host.idAt = 'top';
    const off = client.on('agent', () => undefined);
    await until(() => client.subscriptionStatus.state === 'active', 'the subscription');
    expect(client.subscriptionStatus.subscriptionId).to.equal('sub-1');
    off();
    await until(() => host.unsubscribes.length === 1, 'the unsubscribe');
    expect(host.unsubscribes).to.deep.equal(['sub-1']);
  });

  it('keeps the old subscription when the host refuses a second one, and says what is missing and why', async () => {
    host.refuseSecond = true;
    const got: unknown[] = [];
    client.on('agent', (d) => got.push(d));
    await until(() => client.subscriptionStatus.state === 'active', 'the subscription');
    const statuses: string[][] = [];
    client.onSubscriptionChange((s) => statuses.push(s.missing));
    client.on('messenger:late', () => undefined);
    await until(() => client.subscriptionStatus.error !== undefined, 'the refusal');
    const status = client.subscriptionStatus;
    expect(status.state).to.equal('active');
    expect(status.names).to.deep.equal(['agent']);
    expect(status.missing).to.deep.equal(['messenger:late']);
    expect(status.error?.message).to.equal('Error: Subscribe only once.');
    expect(host.unsubscribes).to.deep.equal([]); // the old one kept
    host.event('agent', { still: true });
    await until(() => got.length === 1, 'the event through the old subscription');
    expect(got).to.deep.equal([{ still: true }]);
    await tick(30);
    expect(host.subscribes).to.have.length(2); // not asked again in a loop
    expect(statuses.at(-1)).to.deep.equal(['messenger:late']);
  });
});

describe('one subscription per page, against the strict simulated workspace', () => {
  it('connects with ONE subscribe carrying every store event and the extra names', async () => {
    const host = new SimHost({ window });
    const seen: unknown[] = [];
    const tap = (e: MessageEvent) => {
      const p = parseClientMessage(e.data);
      if (p?.kind === 'subscribe') seen.push(p.message.data);
    };
    addEventListener('message', tap);
    const bridge = new AgentBridge(
      { hostOrigin: location.origin, target: 'self', timeoutMs: 2000 },
      { events: ['messenger:team'] },
    );
    try {
      expect(host.strict).to.equal(true);
      const state = await bridge.connect();
      expect(state.sync).to.equal('ready');
      await until(() => bridge.client.subscriptionStatus.state === 'active', 'the subscription');
      expect(seen).to.have.length(1);
      expect(seen[0]).to.have.members([
        'agent',
        'interaction',
        'system',
        'outbound',
        'markdone',
        'messenger:team',
      ]);
      expect(host.clientList[0].subscriptions.size).to.equal(1);
      const got: unknown[] = [];
      bridge.onMessage('team', (m) => got.push(m));
      await bridge.broadcast('team', { hi: 1 });
      await until(() => got.length === 1, 'the broadcast');
      expect(got).to.deep.equal([{ hi: 1 }]);
      await tick(30);
      expect(seen).to.have.length(1); // a listener on a name held already: no new subscribe
    } finally {
      removeEventListener('message', tap);
      bridge.close();
      host.stop();
    }
  });
});
