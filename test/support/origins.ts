// The test server (and the demo server) answers on two hostnames, localhost and
// 127.0.0.1, on the same port: two origins, one server. Pages load on one of
// them; a frame loaded from the other is genuinely cross-origin.

const HOSTS = ['localhost', '127.0.0.1'] as const;

/** Origin of the page running the test, e.g. `http://localhost:8765`. */
export function thisOrigin(): string {
  return location.origin;
}

/** The same server under the other hostname, e.g. `http://127.0.0.1:8765`. */
export function otherOrigin(): string {
  const { protocol, hostname, port } = location;
  const other = hostname === HOSTS[0] ? HOSTS[1] : HOSTS[0];
  return `${protocol}//${other}${port ? `:${port}` : ''}`;
}

/** Absolute URL of a repo path (e.g. `/test/support/x.html`) on the other origin. */
export function otherOriginUrl(path: string): string {
  return new URL(path, otherOrigin()).href;
}
