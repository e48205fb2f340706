/**
 * Where the workspace page finds its client page: `?client=<url>`, or by default demo/crm.html
 * on the OTHER hostname (localhost <-> 127.0.0.1, same port), so host and client are really
 * cross-origin.
 */
/** The parts of a page's address these read (a `Location`, or a `URL`). */
type PageAddress = Pick<Location, 'protocol' | 'hostname' | 'port' | 'search' | 'href'>;

export function defaultClientUrl(loc: PageAddress = location): string {
  const other =
    loc.hostname === 'localhost'
      ? '127.0.0.1'
      : loc.hostname === '127.0.0.1'
        ? 'localhost'
        : loc.hostname;
  return `${loc.protocol}//${other}${loc.port ? `:${loc.port}` : ''}/demo/crm.html`;
}

export function clientUrl(loc: PageAddress = location): URL {
  const given = new URLSearchParams(loc.search).get('client');
  try {
    return new URL(given || defaultClientUrl(loc), loc.href);
  } catch {
    return new URL(defaultClientUrl(loc));
  }
}
