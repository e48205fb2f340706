// Mounting a kit element on the simulated workspace, and checking it leaves nothing behind.
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
    await until(() => timers.alive() === 0, 'every timer the elements started is over', settleMs);
  } finally {
    timers.stop();
  }
}
