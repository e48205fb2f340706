import { expect } from '@open-wc/testing';
import {
  DisconnectedError,
  HostError,
  RateLimitedError,
  TimeoutError,
  ClosedError,
} from '../../src/bridge/errors.js';
import { en } from '../../src/i18n/en.js';
import { ActionController, errorReason, outcomeText } from '../../src/internal/actions.js';

const host = () => {
  const h = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
};

describe('ActionController', () => {
  it('is pending, then done, and says so', async () => {
    const h = host();
    const c = new ActionController<'hold'>(h);
    let finish!: () => void;
    const run = c.run('hold', () => new Promise<void>((r) => (finish = r)));
    expect(c.isPending('hold')).to.equal(true);
    expect([...c.pending]).to.deep.equal(['hold']);
    expect(outcomeText(c.latest!, 'Hold', en.actions)).to.equal('Hold…');
    // a second run of a pending action is not started
    expect(await c.run('hold', () => Promise.resolve())).to.deep.equal({
      ok: false,
      error: 'pending',
    });
    finish();
    expect((await run).ok).to.equal(true);
    expect(c.isPending('hold')).to.equal(false);
    expect(c.outcome('hold')!.phase).to.equal('done');
    expect(outcomeText(c.latest!, 'Hold', en.actions)).to.equal('Hold: done.');
    expect(h.updates).to.be.greaterThan(1);
  });

  it('fails in words, calls onSettled, and clears settled outcomes', async () => {
    const settled: string[] = [];
    const c = new ActionController(host(), {
      onSettled: (o) => settled.push(`${o.action}:${o.phase}`),
    });
    const r = await c.run('hold', () =>
      Promise.reject(new HostError('voice.hold', 'Error: The call cannot be held in state IDLE.')),
    );
    expect(r.ok).to.equal(false);
    expect(outcomeText(c.latest!, 'Hold', en.actions)).to.equal(
      'Hold failed: The call cannot be held in state IDLE.',
    );
    expect(settled).to.deep.equal(['hold:failed']);
    c.clear('hold');
    expect(c.outcome('hold')).to.equal(undefined);
    expect(c.latest).to.equal(undefined);
  });
});

describe('errorReason', () => {
  const t = en.actions;
  it("names timeouts, disconnection and a closed bridge in the kit's words", () => {
    expect(errorReason(new TimeoutError('voice.hold', 10000), t)).to.equal(
      'The workspace did not answer within 10 s.',
    );
    expect(errorReason(new TimeoutError('voice.hold', 250), t)).to.equal(
      'The workspace did not answer within 0.3 s.',
    );
    expect(errorReason(new DisconnectedError('voice.hold', 'DISCONNECTED'), t)).to.match(
      /connection is down/,
    );
    expect(errorReason(new ClosedError('voice.hold'), t)).to.match(/closed/);
  });
  it('keeps the host\'s text on one line, without "Error:", as a sentence', () => {
    const rate = new RateLimitedError(
      'voice.dial',
      "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
      30,
      0,
    );
    expect(errorReason(rate, t)).to.equal(
      "The rate limit for the request 'voice.dial' has been reached. Further requests of the same type will be ignored for 30 seconds.",
    );
    expect(errorReason(new HostError('x', 'Error: nope'), t)).to.equal('nope.');
    expect(errorReason(new Error('boom'), t)).to.equal('boom.');
    expect(errorReason(undefined, t)).to.equal('An unexpected error occurred.');
  });
});
