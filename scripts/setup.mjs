// Idempotent machine setup: npm packages and a Chromium for the tests.
//   node scripts/setup.mjs
// Installs node_modules with `npm ci` when missing, and Debian's `chromium`
// (apt-get, via sudo when not root) when no browser is found at $CHROME_PATH
// or /usr/bin/chromium. Prints one line per step.
//
// Several runs may start at once (two `npm test` on one machine): the package managers' locks are
// waited for, not failed on. Runs of this script in one repo take turns (a lock file beside
// node_modules), so a second one waits for the first's `npm ci` instead of installing over it;
// apt-get is given time for the package database's lock (another install, or the system's own
// updates) and retried while it reports the lock as held.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tryLock } from './pid-lock.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (msg) => console.log(`setup: ${msg}`);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const LOCK_WAIT_MS = 15 * 60_000;

function fail(what, r) {
  console.error(`setup: FAILED: ${what} (exit ${r.status ?? r.signal ?? r.error?.message})`);
  process.exit(1);
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')}`, r);
}

/** Runs an apt-get command, waiting (up to LOCK_WAIT_MS) while another process holds apt's locks. */
function runApt(cmd, args, env = {}) {
  const since = Date.now();
  for (;;) {
    const r = spawnSync(cmd, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, ...env },
    });
    const stderr = r.stderr?.toString() ?? '';
    process.stderr.write(stderr);
    if (r.status === 0) return;
    if (!/Could not get lock|Unable to lock|is held by process/i.test(stderr))
      fail(`${cmd} ${args.join(' ')}`, r);
    if (Date.now() - since > LOCK_WAIT_MS)
      fail(`${cmd} ${args.join(' ')}: apt's lock still held`, r);
    log('another package install holds the lock: waiting');
    sleep(5000);
  }
}

/** Takes this repo's setup lock, waiting while another live run holds it; released at exit. */
function takeSetupLock() {
  const since = Date.now();
  let said = false;
  for (;;) {
    const got = tryLock(`${root}.setup.lock`);
    if (got === true) return;
    if (Date.now() - since > LOCK_WAIT_MS) {
      console.error(`setup: FAILED: ${root}.setup.lock is still held by process ${got}`);
      process.exit(1);
    }
    if (!said && got) log(`another setup (process ${got}) is running: waiting for it`);
    said ||= got !== 0;
    sleep(got ? 1000 : 50);
  }
}

takeSetupLock();

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
  // DPkg::Lock::Timeout: apt-get itself waits for the package database's lock this long.
  const wait = ['-o', `DPkg::Lock::Timeout=${LOCK_WAIT_MS / 1000}`];
  const apt = (...args) =>
    asRoot
      ? runApt('apt-get', [...wait, ...args], { DEBIAN_FRONTEND: 'noninteractive' })
      : runApt('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...wait, ...args]);
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
