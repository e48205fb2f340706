// Build-time checks of the package (a rollup plugin used by rollup.config.mjs), so that a
// refactor that breaks what package.json promises fails `npm run build` with the reason:
//  - no entry imports luxon statically (it is for the lazily loaded time-zone chunk only);
//  - every entry is in package.json `exports` (`.` for index, `./<name>` else) -> dist/<name>.js;
//  - every output file that registers an element, or imports one that does, is covered by
//    package.json `sideEffects` (else a consumer's bundler may drop `import '…/call-actions'`);
//  - every tag the source registers has an `HTMLElementTagNameMap` declaration.
// Chunks that register elements are written to dist/chunks/elements/ (see `chunkFileNames`).
// "sideEffects" also lists ./src/**/*.ts: not shipped, but Vite (Storybook, the examples) applies
// the field to the sources too, and would drop their registering `import './x.js'`.
import { readFileSync } from 'node:fs';

const REGISTERS = /\bcustomElement\(\s*["'`]|customElements\.define\(/;

/** `sideEffects` globs (`./dist/x.js`; `*` within a path segment, `**` across) as regular expressions. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\u0000')
      .replace(/\*/g, '[^/]*')
      // eslint-disable-next-line no-control-regex -- \u0000 stands for a `**` while `*` is replaced
      .replace(/\u0000/g, '.*')}$`,
  );

/**
 * @param {{ entries: Record<string, string>, effectEntries: string[] }} opts
 *   effectEntries: entries with top-level effects of their own besides registering elements
 *   (the theme adopts its sheet).
 * The plugin's `chunkFileNames` is for the package's `output.chunkFileNames`.
 */
export function packageChecks({ entries, effectEntries }) {
  const registering = new Set();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    name: 'package-checks',
    chunkFileNames: (info) =>
      info.moduleIds.some((id) => registering.has(id))
        ? 'chunks/elements/[name]-[hash].js'
        : 'chunks/[name]-[hash].js',
    moduleParsed(info) {
      if (!info.id.includes('/node_modules/') && REGISTERS.test(info.code ?? ''))
        registering.add(info.id);
      if (!info.id.includes('/node_modules/') && info.id.endsWith('.ts')) {
        const source = readFileSync(info.id, 'utf8');
        for (const [, tag] of source.matchAll(/@customElement\(\s*['"]([^'"]+)['"]/g)) {
          if (!new RegExp(`HTMLElementTagNameMap\\s*{[^}]*['"]${tag}['"]`).test(source)) {
            this.error(`${info.id}: <${tag}> has no HTMLElementTagNameMap declaration`);
          }
        }
      }
    },
    generateBundle(_options, bundle) {
      const problems = [];
      const sideEffects = (pkg.sideEffects ?? []).map(globToRegExp);
      const effects = new Map();
      const hasEffects = (file) => {
        if (effects.has(file)) return effects.get(file);
        effects.set(file, false);
        const chunk = bundle[file];
        const own =
          chunk.moduleIds.some((id) => registering.has(id)) ||
          (chunk.isEntry && effectEntries.includes(chunk.name));
        const result = own || chunk.imports.some((f) => bundle[f] && hasEffects(f));
        effects.set(file, result);
        return result;
      };
      const staticImports = (file, seen = new Set()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const f of bundle[file]?.imports ?? []) staticImports(f, seen);
        return seen;
      };
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (hasEffects(file) && !sideEffects.some((re) => re.test(`dist/${file}`))) {
          problems.push(
            `dist/${file} registers elements or has effects: add it to package.json "sideEffects"`,
          );
        }
        if (!chunk.isEntry) continue;
        const luxon = [...staticImports(file)].filter(
          (f) => f === 'luxon' || f.startsWith('luxon/'),
        );
        if (luxon.length)
          problems.push(
            `dist/${file} imports luxon statically (load zones.js with import() instead)`,
          );
        const key = chunk.name === 'index' ? '.' : `./${chunk.name}`;
        const target = pkg.exports?.[key];
        const path = typeof target === 'string' ? target : (target?.default ?? target?.import);
        if (path !== `./dist/${file}`)
          problems.push(`package.json "exports" lacks "${key}": "./dist/${file}"`);
        if (!(chunk.name in entries))
          problems.push(`dist/${file}: an entry rollup.config.mjs does not list`);
      }
      if (problems.length) this.error(`package checks failed:\n  ${problems.join('\n  ')}`);
    },
  };
}
