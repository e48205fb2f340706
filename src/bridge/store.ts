/**
 * `AgentBridge`: the one store a page shares. It owns a `ServiceClient`, keeps `BridgeState`
 * current from every documented event, syncs on connect and after RECONNECTED, offers typed
 * commands that return promises, and publishes a change feed.
 *
 * Commands never change state by themselves: the state is what the workspace reports.
 */
import type {
  Interaction,
  Params,
  RequestName,
  Result,
  TargetQuery,
  UserData,
  ToastParameters,
} from './api.js';
import type { RescheduleType } from './enums.js';
import {
  ServiceClient,
  type ClientOptions,
  type EventListener,
  type RequestOptions,
} from './client.js';
import { isBridgeError } from './errors.js';
import {
  flattenOptions,
  initialState,
  reduceAgent,
  reduceInteraction,
  reduceMarkdone,
  reduceOutbound,
  reduceSystem,
  selectedInteraction,
  isLeadingTab,
  withSyncedInteractions,
  type BridgeState,
  type Change,
  type Reduction,
} from './state.js';
import type { EventPayloads } from './wire.js';
import { messengerEvent, type MessageListener } from './messenger.js';

export type ChangeListener = (state: BridgeState, change: Change) => void;

export interface BridgeOptions {
  /** Configuration options read at sync (`configuration.getOption`), default: the ones the kit's elements use. */
  configOptions?: string[];
  /** Extra event names to subscribe to on connect (e.g. `messenger:my-channel`). */
  events?: string[];
}

/** The options the kit's elements read. */
export const DEFAULT_CONFIG_OPTIONS = [
  'interaction.disposition.*',
  'interaction.case-data.*',
  'privilege.*',
  'service-client-api.*',
  'callback.*',
];

const STORE_EVENTS = ['agent', 'interaction', 'system', 'outbound', 'markdone'] as const;

export class AgentBridge {
  readonly client: ServiceClient;
  private current: BridgeState = initialState;
  private readonly listeners = new Set<ChangeListener>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly configOptions: string[];
  private syncRun = 0;
  private selectedOf: { state: BridgeState; interaction: Interaction | undefined } | undefined;

  constructor(
    client: ServiceClient | ClientOptions,
    private readonly options: BridgeOptions = {},
  ) {
    this.client = client instanceof ServiceClient ? client : new ServiceClient(client);
    this.configOptions = options.configOptions ?? DEFAULT_CONFIG_OPTIONS;
  }

  get state(): BridgeState {
    return this.current;
  }

  /**
   * The interaction elements follow by default (main interaction of the selected case). Worked
   * out once per state: every element asks for it on every change of the feed.
   */
  get selected(): Interaction | undefined {
    const state = this.current;
    if (this.selectedOf?.state !== state)
      this.selectedOf = { state, interaction: selectedInteraction(state) };
    return this.selectedOf.interaction;
  }

  /**
   * This tab leads (`state.frameState`, see `isLeadingTab`): the kit's automatic actions — a
   * mark-done block, a screen pop, a toast a page raises by itself — happen here and not in a
   * following tab. A `frame` change in the feed says when it moves.
   */
  get leading(): boolean {
    return isLeadingTab(this.current);
  }

  interaction(id: string | null | undefined): Interaction | undefined {
    return id ? this.current.interactions.get(id) : undefined;
  }

  /** Subscribes to the workspace's events and runs the initial sync. Resolves when the sync ends. */
  async connect(): Promise<BridgeState> {
    if (this.unsubscribe.length === 0) {
      const handlers: { [K in (typeof STORE_EVENTS)[number]]: (d: EventPayloads[K]) => Reduction } =
        {
          agent: (d) => reduceAgent(this.current, d),
          interaction: (d) => reduceInteraction(this.current, d),
          system: (d) => reduceSystem(this.current, d),
          outbound: (d) => reduceOutbound(this.current, d),
          markdone: (d) => reduceMarkdone(this.current, d),
        };
      for (const name of STORE_EVENTS) {
        this.unsubscribe.push(
          this.client.on(name, (data) => {
            if (!data || typeof data !== 'object') return;
            this.apply((handlers[name] as (d: unknown) => Reduction)(data));
            if (name === 'system' && (data as { state?: string }).state === 'RECONNECTED')
              void this.sync();
          }),
        );
      }
      for (const name of this.options.events ?? [])
        this.unsubscribe.push(this.client.on(name, () => {}));
      // One subscribe with every name, on the wire before the sync's requests.
      this.client.flushSubscription();
    }
    return this.sync();
  }

  /** Re-reads agent, states, interactions and options. Parts that fail are listed in `syncErrors`. */
  async sync(): Promise<BridgeState> {
    const run = ++this.syncRun;
    this.set({ ...this.current, sync: 'syncing' }, { kind: 'sync' });
    const parts = {
      agent: this.client.request('agent.get'),
      agentState: this.client.request('agent.getState'),
      stateList: this.client.request('agent.getStateList'),
      interactions: this.client.request('interaction.getInteractions'),
      options: this.client.request('configuration.getOption', this.configOptions),
      frameState: Promise.all([
        this.client.request('system.isFrameLeading'),
        this.client.request('system.isFrameNegotiating'),
      ]).then(([leading, negotiating]) =>
        leading ? 'LEADING' : negotiating ? 'NEGOTIATING' : 'FOLLOWING',
      ),
    };
    const names = Object.keys(parts) as Array<keyof typeof parts>;
    const results = await Promise.allSettled(names.map((n) => parts[n]));
    if (run !== this.syncRun) return this.current;
    let next: BridgeState = { ...this.current };
    const syncErrors: Record<string, string> = {};
    results.forEach((r, i) => {
      const name = names[i];
      if (r.status === 'rejected') {
        syncErrors[name] = r.reason instanceof Error ? r.reason.message : String(r.reason);
        return;
      }
      const v = r.value as never;
      if (name === 'interactions') next = withSyncedInteractions(next, Array.isArray(v) ? v : []);
      else if (name === 'options') next = { ...next, options: flattenOptions(v) };
      else if (name === 'stateList') next = { ...next, stateList: Array.isArray(v) ? v : [] };
      else next = { ...next, [name]: v ?? null };
    });
    const failed = Object.keys(syncErrors).length === names.length;
    const connection = failed ? next.connection : 'up';
    this.set(
      { ...next, connection, syncErrors, sync: failed ? 'failed' : 'ready' },
      { kind: 'sync' },
    );
    return this.current;
  }

  /** The change feed: called after every state change. Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Raw events (toast clicks, messenger channels…), fanned out by the client. */
  on<E extends string>(event: E, listener: EventListener<E>): () => void {
    return this.client.on(event, listener);
  }

  /** `messenger.broadcastMessage`: any JSON value to every page listening to `channel`. */
  broadcast(channel: string, message: unknown): Promise<void> {
    try {
      messengerEvent(channel);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.request('messenger.broadcastMessage', channel, message);
  }

  /** Listens to `messenger:<channel>`. Returns the function that stops listening. */
  onMessage<T = unknown>(channel: string, listener: MessageListener<T>): () => void {
    return this.on(messengerEvent(channel), (data) => listener(data as T, channel));
  }

  /** Any request, typed by the request map. */
  request<R extends RequestName>(name: R, ...params: Params<R>): Promise<Result<R>> {
    return this.client.request(name, ...params);
  }

  call<R extends RequestName>(
    name: R,
    params: Params<R>,
    options?: RequestOptions,
  ): Promise<Result<R>> {
    return this.client.call(name, params, options);
  }

  // Typed commands the elements use. Each returns the host's answer or rejects with a BridgeError.
  accept = (id: string) => this.request('interaction.accept', id);
  reject = (id: string) => this.request('interaction.reject', id);
  answer = (id: string) => this.request('voice.answer', id);
  hangUp = (id: string) => this.request('voice.hangUp', id);
  hold = (id: string) => this.request('voice.hold', id);
  resume = (id: string) => this.request('voice.resume', id);
  dial = (destination: string, userData?: UserData) =>
    this.request('voice.dial', destination, userData);
  singleStepTransfer = (id: string, target: TargetQuery, userData?: UserData) =>
    this.request('interaction.singleStepTransfer', id, target, userData, {});
  singleStepConference = (id: string, target: TargetQuery, userData?: UserData) =>
    this.request('interaction.singleStepConference', id, target, userData, {});
  consult = (id: string, target: TargetQuery, userData?: UserData) =>
    this.request('interaction.consult', id, target, userData, {});
  completeTransfer = (consultId: string) => this.request('interaction.completeTransfer', consultId);
  completeConference = (consultId: string) =>
    this.request('interaction.completeConference', consultId);
  markDone = (id: string) => this.request('interaction.markdone', id);
  setUserData = (id: string, values: UserData) =>
    this.request('interaction.setUserData', id, values);
  deleteUserData = (id: string, key: string) => this.request('interaction.deleteUserData', id, key);
  selectCase = (caseId: string) => this.request('interaction.selectCaseByCaseId', caseId);
  startRecording = (id: string) => this.request('voice.startCallRecording', id);
  stopRecording = (id: string) => this.request('voice.stopCallRecording', id);
  pauseRecording = (id: string) => this.request('voice.pauseCallRecording', id);
  resumeRecording = (id: string) => this.request('voice.resumeCallRecording', id);
  reschedule = (id: string, recordHandle: number, date: string, type: RescheduleType) =>
    this.request('outbound.rescheduleRecord', id, recordHandle, date, type);
  popupToast = (parameters: ToastParameters) => this.request('system.popupToast', parameters);

  /** Blocks mark done; the block is recorded at once (a host may not echo a `markdone` event). */
  async blockMarkdone(id: string, warningMessage: string): Promise<void> {
    await this.request('interaction.blockMarkdone', id, warningMessage);
    this.apply(
      reduceMarkdone(this.current, {
        eventType: 'MARKDONE_BLOCK_CHANGED',
        interactionId: id,
        blocked: true,
        warningMessage,
      }),
    );
  }

  async unblockMarkdone(id: string): Promise<void> {
    await this.request('interaction.unblockMarkdone', id);
    this.apply(
      reduceMarkdone(this.current, {
        eventType: 'MARKDONE_BLOCK_CHANGED',
        interactionId: id,
        blocked: false,
      }),
    );
  }

  /** Unsubscribes and fails pending requests. */
  close(): void {
    this.syncRun++;
    for (const off of this.unsubscribe.splice(0)) off();
    this.client.close();
    this.listeners.clear();
  }

  private apply(reduction: Reduction): void {
    if (reduction) this.set(reduction.state, reduction.change);
  }

  private set(state: BridgeState, change: Change): void {
    this.current = state;
    for (const listener of [...this.listeners]) {
      try {
        listener(state, change);
      } catch (error) {
        (globalThis as { reportError?: (e: unknown) => void }).reportError?.(error);
      }
    }
  }
}

export { isBridgeError };
