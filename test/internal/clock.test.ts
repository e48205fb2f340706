import { expect } from '@open-wc/testing';
import { ClockController } from '../../src/internal/time/clock.js';

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

describe('ClockController', () => {
  it('reads its source, replaceable for tests', () => {
    const c = new ClockController(host(), { now: () => 42 });
    expect(c.now()).to.equal(42);
    c.source = () => 7;
    expect(c.now()).to.equal(7);
  });

  it('ticks only while connected and while tickSeconds > 0', () => {
    const c = new ClockController(host());
    c.hostConnected();
    expect(c.ticking).to.equal(false);
    c.tickSeconds = 1;
    expect(c.ticking).to.equal(true);
    c.hostDisconnected();
    expect(c.ticking).to.equal(false);
    c.tickSeconds = 2; // changing the period while disconnected starts nothing
    expect(c.ticking).to.equal(false);
    c.hostConnected();
    expect(c.ticking).to.equal(true);
    c.tickSeconds = 0;
    expect(c.ticking).to.equal(false);
    c.hostDisconnected();
  });

  it('asks the host to re-render every tick', async () => {
    const h = host();
    const c = new ClockController(h, { tickSeconds: 0.02 });
    c.hostConnected();
    await new Promise((r) => setTimeout(r, 90));
    c.hostDisconnected();
    expect(h.updates).to.be.greaterThan(1);
  });
});
