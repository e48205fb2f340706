// <call-actions>' compact toolbar on the simulated workspace: one primary action per state, the
// common ones beside it, the rare ones behind "More", nothing unavailable in sight unless it
// matters; the ARIA toolbar pattern (one tab stop, arrows, Home/End); axe clean, light and dark.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/call-actions/call-actions.js';
import type { CallActionsElement } from '../../../src/components/call-actions/call-actions.js';
import type { AgentBridge } from '../../../src/bridge/store.js';
import { mountOnSim } from '../../support/mount.js';
import { elementSim, openSimFrame, type SimFrame } from '../../support/sim-frame.js';
import { until } from '../../support/until.js';

describe('<call-actions> toolbar', () => {
  let sim: SimFrame;
  let el: CallActionsElement;
  let bridge: AgentBridge;
  let unmount: () => void;

  const root = () => el.shadowRoot!;
  const toolbar = () => root().querySelector<HTMLElement>('[role="toolbar"]')!;
  /** What a sighted agent sees in the toolbar, in order (data-action). */
  const shown = () =>
    [...toolbar().querySelectorAll<HTMLElement>('button')]
      .filter((b) => b.getClientRects().length > 0)
      .map((b) => b.dataset.action);
  const status = () => root().querySelector('[part="status"]')!.getAttribute('data-status');
  const active = () => (root().activeElement as HTMLElement | null)?.dataset.action;
  const scenario = async (name: string, wanted: string, steps = 0) => {
    await sim.control('startScenario', name);
    for (let i = 0; i < steps; i++) await sim.control('stepScenario');
    await until(() => status() === wanted, `status ${wanted}`);
    await el.updateComplete;
  };

  before(async () => {
    sim = await openSimFrame(elementSim());
  });
  after(() => sim.close());
  beforeEach(async () => {
    ({ el, bridge, unmount } = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions>`,
    ));
  });
  afterEach(async () => {
    unmount();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('with no call shows no control at all', async () => {
    expect(shown()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('when connected: End call first and primary, the common actions beside it, the rare ones behind More', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    expect(shown()).to.deep.equal([
      'hangUp',
      'hold',
      'microphone',
      'panel-transfer',
      'panel-keypad',
      'more',
    ]);
    expect(toolbar().querySelector('[data-action="hangUp"]')!.getAttribute('part')).to.equal(
      'action primary',
    );
    const more = toolbar().querySelector<HTMLButtonElement>('[data-action="more"]')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(shown()).to.include.members(['speaker', 'recordStart']);
    expect(shown()).not.to.include.members(['recordStop', 'resume', 'markDone']);
    await expect(el).to.be.accessible();
  });

  it('when held: Resume is the primary action; Hold is out of sight', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    toolbar().querySelector<HTMLButtonElement>('[data-action="hold"]')!.click();
    await until(() => status() === 'held', 'held');
    await el.updateComplete;
    expect(shown()[0]).to.equal('resume');
    expect(shown()).not.to.include('hold');
  });

  it('after the call: Mark done is the primary action, and when blocked it stays in sight and says why', async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    await sim.control('stepScenario');
    await until(() => status() === 'ended', 'ended');
    await el.updateComplete;
    expect(shown()[0]).to.equal('markDone');
    await bridge.blockMarkdone(bridge.selected!.interactionId, 'Choose a disposition first.');
    const done = () => toolbar().querySelector<HTMLButtonElement>('[data-action="markDone"]')!;
    await until(() => done().getAttribute('aria-disabled') === 'true', 'blocked');
    expect(shown()[0]).to.equal('markDone');
    expect(done().title).to.equal('Mark done is blocked: Choose a disposition first.');
    await expect(el).to.be.accessible();
  });

  it('is one tab stop; arrow keys, Home and End move between the shown controls', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal('hangUp');
      await sendKeys({ press: 'ArrowRight' });
      expect(active()).to.equal('hold');
      await sendKeys({ press: 'End' });
      expect(active()).to.equal('more');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      expect(active(), 'into the opened More group').to.equal('speaker');
      await sendKeys({ press: 'Home' });
      expect(active()).to.equal('hangUp');
      const stops = [...toolbar().querySelectorAll<HTMLElement>('button')].filter(
        (b) => b.tabIndex === 0 && b.getClientRects().length > 0,
      );
      expect(stops.map((b) => b.dataset.action)).to.deep.equal(['hangUp']);
    } finally {
      before.remove();
    }
  });

  it('is accessible in the dark theme too, connected and with More open', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await scenario('inbound-callback-asap', 'connected', 1);
    toolbar().querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<call-actions> transfer targets', () => {
  let sim: SimFrame;
  before(async () => {
    sim = await openSimFrame(elementSim());
  });
  after(() => sim.close());

  it("offers the page's directory as the agent types, sets the target type of the one chosen, and remembers it", async () => {
    const asked: string[] = [];
    const directory = async (query: string) => {
      asked.push(query);
      return [
        { kind: 'AGENT_GROUP' as const, destination: 'billing', label: 'Billing team' },
        { kind: 'AGENT' as const, destination: 'ada.lovelace', label: 'Ada Lovelace' },
      ].filter((e) => e.label.toLowerCase().includes(query.toLowerCase()));
    };
    const { el, unmount } = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions .directory=${directory}></call-actions>`,
    );
    try {
      await sim.control('startScenario', 'inbound-callback-asap');
      await sim.control('stepScenario');
      const status = () =>
        el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-status');
      await until(() => status() === 'connected', 'connected');
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="panel-transfer"]')!.click();
      await until(() => el.shadowRoot!.querySelector('adk-call-target-form')?.shadowRoot, 'form');
      const form = el.shadowRoot!.querySelector('adk-call-target-form')!;
      const input = form.shadowRoot!.querySelector<HTMLInputElement>('#destination')!;
      const options = () =>
        [...form.shadowRoot!.querySelectorAll('#targets option')].map((o) =>
          o.getAttribute('label'),
        );
      input.value = 'bill';
      input.dispatchEvent(new Event('input'));
      await until(() => options().length === 1, 'one suggestion');
      expect(options()).to.deep.equal(['Billing team · Agent group']);
      expect(asked).to.include('bill');
      input.value = 'billing';
      input.dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector<HTMLSelectElement>('#kind')!.value).to.equal(
        'AGENT_GROUP',
      );
      await expect(form).to.be.accessible();
    } finally {
      unmount();
    }
  });
});
