// Idempotent machine setup: npm packages and a Chromium for the tests.
//   node scripts/setup.mjs
// Installs node_modules with `npm ci` when missing, and Debian's `chromium`
// (apt-get, via sudo when not root) when no browser is found at $CHROME_PATH
// or /usr/bin/chromium. Prints one line per step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (msg) => console.log(`setup: ${msg}`);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) {
    console.error(
      `setup: FAILED: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal ?? r.error?.message})`,
    );
    process.exit(1);
  }
}

if (existsSync(`${root}/node_modules`)) {
  log('node_modules present');
} else {
  log('node_modules missing: running npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
const chrome = candidates.find((p) => existsSync(p));
if (chrome) {
  log(`chromium found at ${chrome}`);
} else {
  if (process.env.CHROME_PATH) log(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
  const asRoot = process.getuid?.() === 0;
  const how = asRoot ? 'apt-get' : 'sudo apt-get';
  const apt = (...args) =>
    asRoot
      ? run('apt-get', args, { DEBIAN_FRONTEND: 'noninteractive' })
      : run('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  log(`chromium missing: ${how} update`);
  apt('-qq', 'update');
  log(`installing Debian's chromium: ${how} install -y chromium`);
  apt('-qq', 'install', '-y', 'chromium');
  if (!existsSync('/usr/bin/chromium')) {
    console.error('setup: FAILED: /usr/bin/chromium still missing after apt-get install');
    process.exit(1);
  }
  log('chromium installed at /usr/bin/chromium');
}
