// Runs @web/test-runner with web-test-runner.config.mjs; extra args are passed
// on (e.g. `npm test -- --files test/foo.test.ts`, `--watch`). Exits with its code.
// The last line of a run is `N passed, N failed[, N skipped]`.
// The test server listens on WTR_PORT (8765 unless set); when another run holds it, on a free port
// the system hands out (said on stderr), so two runs on one machine both pass.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pickPort } from './free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The parts test reads custom-elements.json (the elements' documented parts): refresh it when it
// is missing or older than an element's source (`npm run analyze`, about 2 s).
const manifest = `${root}custom-elements.json`;
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((t, e) => Math.max(t, statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs), 0);
if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest(`${root}src/components`)) {
  const cem = spawnSync(
    process.execPath,
    [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--litelement'],
    { cwd: root, stdio: 'inherit' },
  );
  if (cem.status !== 0)
    console.error('test: custom-elements.json could not be refreshed (npm run analyze)');
}

// test/e2e/bundle.test.ts loads the BUILT bundle (dist/agent-desk-kit.bundle.js): build dist/ when
// it is missing or older than what it is built from, and only when that test is in the run.
const args = process.argv.slice(2);
const bundle = `${root}dist/agent-desk-kit.bundle.js`;
const buildInputs = [
  'rollup.config.mjs',
  'scripts/package-checks.mjs',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
]
  .map((f) => `${root}${f}`)
  .filter((f) => existsSync(f));
const builtFrom = () =>
  Math.max(newest(`${root}src`), ...buildInputs.map((f) => statSync(f).mtimeMs));
if (
  runsFile(args, 'test/e2e/bundle.test.ts') &&
  (!existsSync(bundle) || statSync(bundle).mtimeMs < builtFrom())
) {
  console.log('test: dist/ is missing or stale: npm run build');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0)
    console.error(
      'test: npm run build FAILED (test/e2e/bundle.test.ts will fail or use what dist/ holds)',
    );
}

/** Whether a run with these arguments includes the file: no --files, or a --files glob that matches it. */
function runsFile(argv, file) {
  const globs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--files=')) globs.push(argv[i].slice(8));
    else if (argv[i] === '--files')
      while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) globs.push(argv[++i]);
  }
  if (globs.length === 0) return true;
  const toRegExp = (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+^$()|[\]\\]/g, '\\$&')
        .replace(/\{([^}]*)\}/g, (_, alts) => `(${alts.split(',').join('|')})`)
        .replace(/\*\*\//g, '\u0000')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        // eslint-disable-next-line no-control-regex -- \u0000 stands for a `**` while `*` is replaced
        .replace(/\u0000/g, '(.*/)?')}$`,
    );
  return globs.some((g) => toRegExp(g).test(file));
}

const wanted = Number(process.env.WTR_PORT ?? 8765);
const { port, preferred } = await pickPort(wanted);
if (!preferred) console.error(`test: port ${wanted} is taken; the test server uses port ${port}`);

const bin = `${root}node_modules/@web/test-runner/dist/bin.js`;
const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WTR_PORT: String(port) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
