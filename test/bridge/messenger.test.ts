// Messenger: pages in different frames of one workspace talk through it. Two client pages run
// the kit's AgentBridge inside the simulated workspace (each cross-origin to it); this page is a
// third client, beside the workspace.
import { expect } from '@open-wc/testing';
import { messengerChannel, messengerEvent } from '../../src/bridge/messenger.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { otherOrigin } from '../support/origins.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until as untilCame } from '../support/until.js';

type Report = {
  messengerClient: string;
  ready?: boolean;
  channel?: string;
  message?: unknown;
  sent?: string;
  error?: string;
};

describe('messenger names', () => {
  it('maps a channel to its event and back', () => {
    expect(messengerEvent('my-channel')).to.equal('messenger:my-channel');
    expect(messengerChannel('messenger:my-channel')).to.equal('my-channel');
    expect(messengerChannel('messenger:')).to.equal(undefined);
    expect(messengerChannel('system')).to.equal(undefined);
    expect(() => messengerEvent('')).to.throw(
      TypeError,
      'A messenger channel must be a non-empty string.',
    );
    expect(() => messengerEvent(' ')).to.throw(TypeError);
  });
});

describe('messenger between client frames of the simulated workspace', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  const reports: Report[] = [];
  const sources = new Map<string, Window>();
  const onReport = (e: MessageEvent) => {
    if (e.origin !== location.origin || typeof e.data?.messengerClient !== 'string') return;
    reports.push(e.data);
    sources.set(e.data.messengerClient, e.source as Window);
  };
  const until = (pick: () => boolean, what: string) =>
    untilCame(pick, () => `${what} (reports: ${JSON.stringify(reports)})`, 5000);
  const received = (name: string) =>
    reports
      .filter((r) => r.messengerClient === name && r.channel)
      .map(({ channel, message }) => ({ channel, message }));

  before(async () => {
    window.addEventListener('message', onReport);
    const client = (name: string, channels: string) => {
      // Served by the test server under THIS page's origin: cross-origin to the workspace.
      const q = new URLSearchParams({
        name,
        channels,
        host: otherOrigin(),
        report: location.origin,
      });
      return `${location.origin}/test/fixtures/messenger-client.html?${q}`;
    };
    sim = await openSimFrame({ clientFrames: [client('A', 'team,alerts'), client('B', 'team')] });
    await until(() => reports.filter((r) => r.ready).length === 2, 'both client pages ready');
    // Seed 003: a page "must call subscribe only once", and the simulated workspace (strict)
    // refuses a second one; so the page names its channel up front, in its one subscription.
    bridge = new AgentBridge(
      { hostOrigin: sim.origin, target: sim.frame },
      { events: ['messenger:alerts'] },
    );
    await bridge.connect();
  });
  after(() => {
    window.removeEventListener('message', onReport);
    bridge.close();
    sim.close();
  });

  it('the workspace counts three client pages, each with its own frame id', async () => {
    const clients = await sim.control('listClients');
    expect(clients.length).to.equal(3);
    expect(new Set(clients.map((c) => c.frameId)).size).to.equal(3);
    expect(clients.every((c) => c.origin === location.origin)).to.equal(true);
  });

  it('a message one frame broadcasts reaches the other frame, through the workspace', async () => {
    sources
      .get('A')!
      .postMessage(
        { broadcast: { channel: 'team', message: { text: 'Taking the 10:30 callback', by: 'A' } } },
        '*',
      );
    await until(() => received('B').length === 1, 'B to receive');
    expect(received('B')).to.deep.equal([
      { channel: 'team', message: { text: 'Taking the 10:30 callback', by: 'A' } },
    ]);
    await until(() => received('A').length === 1, 'A to receive its own broadcast');
  });

  it('this page broadcasts too, and only the frames on that channel receive it', async () => {
    const seen: unknown[] = [];
    const off = bridge.onMessage<{ level: string }>('alerts', (message, channel) =>
      seen.push({ channel, message }),
    );
    const before = { A: received('A').length, B: received('B').length };
    await bridge.broadcast('alerts', { level: 'high' });
    await until(
      () => received('A').length === before.A + 1 && seen.length === 1,
      'A and this page to receive',
    );
    expect(received('A').at(-1)).to.deep.equal({ channel: 'alerts', message: { level: 'high' } });
    expect(seen).to.deep.equal([{ channel: 'alerts', message: { level: 'high' } }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(received('B').length).to.equal(before.B); // B listens to 'team' only
    off();
    // The store's own five and the channel it was told to hold for the page.
    expect(bridge.client.activity.events).to.equal(6);
  });

  it('a channel listened to only later is refused by the strict workspace: the page keeps its events and is told what is missing', async () => {
    const off = bridge.onMessage('late', () => undefined);
    await until(() => bridge.client.subscriptionStatus.error !== undefined, 'the refusal');
    const status = bridge.client.subscriptionStatus;
    expect(status.state).to.equal('active');
    expect(status.missing).to.deep.equal(['messenger:late']);
    expect(status.error?.message).to.match(
      /^Error: This page already holds the subscription '.+'; a page must call subscribe only once/,
    );
    expect(status.names).to.include.members(['agent', 'interaction', 'messenger:alerts']);
    // The first subscription still delivers.
    const seen: unknown[] = [];
    const offAlerts = bridge.onMessage('alerts', (m) => seen.push(m));
    await bridge.broadcast('alerts', { level: 'low' });
    await until(() => seen.length > 0, 'the broadcast on the first subscription');
    expect(seen).to.deep.equal([{ level: 'low' }]);
    offAlerts();
    off();
  });

  it('says clearly when the channel is not a channel', async () => {
    let error: unknown;
    await bridge.broadcast('', { x: 1 }).catch((e) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(() => bridge.onMessage('', () => undefined)).to.throw(TypeError);
  });
});
