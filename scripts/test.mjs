// Runs @web/test-runner with web-test-runner.config.mjs; extra args are passed
// on (e.g. `npm test -- --files test/foo.test.ts`, `--watch`). Exits with its code.
// The last line of a run is `N passed, N failed[, N skipped]`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The parts test reads custom-elements.json (the elements' documented parts): refresh it when it
// is missing or older than an element's source (`npm run analyze`, about 2 s).
const manifest = `${root}custom-elements.json`;
const newest = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .reduce((t, e) => Math.max(t, statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs), 0);
if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest(`${root}src/components`)) {
  const cem = spawnSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--litelement'], { cwd: root, stdio: 'inherit' });
  if (cem.status !== 0) console.error('test: custom-elements.json could not be refreshed (npm run analyze)');
}
const bin = `${root}node_modules/@web/test-runner/dist/bin.js`;
const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
