// <agent-bridge>'s CRM events against the simulated workspace (a real cross-origin frame):
// `adk-screen-pop` once per interaction for each kind, and `adk-interaction-log` at mark done,
// checked field by field for an inbound callback, a web callback and an outbound record.
import { expect, html } from '@open-wc/testing';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type {
  InteractionLogDetail,
  ScreenPopDetail,
} from '../../src/components/agent-bridge/agent-bridge.events.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { mountOnSim } from '../support/mount.js';
import { until } from '../support/until.js';

describe('<agent-bridge> screen pop and call log', () => {
  let sim: SimFrame;
  let provider: AgentBridgeElement;
  let bridge: AgentBridge;
  let unmount: () => void;
  let pops: ScreenPopDetail[];
  let logs: InteractionLogDetail[];
  const onPop = (e: CustomEvent<ScreenPopDetail>) => pops.push(e.detail);
  const onLog = (e: CustomEvent<InteractionLogDetail>) => logs.push(e.detail);

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
  });
  after(() => sim.close());
  beforeEach(async () => {
    pops = [];
    logs = [];
    ({ provider, bridge, unmount } = await mountOnSim(sim, html`<span></span>`));
    provider.setAttribute('screen-pop-keys', 'AccountNumber, GSW_* customer_number');
    provider.addEventListener('adk-screen-pop', onPop);
    provider.addEventListener('adk-interaction-log', onLog);
  });
  afterEach(() => unmount());

  /** Runs the scenario to its end (every interaction done and gone). */
  async function run(name: string) {
    await sim.control('startScenario', name);
    await sim.control('runScenario');
    await until(() => bridge.state.interactions.size === 0 && logs.length > 0, `${name} to end`);
    await new Promise((r) => setTimeout(r, 50));
  }

  const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
  /** The times are this page's (ISO, in order); the durations whole seconds. */
  function expectTimes(log: InteractionLogDetail, start: string | null | undefined) {
    expect(log.start).to.equal(start);
    for (const t of [log.answer, log.end, log.done]) expect(t).to.match(ISO);
    expect(Date.parse(log.answer!) <= Date.parse(log.end!)).to.equal(true);
    expect(Date.parse(log.end!) <= Date.parse(log.done)).to.equal(true);
    for (const d of Object.values(log.durations))
      expect(Number.isInteger(d) && d >= 0).to.equal(true);
  }

  it('an inbound callback: one screen pop (callback); its log field by field, with hold, disposition and note', async () => {
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => pops.length === 1, 'the screen pop');
    await sim.control('stepScenario'); // accepted, talking
    const id = pops[0].interactionId;
    await until(() => bridge.interaction(id)?.state === 'TALKING', 'talking');
    await bridge.hold(id);
    await until(() => bridge.interaction(id)?.state === 'HELD', 'held');
    await bridge.resume(id);
    await bridge.setUserData(id, {
      DispositionCode: 'Sales/Order',
      DispositionNote: 'Wants a quote',
    });
    await sim.control('runScenario');
    await until(() => logs.length === 1, 'the log');
    await new Promise((r) => setTimeout(r, 50));

    expect(pops.map((p) => p.kind)).to.deep.equal(['callback']);
    const [pop] = pops;
    expect(pop.party).to.deep.equal({ name: null, number: '+14155550123' });
    expect(pop.userData).to.deep.equal({
      customer_number: '+14155550123',
      AccountNumber: 'ACC-100482',
    });
    expect(pop.interaction.interactionId).to.equal(id);

    const [log] = logs;
    const { start, answer, end, done, durations, ...rest } = log;
    expectTimes(log, pop.interaction.startDate);
    expect(durations.hold).to.be.at.most(1);
    expect(rest).to.deep.equal({
      interactionId: id,
      caseId: pop.interaction.caseId,
      kind: 'callback',
      media: 'voice',
      direction: 'IN',
      party: { name: null, number: '+14155550123' },
      disposition: { code: 'Sales/Order', note: 'Wants a quote' },
      callResult: null,
      record: null,
      callback: null,
      recording: 'STOPPED',
    });
    void [start, answer, end, done];
  });

  it('a web callback: one screen pop (web-callback, not again for its call); one log, the call as the web callback', async () => {
    await run('web-callback-preview');
    expect(pops.map((p) => [p.kind, p.interactionId])).to.deep.equal([['web-callback', '1']]);
    expect(pops[0].party).to.deep.equal({ name: 'Alan Turing', number: '+442071838750' });
    expect(pops[0].userData).to.deep.equal({
      customer_number: '+442071838750',
      AccountNumber: 'ACC-200917',
    });
    expect(logs).to.have.length(1);
    const { start, answer, end, done, durations, ...rest } = logs[0];
    expect(Date.parse(answer!) <= Date.parse(done)).to.equal(true);
    expect(durations).to.deep.equal({ talk: 0, hold: 0, afterCallWork: 0 });
    expect(rest).to.deep.equal({
      interactionId: '2',
      caseId: pops[0].interaction.caseId,
      kind: 'web-callback',
      media: 'voice',
      direction: 'OUT',
      party: { name: 'Alan Turing', number: '+442071838750' },
      disposition: { code: null, note: null },
      callResult: null,
      record: null,
      callback: null,
      recording: 'STOPPED',
    });
    void [start, end];
  });

  it('an outbound record: one screen pop for the preview and its call; the log carries record, campaign, call result and the reschedule', async () => {
    await sim.control('startScenario', 'outbound-pull-preview');
    await sim.control('stepScenario'); // the call
    await sim.control('stepScenario'); // connected
    await until(
      () => [...bridge.state.interactions.values()].some((i) => i.state === 'TALKING'),
      'talking',
    );
    const call = [...bridge.state.interactions.values()].find((i) => i.state === 'TALKING')!;
    await bridge.reschedule(call.interactionId, 283, '05/28/2021 10:30', 'PERSONAL');
    await sim.control('runScenario');
    await until(() => logs.length === 1 && bridge.state.interactions.size === 0, 'the log');
    await new Promise((r) => setTimeout(r, 50));

    expect(pops.map((p) => p.kind)).to.deep.equal(['outbound-record']);
    expect(pops[0].party).to.deep.equal({ name: null, number: '+33647005' });
    expect(Object.keys(pops[0].userData).every((k) => k.startsWith('GSW_'))).to.equal(true);
    expect(pops[0].userData.GSW_RECORD_HANDLE).to.equal('283');
    const { start, answer, end, done, durations, ...rest } = logs[0];
    expectTimes(logs[0], call.startDate);
    expect(rest).to.deep.equal({
      interactionId: call.interactionId,
      caseId: call.caseId,
      kind: 'outbound-record',
      media: 'voice',
      direction: 'OUT',
      party: { name: null, number: '+33647005' },
      disposition: { code: null, note: null },
      callResult: 'UNKNOWN',
      record: { handle: 283, campaign: 'Outbound Campaign Custom' },
      callback: { scheduledFor: '05/28/2021 10:30', type: 'PERSONAL' },
      recording: 'STOPPED',
    });
    void [start, answer, end, done, durations];
  });

  it('an inbound call: one screen pop (inbound-call) with the configured keys', async () => {
    await run('customer-hangs-up');
    expect(pops.map((p) => p.kind)).to.deep.equal(['inbound-call']);
    expect(pops[0].userData).to.deep.equal({ AccountNumber: 'ACC-300551' });
    expect(logs.map((l) => l.kind)).to.deep.equal(['inbound-call']);
  });

  it('a following tab pops nothing and logs nothing (the leading tab does)', async () => {
    await sim.control('setFrameState', 'FOLLOWING');
    await until(() => !bridge.leading, 'following');
    await sim.control('startScenario', 'customer-hangs-up');
    await until(() => bridge.state.interactions.size === 1, 'the call');
    await sim.control('runScenario');
    await until(() => bridge.state.interactions.size === 0, 'the call done');
    await new Promise((r) => setTimeout(r, 50));
    expect(pops).to.deep.equal([]);
    expect(logs).to.deep.equal([]);
    await sim.control('setFrameState', 'LEADING');
  });
});
