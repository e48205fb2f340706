// The page's toast stack without a DOM: shown and queued, one per id, timers and holds.
import { expect } from '@open-wc/testing';
import { ToastStack, stackOffsets } from '../../../src/components/custom-toast/toast-stack.js';
import { ManualClock } from '../../support/manual-clock.js';

function setup(maxShown = 3) {
  const clock = new ManualClock();
  const expired: string[] = [];
  let changes = 0;
  const stack: ToastStack = new ToastStack({
    maxShown,
    clock,
    onExpire: (id) => (expired.push(id), stack.remove(id)),
    onChange: () => changes++,
  });
  return { clock, stack, expired, changes: () => changes };
}

describe('toast stack', () => {
  it('shows up to the maximum per placement and queues the rest, oldest first', () => {
    const { stack } = setup(2);
    for (const id of ['a', 'b', 'c']) stack.add(id, { placement: 'bottom-end', delay: 0 });
    stack.add('d', { placement: 'top-end', delay: 0 });
    expect(stack.shownIn('bottom-end')).to.deep.equal(['a', 'b']);
    expect(stack.shownIn('top-end')).to.deep.equal(['d']);
    expect(stack.queued).to.deep.equal(['c']);
    stack.remove('a');
    expect(stack.shownIn('bottom-end')).to.deep.equal(['b', 'c']);
    expect(stack.queued).to.deep.equal([]);
    stack.maxShown = 1;
    expect(stack.shownIn('bottom-end')).to.deep.equal(['b']);
    expect(stack.queued).to.deep.equal(['c']);
  });

  it('keeps one toast per id: adding it again keeps its place and restarts its time', () => {
    const { stack, clock, expired } = setup();
    stack.add('a', { placement: 'bottom-end', delay: 1000 });
    stack.add('b', { placement: 'bottom-end', delay: 0 });
    clock.advance(800);
    expect(stack.add('a', { placement: 'bottom-end', delay: 1000 })).to.equal(false);
    expect(stack.shownIn('bottom-end')).to.deep.equal(['a', 'b']);
    clock.advance(800);
    expect(expired).to.deep.equal([]);
    clock.advance(200);
    expect(expired).to.deep.equal(['a']);
  });

  it('closes a toast after its delay, and never one without a delay', () => {
    const { stack, clock, expired } = setup();
    stack.add('timed', { placement: 'bottom-end', delay: 5000 });
    stack.add('sticky', { placement: 'bottom-end', delay: 0 });
    clock.advance(4999);
    expect(expired).to.deep.equal([]);
    expect(stack.remaining('timed')).to.equal(1);
    clock.advance(1);
    expect(expired).to.deep.equal(['timed']);
    clock.advance(60_000);
    expect(expired).to.deep.equal(['timed']);
    expect(stack.has('sticky')).to.equal(true);
  });

  it("starts a queued toast's time only once it is shown", () => {
    const { stack, clock, expired } = setup(1);
    stack.add('a', { placement: 'bottom-end', delay: 0 });
    stack.add('b', { placement: 'bottom-end', delay: 1000 });
    clock.advance(5000);
    expect(expired).to.deep.equal([]);
    stack.remove('a');
    clock.advance(999);
    expect(expired).to.deep.equal([]);
    clock.advance(1);
    expect(expired).to.deep.equal(['b']);
  });

  it('pauses on hover, focus and a pending action, and resumes with the time left', () => {
    const { stack, clock, expired } = setup();
    stack.add('a', { placement: 'bottom-end', delay: 1000 });
    clock.advance(600);
    stack.hold('a', 'hover');
    clock.advance(10_000);
    stack.hold('a', 'focus');
    stack.release('a', 'hover');
    clock.advance(10_000);
    stack.hold('a', 'pending');
    stack.release('a', 'focus');
    clock.advance(10_000);
    expect(expired).to.deep.equal([]);
    expect(stack.holds('a')).to.deep.equal(['pending']);
    expect(stack.remaining('a')).to.equal(400);
    stack.release('a', 'pending');
    clock.advance(399);
    expect(expired).to.deep.equal([]);
    clock.advance(1);
    expect(expired).to.deep.equal(['a']);
  });

  it('leaves no timer behind', () => {
    const { stack, clock } = setup();
    stack.add('a', { placement: 'bottom-end', delay: 1000 });
    stack.add('b', { placement: 'top-start', delay: 1000 });
    stack.remove('a');
    expect(clock.pending).to.equal(1);
    stack.clear();
    expect(clock.pending).to.equal(0);
    expect(stack.remove('nope')).to.equal(false);
    stack.hold('nope', 'hover'); // unknown ids are ignored
  });

  it('places shown toasts edge-first with a gap', () => {
    expect(stackOffsets([40, 60, 20], 8)).to.deep.equal([0, 48, 116]);
    expect(stackOffsets([], 8)).to.deep.equal([]);
  });
});
