// <interaction-list> against the simulated workspace in a real cross-origin frame, with a
// <call-actions> on the same bridge to see the other elements follow the selection.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/interaction-list/interaction-list.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';
import type {
  InteractionListElement,
  InteractionSelectDetail,
  InteractionSelectResultDetail,
} from '../../src/components/interaction-list/interaction-list.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { expectNoLeaks, mountOnSim } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

describe('<interaction-list>', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  let provider: AgentBridgeElement;
  let el: InteractionListElement;
  let actions: CallActionsElement;
  let unmount: () => void;

  const root = () => el.shadowRoot!;
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const options = () => [...root().querySelectorAll<HTMLElement>('[part~="option"]')];
  const inLine = (line: Element, part: string) =>
    clean(line.querySelector(`:scope > [part~="${part}"]`)?.textContent);
  /** Kind, party, state of an option's own line. */
  const row = (o: HTMLElement) => {
    const line = o.querySelector('.line')!;
    return [inLine(line, 'kind'), inLine(line, 'party'), inLine(line, 'state')];
  };
  const children = (o: HTMLElement) =>
    [...o.querySelectorAll('[part~="child"]')].map((c) => [
      inLine(c, 'kind'),
      inLine(c, 'party'),
      inLine(c, 'state'),
    ]);
  const selected = () => options().filter((o) => o.getAttribute('aria-selected') === 'true');
  const actionsStatus = () =>
    clean(actions.shadowRoot!.querySelector('[part="status"]')?.textContent);

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
  });
  after(() => sim.close());

  beforeEach(async () => {
    ({ el, bridge, provider, unmount } = await mountOnSim<InteractionListElement>(
      sim,
      html`<interaction-list></interaction-list><call-actions></call-actions>`,
    ));
    actions = provider.querySelector('call-actions')!;
    await workspaceClock();
  });

  /** The timers read the simulated workspace's clock (its `startDate`s are in its time). */
  const workspaceClock = async () => {
    const simNow: number = await sim.control('now');
    const t0 = Date.now();
    el.now = () => simNow + (Date.now() - t0);
  };
  afterEach(() => unmount());

  /** A callback the agent accepted (connected), then an inbound call in a consultation. */
  const twoCases = async () => {
    await sim.control('startScenario', 'inbound-callback-asap');
    await sim.control('stepScenario');
    await sim.control('startScenario', 'consult-transfer');
    await sim.control('stepScenario');
    await sim.control('stepScenario');
    await until(() => options().length === 2 && children(options()[1]).length === 1, 'two rows');
  };

  it('says it is not connected, accessibly, without a provider', async () => {
    const alone = await fixture<InteractionListElement>(
      html`<interaction-list></interaction-list>`,
    );
    expect(clean(alone.shadowRoot!.querySelector('[part="empty"]')?.textContent)).to.contain(
      'Not connected',
    );
    await expect(alone).to.be.accessible();
  });

  it('with no interaction: "No open interactions", no listbox', async () => {
    expect(clean(root().querySelector('[part="empty"]')?.textContent)).to.equal(
      'No open interactions',
    );
    expect(root().querySelector('[role="listbox"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists one interaction: kind, party, state and a live timer; selected', async () => {
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => options().length === 1, 'one row');
    const [o] = options();
    expect(row(o)).to.deep.equal(['Callback', '+14155550123', 'Ringing']);
    expect(o.querySelector('[part="state"]')!.getAttribute('data-status')).to.equal('ringing');
    expect(clean(o.querySelector('[part="timer"]')?.textContent)).to.match(
      /^arrived \d+:\d\d ago$/,
    );
    expect(selected()).to.deep.equal([o]);
    const listbox = root().querySelector('[role="listbox"]')!;
    const label = root().getElementById(listbox.getAttribute('aria-labelledby')!);
    expect(clean(label?.textContent)).to.equal('Open interactions');
    await expect(el).to.be.accessible();

    await sim.control('stepScenario');
    await until(() => row(options()[0])[2] === 'Connected', 'connected');
    const timer = () => clean(options()[0].querySelector('[part="timer"]')?.textContent);
    expect(timer()).to.match(/^connected for 0:0\d$/);
    const first = timer();
    await until(() => timer() !== first, 'the timer ticks', 3000);
  });

  it('lists two interactions, the consultation under its call; the newest case is selected', async () => {
    await twoCases();
    const [callback, call] = options();
    expect(row(callback)).to.deep.equal(['Callback', '+14155550123', 'Connected']);
    expect(row(call)).to.deep.equal(['Inbound call', '+16175550199', 'On hold']);
    expect(children(call)).to.deep.equal([['Consultation', '5002', 'Dialing']]);
    expect(selected()).to.deep.equal([call]);
    expect(options().map((o) => o.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    await expect(el).to.be.accessible();
  });

  it('lists a web callback with its call under it', async () => {
    await sim.control('startScenario', 'web-callback-preview');
    await sim.control('stepScenario');
    await sim.control('stepScenario');
    await until(() => options().length === 1 && children(options()[0]).length === 1, 'the call');
    const [o] = options();
    expect(row(o)).to.deep.equal(['Web callback', 'Alan Turing · +442071838750', 'Ready to call']);
    expect(children(o)).to.deep.equal([['Outbound call', '+442071838750', 'Dialing']]);
    await expect(el).to.be.accessible();
  });

  it('keyboard: one tab stop; Up/Down/Home/End move, Enter and Space select; call-actions follows', async () => {
    await twoCases();
    const [callback, call] = options();
    expect(actionsStatus()).to.contain('+16175550199');
    call.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root().activeElement === callback, 'focus moves up');
    expect(callback.getAttribute('tabindex')).to.equal('0');
    expect(call.getAttribute('tabindex')).to.equal('-1');
    // Moving does not select.
    expect(selected()).to.deep.equal([call]);

    await sendKeys({ press: 'Enter' });
    await until(() => selected()[0] === callback, 'the callback is selected');
    await until(() => actionsStatus() === 'Connected: +14155550123', 'call-actions follows');
    expect(bridge.selected?.interactionId).to.equal(callback.dataset.id);
    await until(
      () => clean(root().querySelector('[part="feedback"]')?.textContent).endsWith(': done.'),
      'done',
    );

    await sendKeys({ press: 'ArrowDown' });
    await until(() => root().activeElement === call, 'focus moves down');
    await sendKeys({ press: ' ' });
    await until(() => selected()[0] === call, 'the call is selected again');
    await until(() => actionsStatus().includes('+16175550199'), 'call-actions follows back');

    await sendKeys({ press: 'Home' });
    await until(() => root().activeElement === callback, 'Home');
    await sendKeys({ press: 'End' });
    await until(() => root().activeElement === call, 'End');
    await sendKeys({ press: 'ArrowDown' });
    expect(root().activeElement, 'Down stops at the last row').to.equal(call);

    await sendKeys({ press: 'Tab' });
    expect(root().activeElement, 'Tab leaves the list').to.equal(null);
    expect(options().filter((o) => o.tabIndex === 0)).to.have.length(1);
  });

  it('a click selects through adk-interaction-select, then adk-interaction-select-result', async () => {
    await twoCases();
    const [callback] = options();
    const before: InteractionSelectDetail[] = [];
    const after: InteractionSelectResultDetail[] = [];
    el.addEventListener('adk-interaction-select', (e) => before.push(e.detail));
    el.addEventListener('adk-interaction-select-result', (e) => after.push(e.detail));
    const caseId = bridge.interaction(callback.dataset.id)!.caseId!;
    callback.click();
    await until(() => after.length === 1, 'the result');
    expect(before).to.deep.equal([{ caseId, interactionId: callback.dataset.id }]);
    expect(after).to.deep.equal([{ caseId, interactionId: callback.dataset.id, ok: true }]);
    await until(() => selected()[0] === callback, 'selected');
    expect(bridge.state.selectedCaseId).to.equal(caseId);
    expect(clean(root().querySelector('[part="feedback"]')?.textContent)).to.equal(
      'Switch to +14155550123: done.',
    );
    // Choosing the selected case again sends nothing.
    callback.click();
    await el.updateComplete;
    expect(before).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a vetoed select sends nothing', async () => {
    await twoCases();
    const [callback, call] = options();
    const selectedCase = bridge.state.selectedCaseId;
    let sent = 0;
    const selectCase = bridge.selectCase;
    bridge.selectCase = (caseId) => (sent++, selectCase(caseId));
    let results = 0;
    el.addEventListener('adk-interaction-select', (e) => e.preventDefault());
    el.addEventListener('adk-interaction-select-result', () => results++);
    callback.click();
    // A round trip to the workspace: a request sent before it would have been answered.
    await sim.control('listInteractions');
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(results).to.equal(0);
    expect(bridge.state.selectedCaseId).to.equal(selectedCase);
    expect(selected()).to.deep.equal([call]);
    expect(clean(root().querySelector('[part="feedback"]')?.textContent)).to.equal('');
  });

  it('says a failed select in words, and the selection stays', async () => {
    await twoCases();
    const [callback, call] = options();
    let result: InteractionSelectResultDetail | undefined;
    el.addEventListener('adk-interaction-select-result', (e) => (result = e.detail));
    await sim.control('setSilent', true);
    try {
      callback.click();
      await until(() => callback.getAttribute('aria-busy') === 'true', 'pending');
      await until(() => result !== undefined, 'the result', 4000);
    } finally {
      await sim.control('setSilent', false);
    }
    expect(result!.ok).to.equal(false);
    await el.updateComplete;
    expect(clean(root().querySelector('[part="error"]')?.textContent)).to.equal(
      'Switch to +14155550123 failed: The workspace did not answer within 1.5 s.',
    );
    expect(selected()).to.deep.equal([call]);
    expect(callback.hasAttribute('aria-busy')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says it in French', async () => {
    unmount();
    ({ el, bridge, provider, unmount } = await mountOnSim<InteractionListElement>(
      sim,
      html`<interaction-list></interaction-list>`,
      { lang: 'fr' },
    ));
    await workspaceClock();
    await until(
      () =>
        clean(root().querySelector('[part="empty"]')?.textContent) === 'Aucune interaction ouverte',
      'French',
    );
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => options().length === 1 && row(options()[0])[0] === 'Rappel', 'a row');
    expect(row(options()[0])[2]).to.equal('Sonnerie');
  });

  it('leaves no listener and no timer behind, idle and ticking', async () => {
    const make = () => document.createElement('interaction-list');
    await expectNoLeaks(bridge, make, provider, { times: 10 });
    await twoCases();
    await expectNoLeaks(bridge, make, provider, { times: 10 });
  });
});
