// The SimHost over the real wire: a cross-origin iframe (openSimFrame), raw postMessage.
import { expect } from '@open-wc/testing';
import { REQUEST_NAMES } from '../../src/bridge/api.js';
import { allowThisPage, openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { RawClient, answered } from './raw-client.js';

describe('SimHost on the wire', () => {
  let sim: SimFrame;
  let client: RawClient;

  beforeEach(async () => {
    sim = await openSimFrame({
      options: allowThisPage(),
    });
    client = new RawClient(sim.window, sim.origin);
  });
  afterEach(() => {
    client.close();
    sim.close();
  });

  it('assigns a frame id on first contact and answers in the envelope', async () => {
    const answer = await client.request('agent.get');
    expect(client.frameIds).to.have.length(1);
    expect(answer).to.deep.include({
      request: 'agent.get',
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(answered(answer).data).to.deep.equal({
      employeeId: '5001',
      firstname: 'Ada',
      lastname: 'Lovelace',
      username: 'ada.lovelace',
    });
    await client.request('agent.getState');
    expect(client.frameIds).to.have.length(1);
  });

  it('answers every request of REQUEST_NAMES (no unknown-request error)', async () => {
    for (const name of REQUEST_NAMES) {
      if (name === 'auth.getJwtToken') continue; // not allowed without being named
      const a = await client.request(name, []);
      expect(a, name).to.not.equal('timeout');
      expect(answered(a).errorMessage ?? '', name).to.not.match(/Unknown request/);
    }
  });

  it('answers an unknown request with the unknown-request text', async () => {
    const a = await client.request('voice.fly');
    expect(answered(a).errorMessage).to.equal("Error: Unknown request 'voice.fly'.");
  });

  it('accepts the legacy sipEndpoint.* names', async () => {
    await client.call('sipEndpoint.muteMicrophone');
    expect(await client.call('voice.isMicrophoneMute')).to.equal(true);
    expect(await client.call('sipEndpoint.isMicrophoneMute')).to.equal(true);
  });

  it('subscribes, delivers events, and stops after unsubscribe', async () => {
    const id = await client.subscribe(['agent']);
    expect(id).to.be.a('string');
    await client.call('agent.setState', 'NotReadyBreak');
    const [ev] = await client.waitEvents('agent', 1);
    expect(ev).to.deep.include({ event: 'agent', userAgent: 'WWE Server', protocolVersion: 2 });
    expect(ev.data).to.deep.include({
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY_ACTION_CODE',
      reason: 'Break',
      reasonCode: '1511',
    });
    client.unsubscribe(id);
    await client.call('agent.setState', 'Ready');
    await RawClient.settle();
    expect(client.events.filter((e) => e.event === 'agent')).to.have.length(1);
  });

  it('is driven by the control channel', async () => {
    const status = await sim.control('startScenario', 'inbound-callback-asap');
    expect(status.next?.name).to.equal('accept');
    const list = await sim.control('listInteractions');
    expect(list).to.have.length(1);
    expect(list[0]).to.include({ interactionId: '1', state: 'RINGING' });
    await sim.control('reset');
    expect(await sim.control('listInteractions')).to.deep.equal([]);
    let err: Error | undefined;
    try {
      await sim.controlUnchecked('nope');
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal("Unknown control command 'nope'");
  });
});
