/**
 * The bridge's state and the pure reducer that keeps it current from host events. No I/O here:
 * `AgentBridge` (store.ts) feeds it events and sync results.
 */
import type { Agent, Campaign, ConfigurationSections, Interaction, MediaState } from './api.js';
import type { FrameState } from './enums.js';
import { inferMedia } from './models/normalize-interaction.js';
import type {
  AgentStateChangedEvent,
  InteractionEvent,
  MarkdoneEvent,
  OutboundCampaignEvent,
  SystemEvent,
} from './wire.js';

/** `up` once the host answered (or said RECONNECTED); `DISCONNECTED`/`DOWN` as the host reports. */
export type ConnectionState = 'up' | 'DISCONNECTED' | 'DOWN';

/** Initial sync: `idle` before connect, `syncing`, `ready`, or `failed` (no part of the sync answered). */
export type SyncStatus = 'idle' | 'syncing' | 'ready' | 'failed';

export interface BridgeState {
  sync: SyncStatus;
  /** Parts of the last sync that failed, by request name → error text. */
  syncErrors: Readonly<Record<string, string>>;
  connection: ConnectionState;
  frameState: FrameState | null;
  agent: Agent | null;
  agentState: MediaState | null;
  stateList: readonly MediaState[];
  interactions: ReadonlyMap<string, Interaction>;
  /** The case the workspace shows (CASE_SELECTED, or an interaction's `isCaseSelected`). */
  selectedCaseId: string | null;
  /** Interactions whose mark done is blocked → the warning text. */
  markdoneBlocks: Readonly<Record<string, string>>;
  /** Configuration options read at sync, flattened to `section/option` and bare `option` (default section). */
  options: Readonly<Record<string, string | string[]>>;
  campaigns: Readonly<Record<string, Campaign>>;
}

export const initialState: BridgeState = Object.freeze({
  sync: 'idle',
  syncErrors: {},
  connection: 'up',
  frameState: null,
  agent: null,
  agentState: null,
  stateList: [],
  interactions: new Map(),
  selectedCaseId: null,
  markdoneBlocks: {},
  options: {},
  campaigns: {},
}) as BridgeState;

/** What changed, for listeners that care about one kind of change. */
export interface Change {
  kind:
    | 'sync'
    | 'agent'
    | 'interaction'
    | 'case'
    | 'connection'
    | 'frame'
    | 'markdone'
    | 'campaign'
    | 'options'
    | 'event';
  event?: string;
  eventType?: string;
  interactionId?: string;
}

export type Reduction = { state: BridgeState; change: Change } | null;

const withInteractions = (state: BridgeState, map: Map<string, Interaction>): BridgeState => ({
  ...state,
  interactions: map,
});

/** Merges a snapshot over what we know: events may omit what they don't change (chained records). */
function upsert(state: BridgeState, next: Interaction): BridgeState {
  const map = new Map(state.interactions);
  const prev = map.get(next.interactionId);
  map.set(
    next.interactionId,
    prev ? { ...prev, ...next, chainedRecords: next.chainedRecords ?? prev.chainedRecords } : next,
  );
  let selectedCaseId = state.selectedCaseId;
  if (next.isCaseSelected && next.caseId) selectedCaseId = next.caseId;
  return { ...withInteractions(state, map), selectedCaseId };
}

function remove(state: BridgeState, id: string): BridgeState {
  const map = new Map(state.interactions);
  map.delete(id);
  const { [id]: _gone, ...markdoneBlocks } = state.markdoneBlocks;
  return { ...withInteractions(state, map), markdoneBlocks };
}

export function reduceInteraction(state: BridgeState, data: InteractionEvent): Reduction {
  const eventType = data.eventType;
  const base: Change = { kind: 'interaction', event: 'interaction', eventType };
  switch (eventType) {
    case 'CASE_ID_CHANGED': {
      if (!data.caseId) return null;
      const map = new Map<string, Interaction>();
      for (const [id, it] of state.interactions)
        map.set(id, it.caseId === data.previousCaseId ? { ...it, caseId: data.caseId } : it);
      if (data.interaction)
        map.set(data.interaction.interactionId, {
          ...map.get(data.interaction.interactionId),
          ...data.interaction,
          caseId: data.caseId,
        });
      const selectedCaseId =
        state.selectedCaseId === data.previousCaseId ? data.caseId : state.selectedCaseId;
      return {
        state: { ...withInteractions(state, map), selectedCaseId },
        change: { ...base, kind: 'case' },
      };
    }
    case 'CASE_SELECTED':
    case 'CASE_EXPANDED':
    case 'CASE_COLLAPSED': {
      const caseId = data.selectedCaseId ?? null;
      const map = new Map<string, Interaction>();
      for (const [id, it] of state.interactions) {
        const inCase = caseId !== null && it.caseId === caseId;
        const patch: Partial<Interaction> = {};
        if (eventType === 'CASE_SELECTED') patch.isCaseSelected = inCase;
        if (inCase && eventType !== 'CASE_SELECTED')
          patch.isCaseExpanded = eventType === 'CASE_EXPANDED';
        map.set(id, { ...it, ...patch });
      }
      const selectedCaseId = eventType === 'CASE_SELECTED' ? caseId : state.selectedCaseId;
      return {
        state: { ...withInteractions(state, map), selectedCaseId },
        change: { ...base, kind: 'case' },
      };
    }
  }
  const it = data.interaction;
  if (!it || typeof it.interactionId !== 'string') return null;
  const change = { ...base, interactionId: it.interactionId };
  if (eventType === 'REMOVED') return { state: remove(state, it.interactionId), change };
  const prev = state.interactions.get(it.interactionId);
  return { state: upsert(state, withMedia(it, data.media, prev)), change };
}

/**
 * Fills what every element relies on: a `userData` object and the channel name. The channel
 * is the event's `data.media` (seed 003: `media` is no field of the Interaction); else what an
 * earlier event said (kept across a resync: `getInteractions` does not say it); else inferred
 * from the documented fields (`inferMedia`, e.g. after a page reload).
 */
export function withMedia(it: Interaction, media?: string, prev?: Interaction): Interaction {
  const userData = it.userData && typeof it.userData === 'object' ? it.userData : {};
  const channel = media ?? it.media ?? prev?.media ?? inferMedia(it);
  return channel === undefined ? { ...it, userData } : { ...it, userData, media: channel };
}

export function reduceAgent(state: BridgeState, data: AgentStateChangedEvent): Reduction {
  if (data.eventType !== 'STATE_CHANGED') return null;
  const type = (data.type ?? data.mediaState) as MediaState['type'];
  const known = state.stateList.find(
    (s) =>
      s.type === type &&
      (!data.reasonCode || s.operationName === data.operationName || s.displayName === data.reason),
  );
  const agentState: MediaState = {
    type,
    displayName: data.displayName ?? data.reason ?? known?.displayName ?? String(type),
    operationName: data.operationName ?? known?.operationName ?? String(type),
    ...(data.reason !== undefined ? { reason: data.reason } : {}),
    ...(data.reasonCode !== undefined ? { reasonCode: data.reasonCode } : {}),
  };
  return {
    state: { ...state, agentState },
    change: { kind: 'agent', event: 'agent', eventType: data.eventType },
  };
}

/**
 * Whether this tab does the kit's automatic actions (seed 003, "Supporting multiple browser
 * tabs": "certain actions (typically automatic) are performed only by the leader tab"): when it is
 * LEADING, or when no frame state is known (a workspace that reports none has one tab — the
 * bridge forgives). NEGOTIATING (an election runs) and FOLLOWING: not now; what waits happens in
 * the tab that comes out LEADING.
 */
export function isLeadingTab(state: Pick<BridgeState, 'frameState'>): boolean {
  return state.frameState === 'LEADING' || state.frameState === null;
}

export function reduceSystem(state: BridgeState, data: SystemEvent): Reduction {
  if ('frameState' in data)
    return {
      state: { ...state, frameState: data.frameState },
      change: { kind: 'frame', event: 'system' },
    };
  if (data.eventType === 'REALTIME_CONNECTION') {
    const connection: ConnectionState = data.state === 'RECONNECTED' ? 'up' : data.state;
    return {
      state: { ...state, connection },
      change: { kind: 'connection', event: 'system', eventType: data.eventType },
    };
  }
  return null;
}

export function reduceMarkdone(state: BridgeState, data: MarkdoneEvent): Reduction {
  if (typeof data.interactionId !== 'string') return null;
  const { [data.interactionId]: _old, ...rest } = state.markdoneBlocks;
  const markdoneBlocks = data.blocked
    ? { ...rest, [data.interactionId]: data.warningMessage ?? '' }
    : rest;
  return {
    state: { ...state, markdoneBlocks },
    change: {
      kind: 'markdone',
      event: 'markdone',
      eventType: data.eventType,
      interactionId: data.interactionId,
    },
  };
}

export function reduceOutbound(state: BridgeState, data: OutboundCampaignEvent): Reduction {
  if (typeof data.campaign !== 'string') return null;
  const campaigns = { ...state.campaigns };
  const prev = campaigns[data.campaign];
  switch (data.eventType) {
    case 'CampaignLoaded':
      campaigns[data.campaign] = { name: data.campaign, status: 'loaded' };
      break;
    case 'CampaignStarted':
      campaigns[data.campaign] = {
        name: data.campaign,
        status: 'running',
        mode: data.mode ?? prev?.mode,
      };
      break;
    case 'CampaignStopped':
      campaigns[data.campaign] = { name: data.campaign, status: 'loaded', mode: prev?.mode };
      break;
    case 'CampaignUnloaded':
      delete campaigns[data.campaign];
      break;
    default:
      return null;
  }
  return {
    state: { ...state, campaigns },
    change: { kind: 'campaign', event: 'outbound', eventType: data.eventType },
  };
}

/** Flattens `configuration.getOption`'s sections: `section/option` always, bare `option` for `interaction-workspace`. */
export function flattenOptions(
  sections: ConfigurationSections | null | undefined,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!sections || typeof sections !== 'object') return out;
  for (const [section, options] of Object.entries(sections)) {
    if (!options || typeof options !== 'object') continue;
    for (const [name, value] of Object.entries(options)) {
      out[`${section}/${name}`] = value;
      if (section === 'interaction-workspace') out[name] = value;
    }
  }
  return out;
}

/** Replaces the interaction list with a fresh `getInteractions` answer (initial sync, resync). */
export function withSyncedInteractions(
  state: BridgeState,
  list: readonly Interaction[],
): BridgeState {
  const map = new Map<string, Interaction>();
  let selectedCaseId = state.selectedCaseId;
  for (const raw of list) {
    if (!raw || typeof raw.interactionId !== 'string') continue;
    const prev = state.interactions.get(raw.interactionId);
    map.set(raw.interactionId, {
      ...withMedia(raw, undefined, prev),
      chainedRecords: raw.chainedRecords ?? prev?.chainedRecords,
    });
    if (raw.isCaseSelected && raw.caseId) selectedCaseId = raw.caseId;
  }
  const markdoneBlocks = Object.fromEntries(
    Object.entries(state.markdoneBlocks).filter(([id]) => map.has(id)),
  );
  return { ...state, interactions: map, selectedCaseId, markdoneBlocks };
}

/**
 * The interaction an element follows by default: the main interaction of the selected case;
 * else the selected case's newest; else the newest main-case interaction; else the newest.
 */
export function selectedInteraction(state: BridgeState): Interaction | undefined {
  const all = [...state.interactions.values()];
  const inCase = state.selectedCaseId ? all.filter((i) => i.caseId === state.selectedCaseId) : [];
  const pool = inCase.length ? inCase : all;
  const main = pool.filter((i) => i.isMainCaseInteraction && !i.isConsultation);
  return (main.length ? main : pool).at(-1);
}
