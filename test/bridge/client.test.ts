import { expect } from '@open-wc/testing';
import { ServiceClient } from '../../src/bridge/client.js';
import {
  ClosedError,
  DisconnectedError,
  HostError,
  NotAllowedError,
  RateLimitedError,
  TimeoutError,
} from '../../src/bridge/errors.js';
import { rateLimitText, requestNotAllowedText } from '../../src/bridge/error-texts.js';
import { FakeHost, tick } from '../support/fake-host.js';
import { otherOriginUrl } from '../support/origins.js';
import { until } from '../support/until.js';

function loadRelay(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    addEventListener('message', function ready(e) {
      if (e.source === frame.contentWindow && e.data?.relayReady) {
        removeEventListener('message', ready);
        resolve(frame);
      }
    });
    frame.src = src;
    document.body.append(frame);
  });
}

describe('ServiceClient', () => {
  let host: FakeHost;
  let client: ServiceClient;
  beforeEach(() => {
    host = new FakeHost();
    client = new ServiceClient({ hostOrigin: location.origin, target: 'self', timeoutMs: 500 });
  });
  afterEach(() => {
    client.close();
    host.close();
  });

  it('refuses "*" and empty host origins', () => {
    expect(() => new ServiceClient({ hostOrigin: '*', target: 'self' })).to.throw(/exact origin/);
    expect(() => new ServiceClient({ hostOrigin: '', target: 'self' })).to.throw(/exact origin/);
  });

  it('sends the envelope of PROTOCOL.md and resolves with the answer matched by referenceId', async () => {
    const a = client.request('voice.hold', '1');
    const b = client.request('auth.getJwtToken');
    await tick();
    const [hold, get] = host.requests();
    expect(hold).to.include({ request: 'voice.hold', userAgent: 'WWE Client', protocolVersion: 2 });
    expect(hold.parameters).to.deep.equal(['1']);
    expect(hold.referenceId).to.be.a('string');
    expect(get).to.not.have.property('parameters');
    expect(get.referenceId).to.not.equal(hold.referenceId);
    host.answer(get.referenceId, { data: { username: 'jane' } }); // answered out of order
    host.answer(hold.referenceId, { data: undefined });
    expect(await b).to.deep.equal({ username: 'jane' });
    expect(await a).to.equal(undefined);
  });

  it('includes the frameId once the host assigned one', async () => {
    host.post({ frameId: 3 });
    await tick();
    client.request('auth.getJwtToken').catch(() => {});
    await tick();
    expect(host.requests()[0].frameId).to.equal(3);
  });

  it('fails with a TimeoutError when the host never answers, and ignores a late answer', async () => {
    const started = performance.now();
    const p = client.call('auth.getJwtToken', [], { timeoutMs: 50 });
    const error = await p.catch((e) => e);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('Request timeout');
    expect(performance.now() - started).to.be.below(450);
    host.answer(host.requests()[0].referenceId, { data: 'late' });
    await tick();
    expect(client.activity.pending).to.equal(0);
  });

  it('maps host errors onto typed errors carrying the host text', async () => {
    host.auto = (m) => {
      if (m.request === 'voice.hold') return { errorMessage: 'Error: Interaction not found.' };
      if (m.request === 'voice.dial')
        return { errorMessage: requestNotAllowedText('voice.dial', location.origin) };
      return undefined;
    };
    const hold = await client.request('voice.hold', '9').catch((e) => e);
    expect(hold).to.be.instanceOf(HostError);
    expect(hold.hostMessage).to.equal('Error: Interaction not found.');
    const dial = await client.request('voice.dial', '555').catch((e) => e);
    expect(dial).to.be.instanceOf(NotAllowedError);
    expect(dial.kind).to.equal('not-allowed');
  });

  it('reads the quarantine from the rate-limit text and fails further requests of that type at once', async () => {
    host.auto = (m) =>
      m.request === 'voice.dial'
        ? { errorMessage: rateLimitText('voice.dial', 30) }
        : { data: 'ok' };
    const first = await client.request('voice.dial', '1').catch((e) => e);
    expect(first).to.be.instanceOf(RateLimitedError);
    expect(first.quarantineSeconds).to.equal(30);
    const sent = host.requests().length;
    const second = await client.request('voice.dial', '2').catch((e) => e);
    expect(second).to.be.instanceOf(RateLimitedError);
    expect(host.requests().length).to.equal(sent); // not sent: the host would ignore it
    expect(await client.request('auth.getJwtToken')).to.equal('ok'); // other types go on
  });

  it('treats a quarantine of 0 as forever', async () => {
    host.auto = () => ({ errorMessage: rateLimitText('auth.getJwtToken', 0) });
    const e = await client.request('auth.getJwtToken').catch((x) => x);
    expect(e.forever).to.equal(true);
    expect(e.until).to.equal(Infinity);
  });

  it('subscribes ONCE with every name wanted in the same tick, and fans out to every listener', async () => {
    const got: string[] = [];
    const off1 = client.on('interaction', (d) =>
      got.push(`a:${(d as { eventType: string }).eventType}`),
    );
    const off2 = client.on('interaction', (d) =>
      got.push(`b:${(d as { eventType: string }).eventType}`),
    );
    const off3 = client.on('messenger:ch', (d) => got.push(`m:${JSON.stringify(d)}`));
    // The subscribe goes out at the end of this tick; its answer comes back after.
    await until(() => client.subscriptionStatus.state === 'active');
    const subs = host.seen.filter((s) => s.kind === 'subscribe');
    expect(subs.map((s) => (s.message as { data: string[] }).data)).to.deep.equal([
      ['interaction', 'messenger:ch'],
    ]);
    expect(client.subscriptionStatus).to.deep.include({
      state: 'active',
      subscriptionId: 's1',
      missing: [],
    });
    host.event('interaction', { eventType: 'ADDED' });
    host.event('messenger:ch', { foo: 1 });
    host.event('agent', { eventType: 'STATE_CHANGED' }); // not subscribed: dropped
    await tick();
    expect(got).to.deep.equal(['a:ADDED', 'b:ADDED', 'm:{"foo":1}']);
    off1();
    off2();
    await tick(30);
    expect(host.seen.some((s) => s.kind === 'unsubscribe')).to.equal(false); // messenger:ch stays
    host.event('interaction', { eventType: 'REMOVED' });
    await tick();
    expect(got).to.have.length(3); // no listener left for it: not dispatched
    off3();
    await until(() => host.seen.some((s) => s.kind === 'unsubscribe'));
    const unsub = host.seen.filter((s) => s.kind === 'unsubscribe');
    expect(unsub.map((u) => u.message.data)).to.deep.equal(['s1']);
    expect(client.subscriptionStatus.state).to.equal('none');
  });

  it('keeps fanning out when one listener throws', async () => {
    const got: number[] = [];
    const onerror = window.onerror;
    window.onerror = () => true;
    try {
      client.on('agent', () => {
        throw new Error('boom');
      });
      client.on('agent', () => got.push(1));
      await tick();
      host.event('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' });
      await tick();
      expect(got).to.deep.equal([1]);
    } finally {
      window.onerror = onerror;
    }
  });

  it('fails requests at once while REALTIME_CONNECTION says DISCONNECTED or DOWN', async () => {
    const states: string[] = [];
    client.onConnectionChange((s) => states.push(s));
    client.on('system', () => {});
    await tick();
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' });
    await tick();
    const e = await client.request('auth.getJwtToken').catch((x) => x);
    expect(e).to.be.instanceOf(DisconnectedError);
    expect(host.requests()).to.have.length(0);
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'DOWN' });
    await tick();
    expect((await client.request('auth.getJwtToken').catch((x) => x)).state).to.equal('DOWN');
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'RECONNECTED' });
    host.auto = () => ({ data: 1 });
    await tick();
    expect(await client.request('auth.getJwtToken')).to.equal(1);
    expect(states).to.deep.equal(['DISCONNECTED', 'DOWN', 'RECONNECTED']);
  });

  it('ignores malformed and hostile messages without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      client.on('agent', () => errors.push('listener called'));
      const p = client.request('auth.getJwtToken');
      await tick();
      const ref = host.requests()[0].referenceId;
      for (const junk of [
        null,
        'text',
        42,
        [],
        { referenceId: ref },
        { referenceId: ref, userAgent: 'Evil' },
        { event: 'agent', userAgent: 'WWE Server' },
        { __proto__: { userAgent: 'WWE Server' }, referenceId: ref },
        { frameId: 'x', userAgent: 'WWE Server' },
      ]) {
        postMessage(junk, location.origin);
      }
      await tick(20);
      expect(errors).to.deep.equal([]);
      host.answer(ref, { data: 'fine' });
      expect(await p).to.equal('fine');
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('fails a request whose answer has an errorMessage that is not a string with a HostError, at once', async () => {
    const started = performance.now();
    const p = client.call('agent.get', [], { timeoutMs: 5000 });
    await tick();
    const ref = host.requests()[0].referenceId;
    postMessage(
      {
        referenceId: ref,
        userAgent: 'WWE Server',
        protocolVersion: 2,
        errorMessage: { toString: 1 },
      },
      location.origin,
    );
    const e = await p.catch((x) => x);
    expect(e).to.be.instanceOf(HostError);
    expect(e.kind).to.equal('host');
    expect(e.message).to.equal(
      'Error: The workspace answered with an error that is not text (object: {"toString":1}).',
    );
    expect(performance.now() - started).to.be.below(2000);
    const q = client.request('agent.get');
    await tick();
    host.answer(host.requests()[1].referenceId, { errorMessage: { message: 'Busy' } as never });
    expect((await q.catch((x) => x)).hostMessage).to.equal('Busy');
    const r = client.request('agent.get');
    await tick();
    host.answer(host.requests()[2].referenceId, { errorMessage: 404 as never });
    expect(await r.catch((x) => x)).to.be.instanceOf(HostError);
  });

  it('on a rate-limit answer, fails the requests of that type in flight at once and quarantines the type the text names', async () => {
    const dials = [client.request('voice.dial', '1'), client.request('voice.dial', '2')].map((p) =>
      p.catch((e) => e),
    );
    const state = client.request('agent.getState').catch((e) => e);
    await tick();
    const [, , getState] = host.requests();
    // The seed's own sample: the answer to agent.getState names voice.dial as the limited request.
    host.answer(getState.referenceId, {
      errorMessage:
        "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    });
    const started = performance.now();
    const [d1, d2] = await Promise.all(dials);
    expect(performance.now() - started).to.be.below(200); // not the 500 ms timeout
    for (const d of [d1, d2]) {
      expect(d).to.be.instanceOf(RateLimitedError);
      expect(d.request).to.equal('voice.dial');
      expect(d.quarantineSeconds).to.equal(30);
    }
    const s = await state;
    expect(s).to.be.instanceOf(RateLimitedError);
    expect(s.limitedRequest).to.equal('voice.dial');
    const sent = host.requests().length;
    const later = await client.request('voice.dial', '3').catch((e) => e);
    expect(later).to.be.instanceOf(RateLimitedError);
    expect(later.request).to.equal('voice.dial');
    expect(host.requests().length).to.equal(sent); // quarantined: not sent
    expect(client.activity.pending).to.equal(0);
  });

  it('accepts answers only from the target window and the host origin', async () => {
    const sameOrigin = await loadRelay('/test/fixtures/relay-frame.html');
    const otherOrigin = await loadRelay(otherOriginUrl('/test/fixtures/relay-frame.html'));
    try {
      const p = client.request('auth.getJwtToken');
      await tick();
      const ref = host.requests()[0].referenceId;
      const forged = {
        referenceId: ref,
        data: 'forged',
        userAgent: 'WWE Server',
        protocolVersion: 2,
      };
      sameOrigin.contentWindow!.postMessage({ relay: forged }, '*'); // right origin, wrong window
      otherOrigin.contentWindow!.postMessage({ relay: forged }, '*'); // wrong origin
      await tick(50);
      host.answer(ref, { data: 'genuine' });
      expect(await p).to.equal('genuine');
    } finally {
      sameOrigin.remove();
      otherOrigin.remove();
    }
  });

  it('fails pending requests with ClosedError on close and leaves no listener', async () => {
    client.on('agent', () => {});
    const p = client.request('auth.getJwtToken');
    client.close();
    expect(await p.catch((e) => e)).to.be.instanceOf(ClosedError);
    expect(client.activity).to.deep.equal({ listeners: 0, events: 0, pending: 0 });
    expect(await client.request('auth.getJwtToken').catch((e) => e)).to.be.instanceOf(ClosedError);
  });
});
