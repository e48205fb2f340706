// Library build (`npm run build`, then `tsc -p tsconfig.build.json` writes dist/types):
//
// 1. The package: one ES module per entry in dist/ (ENTRIES), shared code in dist/chunks/, with
//    lit, @lit/context and luxon left as bare imports for the consumer's bundler to dedupe.
//    Each element entry registers its element (and its inner adk-* elements) and nothing else;
//    none imports the provider (dist/agent-bridge.js), which a page imports once.
//    luxon is imported only by the time-zone chunk, which TimeController loads with import().
//    Chunks that register elements go to dist/chunks/elements/ (listed in "sideEffects");
//    scripts/package-checks.mjs fails the build when package.json no longer matches the output.
// 2. dist/agent-desk-kit.bundle.js: the whole kit (src/index.ts) with lit inlined, for a plain
//    <script type="module"> from a static folder. luxon stays lazy in agent-desk-kit.zones.js
//    beside it (a relative import, so copy both files).
// 3. dist/sim.bundle.js: the simulated workspace in one file (lit inlined), for static pages.
import { rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { packageChecks } from './scripts/package-checks.mjs';

/** Package entries: `dist/<name>.js`, exported as `agent-desk-kit/<name>` (`.` for index). */
export const ENTRIES = {
  index: 'src/index.ts',
  'agent-bridge': 'src/entries/agent-bridge.ts',
  bridge: 'src/bridge/core.ts',
  'callback-preview': 'src/components/callback-preview/callback-preview.ts',
  'call-actions': 'src/components/call-actions/call-actions.ts',
  'disposition-picker': 'src/components/disposition-picker/disposition-picker.ts',
  'record-fields-editor': 'src/components/record-fields-editor/record-fields-editor.ts',
  'custom-toast': 'src/components/custom-toast/custom-toast.ts',
  theme: 'src/themes/index.ts',
  sim: 'src/sim/index.ts',
};

/** What the package leaves to the consumer (bare imports in dist/*.js). */
export const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|luxon)(\/|$)/;

/** The same transform and minifier for every build, and for bench/size.mjs. */
export function kitPlugins() {
  return [
    nodeResolve(),
    esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
    terser({ module: true, ecma: 2020 }),
  ];
}

/** Empties dist/ once per build, so no chunk of an earlier build lingers. */
const cleanDist = {
  name: 'clean-dist',
  buildStart: () => rmSync('dist', { recursive: true, force: true }),
};

const output = { dir: 'dist', format: 'es', sourcemap: true };
const checks = packageChecks({ entries: ENTRIES, effectEntries: ['theme'] });

export default [
  {
    input: ENTRIES,
    external: (id) => EXTERNAL.test(id),
    output: { ...output, entryFileNames: '[name].js', chunkFileNames: checks.chunkFileNames },
    plugins: [cleanDist, ...kitPlugins(), checks],
  },
  {
    input: { 'agent-desk-kit.bundle': ENTRIES.index },
    output: { ...output, entryFileNames: '[name].js', chunkFileNames: 'agent-desk-kit.[name].js' },
    plugins: kitPlugins(),
  },
  {
    input: { 'sim.bundle': ENTRIES.sim },
    output: { ...output, entryFileNames: '[name].js', inlineDynamicImports: true },
    plugins: kitPlugins(),
  },
];
