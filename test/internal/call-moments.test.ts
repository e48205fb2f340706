import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/bridge/api.js';
import { formatDuration } from '../../src/internal/call-status.js';
import {
  MomentsById,
  observeMoments,
  stateTimer,
  type CallMoments,
} from '../../src/internal/call-moments.js';
import { voiceInteraction } from '../support/interactions.js';

const s = (seconds: number) => seconds * 1000;
const call = (state: Interaction['state']) => voiceInteraction({ interactionId: 'c1', state });

describe('call moments and state timers', () => {
  const steps: Array<[number, Interaction['state']]> = [
    [0, 'RINGING'],
    [8, 'TALKING'],
    [30, 'HELD'],
    [75, 'TALKING'],
    [90, 'HELD'],
    [100, 'TALKING'],
    [120, 'IDLE'],
  ];
  const at = (upTo: number): CallMoments => {
    let m: CallMoments | undefined;
    for (const [t, state] of steps.filter(([t]) => t <= upTo))
      m = observeMoments(m, call(state), s(t));
    return m!;
  };

  it('ringing since it was first seen', () => {
    expect(stateTimer(call('RINGING'), at(0))).to.deep.equal({ state: 'ringing', since: 0 });
  });

  it('talking since it was answered, holds included', () => {
    expect(stateTimer(call('TALKING'), at(8))).to.deep.equal({ state: 'connected', since: s(8) });
    expect(stateTimer(call('TALKING'), at(100))).to.deep.equal({
      state: 'connected',
      since: s(8),
    });
  });

  it('on hold since this hold began, not the first', () => {
    expect(stateTimer(call('HELD'), at(30))).to.deep.equal({ state: 'held', since: s(30) });
    expect(stateTimer(call('HELD'), at(90))).to.deep.equal({ state: 'held', since: s(90) });
    expect(at(100).holdMs).to.equal(s(45 + 10));
  });

  it('after-call work since the call ended', () => {
    expect(stateTimer(call('IDLE'), at(120))).to.deep.equal({ state: 'ended', since: s(120) });
  });

  it('no timer for an untimed state, or an end without an answer', () => {
    expect(stateTimer(call('DIALING'), observeMoments(undefined, call('DIALING'), 0))).to.equal(
      null,
    );
    expect(stateTimer(call('PREVIEW'), observeMoments(undefined, call('PREVIEW'), 0))).to.equal(
      null,
    );
    const missed = observeMoments(observeMoments(undefined, call('RINGING'), 0), call('IDLE'), 5);
    expect(stateTimer(call('IDLE'), missed)).to.equal(null);
    expect(stateTimer(undefined, missed)).to.equal(null);
  });

  it('counts elapsed time across a DST change (Paris, 29 March 2026, 02:00 -> 03:00)', () => {
    // Answered at 01:59 local (00:59Z), on hold at 03:01 local (01:01Z): two minutes, not an hour
    // and two; the clocks moved, the call did not.
    const answered = Date.parse('2026-03-29T00:59:00Z');
    const m = observeMoments(
      observeMoments(undefined, call('TALKING'), answered),
      call('HELD'),
      answered + s(120),
    );
    const talking = stateTimer(
      call('TALKING'),
      observeMoments(undefined, call('TALKING'), answered),
    )!;
    expect(formatDuration(Date.parse('2026-03-29T01:01:00Z') - talking.since)).to.equal('2:00');
    const held = stateTimer(call('HELD'), m)!;
    expect(formatDuration(Date.parse('2026-03-29T01:01:45Z') - held.since)).to.equal('0:45');
  });

  it('MomentsById records a change once: the same report seen again keeps its moment', () => {
    const byId = new MomentsById();
    const held = call('HELD');
    byId.observe(call('TALKING'), 0);
    byId.observe(held, s(10));
    byId.observe(held, s(50));
    expect(stateTimer(held, byId.get(held))).to.deep.equal({ state: 'held', since: s(10) });
    expect([...byId.keys()]).to.deep.equal(['c1']);
    byId.delete('c1');
    expect(byId.get(held)).to.equal(undefined);
  });
});
