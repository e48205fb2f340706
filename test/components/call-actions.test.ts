// <call-actions> against the simulated workspace in a real cross-origin frame.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { expectNoLeaks, mountOnSim } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';
import { fr } from '../../src/i18n/fr.js';

describe('<call-actions>', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  let provider: AgentBridgeElement;
  let el: CallActionsElement;

  const root = () => el.shadowRoot!;
  const part = (name: string) => root().querySelector(`[part~="${name}"]`) as HTMLElement | null;
  const text = (name: string) => part(name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const action = (name: string) =>
    root().querySelector(`[part~="action"][data-action="${name}"]`) as HTMLButtonElement;
  const enabled = (name: string) => action(name).getAttribute('aria-disabled') !== 'true';
  const reasonOf = (name: string) => {
    const b = action(name);
    const id = b.getAttribute('aria-describedby');
    return { title: b.title, described: id ? (root().getElementById(id)?.textContent ?? '') : '' };
  };
  const status = () => part('status')!.getAttribute('data-status');
  const ids = async () => (await sim.control('listInteractions')).map((i) => i.interactionId);
  const simIx = async (id: string) =>
    (await sim.control('listInteractions')).find((i) => i.interactionId === id);
  const main = () => bridge.selected!;
  const settle = async () => {
    await el.updateComplete;
  };

  before(async () => {
    sim = await openSimFrame({
      options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
      connectDelay: 'none',
    });
  });
  after(() => sim.close());

  let unmount: () => void;
  beforeEach(async () => {
    ({ el, bridge, provider, unmount } = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions>`,
    ));
  });
  afterEach(() => unmount());

  /** Starts a scenario and waits for the element to show the status. */
  const scenario = async (name: string, wanted: string, steps = 0) => {
    await sim.control('startScenario', name);
    for (let i = 0; i < steps; i++) await sim.control('stepScenario');
    await until(() => status() === wanted, `status ${wanted}`);
  };

  it('says it is not connected, accessibly, without a provider', async () => {
    const alone = await fixture<CallActionsElement>(html`<call-actions></call-actions>`);
    expect(alone.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain(
      'Not connected',
    );
    await expect(alone).to.be.accessible();
  });

  it('with no call: every action disabled, and says why', async () => {
    expect(status()).to.equal('none');
    expect(text('status')).to.equal('No call');
    expect(enabled('hangUp')).to.equal(false);
    expect(reasonOf('hangUp')).to.deep.equal({
      title: 'There is no call.',
      described: 'There is no call.',
    });
    await expect(el).to.be.accessible();
  });

  it("ringing → connected → held → connected → ended → done, reflecting the workspace's events", async () => {
    await scenario('inbound-callback-asap', 'ringing');
    expect(text('status')).to.equal('Ringing: +14155550123');
    expect(enabled('hold')).to.equal(false);
    expect(reasonOf('hold').described).to.equal(
      'The call is still being offered: accept it first.',
    );
    await expect(el).to.be.accessible();

    await bridge.accept(main().interactionId);
    await until(() => status() === 'connected', 'connected');
    expect(text('duration')).to.match(/^Talking 0:0\d$/);
    expect(text('recording')).to.contain('Not recording');
    expect(enabled('hold') && enabled('hangUp') && enabled('recordStart')).to.equal(true);
    expect(reasonOf('resume').described).to.equal('The call is not on hold (state TALKING).');
    await expect(el).to.be.accessible();

    action('hold').click();
    await settle();
    expect(action('hold').getAttribute('aria-busy')).to.equal('true');
    expect(text('feedback')).to.equal('Hold…');
    await until(() => status() === 'held', 'held');
    await until(() => text('feedback') === 'Hold: done.', 'hold done');
    expect(enabled('resume')).to.equal(true);
    expect(reasonOf('hold').described).to.equal('The call is not connected (state HELD).');
    await expect(el).to.be.accessible();

    action('resume').click();
    await until(() => status() === 'connected', 'resumed');

    action('hangUp').click();
    await until(() => status() === 'ended', 'ended');
    expect(text('status')).to.contain('Ready to call (call ended)');
    expect(text('duration')).to.match(/^After-call work 0:0\d$/);
    expect(enabled('markDone')).to.equal(true);
    expect(reasonOf('hold').described).to.contain('state IDLE');
    await expect(el).to.be.accessible();

    action('markDone').click();
    await until(() => status() === 'none', 'done');
    expect(await ids()).to.deep.equal([]);
    expect(part('duration')).to.equal(null);
  });

  it('recording and mute show what the workspace reports', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    await until(() => text('recording').includes('Microphone on'), 'mute read');
    expect(action('microphone').getAttribute('aria-pressed')).to.equal('false');
    action('recordStart').click();
    await until(() => part('recording')!.dataset.state === 'RECORDING', 'recording');
    action('recordPause').click();
    await until(() => part('recording')!.dataset.state === 'PAUSED', 'paused');
    expect(reasonOf('recordPause').described).to.equal(
      'Not possible while the recording is paused.',
    );
    action('recordResume').click();
    await until(() => part('recording')!.dataset.state === 'RECORDING', 'recording again');
    action('recordStop').click();
    await until(() => part('recording')!.dataset.state === 'STOPPED', 'stopped');

    action('microphone').click();
    await until(() => action('microphone').getAttribute('aria-pressed') === 'true', 'mic muted');
    expect(text('recording')).to.contain('Microphone muted');
    action('speaker').click();
    await until(() => action('speaker').getAttribute('aria-pressed') === 'true', 'speaker muted');
    // The workspace unmutes by itself (another page): the element shows it after its next change.
    await bridge.request('voice.unmuteSpeaker');
    action('microphone').click();
    await until(() => action('microphone').getAttribute('aria-pressed') === 'false', 'mic back');
    expect(action('speaker').getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('the customer hangs up: ended, duration frozen, mark done offered', async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    await sim.control('stepScenario');
    await until(() => status() === 'ended', 'ended');
    expect(enabled('markDone')).to.equal(true);
    expect(enabled('hangUp')).to.equal(false);
  });

  it("mark done: disabled with the workspace's block, and a refused mark done shows the warning", async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    await sim.control('stepScenario');
    await until(() => status() === 'ended', 'ended');
    const id = main().interactionId;
    await bridge.blockMarkdone(id, 'Choose a disposition first.');
    await until(() => !enabled('markDone'), 'blocked');
    expect(reasonOf('markDone')).to.deep.equal({
      title: 'Mark done is blocked: Choose a disposition first.',
      described: 'Mark done is blocked: Choose a disposition first.',
    });
    expect(text('markdone-block')).to.equal('Mark done is blocked: Choose a disposition first.');
    await expect(el).to.be.accessible();
    // Someone else tries (the workspace's own button): MARKDONE_BLOCKED
    await bridge.markDone(id).catch(() => undefined);
    await until(
      () => text('feedback') === 'Mark done was refused: Choose a disposition first.',
      'refusal shown',
    );
    await bridge.unblockMarkdone(id);
    await until(() => enabled('markDone'), 'unblocked');
    expect(part('markdone-block')).to.equal(null);
    expect(text('feedback')).to.equal('');
  });

  it('a host error is said in words, and the element recovers', async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    // The customer hangs up while Hold is on its way: the host refuses it.
    void sim.control('stepScenario');
    action('hold').click();
    await until(() => text('error') !== '', 'error');
    expect(text('error')).to.equal('Hold failed: The call cannot be held in state IDLE.');
    expect(part('error')!.getAttribute('role')).to.equal('alert');
    await until(() => status() === 'ended', 'ended');
    await expect(el).to.be.accessible();
    action('markDone').click();
    await until(() => status() === 'none', 'done');
    expect(text('error')).to.equal('');
  });

  it('a timeout is said in words, and the next try works', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    await sim.control('setSilent', true);
    action('hold').click();
    await until(() => text('error') !== '', 'timeout', 4000);
    expect(text('error')).to.equal('Hold failed: The workspace did not answer within 1.5 s.');
    expect(enabled('hold')).to.equal(true);
    await sim.control('setSilent', false);
    action('hold').click();
    await until(() => status() === 'held', 'held');
  });

  it('disconnection: every action disabled with the reason; back when the workspace recovers', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    await sim.control('dropConnection');
    await until(() => text('connection') !== '', 'disconnected');
    expect(text('connection')).to.contain('connection is down');
    for (const a of ['hangUp', 'hold', 'markDone', 'panel-transfer', 'microphone']) {
      expect(enabled(a), a).to.equal(false);
      expect(reasonOf(a).described, a).to.equal('The workspace connection is down.');
    }
    await expect(el).to.be.accessible();
    await sim.control('recoverConnection');
    await until(() => text('connection') === '' && enabled('hold'), 'recovered');
    action('hold').click();
    await until(() => status() === 'held', 'held after recovery');
  });

  it('consultation by keyboard, then complete transfer', async () => {
    await scenario('consult-transfer', 'connected', 1);
    action('panel-transfer').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!part('panel'), 'panel open');
    expect(action('panel-transfer').getAttribute('aria-expanded')).to.equal('true');
    const form = root().querySelector('adk-call-target-form')!;
    await form.updateComplete;
    const select = form.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'number',
      'AGENT',
      'AGENT_GROUP',
      'SKILL',
      'INTERACTION_QUEUE',
      'ROUTING_POINT',
      'CUSTOM_CONTACT',
    ]);
    await expect(el).to.be.accessible();
    // Escape closes the panel and gives focus back to its button.
    await sendKeys({ press: 'Escape' });
    await until(() => !part('panel'), 'closed');
    await settle();
    expect(root().activeElement).to.equal(action('panel-transfer'));
    await sendKeys({ press: 'Enter' });
    await until(() => !!part('panel'), 'panel open again');
    const f = root().querySelector('adk-call-target-form')!;
    await f.updateComplete;
    const fr = f.shadowRoot!;
    fr.querySelector('select')!.value = 'AGENT';
    fr.querySelector('select')!.dispatchEvent(new Event('change'));
    const input = fr.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '5002' });
    (fr.querySelector('[data-action="consult"]') as HTMLButtonElement).click();
    await until(() => !!part('consultation'), 'consulting');
    expect(text('consultation')).to.equal('Consultation with 5002: Dialing');
    expect(status()).to.equal('held');
    expect(reasonOf('panel-transfer').described).to.equal(
      'A consultation is in progress: complete or end it first.',
    );
    await expect(el).to.be.accessible();
    await sim.control(
      'connectCall',
      bridge.state.interactions.size
        ? [...bridge.state.interactions.values()].find((i) => i.isConsultation)!.interactionId
        : '',
    );
    await until(() => text('consultation').includes(': Connected'), 'consult connected');
    action('completeTransfer').click();
    await until(() => status() === 'ended' && !part('consultation'), 'transferred');
    const [left] = await sim.control('listInteractions');
    expect(left.userData.call_result).to.equal(1); // TRANSFERRED
  });

  it('consultation then complete conference; and end a consultation to return to the caller', async () => {
    await scenario('consult-conference', 'connected', 1);
    await sim.control('stepScenario'); // consult 5002
    await sim.control('stepScenario'); // 5002 answers
    await until(() => text('consultation').includes(': Connected'), 'consulting');
    expect(enabled('completeConference') && enabled('endConsult')).to.equal(true);
    action('completeConference').click();
    await until(() => !part('consultation') && status() === 'connected', 'conferenced');
    expect(text('status')).to.contain('5002');

    action('panel-transfer').click();
    await until(
      () => !!root().querySelector('adk-call-target-form')?.shadowRoot?.querySelector('input'),
      'form',
    );
    const fr = root().querySelector('adk-call-target-form')!.shadowRoot!;
    const input = fr.querySelector('input')!;
    input.value = '+33647004';
    input.dispatchEvent(new Event('input'));
    (fr.querySelector('[data-action="consult"]') as HTMLButtonElement).click();
    await until(() => !!part('consultation'), 'second consultation');
    action('endConsult').click();
    await until(() => !part('consultation') && status() === 'connected', 'returned to the caller');
  });

  it('instant transfer to a number, after a refused empty destination', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    action('panel-transfer').click();
    await until(
      () => !!root().querySelector('adk-call-target-form')?.shadowRoot?.querySelector('input'),
      'form',
    );
    const form = root().querySelector('adk-call-target-form')!;
    const fr = form.shadowRoot!;
    (fr.querySelector('[data-action="transfer"]') as HTMLButtonElement).click();
    await form.updateComplete;
    const input = fr.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(fr.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Enter a destination.',
    );
    expect(fr.activeElement).to.equal(input);
    await expect(form).to.be.accessible();
    let sent: unknown;
    el.addEventListener(
      'adk-call-action',
      (e) => {
        sent = (e as CustomEvent).detail;
      },
      { once: true },
    );
    input.value = '+1 617 555 0100';
    input.dispatchEvent(new Event('input'));
    (fr.querySelector('[data-action="transfer"]') as HTMLButtonElement).click();
    await until(() => status() === 'ended', 'transferred');
    expect(sent).to.deep.include({ action: 'transfer', target: '+1 617 555 0100' });
    expect(part('panel')).to.equal(null);
  });

  it('web callback: the child call shows the contact; mark done closes the web callback after the call', async () => {
    await scenario('web-callback-preview', 'ready', 1);
    expect(text('status')).to.equal('Ready to call: Alan Turing (+442071838750)');
    expect(enabled('markDone')).to.equal(true);
    expect(reasonOf('panel-reschedule').described).to.equal(
      'This interaction has no outbound record to reschedule.',
    );
    await sim.control('stepScenario'); // the agent calls the contact
    await until(() => status() === 'dialing', 'dialing');
    expect(text('status')).to.equal('Dialing: Alan Turing (+442071838750)');
    expect(reasonOf('markDone').described).to.equal('End the call first.');
    await sim.control('stepScenario'); // the contact answers
    await until(() => status() === 'connected', 'connected');
    action('hangUp').click();
    await until(() => status() === 'ended', 'ended');
    action('markDone').click();
    await until(() => status() === 'none', 'closed');
    expect(await ids()).to.deep.equal([]);
  });

  it("a new case does not inherit the last one's result", async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    void sim.control('stepScenario');
    action('hold').click();
    await until(() => text('error') !== '', 'error');
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => status() === 'ringing', 'next call');
    expect(text('error')).to.equal('');
  });

  it('a page can veto an action (adk-call-action is cancelable)', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    el.addEventListener('adk-call-action', (e) => e.preventDefault(), { once: true });
    action('hold').click();
    await new Promise((r) => setTimeout(r, 150));
    expect(status()).to.equal('connected');
    expect(text('feedback')).to.equal('');
  });

  it('DTMF keypad: digits typed while it has focus are attached to the call, and shown as sent', async () => {
    await scenario('inbound-callback-asap', 'connected', 1);
    action('panel-keypad').click();
    await until(
      () => !!root().querySelector('adk-dtmf-keypad')?.shadowRoot?.querySelector('[part="key"]'),
      'keypad',
    );
    const pad = root().querySelector('adk-dtmf-keypad')!;
    const pr = pad.shadowRoot!;
    expect(pr.activeElement?.getAttribute('data-key')).to.equal('1');
    await expect(pad).to.be.accessible();
    await sendKeys({ type: '12#a' });
    await until(
      () => pr.querySelector('[part="sent"]')!.textContent!.trim() === 'Sent: 12#A',
      'sent shown',
    );
    expect((await simIx(main().interactionId))!.userData.DTMF).to.equal('12#A');
    // arrow keys move between keys; Enter presses the focused one
    await sendKeys({ press: 'ArrowRight' }); // from A to… A is the last of its row: stays
    expect(pr.activeElement?.getAttribute('data-key')).to.equal('A');
    await sendKeys({ press: 'ArrowDown' });
    expect(pr.activeElement?.getAttribute('data-key')).to.equal('B');
    await sendKeys({ press: 'Enter' });
    await until(() => pr.querySelector('[part="sent"]')!.textContent!.includes('12#AB'), 'B sent');
    await sendKeys({ type: 'x' }); // not a digit: nothing sent
    await sendKeys({ press: 'Escape' });
    await until(() => !part('panel'), 'closed');
    expect((await simIx(main().interactionId))!.userData.DTMF).to.equal('12#AB');
  });

  it("DTMF under another key, refused by the workspace's write list: said in words", async () => {
    el.setAttribute('dtmf-key', 'IVR_Digits');
    await sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': 'DispositionCode' },
      true,
    );
    await scenario('inbound-callback-asap', 'connected', 1);
    action('panel-keypad').click();
    await until(
      () => !!root().querySelector('adk-dtmf-keypad')?.shadowRoot?.querySelector('[part="key"]'),
      'keypad',
    );
    (
      root()
        .querySelector('adk-dtmf-keypad')!
        .shadowRoot!.querySelector('[data-key="5"]') as HTMLButtonElement
    ).click();
    await until(() => text('error') !== '', 'refused');
    expect(text('error')).to.equal(
      "Send DTMF failed: Writing the user data key(s) 'IVR_Digits' is not allowed.",
    );
  });

  it("outbound preview: reschedule in the contact's zone, then cancel it", async () => {
    await sim.control('offerRecord', 'pull');
    await until(() => status() === 'ready', 'previewing');
    expect(enabled('panel-reschedule')).to.equal(true);
    expect(reasonOf('cancelReschedule').described).to.equal(
      'The record has no reschedule to cancel.',
    );
    expect(reasonOf('markDone').described).to.equal(
      'The workspace does not offer this now (no MARK_DONE capability).',
    );
    action('panel-reschedule').click();
    const form = () => root().querySelector('adk-reschedule-form')!;
    await until(() => !!form()?.shadowRoot?.querySelector('#date'), 'form with zones');
    const fr = form().shadowRoot!;
    expect(fr.querySelector('[part="zone"]')!.textContent).to.contain('ACT');
    expect((fr.querySelector('#date') as HTMLInputElement).value).to.match(/^\d{4}-\d\d-\d\d$/);
    await expect(form()).to.be.accessible();
    const set = (sel: string, value: string) => {
      const i = fr.querySelector(sel) as HTMLInputElement;
      i.value = value;
      i.dispatchEvent(new Event('input'));
    };
    set('#date', '2020-01-15');
    set('#time', '10:30');
    await form().updateComplete;
    expect(fr.querySelector('[part="field-error"]')!.textContent).to.equal(
      'This time is in the past.',
    );
    expect(fr.querySelector('#time')!.getAttribute('aria-invalid')).to.equal('true');
    set('#date', '2030-01-15');
    (fr.querySelector('input[value="CAMPAIGN"]') as HTMLInputElement).click();
    await form().updateComplete;
    expect(fr.querySelector('[part="agent-time"]')!.textContent).to.contain('Your time:');
    (fr.querySelector('[data-action="reschedule"]') as HTMLButtonElement).click();
    await until(() => text('rescheduled') !== '', 'rescheduled');
    expect(text('rescheduled')).to.equal(
      'Rescheduled for Jan 15, 2030, 10:30 AM GMT+9:30 (contact’s time).',
    );
    const previewId = main().interactionId;
    const ud = (await simIx(previewId))!.userData;
    expect(ud.GSW_DATE_TIME).to.equal('01/15/2030 10:30');
    expect(ud.GSW_CALLBACK_TYPE).to.equal('CAMPAIGN');
    expect(part('panel')).to.equal(null);
    action('cancelReschedule').click();
    await until(() => !part('rescheduled'), 'cancelled');
    expect((await simIx(previewId))!.userData.GSW_DATE_TIME).to.equal(undefined);
  });

  it('outbound preview call: dialing, then connected, with the record still reschedulable', async () => {
    const previewId = await sim.control('offerRecord', 'pull');
    await until(() => status() === 'ready', 'previewing');
    await bridge.request('outbound.callPreviewRecord', previewId, 283);
    await until(() => status() === 'dialing', 'dialing');
    expect(text('status')).to.equal('Dialing: +33647005');
    expect(enabled('hangUp')).to.equal(true);
    await expect(el).to.be.accessible();
    await sim.control('connectCall', main().interactionId);
    await until(() => status() === 'connected', 'connected');
    expect(enabled('panel-reschedule')).to.equal(true);
  });

  it('follows the interaction named by interaction-id', async () => {
    await scenario('inbound-callback-asap', 'ringing');
    const first = main().interactionId;
    await sim.control('offerRecord', 'pull');
    await until(() => status() === 'ready', 'follows the newest');
    el.setAttribute('interaction-id', first);
    await until(() => status() === 'ringing', 'pinned');
  });

  it('leaves no listener behind', async () => {
    await expectNoLeaks(bridge, () => document.createElement('call-actions'), provider);
  });

  it('leaves no listener or ticking clock behind while a call rings, runs, is held, has ended', async () => {
    const make = () => document.createElement('call-actions');
    await scenario('customer-hangs-up', 'ringing');
    await expectNoLeaks(bridge, make, provider, { times: 5 });
    await bridge.accept(main().interactionId);
    await until(() => status() === 'connected', 'connected');
    await expectNoLeaks(bridge, make, provider, { times: 5 });
    action('hold').click();
    await until(() => status() === 'held', 'held');
    await expectNoLeaks(bridge, make, provider, { times: 5 });
    await sim.control('stepScenario');
    await until(() => status() === 'ended', 'ended');
    expect(part('duration')?.dataset.state).to.equal('ended');
    await expectNoLeaks(bridge, make, provider, { times: 5 });
  });

  it('live timers on the workspace clock: ringing, talking, on hold, after-call work; one ticker, only while timed', async () => {
    let now: number = await sim.control('now');
    el.now = () => now;
    const advance = async (ms: number) => {
      now = await sim.control('advanceClock', ms);
      el.requestUpdate();
      await el.updateComplete;
    };
    const timer = () => text('duration');
    expect(el.timers.ticking, 'no call: no ticker').to.equal(false);
    await scenario('inbound-callback-asap', 'ringing');
    expect(el.timers.ticking).to.equal(true);
    await advance(3000);
    expect(timer()).to.equal('Ringing 0:03');
    // A timer, not a live region, and outside the status line: not spoken every second.
    expect(part('duration')!.getAttribute('role')).to.equal('timer');
    expect(part('duration')!.getAttribute('aria-live')).to.equal(null);
    expect(part('duration')!.closest('[role=status],[aria-live]')).to.equal(null);
    expect(part('duration')!.querySelector('time')!.getAttribute('datetime')).to.equal('PT3S');

    await bridge.accept(main().interactionId);
    await until(() => status() === 'connected', 'connected');
    expect(timer()).to.equal('Talking 0:00');
    await advance(20_000);
    expect(timer()).to.equal('Talking 0:20');
    action('hold').click();
    await until(() => status() === 'held', 'held');
    expect(timer()).to.equal('On hold 0:00');
    await advance(45_000);
    expect(timer()).to.equal('On hold 0:45');
    expect(text('status')).to.equal('On hold: +14155550123');
    el.setAttribute('lang', 'fr');
    await until(() => timer() === `${fr.callActions.timer.held} 0:45`, 'the timer in French');
    el.removeAttribute('lang');
    action('resume').click();
    await until(() => status() === 'connected', 'resumed');
    expect(timer(), 'talking counts the call so far, the hold included').to.equal('Talking 1:05');
    action('hangUp').click();
    await until(() => status() === 'ended', 'ended');
    expect(timer()).to.equal('After-call work 0:00');
    await advance(30_000);
    expect(timer()).to.equal('After-call work 0:30');
    expect(el.timers.ticking).to.equal(true);
    await expect(el).to.be.accessible();

    action('markDone').click();
    await until(() => status() === 'none', 'done');
    expect(part('duration')).to.equal(null);
    expect(el.timers.ticking, 'nothing timed: the ticker stops').to.equal(false);
    await sim.control('offerRecord', 'pull');
    await until(() => status() === 'ready', 'a preview');
    expect(part('duration')).to.equal(null);
    expect(el.timers.ticking, 'a preview is not timed').to.equal(false);
  });

  it('words its last result and notice again when the language changes', async () => {
    await scenario('customer-hangs-up', 'connected', 1);
    await until(() => text('recording').includes('Microphone on'), 'mute read');
    action('microphone').click();
    await until(() => action('microphone').getAttribute('aria-pressed') === 'true', 'mic muted');
    action('microphone').click();
    await until(() => text('feedback') === 'Unmute microphone: done.', 'unmuted');
    el.setAttribute('lang', 'fr');
    await until(
      () => text('feedback') === fr.actions.done(fr.callActions.unmute.microphone),
      'the result in French',
    );
    el.removeAttribute('lang');
    await sim.control('stepScenario');
    await until(() => status() === 'ended', 'ended');
    const id = main().interactionId;
    await bridge.blockMarkdone(id, 'Choose a disposition first.');
    await bridge.markDone(id).catch(() => undefined);
    await until(
      () => text('feedback') === 'Mark done was refused: Choose a disposition first.',
      'refusal shown',
    );
    el.setAttribute('lang', 'fr');
    await until(
      () => text('feedback') === fr.callActions.markdoneRefused('Choose a disposition first.'),
      'the notice in French',
    );
  });

  it('speaks French when the page does', async () => {
    el.setAttribute('lang', 'fr');
    await until(() => text('status') === 'Aucun appel', 'French');
    expect(reasonOf('hangUp').described).to.equal('Il n’y a pas d’appel.');
  });
});
