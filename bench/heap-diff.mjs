// What grew between two heap snapshots (bench/run.mjs under BENCH_HEAP_SNAPSHOT), by kind:
// the page's JavaScript objects (objects, arrays, closures, strings…), compiled code (the JIT's,
// also counted by `performance.memory`), and the browser's own objects (DOM, style, performance
// timeline entries); and the functions whose new compiled code the "after" holds (the JIT
// optimises a function once it is called often enough: a function called once per callback
// gets its optimised code hundreds of callbacks in). `node bench/heap-diff.mjs before.heapsnapshot
// after.heapsnapshot [top]` also lists the largest differences by node type and name.
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
function aggregate(s) {
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

/**
 * The compiled code (`InstructionStream`) in snapshot `a` that snapshot `b` did not hold (heap
 * snapshot ids are stable within a page), by the function it is the code of: `[{ fn, size }]`,
 * largest first. The function is the nearest closure or SharedFunctionInfo holding the code.
 */
function newCodeByFunction(b, a) {
  const meta = a.snapshot.meta;
  const [NF, EF] = [meta.node_fields.length, meta.edge_fields.length];
  const [ti, ni, ii, si, ec] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  );
  const to = meta.edge_fields.indexOf('to_node');
  const types = meta.node_types[0];
  const before = new Set();
  for (let i = 0; i < b.nodes.length; i += b.snapshot.meta.node_fields.length)
    before.add(b.nodes[i + b.snapshot.meta.node_fields.indexOf('id')]);
  const n = a.nodes.length / NF;
  const holders = Array.from({ length: n }, () => []);
  for (let i = 0, e = 0; i < n; i++)
    for (let k = 0; k < a.nodes[i * NF + ec]; k++, e += EF) holders[a.edges[e + to] / NF].push(i);
  const name = (i) => String(a.strings[a.nodes[i * NF + ni]]);
  const byFn = new Map();
  for (let i = 0; i < n; i++) {
    if (types[a.nodes[i * NF + ti]] !== 'code' || !name(i).includes('InstructionStream')) continue;
    if (before.has(a.nodes[i * NF + ii])) continue;
    let fn = '(unknown)';
    const seen = new Set([i]);
    for (let level = [i], depth = 0; depth < 5 && fn === '(unknown)'; depth++) {
      const next = [];
      for (const x of level)
        for (const h of holders[x]) {
          if (seen.has(h) || fn !== '(unknown)') continue;
          seen.add(h);
          if (
            types[a.nodes[h * NF + ti]] === 'closure' ||
            name(h).startsWith('system / SharedFunctionInfo')
          )
            fn = name(h).replace('system / SharedFunctionInfo / ', '') || '(anonymous)';
          else next.push(h);
        }
      level = next;
    }
    byFn.set(fn, (byFn.get(fn) ?? 0) + a.nodes[i * NF + si]);
  }
  return [...byFn].map(([fn, size]) => ({ fn, size })).sort((x, y) => y.size - x.size);
}

/**
 * `{ js, code, browser, rows, newCode }`: bytes grown by kind, every `type:name` that changed,
 * and the new compiled code by function.
 */
export function heapDiff(beforePath, afterPath) {
  const b = JSON.parse(readFileSync(beforePath, 'utf8'));
  const a = JSON.parse(readFileSync(afterPath, 'utf8'));
  const before = aggregate(b);
  const after = aggregate(a);
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
    newCode: newCodeByFunction(b, a),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [before, after, top = '30'] = process.argv.slice(2);
  const d = heapDiff(before, after);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`JS objects ${kb(d.js)}, compiled code ${kb(d.code)}, browser ${kb(d.browser)}`);
  console.log(
    `new compiled code of ${d.newCode.length} functions: ${d.newCode
      .slice(0, Number(top))
      .map((c) => `${c.fn} ${kb(c.size)}`)
      .join(', ')}`,
  );
  for (const r of d.rows.slice(0, Number(top)))
    console.log(`${String(r.size).padStart(10)} ${String(r.count).padStart(7)}  ${r.key}`);
}
