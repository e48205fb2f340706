// Picks a port for a local server (tests, benchmarks, demo), so that two runs on one machine
// don't collide: the preferred port when it is free, else one the system hands out.
//
// "Free" means two things: nothing listens on it (probed by listening as the servers do, on all
// addresses — `localhost` and `127.0.0.1` are both served), and no other run of ours has claimed
// it. A run claims its port with a lock file in the system's temp folder until it exits, which
// closes the gap between picking a port and the server listening on it (two `npm test` started
// together would otherwise both pick the preferred port, and one would die with EADDRINUSE).
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryLock } from './pid-lock.mjs';

/** Whether a server could listen on `port` on all addresses right now (0: any port; returns it). */
function probe(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen({ port, exclusive: true }, () => {
      const got = server.address().port;
      server.close(() => resolve(got));
    });
  });
}

/** Claims `port` for this process (until it exits); false when another live run holds it. */
const claim = (port) => tryLock(join(tmpdir(), `agent-desk-kit-port-${port}.lock`)) === true;

/**
 * The preferred port when it is free, else a free port from the system; claimed for this process.
 * Resolves to `{ port, preferred }` (`preferred` false when it had to pick another).
 */
export async function pickPort(preferred) {
  if (claim(preferred) && (await probe(preferred)) !== null)
    return { port: preferred, preferred: true };
  for (let i = 0; i < 20; i++) {
    const port = await probe(0);
    if (port !== null && claim(port)) return { port, preferred: false };
  }
  throw new Error(`no free port found (preferred ${preferred} is taken)`);
}
