// Runs the kit's benchmarks in headless Chromium and prints their figures.
//   npm run bench            every bench/*.bench.html
//   npm run bench -- transport   only bench/transport.bench.html
//   BENCH_QUERY="callbacks=200"  sizes for the pages that read them (bench/shift.bench.ts)
//   BENCH_TIMEOUT_S=900          how long a page may take (default 300 s)
//   BENCH_CPU_PROFILE=dir        writes each page's CPU profile (the page's own process, not
//                                its cross-origin frames) to dir/<page>.cpuprofile
//   BENCH_HEAP_SNAPSHOT=dir      keeps the heap snapshots a page writes of its own process
//                                (`await window.benchHeapSnapshot?.(label)`: dir/<label>.heapsnapshot);
//                                by default they go to a temporary directory, removed after;
//                                for each pair <x>-before / <x>-after, what grew by kind (heap-diff.mjs);
//                                BENCH_HEAP_SNAPSHOT=off takes none
// Prints the load average at the start and after each page.
// Each page reports `window.benchResult = { title, rows: [{ name, value, unit, note? }] }` or
// `window.benchError`. Figures are compared with a baseline measured in the same run.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromeArgs } from '../web-test-runner.config.mjs';
import { heapDiff } from './heap-diff.mjs';
import { pickPort } from '../scripts/free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const timeoutS = Number(process.env.BENCH_TIMEOUT_S ?? 300) || 300;
const pages = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.html'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
// BENCH_PORT (8790 unless set), or a free port when another run holds it.
const wanted = Number(process.env.BENCH_PORT ?? 8790);
const { port, preferred } = await pickPort(wanted);
if (!preferred) console.error(`bench: port ${wanted} is taken; using port ${port}`);

// The startup bench compares bundled builds, made alike with the kit's own bundler and plugins
// (rollup.config.mjs): the kit's five elements, and Lit alone.
if (pages.some((f) => f.startsWith('startup')))
  for (const kind of ['kit', 'lit']) {
    const bundle = await rollup({
      input: `${root}bench/startup/${kind}-entry.ts`,
      plugins: [
        nodeResolve(),
        esbuild({ target: 'es2022', tsconfig: `${root}tsconfig.json` }),
        terser({ module: true, ecma: 2020 }),
      ],
      onwarn: () => {},
    });
    await bundle.write({
      file: `${root}bench/.out/${kind}-startup.js`,
      format: 'es',
      inlineDynamicImports: true,
    });
    await bundle.close();
  }

const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: 'localhost',
    // Lit's production build, as a page that installs the kit gets it (the dev server's default,
    // `development`, runs Lit's dev-mode checks and warnings on every render).
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
// gc() and exact heap figures for the memory measures (bench/shift-support.ts `heap`).
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  headless: true,
});
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);
let failed = false;
try {
  for (const file of pages) {
    const page = await browser.newPage();
    let pageError;
    page.on('pageerror', (e) => {
      pageError ??= e.message;
    });
    const query = process.env.BENCH_QUERY ? `?${process.env.BENCH_QUERY}` : '';
    // Heap snapshots are on by default: what a heap figure grew by is printed by kind (the page's
    // JS objects, the JIT's compiled code, the browser's objects); BENCH_HEAP_SNAPSHOT=off skips them.
    const snapshots =
      process.env.BENCH_HEAP_SNAPSHOT === 'off'
        ? undefined
        : (process.env.BENCH_HEAP_SNAPSHOT ?? mkdtempSync(`${os.tmpdir()}/adk-bench-heap-`));
    const taken = [];
    if (snapshots) {
      mkdirSync(snapshots, { recursive: true });
      const heapCdp = await page.createCDPSession();
      await page.exposeFunction('benchHeapSnapshot', async (label) => {
        const chunks = [];
        const onChunk = ({ chunk }) => chunks.push(chunk);
        heapCdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
        await heapCdp.send('HeapProfiler.collectGarbage');
        await heapCdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
        heapCdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
        writeFileSync(`${snapshots}/${String(label)}.heapsnapshot`, chunks.join(''));
        taken.push(String(label));
      });
    }
    const profiling = process.env.BENCH_CPU_PROFILE;
    const cdp = profiling ? await page.createCDPSession() : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const started = Date.now();
    await page.goto(`http://localhost:${port}/bench/${file}${query}`);
    const deadline = Date.now() + timeoutS * 1000;
    let outcome = {};
    while (Date.now() < deadline && !pageError) {
      outcome = await page.evaluate(() => ({
        benchResult: window.benchResult,
        benchError: window.benchError,
      }));
      if (outcome.benchResult || outcome.benchError) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(profiling, { recursive: true });
      writeFileSync(
        `${profiling}/${file.replace('.bench.html', '')}.cpuprofile`,
        JSON.stringify(profile),
      );
    }
    const benchResult = outcome.benchResult;
    const benchError =
      outcome.benchError ??
      pageError ??
      (benchResult ? undefined : `no result within ${timeoutS} s`);
    if (benchError) {
      failed = true;
      console.log(`${file}: FAILED ${benchError}`);
    } else {
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n${benchResult.title}  [${secs} s; load average ${load()}]`);
      for (const r of benchResult.rows)
        console.log(
          `  ${r.name.padEnd(52)} ${String(r.value).padStart(12)} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
        );
    }
    for (const label of taken.filter((l) => l.endsWith('-before'))) {
      const name = label.slice(0, -'-before'.length);
      if (!taken.includes(`${name}-after`)) continue;
      const d = heapDiff(
        `${snapshots}/${label}.heapsnapshot`,
        `${snapshots}/${name}-after.heapsnapshot`,
      );
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `  heap snapshots ${name}: JS objects ${kb(d.js)}, compiled code ${kb(d.code)}, browser objects ${kb(d.browser)}`,
      );
      if (d.newCode.length)
        console.log(
          `    new compiled code of ${d.newCode.length} functions, largest: ${d.newCode
            .slice(0, 6)
            .map((c) => `${c.fn} ${kb(c.size)}`)
            .join(', ')}`,
        );
    }
    await page.close();
    if (snapshots && !process.env.BENCH_HEAP_SNAPSHOT) rmSync(snapshots, { recursive: true });
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
