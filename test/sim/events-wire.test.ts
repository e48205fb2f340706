// Events across windows: messenger channels to every subscribed frame, toast clicks to the
// toast's page, system events, and answers that come late or never.
import { expect } from '@open-wc/testing';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { RawClient } from './raw-client.js';

/** A same-origin child frame: a second client window of this page's origin. */
async function childRealm(): Promise<{ win: Window; remove(): void }> {
  const f = document.createElement('iframe');
  f.title = 'second client';
  document.body.append(f);
  await new Promise((r) => setTimeout(r, 0));
  return { win: f.contentWindow!, remove: () => f.remove() };
}

describe('events over the wire', () => {
  let sim: SimFrame;
  let a: RawClient;
  beforeEach(async () => {
    sim = await openSimFrame();
    a = new RawClient(sim.window, sim.origin);
  });
  afterEach(() => {
    a.close();
    sim.close();
  });

  it('broadcasts a messenger message to every frame subscribed to the channel (seed sample)', async () => {
    const realm = await childRealm();
    const b = new RawClient(sim.window, sim.origin, realm.win);
    const realm2 = await childRealm();
    const c = new RawClient(sim.window, sim.origin, realm2.win);
    try {
      await c.call('agent.get'); // known to the host, but subscribed to nothing
      await a.subscribe(['messenger:my-channel']);
      await b.subscribe(['messenger:my-channel', 'messenger:my-channel2']);
      await a.call('messenger.broadcastMessage', 'my-channel', { foo: 'A foo text.', bar: 1234 });
      const [ea] = await a.waitEvents('messenger:my-channel', 1);
      const [eb] = await b.waitEvents('messenger:my-channel', 1);
      for (const e of [ea, eb])
        expect(e).to.deep.equal({
          event: 'messenger:my-channel',
          data: { foo: 'A foo text.', bar: 1234 },
          userAgent: 'WWE Server',
          protocolVersion: 2,
        });
      expect(b.frameIds[0]).to.not.equal(a.frameIds[0]);
      await b.call('messenger.broadcastMessage', 'my-channel2', 'only b');
      await RawClient.settle();
      expect(a.events.map((e) => e.event)).to.deep.equal(['messenger:my-channel']);
      expect(b.events.map((e) => e.event)).to.deep.equal([
        'messenger:my-channel',
        'messenger:my-channel2',
      ]);
      expect(c.events).to.deep.equal([]);
    } finally {
      b.close();
      c.close();
      realm.remove();
      realm2.remove();
    }
  });

  it("sends a toast button click to the page that popped the toast, with the button's own index", async () => {
    await a.subscribe(['system']);
    const id = await a.call('system.popupToast', {
      title: 'Callback due',
      subject: 'Grace Hopper',
      message: 'Call back at 10:30',
      keyValues: { Account: 'ACC-100482' },
      buttons: ['Later', 'Call now', 'Dismiss'],
    });
    expect(id).to.equal('wweCustomToast1');
    expect((await sim.control('listToasts'))[0]).to.deep.include({ id, owner: a.frameIds[0] });
    await sim.control('clickToastButton', id, 1);
    const [e] = await a.waitEvents('system', 1);
    expect(e.data).to.deep.equal({
      eventType: 'CUSTOM_TOAST_BUTTON_CLICK',
      customToastId: id,
      buttonIndex: 1,
    });
    expect(await sim.control('listToasts')).to.deep.equal([]);
    expect(await a.call('system.closeToast', id)).to.equal(false);
  });

  it('reports frame state and connection changes as system events', async () => {
    await a.subscribe(['system']);
    await sim.control('setFrameState', 'FOLLOWING');
    await sim.control('runScenario', 'connection-down');
    const events = await a.waitEvents('system', 4);
    expect(events.map((e) => e.data)).to.deep.equal([
      { frameState: 'FOLLOWING' },
      { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' },
      { eventType: 'REALTIME_CONNECTION', state: 'DOWN' },
      { eventType: 'REALTIME_CONNECTION', state: 'RECONNECTED' },
    ]);
    expect(await a.call('system.isFrameFollowing')).to.equal(true);
  });

  it('sends the answer before the events the request caused', async () => {
    await a.subscribe(['agent']);
    const ref = a.received.length;
    await a.call('agent.setState', 'NotReady');
    await a.waitEvents('agent', 1);
    const after = a.received.slice(ref);
    expect(after.map((m) => (m.event ? 'event' : 'answer'))).to.deep.equal(['answer', 'event']);
  });

  it('can answer late, or not at all (silent)', async () => {
    await sim.control('setAnswerDelay', 300);
    const t0 = performance.now();
    await a.call('agent.get');
    expect(performance.now() - t0).to.be.greaterThan(250);
    await sim.control('setAnswerDelay', 0);
    await sim.control('setSilent', true);
    expect(await a.request('agent.get', [], 400)).to.equal('timeout');
    await sim.control('setSilent', false);
    expect(await a.call('agent.get')).to.have.property('employeeId');
  });
});
