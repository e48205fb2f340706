/**
 * Transport benchmark, one run, one page:
 * - baseline: a bare cross-origin postMessage echo (bench/echo-frame.html on the other origin);
 * - a request's round trip through the kit's client to the simulated workspace on the other
 *   origin (security checks, envelope, referenceId matching), as a ratio to the baseline;
 * - host events per second applied to the store (AgentBridge) through the same transport.
 */
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

const ROUND_TRIPS = 2000;
const EVENTS = 20000;
// performance.now() is coarse (0.1 ms) in a page that is not cross-origin isolated: time whole loops.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function run(): Promise<Row[]> {
  const echo = [await echoRoundTrip(ROUND_TRIPS)];
  const sim = await openSimFrame({
    options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
    connectDelay: 'none',
  });
  const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame });
  await bridge.connect();
  const rtt: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ROUND_TRIPS; i++) await bridge.request('agent.getState');
  rtt.push((performance.now() - started) / ROUND_TRIPS);
  await sim.control('startScenario', 'inbound-callback-asap');
  while (bridge.state.interactions.size === 0) await new Promise((r) => setTimeout(r, 5));
  const id = [...bridge.state.interactions.keys()][0];
  let applied = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((r) => (done = r));
  const off = bridge.subscribe((state, change) => {
    if (change.eventType === 'ATTACHED_DATA_CHANGED' && ++applied === EVENTS) done();
  });
  const t0 = performance.now();
  sim.control('emitBurst', id, EVENTS).catch(() => {}); // a late answer (loaded machine) is no failure
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  const last = bridge.interaction(id)!.userData.BurstSeq;
  off();
  bridge.close();
  sim.close();
  const echoMed = mean(echo);
  const rttMed = mean(rtt);
  return [
    {
      name: 'bare cross-origin postMessage echo, mean',
      value: echoMed.toFixed(3),
      unit: 'ms',
      note: `${ROUND_TRIPS} round trips in sequence`,
    },
    {
      name: 'agent.getState via client → simulated host, mean',
      value: rttMed.toFixed(3),
      unit: 'ms',
      note: `${ROUND_TRIPS} requests`,
    },
    { name: 'request round trip / bare echo', value: (rttMed / echoMed).toFixed(2), unit: '×' },
    {
      name: 'host events applied to the store',
      value: Math.round(EVENTS / seconds),
      unit: 'events/s',
      note: `${EVENTS} ATTACHED_DATA_CHANGED, last seq ${String(last)}`,
    },
  ];
}

run().then(
  (rows) => {
    window.benchResult = { title: 'Transport (cross-origin, one run)', rows };
  },
  (e) => {
    window.benchError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  },
);
