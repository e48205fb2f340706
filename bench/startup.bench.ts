/**
 * Startup (issue 11), bundled builds (bench/run.mjs builds bench/.out/*-startup.js with esbuild,
 * minified): from importing the bundle to the five elements rendered and the bridge synced with
 * the simulated workspace (already running, on the other origin), against Lit alone importing
 * and rendering five trivial elements. Each try is a cold start in a fresh frame; medians of
 * `?tries=` (default 9) tries of each, interleaved.
 */
import { openSimFrame } from '../test/support/sim-frame.js';
import { percentile, report, type Row } from './shift-support.js';

const TRIES = Number(new URLSearchParams(location.search).get('tries') ?? 9) || 9;

async function once(kind: 'kit' | 'lit', host: string): Promise<number> {
  const frame = document.createElement('iframe');
  frame.title = `startup ${kind}`;
  frame.src = `/bench/startup/frame.html?kind=${kind}&host=${encodeURIComponent(host)}`;
  const ms = new Promise<number>((resolve) => {
    addEventListener('message', function got(e) {
      if (e.source === frame.contentWindow && e.data?.startup === kind) {
        removeEventListener('message', got);
        resolve(e.data.ms as number);
      }
    });
  });
  document.body.append(frame);
  const value = await ms;
  frame.remove();
  return value;
}

report('Startup, bundled builds (cold import in a fresh frame)', async (): Promise<Row[]> => {
  const sim = await openSimFrame({
    options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
    connectDelay: 'none',
  });
  const kit: number[] = [];
  const lit: number[] = [];
  for (let i = 0; i < TRIES; i++) {
    lit.push(await once('lit', sim.origin));
    kit.push(await once('kit', sim.origin));
  }
  sim.close();
  const k = percentile(kit, 0.5);
  const l = percentile(lit, 0.5);
  return [
    { name: 'Lit alone: five trivial elements rendered, median', value: l.toFixed(1), unit: 'ms' },
    {
      name: 'kit: five elements rendered and synced, median',
      value: k.toFixed(1),
      unit: 'ms',
      note: `${TRIES} tries each`,
    },
    { name: 'kit / Lit alone', value: (k / l).toFixed(2), unit: '×' },
  ];
});
