import { expect } from '@open-wc/testing';
import { until } from './until.js';

describe('test support: until', () => {
  it('waits for a synchronous condition and resolves with its value', async () => {
    let n = 0;
    const value = await until(() => (++n >= 3 ? `after ${n}` : null), 'three reads');
    expect(value).to.equal('after 3');
  });

  it('awaits an async condition: a pending promise is not a truthy value', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 80);
    const started = Date.now();
    const value = await until(async () => ready && 'ready', 'the async flag');
    expect(value).to.equal('ready');
    expect(ready).to.equal(true);
    expect(Date.now() - started).to.be.at.least(50);
  });

  it('fails with what never came', async () => {
    const error = await until(async () => false, 'the thing', 60).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).to.contain('the thing: not met in 60 ms');
    const late = await until(
      () => 0,
      () => 'said late',
      60,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(late)).to.contain('said late: not met in 60 ms');
  });
});
