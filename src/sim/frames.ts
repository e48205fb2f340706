/**
 * Several browser tabs (seed 003, "Supporting multiple browser tabs"): each client frame the
 * workspace serves is a tab with its own `frameState` — LEADING, FOLLOWING or NEGOTIATING —
 * reported to that frame only, as the `data.frameState` of a `system` event, and answered by
 * `system.isFrameLeading` … per frame. The workspace also tracks the last active tab
 * (`system.isLastActiveFrame`).
 *
 * What the seed says, and nothing more: an election decides the states; "it can be triggered when
 * an agent closes a leader tab"; while it runs every tab is NEGOTIATING ("no tab is a leader or
 * follower until the election is finished"); then one tab is LEADING and the others FOLLOWING.
 *
 * Where the seed is silent we chose (README "Choices"):
 * - A frame seen for the first time joins as LEADING when no tab leads and no election runs (it is
 *   alone), as FOLLOWING when one leads, as NEGOTIATING during an election. Joining sends no event
 *   (the frame has no subscription yet); the frame asks `isFrameLeading` and friends.
 * - The newest frame is the last active one (an agent who opens a tab looks at it);
 *   `activate(frameId)` (control `activateFrame`, a toast's Show) makes another one last active;
 *   when the last active frame leaves, the one active before it is.
 * - The election lasts `ELECTION_MS` on the workspace's clock and elects the last active tab.
 */
import type { FrameState } from '../bridge/enums.js';
import type { SimClock } from './clock.js';

/** How long an election runs (sim ms) before its outcome is reported. */
export const ELECTION_MS = 500;

/** Tells `frameId` its state (null: every frame). */
export type FrameEmit = (frameId: number | null, frameState: FrameState) => void;

export class FrameElection {
  private readonly states = new Map<number, FrameState>();
  /** Frames by activity, the last active last. */
  private order: number[] = [];
  private timer: number | undefined;
  /** The state of a caller that is no frame (the workspace's own panel, in-process calls). */
  private fallback: FrameState = 'LEADING';

  constructor(
    private readonly clock: SimClock,
    private readonly emit: FrameEmit,
    private readonly changed: () => void,
  ) {}

  /** The frames' states, by frame id, in the order they joined. */
  get list(): Array<{ frameId: number; frameState: FrameState; lastActive: boolean }> {
    return [...this.states].map(([frameId, frameState]) => ({
      frameId,
      frameState,
      lastActive: frameId === this.lastActive,
    }));
  }

  get electing(): boolean {
    return this.timer !== undefined;
  }

  get lastActive(): number | null {
    return this.order.at(-1) ?? null;
  }

  get leader(): number | null {
    for (const [id, s] of this.states) if (s === 'LEADING') return id;
    return null;
  }

  /** The state `system.isFrame…` answers for `frameId` (null: a caller that is no frame). */
  stateOf(frameId: number | null): FrameState {
    return (frameId !== null ? this.states.get(frameId) : undefined) ?? this.fallback;
  }

  isLastActive(frameId: number | null): boolean {
    return frameId === null ? this.states.size === 0 : frameId === this.lastActive;
  }

  /** A frame's first message: it joins (see the module's choices). */
  join(frameId: number): void {
    if (this.states.has(frameId)) return;
    const state: FrameState = this.electing
      ? 'NEGOTIATING'
      : this.leader === null
        ? 'LEADING'
        : 'FOLLOWING';
    this.states.set(frameId, state);
    this.order.push(frameId);
    this.changed();
  }

  /** The frame's tab is gone: when it led and others remain, they elect a new leader. */
  leave(frameId: number): void {
    const was = this.states.get(frameId);
    if (was === undefined) return;
    this.states.delete(frameId);
    this.order = this.order.filter((id) => id !== frameId);
    if (this.states.size === 0) this.stopElection();
    else if (was === 'LEADING') this.elect();
    this.changed();
  }

  /** The agent brings this frame's tab forward. */
  activate(frameId: number): void {
    if (!this.states.has(frameId)) return;
    this.order = [...this.order.filter((id) => id !== frameId), frameId];
    this.changed();
  }

  /** Starts an election: every frame NEGOTIATING now, the outcome after `ELECTION_MS`. */
  elect(): void {
    this.stopElection();
    for (const id of this.states.keys()) this.set(id, 'NEGOTIATING');
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      const winner = this.lastActive;
      for (const id of this.states.keys()) this.set(id, id === winner ? 'LEADING' : 'FOLLOWING');
      this.changed();
    }, ELECTION_MS);
    this.changed();
  }

  /**
   * Forces a state (the control channel, the panel): on one frame, or — without `frameId` — on
   * every frame and on callers that are no frame. Stops a running election.
   */
  force(state: FrameState, frameId?: number): void {
    this.stopElection();
    if (frameId === undefined) {
      this.fallback = state;
      for (const id of this.states.keys()) this.states.set(id, state);
      this.emit(null, state);
    } else if (this.states.has(frameId)) this.set(frameId, state, true);
    this.changed();
  }

  /** A fresh session keeps its tabs and their states; only a running election ends, with its outcome. */
  reset(): void {
    if (!this.electing) return;
    this.stopElection();
    const winner = this.lastActive;
    for (const id of this.states.keys())
      this.states.set(id, id === winner ? 'LEADING' : 'FOLLOWING');
  }

  private stopElection(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Sets a frame's state and tells it when it changed (or `always`: a forced state is reported). */
  private set(frameId: number, state: FrameState, always = false): void {
    if (this.states.get(frameId) === state && !always) return;
    this.states.set(frameId, state);
    this.emit(frameId, state);
  }
}
