// In-page mode: host and client in the same window (stories, quick demos).
import type { ControlData } from '../../src/sim/control.js';
import { expect } from '@open-wc/testing';
import { clientUrl, defaultClientUrl } from '../../src/sim/client-url.js';
import { startSimulatedWorkspace } from '../../src/sim/index.js';
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
