// Mounting a kit element on the simulated workspace, and checking it leaves nothing behind
// (bridge listeners, listeners on the page, timers).
//
//   const sim = await openSimFrame({ connectDelay: 'none' });               // once, in before()
//   const { el, bridge, provider } = await mountOnSim<CallActionsElement>(
//     sim, html`<call-actions></call-actions>`);                            // each test
//   …
//   unmount();                                                              // afterEach
//   await expectNoLeaks(bridge, () => document.createElement('call-actions'), provider);
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { ClientOptions } from '../../src/bridge/client.js';
import { AgentBridge, type BridgeOptions } from '../../src/bridge/store.js';
import type { SimFrame } from './sim-frame.js';
import { until } from './until.js';

export interface Mounted<E extends HTMLElement> {
  /** The element (the template's first element, inside `<agent-bridge>`). */
  el: E;
  /** The connected bridge the provider gives it. */
  bridge: AgentBridge;
  provider: AgentBridgeElement;
  /** Removes the provider and closes the bridge. */
  unmount(): void;
}

export interface MountOptions {
  /** Reset the simulated workspace first (default true). */
  reset?: boolean;
  /** Client options beyond the sim's origin and frame (default `timeoutMs: 1500`). */
  client?: Partial<ClientOptions>;
  bridge?: BridgeOptions;
  /** `lang` of the provider. */
  lang?: string;
}

/** A fresh bridge connected to `sim`, an `<agent-bridge>` giving it, and `template` inside it. */
export async function mountOnSim<E extends HTMLElement>(
  sim: SimFrame,
  template: TemplateResult,
  options: MountOptions = {},
): Promise<Mounted<E>> {
  if (options.reset !== false) await sim.control('reset');
  const bridge = new AgentBridge(
    { hostOrigin: sim.origin, target: sim.frame, timeoutMs: 1500, ...options.client },
    options.bridge,
  );
  await bridge.connect();
  const provider = await fixture<AgentBridgeElement>(
    html`<agent-bridge .bridge=${bridge} lang=${options.lang ?? ''}>${template}</agent-bridge>`,
  );
  const el = provider.firstElementChild as E | null;
  if (!el) throw new Error('mountOnSim: the template rendered no element');
  await (el as E & { updateComplete?: Promise<unknown> }).updateComplete;
  return {
    el,
    bridge,
    provider,
    unmount() {
      provider.remove();
      bridge.close();
    },
  };
}

export interface TimerWatch {
  /** How many of the timers started while watching are alive (not cleared, not fired). */
  alive(): number;
  /** Stops starting timers through the watch (clears are still seen until `stop`). */
  pause(): void;
  /** Gives the page its own timer functions back. */
  stop(): void;
}

/** Watches the timers the page starts from now on, until `pause` (starts) and `stop` (clears). */
export function watchTimers(): TimerWatch {
  const live = new Set<number>();
  // The DOM's timer signatures (the Node types seen by the type checker have others).
  const w: Pick<
    WindowOrWorkerGlobalScope,
    'setTimeout' | 'setInterval' | 'clearTimeout' | 'clearInterval'
  > = window;
  const saved = {
    setTimeout: w.setTimeout,
    setInterval: w.setInterval,
    clearTimeout: w.clearTimeout,
    clearInterval: w.clearInterval,
  };
  w.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = saved.setTimeout.call(
      w,
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') (fn as (...args: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof w.setTimeout;
  w.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = saved.setInterval.call(w, fn, ms, ...args);
    live.add(id);
    return id;
  }) as typeof w.setInterval;
  w.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    saved.clearTimeout.call(w, id);
  }) as typeof w.clearTimeout;
  w.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    saved.clearInterval.call(w, id);
  }) as typeof w.clearInterval;
  return {
    alive: () => live.size,
    pause() {
      w.setTimeout = saved.setTimeout;
      w.setInterval = saved.setInterval;
    },
    stop() {
      Object.assign(w, saved);
    },
  };
}

export interface ListenerWatch {
  /**
   * The listeners added while watching and still registered on what outlives a removed element:
   * the window, the document, a node connected in the document (the provider), a media query
   * list, a channel. A listener on a node inside a shadow root, or on a node no longer connected,
   * goes with that node and is not counted.
   */
  alive(): Array<{ target: string; type: string }>;
  /** Gives the page its own `addEventListener` and `removeEventListener` back. */
  stop(): void;
}

/**
 * Watches the event listeners the page adds from now on, and their removals, until `stop`. It
 * holds what it watches weakly and forgets a node once it is disconnected, so that watching a
 * thousand mounts keeps nothing of them alive.
 */
export function watchListeners(): ListenerWatch {
  type Entry = {
    target: WeakRef<EventTarget>;
    listener: WeakRef<object>;
    type: string;
    capture: boolean;
  };
  let live: Entry[] = [];
  const proto = EventTarget.prototype;
  const saved = { add: proto.addEventListener, remove: proto.removeEventListener };
  const captured = (o?: boolean | EventListenerOptions) =>
    typeof o === 'boolean' ? o : Boolean(o?.capture);
  /** What outlives a removed element: not a node, or a node of the document itself. */
  const outlives = (t: EventTarget | undefined) =>
    t !== undefined && (!(t instanceof Node) || (t.isConnected && t.getRootNode() === document));
  const drop = (target: EventTarget, type: string, listener: object, capture: boolean) => {
    live = live.filter(
      (e) =>
        outlives(e.target.deref()) &&
        !(
          e.target.deref() === target &&
          e.type === type &&
          e.listener.deref() === listener &&
          e.capture === capture
        ),
    );
  };
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    saved.add.call(this, type, listener, options);
    if (!listener || !outlives(this)) return;
    const capture = captured(options);
    drop(this, type, listener, capture); // added twice, registered once
    const entry: Entry = {
      target: new WeakRef(this),
      listener: new WeakRef(listener),
      type,
      capture,
    };
    live.push(entry);
    const forget = () => (live = live.filter((e) => e !== entry));
    if (typeof options === 'object' && options.once)
      saved.add.call(this, type, forget, { once: true, capture });
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal) saved.add.call(signal, 'abort', forget);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    saved.remove.call(this, type, listener, options);
    if (listener) drop(this, type, listener, captured(options));
  };
  const name = (t: EventTarget) =>
    t === window
      ? 'window'
      : t === document
        ? 'document'
        : t instanceof Element
          ? t.localName
          : t.constructor.name;
  return {
    alive: () =>
      live.flatMap((e) => {
        const t = e.target.deref();
        return outlives(t) ? [{ target: name(t!), type: e.type }] : [];
      }),
    stop() {
      proto.addEventListener = saved.add;
      proto.removeEventListener = saved.remove;
    },
  };
}

/**
 * The listener-leak check for every element: mounts `make()` inside `provider` and removes it
 * `times` times, then expects the bridge to have as many listeners as before and every timer
 * started meanwhile to be over (cleared, or a timeout that fired) within `settleMs` — a request's
 * timeout ends with its answer; an element's ticking clock must end when it is removed.
 */
export async function expectNoLeaks(
  bridge: AgentBridge,
  make: () => HTMLElement,
  provider: HTMLElement,
  { times = 20, settleMs = 3000 }: { times?: number; settleMs?: number } = {},
): Promise<void> {
  const base = bridge.listenerCount;
  const timers = watchTimers();
  const listeners = watchListeners();
  try {
    for (let i = 0; i < times; i++) {
      const x = make();
      provider.append(x);
      await (x as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      x.remove();
    }
    timers.pause();
    expect(bridge.listenerCount, 'bridge listeners').to.equal(base);
    expect(listeners.alive(), 'listeners left on the page').to.deep.equal([]);
    await until(() => timers.alive() === 0, 'every timer the elements started is over', settleMs);
  } finally {
    timers.stop();
    listeners.stop();
  }
}
