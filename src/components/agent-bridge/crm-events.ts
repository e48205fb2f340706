/**
 * `<agent-bridge>`'s CRM events, from the bridge's change feed:
 * - `adk-screen-pop`: once per interaction, when it is first seen (arrival, or already there at
 *   the page's first sync: a reloaded CRM opens the record again), from the leading tab only
 *   (seed 003, several tabs). An interaction seen while the tab follows is the leader's; one seen
 *   while the tabs negotiate waits for the outcome, and the tab that comes out LEADING pops it.
 *   A call made from another interaction (its `parentInteraction`: a web callback's call, or an
 *   outbound record's call after its preview: same record handle) pops nothing: its record is open.
 * - `adk-interaction-log`: when an interaction the agent could mark done (`MARK_DONE` among its
 *   last capabilities) is REMOVED, its log (`buildInteractionLog`), from the leading tab only.
 *   Nothing is logged for an interaction removed while the tabs negotiate (no tab leads then).
 * Per-interaction state is dropped at REMOVED, and at a sync that no longer lists it.
 */
import type { Interaction } from '../../bridge/api.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import { isLeadingTab } from '../../bridge/state.js';
import type { AgentBridge } from '../../bridge/store.js';
import { kitEvent } from '../../internal/events.js';
import {
  DEFAULT_LOG_KEYS,
  buildInteractionLog,
  observeTimeline,
  type InteractionLogKeys,
  type InteractionTimeline,
} from '../../internal/interaction-log.js';
import { screenPop } from '../../internal/screen-pop.js';
import { readOutboundRecord } from '../../bridge/models/outbound-record.js';

export interface CrmEventOptions {
  /** The user-data keys a screen pop carries (`screen-pop-keys`). */
  screenPopKeys: readonly string[];
  /** Where the log reads disposition and schedule (the elements' keys). */
  logKeys: Partial<InteractionLogKeys>;
  now: () => number;
}

export class CrmEvents {
  /**
   * Interactions whose screen pop is decided (popped here, or the leader's) → what was popped:
   * the interaction, its parent's pop, or an outbound record (`record/<handle>`: the preview and
   * the call made from it are one pop).
   */
  private readonly decided = new Map<string, string>();
  private readonly timelines = new Map<string, InteractionTimeline>();

  constructor(
    private readonly target: EventTarget,
    private readonly options: () => CrmEventOptions,
  ) {}

  /** Follows `bridge`; returns the function that stops. */
  attach(bridge: AgentBridge): () => void {
    if (bridge.state.sync === 'ready') this.changed(bridge.state, { kind: 'sync' });
    const off = bridge.subscribe((state, change) => this.changed(state, change));
    return () => {
      off();
      this.decided.clear();
      this.timelines.clear();
    };
  }

  private changed(state: BridgeState, change: Change): void {
    const now = this.options().now();
    if (change.kind === 'sync' && state.sync === 'ready') {
      for (const id of [...this.timelines.keys()]) if (!state.interactions.has(id)) this.drop(id);
      for (const ix of state.interactions.values()) this.observe(ix, now);
      for (const ix of state.interactions.values()) this.pop(ix, state);
      return;
    }
    if (change.kind === 'frame') {
      for (const ix of state.interactions.values()) this.pop(ix, state);
      return;
    }
    if (change.kind !== 'interaction' || !change.interactionId) return;
    const id = change.interactionId;
    if (change.eventType === 'REMOVED') {
      const timeline = this.timelines.get(id);
      this.drop(id);
      if (!timeline?.last.capabilities?.includes('MARK_DONE') || !isLeadingTab(state)) return;
      const parentId = timeline.last.parentInteraction ?? timeline.last.parentInteractionId;
      const parent = parentId ? state.interactions.get(parentId) : undefined;
      this.target.dispatchEvent(
        kitEvent(
          'interaction-log',
          buildInteractionLog(timeline, now, this.logKeys(state), parent),
        ),
      );
      return;
    }
    const ix = state.interactions.get(id);
    if (!ix) return;
    this.observe(ix, now);
    if (state.sync === 'ready') this.pop(ix, state);
  }

  private observe(ix: Interaction, now: number): void {
    this.timelines.set(
      ix.interactionId,
      observeTimeline(this.timelines.get(ix.interactionId), ix, now),
    );
  }

  private pop(ix: Interaction, state: BridgeState): void {
    const id = ix.interactionId;
    if (this.decided.has(id) || state.frameState === 'NEGOTIATING') return;
    const parent = ix.parentInteraction ?? ix.parentInteractionId;
    const handle = readOutboundRecord(ix.userData)?.recordHandle;
    const key =
      (parent ? this.decided.get(parent) : undefined) ??
      (handle !== null && handle !== undefined ? `record/${handle}` : `interaction/${id}`);
    const popped = [...this.decided.values()].includes(key);
    this.decided.set(id, key);
    if (popped || !isLeadingTab(state)) return;
    const detail = screenPop(ix, this.options().screenPopKeys);
    if (detail) this.target.dispatchEvent(kitEvent('screen-pop', detail));
  }

  private drop(id: string): void {
    this.decided.delete(id);
    this.timelines.delete(id);
  }

  private logKeys(state: BridgeState): InteractionLogKeys {
    const option = state.options['interaction.disposition.key-name'];
    return {
      ...DEFAULT_LOG_KEYS,
      ...(typeof option === 'string' && option.trim() ? { codeKey: option.trim() } : {}),
      ...this.options().logKeys,
    };
  }
}
