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
 * The hook runs in `hostUpdate` (after the element's `willUpdate`, before it renders), so what
 * it clears is not rendered, and `key` may read what `willUpdate` derived.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../bridge/api.js';
import { BridgeController } from '../bridge/controller.js';
import type { BridgeState, Change } from '../bridge/state.js';
import type { AgentBridge } from '../bridge/store.js';
import { clearInteractionDrafts } from './drafts.js';

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
  /** Called after the bridge changed and before the host re-renders (`BridgeController`'s `onChange`). */
  onBridgeChange?: (state: BridgeState, change: Change) => void;
  /** Re-render only for the changes this returns true for (default: every change). */
  filter?: (change: Change, state: BridgeState) => boolean;
}

export class FollowController implements ReactiveController {
  private readonly bridgeCtl: BridgeController;
  private followed: string | undefined;

  constructor(
    private readonly host: FollowHost,
    private readonly options: FollowControllerOptions = {},
  ) {
    this.bridgeCtl = new BridgeController(host, {
      onChange: options.onBridgeChange,
      filter: (change, state) => {
        // The interaction is done: the drafts tied to it go (whatever the filter says).
        if (change.eventType === 'REMOVED' && change.interactionId)
          clearInteractionDrafts(change.interactionId);
        return options.filter ? options.filter(change, state) : true;
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

  hostUpdate(): void {
    const ix = this.interaction;
    const key = this.options.key ? this.options.key(ix) : ix?.interactionId;
    if (key === this.followed) return;
    const from = this.followed;
    this.followed = key;
    this.options.onFollow?.(key, from);
  }
}
