import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/bridge-state/bridge-state.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridgeStateElement } from '../../src/components/bridge-state/bridge-state.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { registerMessages } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/en.js';
import { FakeHost, tick } from '../support/fake-host.js';

const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('<agent-bridge> and <agent-bridge-state>', () => {
  let host: FakeHost;
  beforeEach(() => {
    host = new FakeHost();
    host.auto = (m) => {
      const table: Record<string, unknown> = {
        'agent.get': { employeeId: 'e1', firstname: 'Jane', lastname: 'Doe', username: 'jdoe' },
        'agent.getState': { type: 'READY', displayName: 'Ready', operationName: 'Ready' },
        'agent.getStateList': [],
        'interaction.getInteractions': [],
        'configuration.getOption': {},
      };
      return m.request in table ? { data: table[m.request] } : { errorMessage: 'Error: nope' };
    };
  });
  afterEach(() => host.close());

  it('renders a clear, accessible "not connected" state without a provider', async () => {
    const el = await fixture<AgentBridgeStateElement>(
      html`<agent-bridge-state></agent-bridge-state>`,
    );
    expect(part(el, 'connection').textContent).to.contain('Not connected');
    await expect(el).to.be.accessible();
  });

  it('makes a bridge from its attributes, syncs, fires adk-bridge-ready and feeds its children', async () => {
    // Not fixture(): for a plain element it waits for an animation frame, which never comes
    // while the runner keeps this page in the background.
    const wrapper = document.body.appendChild(document.createElement('div'));
    const provider = document.createElement('agent-bridge') as AgentBridgeElement;
    provider.setAttribute('host-origin', location.origin);
    provider.setAttribute('target', 'self');
    provider.innerHTML = '<agent-bridge-state></agent-bridge-state>';
    const ready = new Promise<CustomEvent>((r) =>
      provider.addEventListener('adk-bridge-ready', (e) => r(e as CustomEvent), { once: true }),
    );
    wrapper.append(provider);
    const event = await ready;
    expect(event.detail.bridge).to.equal(provider.bridge);
    const view = provider.querySelector('agent-bridge-state')!;
    await view.updateComplete;
    expect(part(view, 'connection').textContent).to.contain('Connected').and.contain('Synced');
    expect(view.shadowRoot!.textContent).to.contain('Jane Doe (jdoe)');
    host.event('interaction', {
      eventType: 'ADDED',
      media: 'voice',
      interaction: { interactionId: '4', state: 'RINGING', userData: {} },
    });
    await tick(10);
    await view.updateComplete;
    expect(part(view, 'interactions').textContent).to.contain('#4 · voice · Ringing');
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'DOWN' });
    await tick(10);
    await view.updateComplete;
    expect(part(view, 'connection').getAttribute('role')).to.equal('status');
    expect(part(view, 'connection').textContent).to.contain('Workspace server down');
    await expect(view).to.be.accessible();
    wrapper.remove();
    expect(provider.bridge).to.equal(undefined); // it made the bridge, so it closed it
  });

  it('fires adk-bridge-error when the whole sync fails', async () => {
    host.auto = () => undefined;
    const provider = document.createElement('agent-bridge') as AgentBridgeElement;
    provider.setAttribute('host-origin', location.origin);
    provider.setAttribute('target', 'self');
    provider.timeout = 50;
    const failed = new Promise<CustomEvent>((r) =>
      provider.addEventListener('adk-bridge-error', (e) => r(e as CustomEvent), { once: true }),
    );
    document.body.append(provider);
    expect((await failed).detail.error.message).to.match(/Request timeout/);
    provider.remove();
  });

  it('provides a bridge set as a property, and elements leave no listener behind', async () => {
    const bridge = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
    await bridge.connect();
    const provider = await fixture<AgentBridgeElement>(
      html`<agent-bridge .bridge=${bridge}></agent-bridge>`,
    );
    for (let i = 0; i < 50; i++) {
      const view = document.createElement('agent-bridge-state');
      provider.append(view);
      await view.updateComplete;
      view.remove();
    }
    expect(bridge.listenerCount).to.equal(0);
    const kept = document.createElement('agent-bridge-state');
    provider.append(kept);
    await kept.updateComplete;
    expect(bridge.listenerCount).to.equal(1);
    provider.bridge = undefined; // swapping the provided bridge unsubscribes too
    await provider.updateComplete;
    await kept.updateComplete;
    expect(bridge.listenerCount).to.equal(0);
    expect(part(kept, 'connection').textContent).to.contain('Not connected');
    provider.remove();
    bridge.close();
  });

  it('follows the language of the page, of an ancestor and its own, and new catalogues', async () => {
    const el = await fixture<AgentBridgeStateElement>(
      html`<agent-bridge-state></agent-bridge-state>`,
    );
    const text = async () => (await el.updateComplete, part(el, 'connection').textContent!.trim());
    expect(await text()).to.contain('Not connected');
    document.documentElement.lang = 'fr-CA';
    await Promise.resolve();
    try {
      expect(await text()).to.contain('Non connecté');
      el.setAttribute('lang', 'en');
      await Promise.resolve();
      expect(await text()).to.contain('Not connected');
      el.setAttribute('lang', 'de');
      registerMessages('de', {
        ...en,
        bridgeState: { ...en.bridgeState, notConnected: 'Keine Verbindung' },
      });
      expect(await text()).to.contain('Keine Verbindung');
    } finally {
      document.documentElement.lang = '';
    }
  });
});

describe('<agent-bridge simulated>', () => {
  const KEY = Symbol.for('agent-desk-kit/simulated-workspace');

  it('says what is missing when no simulated workspace was imported', async () => {
    const g = globalThis as Record<symbol, unknown>;
    const saved = g[KEY];
    delete g[KEY];
    try {
      const provider = document.createElement('agent-bridge') as AgentBridgeElement;
      provider.simulated = true;
      const failed = new Promise<CustomEvent>((r) =>
        provider.addEventListener('adk-bridge-error', (e) => r(e as CustomEvent), { once: true }),
      );
      document.body.append(provider);
      expect((await failed).detail.error.message).to.match(/import the kit's sim entry/);
      provider.remove();
    } finally {
      if (saved) g[KEY] = saved;
    }
  });

  it('runs the imported simulated workspace in the page and follows its scenarios', async () => {
    const { simulationOf } = await import('../../src/sim/index.js');
    const provider = document.createElement('agent-bridge') as AgentBridgeElement;
    provider.simulated = true;
    provider.innerHTML = '<agent-bridge-state></agent-bridge-state>';
    const ready = new Promise((r) =>
      provider.addEventListener('adk-bridge-ready', r, { once: true }),
    );
    document.body.append(provider);
    await ready;
    const sim = simulationOf(provider);
    sim.control('startScenario', 'inbound-callback-asap');
    const view = provider.querySelector('agent-bridge-state')!;
    for (let i = 0; i < 100 && !part(view, 'interactions').textContent?.includes('Ringing'); i++)
      await tick(10);
    expect(part(view, 'interactions').textContent).to.contain('Ringing');
    provider.remove();
    expect(provider.simulation).to.equal(undefined);
  });
});
