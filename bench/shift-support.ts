/**
 * What the shift benchmarks share: the heap after a full collection (the runner starts Chromium
 * with `--js-flags=--expose-gc --enable-precise-memory-info`), percentiles, a row type, the five
 * elements on one bridge against the simulated workspace in a cross-origin frame.
 */
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/call-actions/call-actions.js';
import '../src/components/callback-preview/callback-preview.js';
import '../src/components/custom-toast/custom-toast.js';
import '../src/components/disposition-picker/disposition-picker.js';
import '../src/components/record-fields-editor/record-fields-editor.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import { AgentBridge } from '../src/bridge/store.js';
import { openSimFrame, type SimFrame } from '../test/support/sim-frame.js';
import { FIVE_ELEMENTS } from '../test/support/five-elements.js';

export type Row = { name: string; value: number | string; unit: string; note?: string };

declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
    /** V8's `--expose-gc`; `{ execution: 'async' }` collects in a task of its own, from an empty stack. */
    gc?: (options?: {
      type?: 'major' | 'minor';
      execution?: 'sync' | 'async';
    }) => Promise<void> | void;
    /** Set by bench/run.mjs under BENCH_HEAP_SNAPSHOT: writes a heap snapshot named `label`. */
    benchHeapSnapshot?: (label: string) => Promise<void>;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const frame = () => new Promise((r) => requestAnimationFrame(r));

/**
 * A full collection from an empty stack. `gc()` called synchronously collects while the page's
 * own frames are on the stack, and the browser's DOM heap then scans that stack conservatively:
 * any stale word that looks like a pointer keeps its object. That is how one `<call-actions>` in
 * 1,000 was reported alive after removal (a different cycle each run: 716, 901); a heap snapshot
 * taken a moment later (its collection runs from an empty stack) no longer held it. The async
 * form collects in a task of its own, as the browser does by itself.
 */
export async function collect(): Promise<void> {
  await window.gc?.({ type: 'major', execution: 'async' });
}

/**
 * The JS heap after full collections, in bytes (NaN when the browser cannot say): the median of
 * five readings, each after its own collections, so that one reading taken while the browser
 * frees or grows something of its own (a timeline buffer, compiled code) does not make the
 * figure. Every heap figure of a bench — its "before" and its "after" alike — is read this way.
 */
export async function heap(): Promise<number> {
  if (!window.gc || !performance.memory) return NaN;
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    await collect();
    await sleep(20);
    await collect();
    readings.push(performance.memory.usedJSHeapSize);
  }
  return percentile(readings, 0.5);
}

/**
 * The entries the browser keeps in its performance timeline for this page, by type (those a
 * page can read: `getEntries()`, and the buffered long tasks, long animation frames and layout
 * shifts). The kit makes no marks or measures; the browser adds the others by itself (a long
 * frame, a layout shift), each buffer up to the browser's own bound. Printed beside the heap
 * figures, which include them.
 */
export async function timelineEntries(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const e of performance.getEntries()) counts[e.entryType] = (counts[e.entryType] ?? 0) + 1;
  for (const type of ['longtask', 'layout-shift']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    const entries = await new Promise<number>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        observer.disconnect();
        resolve(list.getEntries().length);
      });
      observer.observe({ type, buffered: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(0);
      }, 50);
    });
    if (entries) counts[type] = entries;
  }
  return counts;
}

/**
 * Fills the browser's own bounded timeline buffers — long tasks and long animation frames, up to
 * 200 entries each on any page — with tasks of 60 ms, one per frame, before a bench's first heap
 * reading. The buffers are the page's, not the kit's; the collections each heap reading forces
 * are long tasks themselves, so without this their entries (≈ 1 KB each, with the scripts they
 * name) grew between a "before" and an "after" (heap snapshots of 2,000 callbacks: browser
 * objects +86 KB, the kit's JS objects −4 KB). Once full, they stay full; the counts before and
 * after are printed beside the heap figures.
 */
export async function fillTimelineBuffers(): Promise<Record<string, number>> {
  const full = (c: Record<string, number>) =>
    (c['longtask'] ?? 200) >= 200 && (c['long-animation-frame'] ?? 200) >= 200;
  let counts = await timelineEntries();
  for (let i = 0; i < 40 && !full(counts); i++) {
    for (let j = 0; j < 10; j++) {
      await frame();
      const end = performance.now() + 60;
      while (performance.now() < end); // a long task, as a collection or a busy CRM page makes
    }
    counts = await timelineEntries();
  }
  return counts;
}

export const entryCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export interface Desk {
  sim: SimFrame;
  bridge: AgentBridge;
  provider: AgentBridgeElement;
  elements: Updating[];
  settled(): Promise<void>;
  close(): void;
}

/** The simulated workspace on the other origin, a bridge, `<agent-bridge>` and the five elements. */
export async function openDesk(sim?: SimFrame): Promise<Desk> {
  sim ??= await openSimFrame({
    options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
    connectDelay: 'none',
  });
  const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame, timeoutMs: 10_000 });
  await bridge.connect();
  const provider = document.createElement('agent-bridge') as AgentBridgeElement;
  provider.bridge = bridge;
  const elements = FIVE_ELEMENTS.map((tag) => {
    const el = document.createElement(tag) as Updating;
    if (tag === 'disposition-picker') el.setAttribute('storage-key', 'bench');
    provider.append(el);
    return el;
  });
  document.body.append(provider);
  const settled = async () => {
    await Promise.all(elements.map((el) => el.updateComplete));
  };
  await settled();
  return {
    sim,
    bridge,
    provider,
    elements,
    settled,
    close() {
      provider.remove();
      bridge.close();
      sim!.close();
    },
  };
}

/** Posts the result (or the error) for bench/run.mjs. */
export function report(title: string, run: () => Promise<Row[]>): void {
  run().then(
    (rows) => {
      window.benchResult = { title, rows };
    },
    (e) => {
      window.benchError = e instanceof Error ? (e.stack ?? e.message) : String(e);
    },
  );
}
