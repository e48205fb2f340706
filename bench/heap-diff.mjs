// What grew between two heap snapshots (bench/run.mjs under BENCH_HEAP_SNAPSHOT), by kind:
// the page's JavaScript objects (objects, arrays, closures, strings…), compiled code (the JIT's,
// also counted by `performance.memory`), and the browser's own objects (DOM, style, performance
// timeline entries). `node bench/heap-diff.mjs before.heapsnapshot after.heapsnapshot [top]`
// also lists the largest differences by node type and name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const JS_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'regexp',
  'number',
  'symbol',
  'bigint',
  'object shape',
  'hidden',
]);

/** Self sizes and counts by `type:name` (strings and numbers by type only). */
function aggregate(path) {
  const s = JSON.parse(readFileSync(path, 'utf8'));
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map();
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + ti]];
    const named = !/string|number/.test(type);
    const key = `${type}:${named ? String(s.strings[s.nodes[i + ni]]).slice(0, 80) : ''}`;
    const a = out.get(key) ?? { type, count: 0, size: 0 };
    a.count++;
    a.size += s.nodes[i + si];
    out.set(key, a);
  }
  return out;
}

/** `{ js, code, browser, rows }`: bytes grown by kind, and every `type:name` that changed. */
export function heapDiff(beforePath, afterPath) {
  const before = aggregate(beforePath);
  const after = aggregate(afterPath);
  const rows = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? { count: 0, size: 0 };
    const b = after.get(key) ?? { count: 0, size: 0 };
    const type = (after.get(key) ?? before.get(key)).type;
    if (a.size !== b.size || a.count !== b.count)
      rows.push({ key, type, count: b.count - a.count, size: b.size - a.size });
  }
  rows.sort((x, y) => y.size - x.size);
  const sum = (pick) => rows.filter(pick).reduce((n, r) => n + r.size, 0);
  return {
    js: sum((r) => JS_TYPES.has(r.type)),
    code: sum((r) => r.type === 'code'),
    browser: sum((r) => !JS_TYPES.has(r.type) && r.type !== 'code'),
    rows,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [before, after, top = '30'] = process.argv.slice(2);
  const d = heapDiff(before, after);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`JS objects ${kb(d.js)}, compiled code ${kb(d.code)}, browser ${kb(d.browser)}`);
  for (const r of d.rows.slice(0, Number(top)))
    console.log(`${String(r.size).padStart(10)} ${String(r.count).padStart(7)}  ${r.key}`);
}
