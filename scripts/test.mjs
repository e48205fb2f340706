// Runs @web/test-runner with web-test-runner.config.mjs; extra args are passed
// on (e.g. `npm test -- --files test/foo.test.ts`, `--watch`). Exits with its code.
// The last line of a run is `N passed, N failed[, N skipped]`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}node_modules/@web/test-runner/dist/bin.js`;
const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
