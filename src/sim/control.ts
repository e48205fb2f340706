/**
 * A control channel so that a harness page can drive a SimHost from code, across origins:
 *   → `{ simControl: '<command>', args: [...], controlId }`
 *   ← `{ simControlResult: true, controlId, data }` or `{ simControlResult: true, controlId, error }`
 *
 * Accepted ONLY from the host page's parent or opener window (or, in in-page mode, from the
 * page itself). Control messages carry no `userAgent`, so neither side of the Service Client
 * API protocol mistakes them for its own messages, and the host never reads them as requests.
 */
import type { FrameState, OutboundEventType, RealtimeConnectionState } from '../bridge/enums.js';
import {
  FRAME_STATES,
  OUTBOUND_EVENT_TYPES,
  REALTIME_CONNECTION_STATES,
  isOneOf,
} from '../bridge/enums.js';
import type { Sections } from './config-options.js';
import type { SimHost } from './host.js';
import { campaignEvent } from './ops/misc.js';
import { offerRecord } from './ops/outbound.js';
import { clickToastButton, pressToast, setConnection, setFrameState } from './ops/system.js';
import { connect, remoteRelease } from './ops/voice.js';
import type { SecurityOptions } from './security.js';
import type { OutboundMode } from './workspace.js';

export interface ControlMessage {
  simControl: string;
  args?: unknown[];
  controlId: string | number;
}
export interface ControlResult {
  simControlResult: true;
  controlId: string | number;
  data?: unknown;
  error?: string;
}

export function isControlMessage(v: unknown): v is ControlMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.simControl === 'string' &&
    (typeof m.controlId === 'string' || typeof m.controlId === 'number') &&
    (m.args === undefined || Array.isArray(m.args))
  );
}

/** Every command, by name. Results are plain data (they cross postMessage). */
export const CONTROL_COMMANDS = {
  configureSecurity: (h, options: SecurityOptions, merge = false) => (
    h.setSecurityOptions(options ?? {}, !!merge),
    h.securityOptions
  ),
  getSecurity: (h) => h.securityOptions,
  /** Merges option values into sections (and, optionally, transaction annexes). */
  configureOptions: (h, sections: Sections, transactions?: Record<string, Sections>) => {
    const ws = h.workspace;
    for (const [s, opts] of Object.entries(sections ?? {}))
      ws.sections[s] = { ...(ws.sections[s] ?? {}), ...opts };
    for (const [t, annex] of Object.entries(transactions ?? {})) ws.transactions[t] = annex;
    ws.changed();
    return ws.sections;
  },
  reset: (h) => void h.reset(),
  listScenarios: (h) => h.scenarios.list(),
  startScenario: (h, name: string) => h.scenarios.start(name),
  stepScenario: (h) => h.scenarios.step(),
  runScenario: (h, name?: string) =>
    name ? (h.scenarios.start(name), h.scenarios.run()) : h.scenarios.run(),
  scenarioStatus: (h) => h.scenarios.status(),
  stopScenario: (h) => void h.scenarios.stop(),
  advanceClock: (h, ms: number) => (h.clock.advance(Number(ms) || 0), h.clock.now()),
  now: (h) => h.clock.now(),
  setAnswerDelay: (h, ms: number) => void (h.answerDelayMs = Math.max(0, Number(ms) || 0)),
  setSilent: (h, silent: boolean) => void (h.silent = !!silent),
  setConnectDelay: (h, ms: number | null) =>
    void (h.workspace.connectDelayMs = ms === null ? null : Math.max(0, Number(ms) || 0)),
  connection: (h, state: RealtimeConnectionState) => {
    if (!isOneOf(REALTIME_CONNECTION_STATES, state))
      throw new Error(`Unknown connection state '${String(state)}'`);
    setConnection(h.workspace, state);
  },
  dropConnection: (h) => setConnection(h.workspace, 'DISCONNECTED'),
  recoverConnection: (h) => setConnection(h.workspace, 'RECONNECTED'),
  connectionDown: (h) => setConnection(h.workspace, 'DOWN'),
  /** Forces a frame state on one frame (its id), or without one on every frame. */
  setFrameState: (h, state: FrameState, frameId?: number) => {
    if (!isOneOf(FRAME_STATES, state)) throw new Error(`Unknown frame state '${String(state)}'`);
    setFrameState(h.workspace, state, frameId === undefined ? undefined : Number(frameId));
  },
  /** The last requests that reached their handler, oldest first: `{ frameId, request }`. */
  listRequests: (h) => [...h.requests],
  /** Each client frame as a tab: its id, frame state and whether it is the last active one. */
  listFrames: (h) => h.workspace.frames.list,
  /** The agent brings this frame's tab forward (it becomes the last active one). */
  activateFrame: (h, frameId: number) => h.workspace.frames.activate(Number(frameId)),
  /** Starts an election among the frames (seed: NEGOTIATING, then one LEADING). */
  elect: (h) => h.workspace.frames.elect(),
  /** The agent closes the tab holding this frame: its iframe goes, the others elect if it led. */
  closeFrame: (h, frameId: number) => h.closeFrame(Number(frameId)),
  setVisible: (h, visible: boolean) =>
    void ((h.workspace.visible = !!visible), h.workspace.changed()),
  clickToastButton: (h, toastId: string, buttonIndex: number) =>
    clickToastButton(h.workspace, String(toastId), Number(buttonIndex)),
  /** The agent presses Show, Dismiss or OK on a toast. */
  pressToast: (h, toastId: string, kind: 'show' | 'dismiss' | 'ok') => {
    if (kind !== 'show' && kind !== 'dismiss' && kind !== 'ok')
      throw new Error(`Unknown toast button '${String(kind)}'`);
    pressToast(h.workspace, String(toastId), kind);
  },
  listInteractions: (h) => h.workspace.list(),
  listToasts: (h) =>
    [...h.workspace.toasts.values()].map((t) => ({ id: t.id, params: t.params, owner: t.owner })),
  listDialogs: (h) => [...h.workspace.dialogs].map(([id, d]) => ({ id, ...d })),
  listViews: (h) => [...h.workspace.views.values()],
  listClients: (h) =>
    h.clientList.map((c) => ({
      frameId: c.frameId,
      origin: c.origin,
      subscriptions: [...c.subscriptions.values()],
    })),
  /** Sanity read-out for hostile-input tests: is Object.prototype untouched in the host's realm? */
  health: (h) => ({
    prototypeClean:
      Object.keys(Object.prototype).length === 0 &&
      ({} as Record<string, unknown>).polluted === undefined,
    clients: h.clientList.length,
  }),
  quarantined: (h) =>
    h.quarantined().map((q) => ({ ...q, until: Number.isFinite(q.until) ? q.until : null })),
  /** The customer (or target) answers a dialling call now. */
  connectCall: (h, id: string) => {
    const ix = h.workspace.find(id);
    if (ix) connect(h.workspace, ix);
  },
  remoteRelease: (h, id: string) => {
    const ix = h.workspace.find(id);
    if (ix) remoteRelease(h.workspace, ix);
  },
  offerRecord: (h, mode: OutboundMode = 'pull') => offerRecord(h.workspace, mode).interactionId,
  /**
   * Changes a record field's definition on the host side (a workspace whose configuration moved
   * under the agent: a field made read-only, a shorter column): the next `updateRecordFields`
   * is judged by the new definition, and `getRecordFields` returns it.
   */
  patchRecordField: (h, id: string, name: string, patch: Record<string, unknown>) => {
    const field = h.workspace.find(id)?.sim.record?.fields.find((f) => f.name === name);
    if (!field) throw new Error(`No record field '${String(name)}' on interaction '${String(id)}'`);
    const allowed = [
      'displayName',
      'isMandatory',
      'isEditable',
      'fieldType',
      'valueType',
      'options',
      'value',
    ] as const;
    // Written as given: a test may give a field any value a workspace could hold.
    if (patch) Object.assign(field, pick(patch, allowed));
    return structuredClone(field);
  },
  /** Benchmarks: reports `count` ATTACHED_DATA_CHANGED events on an interaction, as fast as the host can. */
  emitBurst: (h, id: string, count: number) => {
    const ix = h.workspace.find(id);
    if (!ix) throw new Error(`No interaction '${String(id)}'`);
    const n = Math.max(0, Math.min(100_000, Number(count) || 0));
    for (let i = 0; i < n; i++) {
      ix.userData = { ...ix.userData, BurstSeq: String(i) };
      h.workspace.emitInteraction('ATTACHED_DATA_CHANGED', ix);
    }
    return n;
  },
  campaign: (h, eventType: OutboundEventType, name: string, mode?: string) => {
    if (!isOneOf(OUTBOUND_EVENT_TYPES, eventType))
      throw new Error(`Unknown campaign event '${String(eventType)}'`);
    campaignEvent(h.workspace, eventType, name, mode);
  },
} satisfies Record<string, (host: SimHost, ...args: never[]) => unknown>;

/** The control commands' names. */
export type ControlCommand = keyof typeof CONTROL_COMMANDS;
/** The arguments a command takes after the host (what a caller passes). */
export type ControlArgs<C extends ControlCommand> = (typeof CONTROL_COMMANDS)[C] extends (
  host: SimHost,
  ...args: infer A
) => unknown
  ? A
  : never;
/** What a command returns (structured-cloned when it crosses the control channel). */
export type ControlData<C extends ControlCommand> = ReturnType<(typeof CONTROL_COMMANDS)[C]>;

/**
 * A typed client of the control commands: `control('offerRecord', 'pull')` returns the
 * interaction id. `SimulatedWorkspace.control` is one (synchronous); a page that drives a
 * workspace in another window over the channel gets a `Promise` of the same data.
 */
export type Control = <C extends ControlCommand>(
  command: C,
  ...args: ControlArgs<C>
) => ControlData<C>;
export type RemoteControl = <C extends ControlCommand>(
  command: C,
  ...args: ControlArgs<C>
) => Promise<ControlData<C>>;

/**
 * A command as the channel runs it: the arguments arrive as posted, unchecked by the type system,
 * and each command coerces or checks what it reads (`Number(ms)`, `isOneOf`, …). Declared as a
 * method so that the typed commands above are assignable to it (method parameters are compared
 * bivariantly), which is what dispatching by a name read from a message needs.
 */
interface UncheckedCommand {
  run(host: SimHost, ...args: unknown[]): unknown;
}
const BY_NAME: Record<string, UncheckedCommand['run']> = CONTROL_COMMANDS;

/** The listed keys of `patch` that it has. */
function pick<K extends string>(
  patch: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (key in patch) out[key] = patch[key];
  return out;
}

export interface ControlOptions {
  /** The host page's window (default: `window`). */
  window?: Window;
  /** In-page mode: accept commands from the page itself too. */
  allowSelf?: boolean;
}

/** The commands as a map from each name to its own signature, for `callControl`. */
type TypedCommands = {
  [C in ControlCommand]: (host: SimHost, ...args: ControlArgs<C>) => ControlData<C>;
};
const TYPED: TypedCommands = CONTROL_COMMANDS;

/** Runs one command, typed by its name (the in-page `SimulatedWorkspace.control`). */
export function callControl<C extends ControlCommand>(
  host: SimHost,
  command: C,
  ...args: ControlArgs<C>
): ControlData<C> {
  const fn: TypedCommands[C] = TYPED[command];
  return fn(host, ...args);
}

/** Runs one command by a name read from a message; throws for an unknown one. */
export function runControl(host: SimHost, command: string, args: unknown[] = []): unknown {
  const fn = Object.prototype.hasOwnProperty.call(BY_NAME, command) ? BY_NAME[command] : undefined;
  if (!fn) throw new Error(`Unknown control command '${command}'`);
  return fn(host, ...args);
}

/** Listens for control messages on the host page; returns a function that stops listening. */
export function attachControl(host: SimHost, opts: ControlOptions = {}): () => void {
  const win = opts.window ?? window;
  const trusted = (source: MessageEventSource | null) =>
    source !== null &&
    ((win.parent !== win && source === win.parent) ||
      (win.opener && source === win.opener) ||
      (opts.allowSelf && source === win));
  const onMessage = (event: MessageEvent) => {
    try {
      if (
        !isControlMessage(event.data) ||
        !trusted(event.source) ||
        !event.origin ||
        event.origin === 'null'
      )
        return;
      const { simControl, args, controlId } = event.data;
      let reply: ControlResult;
      try {
        const data = runControl(host, simControl, args ?? []);
        reply = {
          simControlResult: true,
          controlId,
          ...(data === undefined ? {} : { data: structuredClone(data) }),
        };
      } catch (e) {
        reply = {
          simControlResult: true,
          controlId,
          error: e instanceof Error ? e.message : String(e),
        };
      }
      (event.source as Window).postMessage(reply, event.origin);
    } catch (e) {
      console.error('[sim] control message failed', e);
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
