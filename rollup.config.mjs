// Library build: ESM bundles in dist/ (dist/index.js, dist/sim.js, dist/theme.js), minified.
// Entries that don't exist yet are left out. Type declarations: not yet.
import { existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const entries = { index: 'src/index.ts', sim: 'src/sim/index.ts', theme: 'src/themes/index.ts' };
const input = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
if (Object.keys(input).length === 0) {
  throw new Error(`rollup: no entry exists yet (${Object.values(entries).join(', ')})`);
}

export default {
  input,
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  plugins: [
    nodeResolve(),
    esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
    terser({ module: true, ecma: 2020 }),
  ],
};
