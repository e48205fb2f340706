// Each security option, allowed and denied, over the real cross-origin wire.
import { expect } from '@open-wc/testing';
import {
  originNotAllowedText,
  rateLimitText,
  requestNotAllowedText,
  userDataWriteNotAllowedText,
} from '../../src/bridge/error-texts.js';
import type { SecurityOptions } from '../../src/sim/security.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { RawClient, answered } from './raw-client.js';

const ORIGINS = 'service-client-api.accepted-web-content-origins';

describe('security over the wire', () => {
  let sim: SimFrame | undefined;
  let client: RawClient | undefined;
  async function open(options: SecurityOptions) {
    sim = await openSimFrame({ options });
    client = new RawClient(sim.window, sim.origin);
    return { sim, client };
  }
  afterEach(() => {
    client?.close();
    sim?.close();
    client = sim = undefined;
  });
  const error = async (c: RawClient, request: string, params: unknown[] = []) =>
    answered(await c.request(request, params)).errorMessage;

  it('refuses an unlisted origin every request, getAllowedServices and subscribe included', async () => {
    const { client: c } = await open({ [ORIGINS]: 'http://example.com (*)' });
    const text = originNotAllowedText(location.origin);
    expect(await error(c, 'agent.get')).to.equal(text);
    expect(await error(c, 'system.getAllowedServices')).to.equal(text);
    let err: Error | undefined;
    await c.subscribe(['agent']).catch((e) => (err = e));
    expect(err?.message).to.equal(text);
    expect(c.frameIds, 'no frame id for a refused origin').to.deep.equal([]);
  });

  it('lets a listed origin without a filter call everything but auth.getJwtToken', async () => {
    const { client: c } = await open({ [ORIGINS]: `http://example.com, ${location.origin}` });
    expect((await c.call('agent.get')).employeeId).to.equal('5001');
    expect(await error(c, 'auth.getJwtToken')).to.equal(
      requestNotAllowedText('auth.getJwtToken', location.origin),
    );
    const services = await c.call('system.getAllowedServices');
    expect(services).to.include('voice.dial').and.not.include('auth.getJwtToken');
  });

  it('applies a request filter with ns.* and a named request', async () => {
    const { client: c } = await open({ [ORIGINS]: `${location.origin} (agent.*, voice.dial)` });
    expect(await c.call('agent.getState')).to.deep.include({ type: 'READY' });
    expect(await c.call('voice.dial', '+14155550100', {})).to.equal(undefined);
    expect(await error(c, 'voice.hangUp', ['1'])).to.equal(
      requestNotAllowedText('voice.hangUp', location.origin),
    );
    expect(await error(c, 'interaction.getInteractions')).to.equal(
      requestNotAllowedText('interaction.getInteractions', location.origin),
    );
    // Answered whatever the filter: it exists so a page can learn what it may call. The list is
    // the seed's own for `http://my-web-server2 (agent.*, voice.dial)`.
    expect(await c.call('system.getAllowedServices')).to.have.members([
      'agent.get',
      'agent.getStateList',
      'agent.setState',
      'agent.getState',
      'voice.dial',
    ]);
  });

  it('gives a JWT only where auth.getJwtToken is named: (*, auth.getJwtToken)', async () => {
    const { client: c } = await open({ [ORIGINS]: `${location.origin} (*, auth.getJwtToken)` });
    const jwt = await c.call('auth.getJwtToken');
    expect(jwt.jwtToken.split('.')).to.have.length(3);
    expect(jwt.expiration).to.equal(new Date(Date.UTC(2021, 4, 27, 1)).toISOString());
    expect(await c.call('auth.getJwtToken')).to.deep.equal(jwt);
  });

  it('rate-limits per request type: the seed text once, then silence until the quarantine ends', async () => {
    const { sim: s, client: c } = await open({
      [ORIGINS]: `${location.origin} (*)`,
      'service-client-api.rate-limit': 0,
      'service-client-api.rate-limit.agent.get': 2,
    });
    expect(answered(await c.request('agent.get'))).to.have.property('data');
    expect(answered(await c.request('agent.get'))).to.have.property('data');
    const third = answered(await c.request('agent.get'));
    expect(third.errorMessage).to.equal(
      "The rate limit for the request 'agent.get' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    );
    expect(third.errorMessage).to.equal(rateLimitText('agent.get', 30));
    expect(third.request).to.equal('agent.get');
    expect(await c.request('agent.get', [], 300)).to.equal('timeout');
    expect(answered(await c.request('agent.getState'))).to.have.property('data'); // other types unaffected
    await s.control('advanceClock', 30_000);
    expect(answered(await c.request('agent.get'))).to.have.property('data');
  });

  it('applies the global limit to each request type, with a configured quarantine', async () => {
    const { sim: s, client: c } = await open({
      [ORIGINS]: `${location.origin} (*)`,
      'service-client-api.rate-limit': 1,
      'service-client-api.rate-limit-quarantine-delay': 60,
    });
    await c.call('agent.get');
    await c.call('agent.getState');
    expect(await error(c, 'agent.get')).to.equal(rateLimitText('agent.get', 60));
    await s.control('advanceClock', 59_000);
    expect(await c.request('agent.get', [], 300)).to.equal('timeout');
  });

  it('ignores forever with a quarantine delay of 0', async () => {
    const { sim: s, client: c } = await open({
      [ORIGINS]: `${location.origin} (*)`,
      'service-client-api.rate-limit.voice.isSpeakerMute': 1,
      'service-client-api.rate-limit-quarantine-delay': 0,
    });
    await c.call('voice.isSpeakerMute');
    expect(await error(c, 'voice.isSpeakerMute')).to.equal(rateLimitText('voice.isSpeakerMute', 0));
    await s.control('advanceClock', 24 * 3600_000);
    expect(await c.request('voice.isSpeakerMute', [], 300)).to.equal('timeout');
  });

  it('limits user-data writes to write-allowed keys and writes nothing on refusal', async () => {
    const { sim: s, client: c } = await open({
      [ORIGINS]: `${location.origin} (*)`,
      'service-client-api.user-data.write-allowed': 'Key1,Key3',
    });
    await s.control('startScenario', 'customer-hangs-up');
    await c.call('interaction.setUserData', '1', { Key1: 'a', Key3: 'c' });
    expect(
      await error(c, 'interaction.setUserData', ['1', { Key1: 'changed', Key2: 'b' }]),
    ).to.equal(userDataWriteNotAllowedText(['Key2']));
    expect(await error(c, 'interaction.deleteUserData', ['1', 'IW_CaseUid'])).to.equal(
      userDataWriteNotAllowedText(['IW_CaseUid']),
    );
    const ud = (await c.call('interaction.getByInteractionId', '1'))!.userData;
    expect(ud).to.deep.include({ Key1: 'a', Key3: 'c' });
    expect(ud).to.not.have.property('Key2');
    await c.call('interaction.deleteUserData', '1', 'Key3');
    expect((await c.call('interaction.getByInteractionId', '1'))!.userData).to.not.have.property(
      'Key3',
    );
  });

  it('filters userData to read-allowed keys in results and in events', async () => {
    const { sim: s, client: c } = await open({
      [ORIGINS]: `${location.origin} (*)`,
      'service-client-api.user-data.read-allowed': 'Key1,CustomerName',
    });
    await c.subscribe(['interaction']);
    await s.control('startScenario', 'customer-hangs-up');
    await c.call('interaction.setUserData', '1', { Key1: 'a', Key2: 'b' });
    const [added] = await c.waitEvents('interaction', 1);
    expect(added.data.interaction!.userData).to.deep.equal({ CustomerName: 'Katherine Johnson' });
    const changed = await c.until(() =>
      c.events.find((e) => e.data.eventType === 'ATTACHED_DATA_CHANGED'),
    );
    expect(changed!.data.interaction!.userData).to.deep.equal({
      CustomerName: 'Katherine Johnson',
      Key1: 'a',
    });
    expect((await c.call('interaction.getByInteractionId', '1'))!.userData).to.deep.equal({
      CustomerName: 'Katherine Johnson',
      Key1: 'a',
    });
    expect((await c.call('interaction.getInteractions'))[0].userData).to.deep.equal({
      CustomerName: 'Katherine Johnson',
      Key1: 'a',
    });
    // The host itself keeps every key.
    expect((await s.control('listInteractions'))[0].userData).to.have.property('Key2', 'b');
  });

  it('applies new options at once (configureSecurity)', async () => {
    const { sim: s, client: c } = await open({ [ORIGINS]: `${location.origin} (*)` });
    await c.call('agent.get');
    await s.control('configureSecurity', { [ORIGINS]: 'http://example.com' });
    expect(await error(c, 'agent.get')).to.equal(originNotAllowedText(location.origin));
  });
});
