/**
 * What a callback's time may truthfully say, by where the contact stands (issue 12). Pure: no
 * zones, no DOM; instants are epoch milliseconds (the element's clock, the simulated
 * workspace's in tests).
 *
 * - While the contact still waits to be called (offered, previewed, accepted but not dialled),
 *   the desired time is ahead, now, or overdue (and the window may have closed).
 * - While the call is being placed: "calling", never "overdue".
 * - Once the call connected (talking, held, after it, marked done): when it connected.
 * - A callback booked again (rescheduled) counts from its new time, not the old one.
 */

/** Where the contact stands. */
export type ContactStage = 'waiting' | 'calling' | 'connected' | 'ended';

export type CallbackMoment =
  /** Nothing true to say (no desired time; ended without a call). */
  | { say: 'none' }
  /** Waiting, the desired time ahead (`at`) or within half a minute of now. */
  | { say: 'due'; at: number; now: boolean }
  /** Waiting past the desired time `at`; `windowClosed` once its window ended too. */
  | { say: 'overdue'; at: number; windowClosed: boolean }
  | { say: 'calling' }
  /** The call connected at `at`. */
  | { say: 'called'; at: number };

/** Within this of the desired time, it is "now" (as `relativeTo` says it). */
export const NOW_MS = 30_000;

export interface CallbackMomentInput {
  stage: ContactStage;
  /** The desired time (`start_time`), or null. */
  desired: number | null;
  /** The window's end (`end_time`), or null. */
  windowEnd: number | null;
  /** When the element first saw the call connected, if it did. */
  connectedAt?: number;
  /** When the agent booked the callback again (its new desired time), if they did. */
  booked?: number;
  now: number;
}

export function callbackMoment(i: CallbackMomentInput): CallbackMoment {
  if (i.connectedAt !== undefined && (i.stage === 'connected' || i.stage === 'ended'))
    return { say: 'called', at: i.connectedAt };
  if (i.stage === 'calling') return { say: 'calling' };
  if (i.stage !== 'waiting') return { say: 'none' };
  const at = i.booked ?? i.desired;
  if (at === null || !Number.isFinite(at)) return { say: 'none' };
  if (at - i.now > -NOW_MS) return { say: 'due', at, now: Math.abs(at - i.now) < NOW_MS };
  // A booking moves the window with it: only the original window can have closed.
  const windowClosed = i.booked === undefined && i.windowEnd !== null && i.windowEnd < i.now;
  return { say: 'overdue', at, windowClosed };
}
