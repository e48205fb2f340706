// The strict simulated workspace against a plain reference-style client (RawClient: one name per
// subscribe, unsubscribe by id): one subscription per frame, the forgiving forms the documents
// allow, bounds on what a frame can make the host hold, and the toast icon.
import { expect } from '@open-wc/testing';
import { startSimulatedWorkspace } from '../../src/sim/index.js';
import { LIMITS } from '../../src/sim/limits.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { RawClient } from './raw-client.js';

const errorOf = async (c: RawClient, request: string, ...params: unknown[]) =>
  c.call(request, ...params).then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('strict simulated workspace, over the wire', () => {
  let sim: SimFrame;
  let c: RawClient;
  beforeEach(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
    c = new RawClient(sim.window, sim.origin);
  });
  afterEach(() => {
    c.close();
    sim.close();
  });

  it('takes a single-name subscribe, puts the id in data and at the top level, and unsubscribes by that id', async () => {
    c.send({
      event: 'subscribe',
      data: 'agent',
      referenceId: 'one',
      userAgent: 'WWE Client',
      protocolVersion: 2,
    });
    const a = await c.until(() => c.answers.find((x) => x.referenceId === 'one'));
    expect(a?.errorMessage).to.equal(undefined);
    const id = (a!.data as { subscriptionId?: string }).subscriptionId;
    expect(id).to.be.a('string');
    expect(a!.subscriptionId).to.equal(id);
    await c.call('agent.setState', 'NotReady');
    expect(await c.waitEvents('agent', 1)).to.have.length(1);
    c.unsubscribe(id!);
    await c.call('agent.setState', 'Ready');
    await RawClient.settle();
    expect(c.events.filter((e) => e.event === 'agent')).to.have.length(1);
  });

  it('answers a second subscribe from the same frame with an error and keeps the first (seed: "subscribe only once")', async () => {
    const first = await c.subscribe('agent');
    let error = '';
    await c.subscribe(['interaction']).catch((e: Error) => (error = e.message));
    expect(error).to.equal(
      `Error: This page already holds the subscription '${first}'; a page must call subscribe only once (unsubscribe it first, or subscribe once with every event name).`,
    );
    const clients = await sim.control('listClients');
    expect(clients[0].subscriptions).to.deep.equal([['agent']]);
    await c.call('agent.setState', 'NotReady');
    expect(await c.waitEvents('agent', 1)).to.have.length(1); // the first one still delivers
    // Once unsubscribed, the frame may subscribe again.
    c.unsubscribe(first);
    const again = await c.subscribe(['agent', 'interaction']);
    expect(again).to.not.equal(first);
  });

  it('answers system.getAllowedServices for a listed origin whatever its filter', async () => {
    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': `${location.origin} (voice.dial)`,
    });
    expect(await c.call('system.getAllowedServices')).to.deep.equal(['voice.dial']);
    expect(await errorOf(c, 'agent.get')).to.match(/is not allowed for the origin/);
  });

  it('sets agent and media states by operation name or by index in the state list', async () => {
    const list: Array<{ operationName: string; type: string }> = await c.call('agent.getStateList');
    const i = list.findIndex((s) => s.operationName === 'NotReady');
    await c.call('agent.setState', i);
    expect((await c.call('agent.getState')).operationName).to.equal('NotReady');
    await c.call('agent.setState', 'Ready');
    expect((await c.call('agent.getState')).operationName).to.equal('Ready');
    await c.call('media.setState', 'voice', i);
    expect((await c.call('media.getMediaByName', 'voice'))!.state.operationName).to.equal(
      'NotReady',
    );
    expect(await errorOf(c, 'agent.setState', list.length)).to.equal(
      `Error: Unknown state operation '${list.length}'.`,
    );
    expect(await errorOf(c, 'agent.setState', 1.5)).to.equal(
      "Error: Unknown state operation '1.5'.",
    );
    expect(await errorOf(c, 'agent.setState', { x: 1 })).to.equal(
      "Error: The parameter 'stateOperationName' is missing or invalid.",
    );
  });

  it('refuses a toast icon that is not an https:, http: or data:image/ URL, and pops the others', async () => {
    for (const icon of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'icon.png',
    ]) {
      expect(await errorOf(c, 'system.popupToast', { title: 'T', icon })).to.equal(
        `Error: The toast icon must be an https:, http: or data:image/ URL (got '${icon}').`,
      );
    }
    for (const icon of [
      'https://cdn.example.com/i.png',
      'http://x.test/i.png',
      'data:image/png;base64,AA==',
    ]) {
      expect(await c.call('system.popupToast', { title: 'T', icon })).to.be.a('string');
    }
    const id = await c.call('system.popupToast', { title: 'U' });
    expect(await errorOf(c, 'system.updateToast', id, { icon: 'javascript:void 0' })).to.match(
      /^Error: The toast icon must be/,
    );
  });

  it('bounds the toasts, dialogs and interactions one frame can open, with an error past the limit', async () => {
    for (let i = 0; i < LIMITS.toastsPerFrame; i++)
      await c.call('system.popupToast', { title: `T${i}` });
    expect(await errorOf(c, 'system.popupToast', { title: 'one too many' })).to.equal(
      `Error: A page may have at most ${LIMITS.toastsPerFrame} open toasts; close one first.`,
    );
    for (let i = 0; i < LIMITS.dialogsPerFrame; i++)
      await c.call('system.openDialog', `https://x.test/${i}`, {});
    expect(await errorOf(c, 'system.openDialog', 'https://x.test/more', {})).to.equal(
      `Error: A page may have at most ${LIMITS.dialogsPerFrame} open dialogs; close one first.`,
    );
    for (let i = 0; i < LIMITS.interactionsPerFrame; i++)
      await c.call('voice.dial', `+1415555${String(i).padStart(4, '0')}`, {});
    expect(await errorOf(c, 'voice.dial', '+14155559999', {})).to.equal(
      `Error: A page may have at most ${LIMITS.interactionsPerFrame} open interactions; close one first.`,
    );
    expect(await c.call('agent.get')).to.have.property('employeeId', '5001'); // still answering
  });

  it('bounds a subscription: names per subscribe and name length', async () => {
    const many = Array.from(
      { length: LIMITS.namesPerSubscription + 1 },
      (_, i) => `messenger:${i}`,
    );
    let error = '';
    await c.subscribe(many).catch((e: Error) => (error = e.message));
    expect(error).to.equal(
      `Error: A subscription may name at most ${LIMITS.namesPerSubscription} events (got ${many.length}).`,
    );
    await c
      .subscribe(`messenger:${'x'.repeat(LIMITS.nameLength)}`)
      .catch((e: Error) => (error = e.message));
    expect(error).to.equal(
      `Error: An event name may have at most ${LIMITS.nameLength} characters.`,
    );
    expect(await c.subscribe('agent')).to.be.a('string'); // nothing was held for the refused ones
  });
});

describe('simulated workspace, not strict', () => {
  it('lets a frame hold several subscriptions (up to the limit), delivering an event once', async () => {
    const sim = startSimulatedWorkspace({ strict: false, connectDelayMs: null });
    const c = new RawClient(window, location.origin);
    try {
      expect(sim.host.strict).to.equal(false);
      await c.subscribe('agent');
      await c.subscribe(['agent', 'interaction']);
      await c.call('agent.setState', 'NotReady');
      await RawClient.settle(50);
      expect(c.events.filter((e) => e.event === 'agent')).to.have.length(1);
      for (let i = 2; i < LIMITS.subscriptionsPerFrame; i++) await c.subscribe('system');
      let error = '';
      await c.subscribe('system').catch((e: Error) => (error = e.message));
      expect(error).to.equal(
        `Error: A page may hold at most ${LIMITS.subscriptionsPerFrame} subscriptions; unsubscribe one first.`,
      );
    } finally {
      c.close();
      sim.stop();
    }
  });

  it('is strict by default', () => {
    const sim = startSimulatedWorkspace();
    try {
      expect(sim.host.strict).to.equal(true);
      expect(sim.host.workspace.strict).to.equal(true);
    } finally {
      sim.stop();
    }
  });
});
