/**
 * When an interaction's state changed, as this page saw it: the seeds give an interaction no
 * "answered at", "held at" or "ended at" (only `startDate`, its creation), so the moments are the
 * page's clock when the workspace reported each change. One record of them, read by the call
 * log (interaction-log.ts) and by the live timers an element shows (`stateTimer`). Pure; times
 * are epoch ms given by the caller.
 *
 * - answered: first seen TALKING (or HELD); ended: first seen IDLE (released) after that;
 * - held: since the current hold began; `holdMs` adds up the holds that ended.
 *
 * (The workspace's own `startDate` is the call log's to read, interaction-log.ts: the live
 * timers do not need it, nor a page with `<call-actions>` alone the date parser.)
 */
import type { Interaction } from '../bridge/api.js';
import { callStatus } from './call-status.js';

export interface CallMoments {
  firstSeen: number;
  answeredAt: number | null;
  endedAt: number | null;
  heldSince: number | null;
  holdMs: number;
}

/** The moments after the workspace reported `ix` (its state) at `now`. */
export function observeMoments(
  prev: CallMoments | undefined,
  ix: Pick<Interaction, 'state'>,
  now: number,
): CallMoments {
  const m: CallMoments = prev
    ? { ...prev }
    : {
        firstSeen: now,
        answeredAt: null,
        endedAt: null,
        heldSince: null,
        holdMs: 0,
      };
  if (ix.state === 'HELD') m.heldSince ??= now;
  else if (m.heldSince !== null) {
    m.holdMs += now - m.heldSince;
    m.heldSince = null;
  }
  if ((ix.state === 'TALKING' || ix.state === 'HELD') && m.answeredAt === null) m.answeredAt = now;
  if (ix.state === 'IDLE' && m.answeredAt !== null && m.endedAt === null) m.endedAt = now;
  return m;
}

/** The states a live timer is shown for: ringing, talking, on hold, after-call work. */
export type TimedState = 'ringing' | 'connected' | 'held' | 'ended';

export interface StateTimer {
  state: TimedState;
  /** When the timed stretch began (epoch ms). */
  since: number;
}

/**
 * The timer the interaction's current state shows: ringing since it was first seen; talking
 * since it was answered (the call so far, holds included); on hold since this hold began;
 * after-call work since the call ended. Null when the state is not timed (dialing, a preview, no
 * call) or its moment is not known (a call that ended unanswered has no after-call work).
 */
export function stateTimer(
  ix: Pick<Interaction, 'state'> | undefined,
  m: CallMoments | undefined,
): StateTimer | null {
  if (!ix || !m) return null;
  const state = callStatus(ix);
  const since =
    state === 'ringing'
      ? m.firstSeen
      : state === 'connected'
        ? m.answeredAt
        : state === 'held'
          ? m.heldSince
          : state === 'ended'
            ? m.endedAt
            : null;
  return since === null ? null : { state: state as TimedState, since };
}

/**
 * The moments of the interactions an element shows, by interaction id; with `keys` and `delete`
 * it can be held in the element's interaction scope (per-interaction.ts).
 */
export class MomentsById {
  private readonly byId = new Map<string, CallMoments>();

  /** Records `ix` as seen at `now` (a state seen again keeps its moment); returns its moments. */
  observe(ix: Interaction, now: number): CallMoments {
    const m = observeMoments(this.byId.get(ix.interactionId), ix, now);
    this.byId.set(ix.interactionId, m);
    return m;
  }

  get(ix: Pick<Interaction, 'interactionId'> | undefined): CallMoments | undefined {
    return ix && this.byId.get(ix.interactionId);
  }

  keys(): IterableIterator<string> {
    return this.byId.keys();
  }

  delete(id: string): boolean {
    return this.byId.delete(id);
  }
}
