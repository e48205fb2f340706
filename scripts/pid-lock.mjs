// A lock file holding its owner's process id, released when the process exits. Used where runs on
// one machine must take turns: scripts/setup.mjs (one `npm ci` at a time in a repo) and
// scripts/free-port.mjs (a port claimed between picking it and listening on it).
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

/** Whether process `pid` is running. */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Takes the lock at `path` for this process until it exits. Returns `true`, or the process id of
 * the live process that holds it (0 when one has just created it and not yet written its id). A
 * lock left by a process that has ended is taken over.
 */
export function tryLock(path) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once('exit', () => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      });
      return true;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // released meanwhile
    }
    if (
      text === '' &&
      Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 2000
    )
      return 0; // just created: its process id is being written
    const holder = Number(text);
    if (Number.isInteger(holder) && holder > 0 && running(holder)) return holder;
    try {
      unlinkSync(path); // left by a run that has ended
    } catch {
      // another run removed it first
    }
  }
  return 0;
}
