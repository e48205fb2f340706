// What a page pays for the kit: min and min+gzip (zlib level 9) per entry and for the whole kit,
// against lit's own size measured in the same run with the same rollup + esbuild + terser
// settings as `npm run build` (kitPlugins() in rollup.config.mjs).
//   npm run size
// Each entry is bundled ALONE, as a page that imports only it would get it:
//   up front  = the entry with everything it imports statically, lit included;
//   kit code  = the same with lit, @lit/context and luxon left out (what the kit itself adds);
//   lazy      = what it may load later with import() (the time-zone module with luxon).
// "whole kit" is src/index.ts, i.e. dist/agent-desk-kit.bundle.js.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ENTRIES, EXTERNAL, kitPlugins } from '../rollup.config.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

/** Entries of source text, for the baselines (no file on disk). */
function virtual(modules) {
  return {
    name: 'virtual',
    resolveId: (id) => (id in modules ? `\0size:${id}` : null),
    load: (id) => (id.startsWith('\0size:') ? modules[id.slice(6)] : null),
  };
}
const BASELINES = {
  'lit + lit/decorators': "export * from 'lit'; export * from 'lit/decorators.js';",
  'lit + lit/decorators + @lit/context':
    "export * from 'lit'; export * from 'lit/decorators.js'; export * from '@lit/context';",
  luxon: "export * from 'luxon';",
};

/** Builds one input; returns sizes of the entry chunk plus its static imports, and of the lazy chunks. */
async function measure(input, { external = false, extra = [] } = {}) {
  const bundle = await rollup({
    input,
    external: external ? (id) => EXTERNAL.test(id) : undefined,
    plugins: [...extra, ...kitPlugins()],
    onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const upFront = new Set();
  const walk = (c) => {
    if (upFront.has(c.fileName)) return;
    upFront.add(c.fileName);
    for (const f of c.imports) if (byName.has(f)) walk(byName.get(f));
  };
  walk(entry);
  const size = (cs) => {
    const code = cs.map((c) => c.code).join('\n');
    return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
  };
  const eager = chunks.filter((c) => upFront.has(c.fileName));
  const lazy = chunks.filter((c) => !upFront.has(c.fileName));
  const staticLuxon =
    eager.some((c) => c.imports.some((i) => i === 'luxon' || i.startsWith('luxon/'))) ||
    eager.some((c) => Object.keys(c.modules).some((id) => id.includes('/node_modules/luxon/')));
  return { ...size(eager), lazy: lazy.length ? size(lazy) : null, staticLuxon };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const started = Date.now();

const baselines = Object.fromEntries(
  await Promise.all(
    Object.entries(BASELINES).map(async ([name, code]) => [
      name,
      await measure(`baseline:${name}`, { extra: [virtual({ [`baseline:${name}`]: code })] }),
    ]),
  ),
);
const lit = baselines['lit + lit/decorators'];

const names = Object.keys(ENTRIES);
const rows = await Promise.all(
  names.map(async (name) => {
    const [all, own] = [
      await measure(ENTRIES[name]),
      await measure(ENTRIES[name], { external: true }),
    ];
    return { name, all, own };
  }),
);

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `\nSizes: min / min+gzip -9 (rollup ${(await import('rollup')).VERSION}, esbuild, terser; each entry bundled alone)\n`,
);
console.log(`${pad('baseline', 44)}${lpad('min', 10)}${lpad('gzip', 10)}`);
for (const [name, s] of Object.entries(baselines)) {
  console.log(
    `${pad(name, 44)}${lpad(kb(s.min), 10)}${lpad(kb(s.gz), 10)}${name === 'lit + lit/decorators' ? '   = 1.00× (baseline)' : `   ${(s.gz / lit.gz).toFixed(2)}× lit`}`,
  );
}
console.log(
  `\n${pad('entry', 24)}${lpad('up front (with lit)', 24)}${lpad('× lit', 8)}${lpad('kit code (no lit)', 22)}${lpad('lazy (zones+luxon)', 22)}  luxon up front`,
);
for (const { name, all, own } of rows) {
  const label = name === 'index' ? 'index = whole kit' : name;
  console.log(
    `${pad(label, 24)}${lpad(`${kb(all.min)} / ${kb(all.gz)}`, 24)}${lpad(`${(all.gz / lit.gz).toFixed(2)}×`, 8)}` +
      `${lpad(`${kb(own.min)} / ${kb(own.gz)}`, 22)}${lpad(all.lazy ? `${kb(all.lazy.min)} / ${kb(all.lazy.gz)}` : '—', 22)}  ${all.staticLuxon ? 'YES' : 'no'}`,
  );
}
// The parts every element entry shares, to see where an element's weight comes from.
const PARTS = {
  'the bridge (store, client, models)': ENTRIES.bridge,
  'i18n catalogues (en + fr, every element)': 'src/i18n/localize.ts',
};
console.log('\nshared by every element entry (kit code, no lit)');
for (const [name, file] of Object.entries(PARTS)) {
  const s = await measure(file, { external: true });
  console.log(`  ${pad(name, 42)}${lpad(`${kb(s.min)} / ${kb(s.gz)}`, 22)}`);
}
const whole = rows.find((r) => r.name === 'index').all;
const wholeAll = whole.gz + (whole.lazy?.gz ?? 0);
console.log(
  `\nwhole kit (dist/agent-desk-kit.bundle.js): ${kb(whole.gz)} gzip up front = ${(whole.gz / lit.gz).toFixed(2)}× lit; with the lazy time-zone chunk ${kb(wholeAll)}`,
);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (rows.some((r) => r.all.staticLuxon && r.name !== 'sim')) process.exitCode = 1;
