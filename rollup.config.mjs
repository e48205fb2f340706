// Library build (`npm run build`, then `tsc -p tsconfig.build.json` writes dist/types):
//
// 1. The package: one ES module per entry in dist/ (ENTRIES), shared code in dist/chunks/, with
//    lit, @lit/context and luxon left as bare imports for the consumer's bundler to dedupe.
//    Each element entry registers its element (and its inner adk-* elements) and nothing else;
//    none imports the provider (dist/agent-bridge.js), which a page imports once.
//    luxon is imported only by the time-zone chunk, which TimeController loads with import().
//    Each catalogue section of a language other than English is a chunk of its own, loaded with
//    import() (src/i18n/languages.ts): dist/chunks/<lang>/.
//    Chunks that register elements go to dist/chunks/elements/ (listed in "sideEffects");
//    scripts/package-checks.mjs fails the build when package.json no longer matches the output.
// 2. dist/agent-desk-kit.bundle.js: the whole kit (src/index.ts) with lit inlined, for a plain
//    <script type="module"> from a static folder. luxon stays lazy in agent-desk-kit.zones.js
//    beside it, and French in agent-desk-kit.fr.<section>.js (relative imports: copy the
//    agent-desk-kit.*.js files together). It defines the elements on demand (src/autoload.ts):
//    each element's module is a chunk agent-desk-kit.<name>-<hash>.js beside it.
// 3. dist/sim.bundle.js: the simulated workspace in one file (lit inlined), for static pages.
import { rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { packageChecks } from './scripts/package-checks.mjs';

/** Package entries: `dist/<name>.js`, exported as `agent-desk-kit/<name>` (`.` for index). */
export const ENTRIES = {
  index: 'src/index.ts',
  'agent-bridge': 'src/entries/agent-bridge.ts',
  bridge: 'src/bridge/core.ts',
  models: 'src/entries/models.ts',
  'callback-preview': 'src/components/callback-preview/callback-preview.ts',
  'call-actions': 'src/components/call-actions/call-actions.ts',
  'interaction-list': 'src/components/interaction-list/interaction-list.ts',
  'disposition-picker': 'src/components/disposition-picker/disposition-picker.ts',
  'record-fields-editor': 'src/components/record-fields-editor/record-fields-editor.ts',
  'custom-toast': 'src/components/custom-toast/custom-toast.ts',
  'click-to-dial': 'src/components/click-to-dial/click-to-dial.ts',
  theme: 'src/themes/index.ts',
  sim: 'src/sim/index.ts',
};

/** What the package leaves to the consumer (bare imports in dist/*.js). */
export const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|luxon)(\/|$)/;

/**
 * The same transform and minifier for every build, and for bench/size.mjs. The `html` and `css`
 * templates are minified too (@lit-labs/rollup-plugin-minify-html-literals: whitespace and
 * comments out of lit's templates, the CSS through lightningcss); a template it cannot parse fails
 * the build rather than shipping unminified. terser makes three passes (a few hundred bytes less).
 */
export function kitPlugins() {
  return [
    pureTemplateTags,
    nodeResolve(),
    esbuild({ target: 'es2022', tsconfig: './tsconfig.json' }),
    minifyLiterals({
      failOnError: true,
      options: { minifyOptions: { removeAttributeQuotes: true } },
    }),
    terser({ module: true, ecma: 2020, compress: { passes: 3 } }),
  ];
}

/**
 * lit's `css` and `html` tags (and `unsafeCSS`) build a value and touch nothing else, but rollup
 * can't know it: a module's styles that no element of an entry uses (a shared style module's
 * other exports) were kept in the entry. Declared pure (rollup's `treeshake.manualPureFunctions`),
 * a template nobody reads is dropped.
 */
const pureTemplateTags = {
  name: 'pure-template-tags',
  options(options) {
    const treeshake = typeof options.treeshake === 'object' ? options.treeshake : {};
    const pure = treeshake.manualPureFunctions ?? [];
    return {
      ...options,
      treeshake: { ...treeshake, manualPureFunctions: [...pure, 'css', 'html', 'unsafeCSS'] },
    };
  },
};

/** The language of a chunk holding only catalogue sections of a language other than English. */
const languageOf = (info) => {
  const langs = info.moduleIds.map(
    (id) => id.match(/\/src\/i18n\/([a-z]{2,3}(?:-[a-z0-9]+)?)\//i)?.[1],
  );
  return langs.length && langs.every((l) => l && l !== 'en' && l === langs[0]) ? langs[0] : null;
};

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
    output: {
      ...output,
      entryFileNames: '[name].js',
      chunkFileNames: (info) =>
        languageOf(info)
          ? `chunks/${languageOf(info)}/[name]-[hash].js`
          : checks.chunkFileNames(info),
    },
    plugins: [cleanDist, ...kitPlugins(), checks],
  },
  {
    input: { 'agent-desk-kit.bundle': ENTRIES.index },
    output: {
      ...output,
      entryFileNames: '[name].js',
      chunkFileNames: (info) =>
        languageOf(info)
          ? `agent-desk-kit.${languageOf(info)}.[name].js`
          : info.name === 'zones'
            ? 'agent-desk-kit.zones.js'
            : // Elements' and shared chunks (several may share a name): hashed.
              'agent-desk-kit.[name]-[hash].js',
    },
    plugins: kitPlugins(),
  },
  {
    input: { 'sim.bundle': ENTRIES.sim },
    output: { ...output, entryFileNames: '[name].js', inlineDynamicImports: true },
    plugins: kitPlugins(),
  },
];
