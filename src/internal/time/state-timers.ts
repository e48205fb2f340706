/**
 * An element's live state timers (ringing, talking, on hold, after-call work): the moments the
 * shown interactions' states changed (call-moments.ts, held in the element's interaction scope,
 * so they go with their interactions) and the element's one ticker (`ClockController`), which
 * runs only while a timer is shown and stops when the element is removed.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import { MomentsById, stateTimer, type StateTimer } from '../call-moments.js';
import { ClockController } from './clock.js';

export class StateTimers {
  /** When each shown interaction's state changed. */
  readonly moments: MomentsById;
  private readonly clock: ClockController;

  constructor(host: ReactiveControllerHost & object, now: () => number) {
    this.clock = new ClockController(host, { now });
    this.moments = interactionScope(host).hold(new MomentsById());
  }

  /** Records the shown interactions as they are now; the ticker runs while one of them is timed. */
  observe(shown: ReadonlyArray<Interaction | undefined>): void {
    const now = this.clock.now();
    const timed = shown.some((ix) => ix && stateTimer(ix, this.moments.observe(ix, now)));
    this.clock.tickSeconds = timed ? 1 : 0;
  }

  /** The timer `ix`'s state shows; null when it is not timed. */
  timer(ix: Interaction | undefined): StateTimer | null {
    return stateTimer(ix, this.moments.get(ix));
  }

  now(): number {
    return this.clock.now();
  }

  /** Whether the ticker runs (tests). */
  get ticking(): boolean {
    return this.clock.ticking;
  }
}
