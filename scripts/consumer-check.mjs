// The package checked the way a consumer gets it (`npm run check:consumer`, run by .ci/run):
//  1. `npm pack` (prepack builds it), then a throwaway project OUTSIDE the repo (a temp folder
//     with no node_modules above it) installs the tarball, with what test/consumer/package.json
//     lists (TypeScript, React's types, Vue, vue-tsc, publint, arethetypeswrong) from npm's cache;
//     the editor data (VS Code custom data, web-types) names every public tag and attribute;
//  2. every bare import in the shipped declarations names a dependency (or an optional peer, for
//     the framework typings) that ships its types: a type from a dev dependency (`@types/luxon`)
//     would fail a consumer's compile, even in a file the page below does not reach;
//  3. test/consumer/page.ts type-checks with skipLibCheck false under nodenext (tsc, with
//     react-page.tsx) and bundler resolution (vue-tsc, with vue-page.vue); page.ts imports every
//     "exports" entry, creates every public tag (not the `adk-*` sub-elements) and reads a typed
//     property and every event's typed detail (step 1 checks the page names them all);
//  4. publint (any message, suggestions included, fails) and arethetypeswrong (ESM profile);
//  5. the tarball's single-file bundle on a static page in Chromium: every tag is defined, and
//     the lazily loaded zones chunk beside it loads.
// Prints each step's time; exits 1 on any failure. `--break-declaration` adds, before packing, a
// declaration that names a dev dependency's type (luxon's, from @types/luxon), to show the check
// failing; `--keep` leaves the temp project.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../web-test-runner.config.mjs';
import { serveStatic } from './static-server.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'test/consumer');
const breakDeclaration = process.argv.includes('--break-declaration');
const keep = process.argv.includes('--keep');
const started = Date.now();
const problems = [];
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

/** Runs a step, prints its time; a thrown error or returned problems fail the check. */
async function step(name, fn) {
  const t = Date.now();
  try {
    const found = (await fn()) ?? [];
    problems.push(...found.map((p) => `${name}: ${p}`));
    console.log(`${found.length ? 'FAIL' : 'ok  '} ${name} (${secs(t)})`);
    for (const p of found) console.log(`     ${p.replace(/\n/g, '\n     ')}`);
  } catch (error) {
    const out = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    problems.push(`${name}: ${error.message.split('\n')[0]}`);
    console.log(
      `FAIL ${name} (${secs(t)})\n     ${(out || error.message).replace(/\n/g, '\n     ')}`,
    );
  }
}

const sh = (cmd, args, cwd) =>
  run(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: 'true' } });

// 1. Pack and install outside the repo.
const project = mkdtempSync(join(tmpdir(), 'adk-consumer-'));
for (let d = project; d !== dirname(d); d = dirname(d)) {
  if (existsSync(join(dirname(d), 'node_modules')))
    throw new Error(`${dirname(d)}/node_modules is above the temp project: pick another TMPDIR`);
}
let tarball;
await step('npm pack (build)', async () => {
  await sh('npm', ['run', 'build', '--silent'], root);
  if (breakDeclaration) {
    await appendFile(
      join(root, 'dist/types/index.d.ts'),
      "export type { DateTime as LeakedDateTime } from 'luxon';\n",
    );
  }
  const { stdout } = await sh(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', project],
    root,
  );
  tarball = JSON.parse(stdout)[0].filename;
});
if (!tarball) finish();

const kitDir = join(project, 'node_modules/agent-desk-kit');
await step('install the tarball in a throwaway project', async () => {
  cpSync(fixture, project, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(fixture, 'package.json'), 'utf8'));
  pkg.dependencies = { 'agent-desk-kit': `file:./${tarball}` };
  await writeFile(join(project, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await sh(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    project,
  );
});
if (!existsSync(kitDir)) finish();

const kitPkg = JSON.parse(readFileSync(join(kitDir, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(kitDir, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const tags = declarations.filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
const events = [
  ...new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.name))),
].filter((name) => name?.startsWith('adk-'));

await step('the consumer files name every entry, tag and event', () => {
  const found = [];
  const files = ['page.ts', 'react-page.tsx', 'vue-page.vue'].map((f) =>
    readFileSync(join(fixture, f), 'utf8'),
  );
  const page = files[0];
  for (const key of Object.keys(kitPkg.exports)) {
    const specifier = `'agent-desk-kit${key.slice(1)}'`;
    if (!files.some((f) => f.includes(specifier))) found.push(`no import of ${specifier}`);
  }
  for (const tag of tags.filter((t) => !t.startsWith('adk-')))
    if (!page.includes(`createElement('${tag}')`)) found.push(`page.ts never creates <${tag}>`);
  for (const name of events)
    if (!page.includes(`addEventListener('${name}'`))
      found.push(`page.ts never listens to ${name}`);
  return found;
});

await step('editor data names every public tag and attribute', () => {
  const found = [];
  const read = (file) => JSON.parse(readFileSync(join(kitDir, file), 'utf8'));
  const vscode = read('dist/vscode.html-custom-data.json');
  const webTypes = read(kitPkg['web-types']);
  const lists = {
    'vscode.html-custom-data.json': vscode.tags,
    'web-types.json': webTypes.contributions.html.elements,
  };
  for (const d of declarations.filter((d) => d.tagName && !d.tagName.startsWith('adk-'))) {
    for (const [file, list] of Object.entries(lists)) {
      const tag = list.find((t) => t.name === d.tagName);
      if (!tag) found.push(`${file} lacks <${d.tagName}>`);
      for (const a of d.attributes ?? [])
        if (tag && !tag.attributes.some((x) => x.name === a.name))
          found.push(`${file} lacks <${d.tagName} ${a.name}>`);
    }
  }
  return found;
});

// 2. Declarations name only what a consumer installs with the kit.
await step('declarations import only dependencies', () => {
  /** Whether the installed package ships its own declarations. */
  const hasTypes = (name) => {
    const dir = join(project, 'node_modules', name);
    if (!existsSync(join(dir, 'package.json'))) return false;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return (
      !!(pkg.types || pkg.typings || JSON.stringify(pkg.exports ?? {}).includes('"types"')) ||
      existsSync(join(dir, 'index.d.ts'))
    );
  };
  const allowed = new Set([
    ...Object.keys(kitPkg.dependencies ?? {}),
    ...Object.keys(kitPkg.peerDependencies ?? {}),
  ]);
  const found = [];
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(dir, e.name))
        : e.name.endsWith('.d.ts')
          ? [join(dir, e.name)]
          : [],
    );
  const SPECIFIER = /(?:from\s+|import\s*\(\s*|\/\/\/\s*<reference\s+types=)['"]([^'"]+)['"]/g;
  for (const file of walk(join(kitDir, 'dist/types'))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (spec.startsWith('.')) continue;
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0];
      if (name === kitPkg.name || allowed.has(`@types/${name}`)) continue;
      if (!allowed.has(name))
        found.push(`${relative(kitDir, file)} imports '${spec}', not a dependency of the kit`);
      else if (!hasTypes(name))
        found.push(`${relative(kitDir, file)} imports '${spec}', whose types are not a dependency`);
    }
  }
  return [...new Set(found)];
});

// 3. Type-check (two compilers in parallel), 4. publint and arethetypeswrong, 5. Chromium.
const bin = (name) => join(project, 'node_modules/.bin', name);
await Promise.all([
  step('tsc, nodenext resolution (page.ts, react-page.tsx)', () =>
    sh(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], project).then(() => []),
  ),
  step('vue-tsc, bundler resolution (page.ts, vue-page.vue)', () =>
    sh(bin('vue-tsc'), ['-p', 'tsconfig.bundler.json'], project).then(() => []),
  ),
  step('publint (any message fails)', async () => {
    const { publint } = await import(
      pathToFileURL(join(project, 'node_modules/publint/src/index-node.js'))
    );
    const { formatMessage } = await import(
      pathToFileURL(join(project, 'node_modules/publint/src/utils.js'))
    );
    const { messages } = await publint({
      pkgDir: kitDir,
      level: 'suggestion',
      strict: true,
      pack: false,
    });
    return messages.map((m) => `${m.type}: ${formatMessage(m, kitPkg) ?? m.code}`);
  }),
  step('arethetypeswrong (ESM profile)', () =>
    sh(
      bin('attw'),
      [join(project, tarball), '--profile', 'esm-only', '--format', 'table'],
      project,
    ).then(() => []),
  ),
]);

// The public tags: the adk-* parts are defined with their element, or (call-actions' panels)
// when first opened.
const publicTags = tags.filter((t) => !t.startsWith('adk-'));
await step('the bundle on a static page in Chromium defines every tag', async () => {
  cpSync(join(fixture, 'bundle.html'), join(kitDir, 'index.html'));
  const server = await serveStatic(kitDir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromeArgs,
  });
  const found = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && found.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => found.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && found.push(`${r.status()}: ${r.url()}`));
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const missing = await page.evaluate(async (names) => {
      // The bundle defines an element when its tag first appears (src/autoload.ts): add every
      // tag the page does not hold yet, as a page would.
      for (const n of names)
        if (!document.querySelector(n)) document.body.append(document.createElement(n));
      await Promise.race([
        Promise.all(names.map((n) => customElements.whenDefined(n))),
        new Promise((r) => setTimeout(r, 10_000)),
      ]);
      await import('./dist/agent-desk-kit.zones.js');
      return names.filter((n) => !customElements.get(n));
    }, publicTags);
    for (const tag of missing)
      found.push(`<${tag}> not defined by dist/agent-desk-kit.bundle.js once on the page`);
  } finally {
    await browser.close();
    await server.close();
  }
  return found;
});

finish();

function finish() {
  if (keep) console.log(`temp project kept: ${project}`);
  else rmSync(project, { recursive: true, force: true });
  console.log(
    `consumer check: ${problems.length ? `FAILED (${problems.length} problems)` : 'passed'} in ${secs(started)}`,
  );
  process.exit(problems.length ? 1 : 0);
}
