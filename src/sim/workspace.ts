/**
 * The simulated workspace's state: agent, media, interactions, cases, configuration, toasts,
 * dialogs, views, frame and connection state. Operations live in `ops/*` (by concern) and are
 * called by the request handlers (`handlers/*`) and by the scenarios; this class keeps the
 * state, the ids and the event plumbing they share.
 *
 * Every state change that a real host reports is reported here through `emit(event, data)`;
 * the SimHost delivers it to the subscribed pages.
 */
import type {
  Campaign,
  Interaction,
  JwtToken,
  MediaState,
  MenuBarView,
  DialogOptions,
  ToastParameters,
} from '../bridge/api.js';
import type {
  Capability,
  CallType,
  InteractionEventType,
  InteractionState,
  RealtimeConnectionState,
} from '../bridge/enums.js';
import type { ChainedRecord, RecordField } from '../bridge/api.js';
import type { SimClock } from './clock.js';
import type { Sections } from './config-options.js';
import { AGENT, AGENT_STATES, INITIAL_STATE_OPERATION, MEDIA_NAMES } from './data/agent-data.js';
import { defaultSections, defaultTransactions } from './data/config-data.js';
import { CAMPAIGNS } from './data/outbound-data.js';
import { simUid, type CaseKeys } from './data/callback-data.js';
import { fail, INTERACTION_NOT_FOUND } from './host-errors.js';
import { armOfferTimeout } from './ops/offer-timeout.js';
import { FrameElection } from './frames.js';

export type OutboundMode = 'pull' | 'push' | 'direct-push';

/** One outbound record (with its chain), shared by the preview and the call made from it. */
export interface OutboundRecord {
  mode: OutboundMode;
  campaign: string;
  chain: ChainedRecord[];
  fields: RecordField[];
  callResult: number | null;
  doNotCall: boolean;
  hadCall: boolean;
  reschedule: { handle: number; date: string; type: string } | null;
}

/** What the host knows of an interaction beyond what it shows. */
export interface SimMeta {
  kind: 'voice' | 'webcallback' | 'email' | 'preview';
  markdoneBlock: string | null;
  record?: OutboundRecord;
  /** A call made from a preview record: the preview's id (push mode removes it at mark done). */
  previewId?: string;
  /** Direct push: the preview removed at make-call, reported REMOVED again once connected. */
  pendingPreview?: SimInteraction;
  /** Main call → its consultation. */
  consultId?: string;
  connectTimer?: number;
  /** A scheduled callback offered for agent preview. */
  callbackPreview?: boolean;
  /** The frame whose request created it (bounded per frame: limits.ts). */
  createdBy?: number;
}

export type SimInteraction = Interaction & { sim: SimMeta };

export interface SimToast {
  id: string;
  params: ToastParameters;
  owner: number | null;
  closeTimer?: number;
}

export type EmitFn = (event: string, data: unknown, opts?: { to?: number | null }) => void;

export type ConnectionState = 'CONNECTED' | RealtimeConnectionState;

export class Workspace {
  interactions = new Map<string, SimInteraction>();
  agentStateOperation = INITIAL_STATE_OPERATION;
  mediaStates = new Map<string, string>();
  sections: Sections = defaultSections();
  transactions: Record<string, Sections> = defaultTransactions();
  toasts = new Map<string, SimToast>();
  dialogs = new Map<string, { url: string; options: DialogOptions; owner?: number | null }>();
  views = new Map<string, MenuBarView>();
  /** The client frames as browser tabs: their frame states, the election, the last active one. */
  readonly frames: FrameElection;
  connection: ConnectionState = 'CONNECTED';
  visible = true;
  microphoneMuted = false;
  speakerMuted = false;
  jwt: JwtToken | null = null;
  campaigns: Campaign[] = [];
  directPushActive = false;
  selectedCaseId: string | null = null;
  expandedCases = new Set<string>();
  lastActivity = 0;
  /** ms before a dialled call connects by itself; null = only when told (scenario step). */
  connectDelayMs: number | null = 1500;
  recordSets = 0;
  private counters = { interaction: 0, case: 0, toast: 0, dialog: 0, call: 0 };
  private listeners = new Set<() => void>();

  /**
   * The strict profile (SimHost's `strict`, default true): the host is exactly as strict as the
   * documents, never kinder. Operations gate their strict-only behaviours on it: one
   * subscription per frame; `getInteractions` / `getByInteractionId` and the events'
   * `interaction` carry no `media` (seed 003: it is the event's `data.media`, no field of the
   * Interaction type) — `false` adds it, as a kinder host might.
   */
  strict = true;

  constructor(
    readonly clock: SimClock,
    private readonly emitFn: EmitFn,
  ) {
    this.frames = new FrameElection(
      clock,
      (frameId, frameState) => this.emit('system', { frameState }, frameId),
      () => this.changed(),
    );
    this.reset();
  }

  /** Back to a fresh session: no interactions, Ready, default configuration. */
  reset(): void {
    for (const ix of this.interactions.values())
      if (ix.sim.connectTimer) this.clock.clearTimeout(ix.sim.connectTimer);
    for (const t of this.toasts.values()) if (t.closeTimer) this.clock.clearTimeout(t.closeTimer);
    this.interactions.clear();
    this.agentStateOperation = INITIAL_STATE_OPERATION;
    this.mediaStates = new Map(MEDIA_NAMES.map((m) => [m, INITIAL_STATE_OPERATION]));
    this.sections = defaultSections();
    this.transactions = defaultTransactions();
    this.toasts.clear();
    this.dialogs.clear();
    this.views.clear();
    this.frames.reset();
    this.connection = 'CONNECTED';
    this.visible = true;
    this.microphoneMuted = false;
    this.speakerMuted = false;
    this.jwt = null;
    this.campaigns = CAMPAIGNS.map((c) => ({ ...c }));
    this.directPushActive = false;
    this.selectedCaseId = null;
    this.expandedCases.clear();
    this.recordSets = 0;
    this.counters = { interaction: 0, case: 0, toast: 0, dialog: 0, call: 0 };
    this.changed();
  }

  get agent() {
    return { ...AGENT };
  }

  stateByOperation(operationName: string): MediaState | undefined {
    return AGENT_STATES.find((s) => s.operationName === operationName);
  }

  emit(event: string, data: unknown, to?: number | null): void {
    this.emitFn(event, data, { to });
    this.changed();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    for (const fn of this.listeners) {
      try {
        fn();
      } catch (e) {
        console.error('[sim] change listener failed', e);
      }
    }
  }

  nextInteractionId(): string {
    return String(++this.counters.interaction);
  }
  nextToastId(): string {
    return `wweCustomToast${++this.counters.toast}`;
  }
  nextDialogId(): string {
    return `wweCustomDialog${++this.counters.dialog}`;
  }
  newCase(): CaseKeys {
    const n = ++this.counters.case;
    return { caseId: simUid(1, n), bundleId: simUid(2, n) };
  }
  newCallIds(): { callUuid: string; connId: string } {
    const n = ++this.counters.call;
    return {
      callUuid: `4L6JGNEE9H7DT671FRPTKE6CQ${String(n).padStart(7, '0')}`,
      connId: `006e02a7c2e3${String(n).padStart(4, '0')}`,
    };
  }

  find(id: unknown): SimInteraction | undefined {
    return typeof id === 'string' || typeof id === 'number'
      ? this.interactions.get(String(id))
      : undefined;
  }

  /** The interaction, or the seed's "Error: Interaction not found.". */
  require(id: unknown): SimInteraction {
    return this.find(id) ?? fail(INTERACTION_NOT_FOUND);
  }

  /** What a page sees of an interaction: a deep copy without the host's own notes. */
  snapshot(ix: SimInteraction): Interaction {
    const { sim: _sim, media, ...pub } = ix;
    const copy: Interaction = structuredClone(this.strict ? pub : { ...pub, media });
    if (copy.caseId !== undefined) {
      copy.isCaseSelected = copy.caseId === this.selectedCaseId;
      copy.isCaseExpanded = this.expandedCases.has(copy.caseId);
    }
    return copy;
  }

  list(): Interaction[] {
    return [...this.interactions.values()].map((ix) => this.snapshot(ix));
  }

  /** The host's own view (its panel): the page's view plus each interaction's channel. */
  hostList(): Interaction[] {
    return [...this.interactions.values()].map((ix) => ({ ...this.snapshot(ix), media: ix.media }));
  }

  /** Emits an interaction event with the interaction's current snapshot. */
  emitInteraction(
    eventType: InteractionEventType,
    ix: SimInteraction,
    extra?: Partial<Interaction>,
  ): void {
    const interaction = { ...this.snapshot(ix), ...(extra ?? {}) };
    this.emit('interaction', { eventType, media: ix.media, interaction });
  }

  /** Adds an interaction and reports it (ADDED, then the state's own event). */
  add(ix: SimInteraction, stateEvent?: InteractionEventType): void {
    this.interactions.set(ix.interactionId, ix);
    if (ix.caseId && ix.isMainCaseInteraction) this.selectedCaseId = ix.caseId;
    this.emitInteraction('ADDED', ix);
    if (stateEvent) this.emitInteraction(stateEvent, ix);
    armOfferTimeout(this, ix);
  }

  /** Moves an interaction to a state and reports it with `eventType`. */
  transition(
    ix: SimInteraction,
    eventType: InteractionEventType,
    state: InteractionState,
    capabilities: Capability[],
    callType?: CallType,
  ): void {
    if (ix.state !== state) ix.previousState = ix.state;
    ix.state = state;
    ix.capabilities = [...capabilities];
    if (callType) ix.callType = callType;
    this.emitInteraction(eventType, ix);
  }

  /** Removes an interaction and reports REMOVED. */
  remove(
    ix: SimInteraction,
    state?: InteractionState,
    capabilities: Capability[] = [],
    callType?: CallType,
  ): void {
    if (ix.sim.connectTimer) this.clock.clearTimeout(ix.sim.connectTimer);
    this.interactions.delete(ix.interactionId);
    if (state && ix.state !== state) {
      ix.previousState = ix.state;
      ix.state = state;
    }
    ix.capabilities = [...capabilities];
    if (callType) ix.callType = callType;
    this.emitInteraction('REMOVED', ix);
  }

  nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }
}
