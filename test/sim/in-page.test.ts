// In-page mode: host and client in the same window (stories, quick demos).
import type { ControlData } from '../../src/sim/control.js';
import { expect } from '@open-wc/testing';
import { AgentBridge } from '../../src/bridge/store.js';
import { clientUrl, defaultClientUrl } from '../../src/sim/client-url.js';
import { ManualClock } from '../../src/sim/clock.js';
import { startSimulatedWorkspace } from '../../src/sim/index.js';
import { until } from '../support/until.js';
import { RawClient } from './raw-client.js';

describe('in-page mode', () => {
  it('answers the page once, ignoring its own answers and events', async () => {
    const sim = startSimulatedWorkspace({ connectDelayMs: null });
    const c = new RawClient(window, location.origin);
    try {
      await c.subscribe(['agent']);
      expect((await c.call('agent.get')).employeeId).to.equal('5001');
      await c.call('agent.setState', 'NotReady');
      await RawClient.settle(100);
      expect(c.frameIds).to.deep.equal([1]);
      expect(c.answers).to.have.length(3);
      expect(c.events).to.have.length(1);
      expect(sim.host.clientList).to.have.length(1);
    } finally {
      c.close();
      sim.stop();
    }
  });

  it('takes control commands from the page itself, and stops cleanly', async () => {
    const sim = startSimulatedWorkspace();
    const result = new Promise<{ data: ControlData<'startScenario'> }>((resolve) => {
      window.addEventListener('message', function on(e) {
        if (e.data?.simControlResult && e.data.controlId === 'x1') {
          window.removeEventListener('message', on);
          resolve(e.data);
        }
      });
    });
    window.postMessage(
      { simControl: 'startScenario', args: ['web-callback-preview'], controlId: 'x1' },
      location.origin,
    );
    expect((await result).data.next?.name).to.equal('accept');
    expect(sim.control('listInteractions')).to.have.length(1);
    sim.stop();
    const c = new RawClient(window, location.origin);
    expect(await c.request('agent.get', [], 300)).to.equal('timeout');
    c.close();
  });

  /** A workspace that returns a ringing offer after 5 s (`callback.offer-timeout`), on `clock`. */
  function returningOffer(clock: ManualClock) {
    const sim = startSimulatedWorkspace({ clock, connectDelayMs: null });
    sim.control('configureOptions', { 'interaction-workspace': { 'callback.offer-timeout': '5' } });
    sim.control('startScenario', 'inbound-callback-asap');
    return sim;
  }
  const types = (c: RawClient) =>
    c.events.filter((e) => e.event === 'interaction').map((e) => e.data.eventType);

  it('says nothing more once stopped, even when one of its timers comes due', async () => {
    const clock = new ManualClock(Date.UTC(2025, 5, 10));
    const c = new RawClient(window, location.origin);
    const sim = startSimulatedWorkspace({ clock, connectDelayMs: null });
    try {
      await c.subscribe(['interaction']);
      sim.control('configureOptions', {
        'interaction-workspace': { 'callback.offer-timeout': '5' },
      });
      sim.control('startScenario', 'inbound-callback-asap');
      await RawClient.settle(50);
      expect(types(c)).to.deep.equal(['ADDED', 'RINGING']);
      sim.stop();
      clock.advance(5_000); // the offer's return comes due after the page stopped the workspace
      await RawClient.settle(100);
      expect(types(c)).to.deep.equal(['ADDED', 'RINGING']);
    } finally {
      c.close();
      sim.stop();
    }
  });

  // The stories' tests mount one story after another in a page, each with its own in-page
  // workspace, whose interaction ids all start at 1: callback-preview/Returned's offer, returned
  // 5 s later by its stopped workspace, removed call-actions/Held's call "1" from the next
  // story's bridge (and closed the keypad it was opening).
  it("leaves the next workspace's page alone: a stopped one's late offer return does not remove the next call", async () => {
    const clock = new ManualClock(Date.UTC(2025, 5, 10));
    const first = returningOffer(clock);
    const firstBridge = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
    await firstBridge.connect();
    await until(() => firstBridge.selected?.state === 'RINGING', 'the first offer');
    firstBridge.close(); // <agent-bridge simulated> leaves: its bridge closes, its workspace stops
    first.stop();
    const next = startSimulatedWorkspace({ connectDelayMs: null });
    const bridge = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
    try {
      await bridge.connect();
      next.control('startScenario', 'inbound-callback-asap');
      next.control('stepScenario');
      const call = await until(
        () => (bridge.selected?.state === 'TALKING' ? bridge.selected : undefined),
        'the next call talking',
      );
      expect(call.interactionId).to.equal('1'); // the same id as the first workspace's offer
      clock.advance(5_000);
      await RawClient.settle(100);
      expect(bridge.interaction('1')?.state).to.equal('TALKING');
    } finally {
      bridge.close();
      next.stop();
    }
  });
});

describe('workspace page client url', () => {
  const loc = (href: string) => new URL(href);
  it('defaults to demo/crm.html on the other hostname', () => {
    expect(defaultClientUrl(loc('http://localhost:8000/demo/workspace.html'))).to.equal(
      'http://127.0.0.1:8000/demo/crm.html',
    );
    expect(defaultClientUrl(loc('http://127.0.0.1:8000/demo/workspace.html'))).to.equal(
      'http://localhost:8000/demo/crm.html',
    );
  });
  it('reads ?client=', () => {
    expect(
      clientUrl(
        loc('http://localhost:8000/demo/workspace.html?client=http://127.0.0.1:9000/x.html'),
      ).href,
    ).to.equal('http://127.0.0.1:9000/x.html');
    expect(
      clientUrl(loc('http://localhost:8000/demo/workspace.html?client=/y.html')).href,
    ).to.equal('http://localhost:8000/y.html');
  });
});
