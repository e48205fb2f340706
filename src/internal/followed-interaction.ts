/**
 * The interaction an element follows: the one its `interaction-id` attribute names, else the
 * workspace's selected case (the bridge's `selected`). Owns the element's `BridgeController`,
 * and runs ONE hook, `onFollow`, when the followed interaction changes: the single place where an
 * element drops its per-interaction transient state (search text, open panels, outcome lines).
 *
 * ```ts
 * private readonly follow = new FollowController(this, {
 *   onFollow: () => { this.requests.clear(); this.panel = null; },
 * });
 * render() { const ix = this.follow.interaction; … }
 * ```
 *
 * The host re-renders for a change of the bridge only when the change concerns it: its slice of
 * the state (`follow-slice.ts`: the followed interaction and its family, and the state's other
 * parts) differs from the last one.
 *
 * The hook runs in `hostUpdate` (after the element's `willUpdate`, before it renders), so what
 * it clears is not rendered, and `key` may read what `willUpdate` derived.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../bridge/api.js';
import { BridgeController } from '../bridge/controller.js';
import type { BridgeState, Change } from '../bridge/state.js';
import type { AgentBridge } from '../bridge/store.js';
import { followSlice, sameSlice } from './follow-slice.js';

/** An element that follows an interaction has an `interactionId` property (`interaction-id` attribute). */
export type FollowHost = ReactiveControllerHost & HTMLElement & { interactionId: string | null };

export interface FollowControllerOptions {
  /**
   * The id that keys the element's transient state, from the followed interaction (default: its
   * `interactionId`). E.g. `<call-actions>` keys a consultation by its main call.
   */
  key?: (interaction: Interaction | undefined) => string | undefined;
  /** The hook: the followed interaction changed (`to` and `from` are keys; undefined = none). */
  onFollow?: (to: string | undefined, from: string | undefined) => void;
  /**
   * Called for every change the filter lets through, before the host re-renders (if it does). A
   * hook that changes what the element shows asks for the update itself (a `@state` field, or
   * `requestUpdate()`).
   */
  onBridgeChange?: (state: BridgeState, change: Change) => void;
  /** Changes to ignore altogether (default: none). */
  filter?: (change: Change, state: BridgeState) => boolean;
  /**
   * The interaction `interactionId` left the workspace (REMOVED), whatever `filter` says. An
   * element that keeps drafts passes `clearInteractionDrafts` (`drafts.ts`): the drafts tied to
   * it go. (Given by those elements rather than built in, so that an element that keeps no
   * drafts, e.g. `<call-actions>`, does not carry the drafts module.)
   */
  onRemoved?: (interactionId: string) => void;
}

export class FollowController implements ReactiveController {
  private readonly bridgeCtl: BridgeController;
  private followed: string | undefined;
  /** What of the state the host last saw (`follow-slice.ts`): it re-renders when this differs. */
  private slice: unknown[] | undefined;

  constructor(
    private readonly host: FollowHost,
    private readonly options: FollowControllerOptions = {},
  ) {
    this.bridgeCtl = new BridgeController(host, {
      filter: (change, state) => {
        // The interaction is done: e.g. the drafts tied to it go (whatever the filter says).
        if (change.eventType === 'REMOVED' && change.interactionId)
          options.onRemoved?.(change.interactionId);
        if (options.filter && !options.filter(change, state)) return false;
        options.onBridgeChange?.(state, change);
        // Render only what changed: the change must touch the element's slice.
        const slice = followSlice(state, this.interaction);
        if (sameSlice(this.slice, slice)) return false;
        this.slice = slice;
        return true;
      },
    });
    host.addController(this);
  }

  /** The page's bridge (from `<agent-bridge>`), or undefined without one. */
  get bridge(): AgentBridge | undefined {
    return this.bridgeCtl.bridge;
  }

  get state(): BridgeState | undefined {
    return this.bridgeCtl.state;
  }

  /** The followed interaction: `interaction-id`'s, else the selected case's; undefined without a bridge or when gone. */
  get interaction(): Interaction | undefined {
    const bridge = this.bridgeCtl.bridge;
    if (!bridge) return undefined;
    return this.host.interactionId ? bridge.interaction(this.host.interactionId) : bridge.selected;
  }

  /** The key of the followed interaction as of the last update. */
  get key(): string | undefined {
    return this.followed;
  }

  hostConnected(): void {
    this.slice = undefined;
  }

  hostUpdate(): void {
    const ix = this.interaction;
    const key = this.options.key ? this.options.key(ix) : ix?.interactionId;
    if (key === this.followed) return;
    const from = this.followed;
    this.followed = key;
    this.options.onFollow?.(key, from);
  }
}
