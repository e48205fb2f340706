// The workspace's tabs (seed 003, "Supporting multiple browser tabs"), as src/sim/frames.ts
// keeps them: per-frame states, the election when the leader's tab closes, the last active tab.
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { ELECTION_MS, FrameElection } from '../../src/sim/frames.js';

function setup() {
  const clock = new ManualClock(0);
  const told: Array<[number | null, string]> = [];
  const frames = new FrameElection(
    clock,
    (id, state) => told.push([id, state]),
    () => {},
  );
  return { clock, told, frames };
}

describe('sim frames (several tabs)', () => {
  it('the first frame leads, later ones follow; each is asked about itself', () => {
    const { frames, told } = setup();
    frames.join(1);
    frames.join(2);
    frames.join(3);
    expect([1, 2, 3].map((id) => frames.stateOf(id))).to.deep.equal([
      'LEADING',
      'FOLLOWING',
      'FOLLOWING',
    ]);
    expect(frames.isLastActive(3)).to.equal(true);
    expect(frames.isLastActive(1)).to.equal(false);
    expect(told).to.deep.equal([]); // joining reports nothing: the frame asks
  });

  it("closing the leader's tab: the others NEGOTIATING, then the last active one LEADING", () => {
    const { frames, told, clock } = setup();
    [1, 2, 3].forEach((id) => frames.join(id));
    frames.activate(2);
    frames.leave(1);
    expect(told).to.deep.equal([
      [2, 'NEGOTIATING'],
      [3, 'NEGOTIATING'],
    ]);
    expect(frames.stateOf(2)).to.equal('NEGOTIATING');
    frames.join(4); // joins during the election
    expect(frames.stateOf(4)).to.equal('NEGOTIATING');
    clock.advance(ELECTION_MS - 1);
    expect(frames.leader).to.equal(null);
    clock.advance(1);
    expect(told.slice(2)).to.deep.equal([
      [2, 'FOLLOWING'],
      [3, 'FOLLOWING'],
      [4, 'LEADING'],
    ]);
    expect(frames.leader).to.equal(4);
  });

  it('a follower leaving changes nothing for the others; the last one alone leads', () => {
    const { frames, told } = setup();
    [1, 2].forEach((id) => frames.join(id));
    frames.leave(2);
    expect(told).to.deep.equal([]);
    expect(frames.stateOf(1)).to.equal('LEADING');
    expect(frames.isLastActive(1)).to.equal(true);
  });

  it('a forced state goes to one frame, or to every frame in one event', () => {
    const { frames, told } = setup();
    [1, 2].forEach((id) => frames.join(id));
    frames.force('NEGOTIATING', 2);
    frames.force('FOLLOWING');
    expect(told).to.deep.equal([
      [2, 'NEGOTIATING'],
      [null, 'FOLLOWING'],
    ]);
    expect(frames.stateOf(null)).to.equal('FOLLOWING');
  });
});
