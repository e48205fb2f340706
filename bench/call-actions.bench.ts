/**
 * `<call-actions>` benchmark, one run, one page (`npm run bench -- call-actions`):
 * - baseline: a bare cross-origin postMessage echo; a bare hop is half its round trip;
 * - a workspace event (HELD / ESTABLISHED from the simulated workspace on the other origin)
 *   from its arrival in this window (a `message` listener that runs before the bridge's) to
 *   the updated `<call-actions>` DOM (a MutationObserver on its shadow root sees the new
 *   status): the kit's whole path — envelope checks, store reducer, change feed, Lit render —
 *   as a ratio to the bare hop;
 * - Hold / Resume sent through the bridge to the updated DOM (request hop, host, event hop, render),
 *   as a ratio to the bare round trip (the same two hops).
 */
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/call-actions/call-actions.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import { AgentBridge } from '../src/bridge/store.js';
import { openSimFrame } from '../test/support/sim-frame.js';
import { echoRoundTrip } from './echo.js';

type Row = { name: string; value: number | string; unit: string; note?: string };
declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
  }
}

const ECHOES = 2000;
const TOGGLES = 1000; // hold + resume pairs
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function run(): Promise<Row[]> {
  const echo = await echoRoundTrip(ECHOES);
  const sim = await openSimFrame({
    options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
    connectDelay: 'none',
  });

  // Registered before the bridge's own listener, so it sees each event first.
  let arrived = 0;
  addEventListener('message', (e) => {
    const t = (e.data as { data?: { eventType?: string } })?.data?.eventType;
    if (e.source === sim.window && (t === 'HELD' || t === 'ESTABLISHED'))
      arrived = performance.now();
  });

  const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame });
  await bridge.connect();
  const provider = document.createElement('agent-bridge') as AgentBridgeElement;
  provider.bridge = bridge;
  const el = document.createElement('call-actions');
  provider.append(el);
  document.body.append(provider);
  await el.updateComplete;

  await sim.control('startScenario', 'inbound-callback-asap');
  await sim.control('stepScenario');
  const status = () => el.shadowRoot!.querySelector('[part="status"]')?.getAttribute('data-status');
  let want = 'connected';
  let reached: (t: number) => void = () => {};
  new MutationObserver(() => {
    if (status() === want) reached(performance.now());
  }).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  await new Promise<void>((r) => {
    reached = () => r();
    if (status() === want) r();
  });

  const id = bridge.selected!.interactionId;
  const eventToDom: number[] = [];
  const started = performance.now();
  for (let i = 0; i < TOGGLES * 2; i++) {
    want = i % 2 === 0 ? 'held' : 'connected';
    const done = new Promise<number>((r) => (reached = r));
    void (i % 2 === 0 ? bridge.hold(id) : bridge.resume(id));
    const at = await done;
    eventToDom.push(at - arrived);
  }
  const requestToDom = (performance.now() - started) / (TOGGLES * 2);
  provider.remove();
  bridge.close();
  sim.close();

  const hop = echo / 2;
  const e2d = mean(eventToDom);
  return [
    {
      name: 'bare cross-origin postMessage echo (round trip)',
      value: echo.toFixed(3),
      unit: 'ms',
      note: `${ECHOES} in sequence`,
    },
    { name: 'bare postMessage hop (half the round trip)', value: hop.toFixed(3), unit: 'ms' },
    {
      name: 'workspace event → <call-actions> DOM, mean',
      value: e2d.toFixed(3),
      unit: 'ms',
      note: `${eventToDom.length} HELD/ESTABLISHED events; timer resolution ~0.1 ms`,
    },
    {
      name: 'workspace event → <call-actions> DOM, p95',
      value: percentile(eventToDom, 0.95).toFixed(3),
      unit: 'ms',
    },
    { name: 'event → DOM / bare hop', value: (e2d / hop).toFixed(2), unit: '×' },
    {
      name: 'Hold/Resume sent → <call-actions> DOM, mean',
      value: requestToDom.toFixed(3),
      unit: 'ms',
      note: 'request hop + host + event hop + render',
    },
    {
      name: 'Hold/Resume → DOM / bare round trip',
      value: (requestToDom / echo).toFixed(2),
      unit: '×',
    },
  ];
}

run().then(
  (rows) => {
    window.benchResult = {
      title: '<call-actions>: workspace event to DOM (cross-origin, one run)',
      rows,
    };
  },
  (e) => {
    window.benchError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  },
);
