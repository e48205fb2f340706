// The sim returns an unanswered offer after `callback.offer-timeout` seconds (seed 001: "If you do nothing…").
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { SimHost } from '../../src/sim/host.js';
import { runControl } from '../../src/sim/control.js';
import type { EventData } from './raw-client.js';

function setup(timeout: string | null) {
  const host = new SimHost({
    window: null,
    clock: new ManualClock(Date.UTC(2025, 5, 10)),
    connectDelayMs: null,
  });
  const events: Array<{ event: string; data: EventData }> = [];
  host.onEvent((event, data) => events.push({ event, data: data as EventData }));
  if (timeout !== null)
    runControl(host, 'configureOptions', [
      { 'interaction-workspace': { 'callback.offer-timeout': timeout } },
    ]);
  return {
    host,
    events,
    types: () =>
      events
        .filter((e) => e.event === 'interaction')
        .map((e) => `${e.data.eventType}:${e.data.interaction?.state}`),
  };
}

describe('sim: offer timeout', () => {
  it('never returns an offer without the option', () => {
    const { host, types } = setup(null);
    host.scenarios.start('inbound-callback-asap');
    host.clock.advance(3600_000);
    expect(types()).to.deep.equal(['ADDED:RINGING', 'RINGING:RINGING']);
  });

  it('returns a ringing voice callback: RELEASED with ronaCallState REDIRECTED, REMOVED, status QUEUED', () => {
    const { host, events, types } = setup('30');
    host.scenarios.start('inbound-callback-asap');
    host.clock.advance(29_999);
    expect(host.workspace.interactions.size).to.equal(1);
    host.clock.advance(1);
    expect(types()).to.deep.equal([
      'ADDED:RINGING',
      'RINGING:RINGING',
      'RELEASED:IDLE',
      'REMOVED:IDLE',
    ]);
    const released = events.find((e) => e.data.eventType === 'RELEASED')!.data.interaction;
    expect(released!.ronaCallState).to.equal('REDIRECTED');
    expect(released!.userData!.callback_status).to.equal(3);
    expect(host.workspace.interactions.size).to.equal(0);
  });

  it('revokes an invited web callback and a previewed scheduled callback', () => {
    const web = setup('10');
    web.host.scenarios.start('web-callback-preview');
    web.host.clock.advance(10_000);
    expect(web.types().slice(-2)).to.deep.equal(['REVOKE:REVOKED', 'REMOVED:REVOKED']);
    const preview = setup('10');
    preview.host.scenarios.start('scheduled-callback-preview');
    preview.host.clock.advance(10_000);
    expect(preview.types().slice(-2)).to.deep.equal(['RELEASED:IDLE', 'REMOVED:IDLE']);
  });

  it('keeps an offer the agent accepted in time', () => {
    const { host, types } = setup('10');
    host.scenarios.start('inbound-callback-asap');
    host.invoke('interaction.accept', ['1']);
    host.clock.advance(60_000);
    expect(types()).to.deep.equal(['ADDED:RINGING', 'RINGING:RINGING', 'ESTABLISHED:TALKING']);
  });
});
