// <custom-toast> with the workspace renderer: the simulated workspace (a real cross-origin
// frame) shows the toast; the element asks it with popupToast / updateToast / closeToast and
// re-dispatches CUSTOM_TOAST_BUTTON_CLICK.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/custom-toast/custom-toast.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type {
  CustomToastElement,
  ToastCloseDetail,
} from '../../src/components/custom-toast/custom-toast.js';
import { pageToasts } from '../../src/components/custom-toast/page-toasts.js';
import { showToast } from '../../src/components/custom-toast/show-toast.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { FakeHost } from '../support/fake-host.js';
import { expectNoLeaks, mountOnSim } from '../support/mount.js';
import { until } from '../support/until.js';

const closed = (el: Element) =>
  oneEvent(el, 'adk-toast-close') as Promise<CustomEvent<ToastCloseDetail>>;
const shown = (el: Element) =>
  oneEvent(el, 'adk-toast-show') as Promise<
    CustomEvent<{ renderer: string; workspaceId?: string }>
  >;

describe('<custom-toast> in the simulated workspace', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  let provider: AgentBridgeElement;
  let unmount: () => void;
  const toasts = () => sim.control('listToasts');

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none', clock: 'real' });
  });
  after(() => sim.close());
  beforeEach(async () => {
    pageToasts.reset();
    // The provider holds a placeholder: the tests add their toasts beside it.
    ({ bridge, provider, unmount } = await mountOnSim(sim, html`<span></span>`, {
      client: { timeoutMs: 5000 },
    }));
  });
  afterEach(() => unmount());

  async function open(setup: (el: CustomToastElement) => void): Promise<CustomToastElement> {
    const el = document.createElement('custom-toast');
    setup(el);
    const s = shown(el);
    provider.append(el);
    el.open = true;
    await s;
    return el;
  }

  it('in a following tab (seed 003, several tabs) auto shows the toast in the page: the workspace is not asked', async () => {
    await sim.control('setFrameState', 'FOLLOWING');
    await until(() => !bridge.leading, 'the tab to follow');
    const el = await open((t) => Object.assign(t, { heading: 'Reminder' }));
    expect(el.workspaceId).to.equal(undefined);
    expect(await toasts()).to.deep.equal([]);
    expect((await sim.control('listRequests')).map((r) => r.request)).not.to.include(
      'system.popupToast',
    );
    await sim.control('setFrameState', 'LEADING');
    await until(() => bridge.leading, 'the tab to lead again');
  });

  it('asks the workspace to show the toast (auto), in its parameters, and renders nothing in the page', async () => {
    const el = document.createElement('custom-toast');
    Object.assign(el, {
      heading: 'Callback due',
      subject: 'Grace Hopper',
      message: 'Call back at 10:30',
      keyValues: { Account: 'ACC-1' },
      buttons: ['Snooze', 'Later', 'Call now'],
      width: 320,
      sendToMyMessages: true,
    });
    const s = shown(el);
    provider.append(el);
    el.open = true;
    expect((await s).detail).to.deep.equal({
      renderer: 'workspace',
      workspaceId: 'wweCustomToast1',
    });
    expect(el.shownBy).to.equal('workspace');
    const [t] = await toasts();
    expect(t.params).to.deep.equal({
      title: 'Callback due',
      subject: 'Grace Hopper',
      message: 'Call back at 10:30',
      keyValues: { Account: 'ACC-1' },
      buttons: ['Snooze', 'Later', 'Call now'],
      showDismiss: false,
      autoClose: 0,
      sticky: false,
      sendToMyMessages: true,
      width: 320,
    });
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('re-dispatches a button click with the original index and label, and closes', async () => {
    const el = await open((e) =>
      Object.assign(e, { heading: 'Callback due', buttons: ['Snooze', 'Later', 'Call now'] }),
    );
    const click = oneEvent(el, 'adk-toast-button-click');
    const ev = closed(el);
    await sim.control('clickToastButton', el.workspaceId!, 2);
    const { detail } = await click;
    expect([detail.index, detail.label, detail.renderer]).to.deep.equal([
      2,
      'Call now',
      'workspace',
    ]);
    expect((await ev).detail).to.deep.equal({ reason: 'button', index: 2, label: 'Call now' });
    expect(el.open).to.equal(false);
    expect(await toasts()).to.deep.equal([]);
  });

  it('times out with the workspace, and a sticky toast does not', async () => {
    const timed = await open((e) => Object.assign(e, { heading: 'Timed', autoClose: 300 }));
    const sticky = await open((e) =>
      Object.assign(e, { heading: 'Sticky', autoClose: 300, sticky: true }),
    );
    const ev = closed(timed);
    expect((await ev).detail.reason).to.equal('timeout');
    await new Promise((r) => setTimeout(r, 100));
    expect((await toasts()).map((t) => t.params.title)).to.deep.equal(['Sticky']);
    expect(sticky.open).to.equal(true);
  });

  it('Show/Dismiss: the workspace shows them; Show brings the frame forward; the toast is then unknown', async () => {
    const el = await open((e) => Object.assign(e, { heading: 'New email', showDismiss: true }));
    expect((await toasts())[0].params.showDismiss).to.equal(true);
    await sim.control('setVisible', false);
    await sim.control('pressToast', el.workspaceId!, 'show');
    expect(await bridge.request('system.amIVisible')).to.equal(true);
    const ev = closed(el);
    const outcome = await el.updateToast({ message: 'late' });
    expect(outcome).to.deep.equal({
      ok: false,
      error: {
        operation: 'update',
        code: 'unknown-toast',
        message: 'Toast not updated: the workspace does not know toast “wweCustomToast1”.',
      },
    });
    expect((await ev).detail.reason).to.equal('unknown');
  });

  it('updates the workspace toast (keyValue read as keyValues), and closes it', async () => {
    const el = await open((e) =>
      Object.assign(e, { heading: 'Callback due', message: 'In 5 min' }),
    );
    expect(
      await el.updateToast({ message: 'In 1 min', keyValue: { Phone: '+1 555 0100' } }),
    ).to.deep.equal({ ok: true });
    expect((await toasts())[0].params).to.deep.include({
      title: 'Callback due',
      message: 'In 1 min',
      keyValues: { Phone: '+1 555 0100' },
    });
    el.subject = 'Grace Hopper'; // attributes changed while open are sent too
    await until(
      async () => (await toasts())[0].params.subject === 'Grace Hopper',
      'the subject sent to the workspace',
    );
    const ev = closed(el);
    expect(await el.close()).to.deep.equal({ ok: true });
    expect((await ev).detail.reason).to.equal('closed');
    expect(await toasts()).to.deep.equal([]);
    expect((await el.close()).ok).to.equal(false);
  });

  it('closes the workspace toast when the element goes away, and leaves no listener behind', async () => {
    const before = bridge.client.activity.listeners;
    for (let i = 0; i < 5; i++) {
      const el = await open((e) => Object.assign(e, { heading: `T${i}` }));
      el.remove();
    }
    await until(async () => (await toasts()).length === 0, 'every workspace toast closed');
    expect(bridge.client.activity.listeners).to.equal(before);
  });

  it('leaves no bridge listener and no timer behind, idle or shown with its auto-close timer', async function () {
    this.timeout(60_000); // forty mounts, each shown by a cross-origin frame, on a loaded machine
    await expectNoLeaks(bridge, () => document.createElement('custom-toast'), provider, {
      times: 10,
    });
    // Shown by the workspace, its local auto-close timer armed; and in the page, in the stack.
    for (const renderer of ['workspace', 'page'] as const) {
      await expectNoLeaks(
        bridge,
        () => {
          const el = document.createElement('custom-toast');
          Object.assign(el, { heading: 'Timed', autoClose: 60_000, renderer, open: true });
          el.addEventListener('adk-toast-show', () => el.remove(), { once: true });
          return el;
        },
        provider,
        { times: 5 },
      );
      await until(async () => (await toasts()).length === 0, 'every workspace toast closed');
    }
  });

  it('announces each workspace request (adk-toast-request) and its result (adk-toast-request-result)', async () => {
    const seen: string[] = [];
    const log = (e: Event) => {
      const { detail } = e as CustomEvent<{
        operation: string;
        ok?: boolean;
        workspaceId?: string;
      }>;
      seen.push(`${e.type}:${detail.operation}:${detail.ok ?? ''}:${detail.workspaceId ?? ''}`);
    };
    provider.addEventListener('adk-toast-request', log);
    provider.addEventListener('adk-toast-request-result', log);
    const el = await open((e) => Object.assign(e, { heading: 'Callback due', toastId: 't-1' }));
    const request = oneEvent(el, 'adk-toast-request');
    el.message = 'In 1 min';
    const { detail } = await request;
    expect(detail).to.deep.equal({
      operation: 'update',
      toastId: 't-1',
      workspaceId: 'wweCustomToast1',
      params: { message: 'In 1 min' },
    });
    await until(() => seen.length === 4, 'the update answered');
    expect(await el.close()).to.deep.equal({ ok: true });
    expect(seen).to.deep.equal([
      'adk-toast-request:show::',
      'adk-toast-request-result:show:true:',
      'adk-toast-request:update::wweCustomToast1',
      'adk-toast-request-result:update:true:wweCustomToast1',
      'adk-toast-request:close::wweCustomToast1',
      'adk-toast-request-result:close:true:wweCustomToast1',
    ]);
    // A refused request: the result carries the workspace's error.
    const again = await open((e) => Object.assign(e, { heading: 'Again' }));
    await sim.control('reset');
    const result = oneEvent(again, 'adk-toast-request-result');
    expect((await again.updateToast({ message: 'late' })).ok).to.equal(false);
    expect((await result).detail).to.deep.include({ operation: 'update', ok: false });
    expect((await result).detail.error).to.exist;
  });

  it('lets a page veto a request: a vetoed show sends nothing, a vetoed close keeps the toast', async () => {
    const veto = (e: Event) => e.preventDefault();
    const el = document.createElement('custom-toast');
    el.heading = 'Vetoed';
    el.addEventListener('adk-toast-request', veto, { once: true });
    let errors = 0;
    el.addEventListener('adk-toast-error', () => errors++);
    provider.append(el);
    const outcome = await el.show();
    expect(outcome).to.deep.equal({
      ok: false,
      error: {
        operation: 'show',
        code: 'vetoed',
        message: 'Toast not shown: the page cancelled the request.',
      },
    });
    expect(el.open).to.equal(false);
    expect(await toasts()).to.deep.equal([]);
    expect(await el.show()).to.deep.equal({ ok: true });
    el.addEventListener('adk-toast-request', veto, { once: true });
    let closes = 0;
    el.addEventListener('adk-toast-close', () => closes++);
    expect((await el.close()).ok).to.equal(false);
    expect([el.open, closes, (await toasts()).length]).to.deep.equal([true, 0, 1]);
    el.addEventListener('adk-toast-request', veto, { once: true });
    expect((await el.updateToast({ message: 'not sent' })).ok).to.equal(false);
    expect((await toasts())[0].params.message).to.equal(undefined);
    expect(await el.close()).to.deep.equal({ ok: true });
    expect(await toasts()).to.deep.equal([]);
    expect(errors, 'a veto is the page’s own doing: no adk-toast-error').to.equal(0);
  });

  it('keeps one toast per id in the workspace too', async () => {
    const a = showToast({ title: 'Callback due', message: 'In 5 min' }, { id: 'cb-1' });
    await a.shown;
    const b = showToast(
      { title: 'Callback due', message: 'In 4 min', buttons: ['Snooze', 'Call now'] },
      { id: 'cb-1' },
    );
    expect(await b.shown).to.deep.equal({ ok: true });
    const list = await toasts();
    expect(list.length).to.equal(1);
    expect(list[0].params).to.deep.include({
      message: 'In 4 min',
      buttons: ['Snooze', 'Call now'],
    });
    await sim.control('clickToastButton', list[0].id, 1);
    expect(await b.clicked).to.deep.equal({ index: 1, label: 'Call now' });
    expect(await a.clicked).to.deep.equal({ index: 1, label: 'Call now' });
  });

  it('waits for a sync under way before choosing (a toast opened at page load)', async () => {
    const fresh = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame });
    try {
      const p = await fixture<AgentBridgeElement>(
        html`<agent-bridge .bridge=${fresh}></agent-bridge>`,
      );
      const connecting = fresh.connect();
      const el = document.createElement('custom-toast');
      el.heading = 'At load';
      const s = shown(el);
      p.append(el);
      el.open = true;
      expect((await s).detail.renderer).to.equal('workspace');
      await connecting;
      p.remove();
    } finally {
      fresh.close();
    }
  });

  it('renders in the page when told to, even with a workspace', async () => {
    const el = await open((e) => Object.assign(e, { heading: 'Here', renderer: 'page' }));
    expect(el.shownBy).to.equal('page');
    expect(await toasts()).to.deep.equal([]);
  });
});

describe('<custom-toast> and a workspace that refuses toasts', () => {
  it('auto: renders in the page when popupToast is not in the allowed services', async () => {
    const sim = await openSimFrame({
      connectDelay: 'none',
      options: {
        'service-client-api.accepted-web-content-origins': `${location.origin} (agent.*, interaction.*, configuration.*, system.getAllowedServices, system.isFrame*)`,
      },
    });
    const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame });
    try {
      await bridge.connect();
      const provider = await fixture<AgentBridgeElement>(
        html`<agent-bridge .bridge=${bridge}></agent-bridge>`,
      );
      const auto = document.createElement('custom-toast');
      auto.heading = 'Auto';
      let s = shown(auto);
      provider.append(auto);
      auto.open = true;
      expect((await s).detail.renderer).to.equal('page');
      // Told to use the workspace: the refusal is reported, and the agent still sees the toast.
      const told = document.createElement('custom-toast');
      Object.assign(told, { heading: 'Told', renderer: 'workspace' });
      const error = oneEvent(told, 'adk-toast-error');
      s = shown(told);
      provider.append(told);
      told.open = true;
      expect((await error).detail.message).to.match(/^Toast not shown: .*system\.popupToast/);
      expect((await s).detail.renderer).to.equal('page');
      provider.remove();
    } finally {
      bridge.close();
      sim.close();
    }
  });
});

describe('<custom-toast> and a click the toast does not have', () => {
  it('reports an unknown button index clearly, without an exception', async () => {
    const host = new FakeHost();
    host.auto = (m) => {
      const table: Record<string, unknown> = {
        'system.popupToast': 'wweCustomToast9',
        'system.getAllowedServices': ['system.popupToast'],
        'interaction.getInteractions': [],
        'configuration.getOption': {},
      };
      return { data: table[m.request] ?? null };
    };
    const bridge = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
    try {
      await bridge.connect();
      const provider = await fixture<AgentBridgeElement>(
        html`<agent-bridge .bridge=${bridge}></agent-bridge>`,
      );
      const el = document.createElement('custom-toast');
      Object.assign(el, { heading: 'Callback due', buttons: ['Snooze'], renderer: 'workspace' });
      const s = shown(el);
      provider.append(el);
      el.open = true;
      expect((await s).detail.workspaceId).to.equal('wweCustomToast9');
      const error = oneEvent(el, 'adk-toast-error');
      let clicks = 0;
      el.addEventListener('adk-toast-button-click', () => clicks++);
      host.event('system', {
        eventType: 'CUSTOM_TOAST_BUTTON_CLICK',
        customToastId: 'wweCustomToast8',
        buttonIndex: 0,
      }); // another toast
      host.event('system', {
        eventType: 'CUSTOM_TOAST_BUTTON_CLICK',
        customToastId: 'wweCustomToast9',
        buttonIndex: 5,
      });
      expect((await error).detail).to.deep.equal({
        operation: 'click',
        code: 'unknown-button',
        message: 'Toast button ignored: the toast has no button 5.',
      });
      expect(clicks).to.equal(0);
      provider.remove();
    } finally {
      bridge.close();
      host.close();
    }
  });
});
