// Unit tests of the rate limiter (seed 003 "Rate Limit") with a fake clock.
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { RateLimiter } from '../../src/sim/rate-limit.js';

describe('rate limiter', () => {
  let clock: ManualClock;
  let rl: RateLimiter;
  beforeEach(() => {
    clock = new ManualClock(0);
    rl = new RateLimiter(() => clock.now());
  });

  it('allows the limit, answers the next one with limit-reached, then ignores', () => {
    expect([1, 2, 3, 4].map(() => rl.check('o', 'voice.dial', 2, 30))).to.deep.equal([
      'ok',
      'ok',
      'limit-reached',
      'ignored',
    ]);
  });

  it('restarts counting when the quarantine ends', () => {
    for (let i = 0; i < 3; i++) rl.check('o', 'voice.dial', 2, 30);
    clock.advance(29_999);
    expect(rl.check('o', 'voice.dial', 2, 30)).to.equal('ignored');
    clock.advance(1);
    expect(rl.check('o', 'voice.dial', 2, 30)).to.equal('ok');
    expect(rl.check('o', 'voice.dial', 2, 30)).to.equal('ok');
    expect(rl.check('o', 'voice.dial', 2, 30)).to.equal('limit-reached');
  });

  it('ignores forever with a quarantine of 0', () => {
    for (let i = 0; i < 2; i++) rl.check('o', 'r', 1, 0);
    clock.advance(365 * 24 * 3600_000);
    expect(rl.check('o', 'r', 1, 0)).to.equal('ignored');
    expect(rl.quarantined()).to.deep.equal([{ origin: 'o', request: 'r', until: Infinity }]);
  });

  it('counts in fixed one-minute windows, not a sliding one', () => {
    clock.advance(59_000);
    expect(rl.check('o', 'r', 2, 30)).to.equal('ok');
    expect(rl.check('o', 'r', 2, 30)).to.equal('ok');
    clock.advance(1_000); // a new minute
    expect(rl.check('o', 'r', 2, 30)).to.equal('ok');
    expect(rl.check('o', 'r', 2, 30)).to.equal('ok');
    expect(rl.check('o', 'r', 2, 30)).to.equal('limit-reached');
  });

  it('counts per request type and per origin; 0 is unlimited', () => {
    rl.check('o', 'a', 1, 30);
    expect(rl.check('o', 'b', 1, 30)).to.equal('ok');
    expect(rl.check('p', 'a', 1, 30)).to.equal('ok');
    for (let i = 0; i < 1000; i++) expect(rl.check('o', 'c', 0, 30)).to.equal('ok');
  });
});

describe('manual clock', () => {
  it('fires timers in order as time advances', () => {
    const clock = new ManualClock(100);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 20);
    const id = clock.setTimeout(() => fired.push('x'), 15);
    clock.setTimeout(() => fired.push('a'), 10);
    clock.clearTimeout(id);
    clock.advance(19);
    expect(fired).to.deep.equal(['a']);
    clock.advance(1);
    expect(fired).to.deep.equal(['a', 'b']);
    expect(clock.now()).to.equal(120);
  });
});
