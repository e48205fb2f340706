/**
 * The host's error texts, written once: the simulated workspace sends them and the client reads
 * them back into typed errors.
 *
 * The seed quotes two texts: "Error: Interaction not found." and the rate-limit text. It quotes
 * none for a refused origin, a filtered request or a refused user-data key; the texts below for
 * those are our choice, each naming what was refused and why.
 */

export const INTERACTION_NOT_FOUND = 'Error: Interaction not found.';

/** The seed's rate-limit text ("Rate Limit"). A quarantine of 0 means forever; the text keeps the seed's form. */
export function rateLimitText(request: string, quarantineSeconds: number): string {
  return `The rate limit for the request '${request}' has been reached.\nFurther requests of the same type will be ignored for ${quarantineSeconds} seconds.`;
}
const RATE_LIMIT_RE =
  /^The rate limit for the request '([^']+)' has been reached\.\s*Further requests of the same type will be ignored for (\d+) seconds\.?$/;
export function parseRateLimitText(
  text: string,
): { request: string; quarantineSeconds: number } | null {
  const m = RATE_LIMIT_RE.exec(text.trim());
  return m ? { request: m[1], quarantineSeconds: Number(m[2]) } : null;
}

export function originNotAllowedText(origin: string): string {
  return `Error: The origin '${origin}' is not allowed to use the Service Client API.`;
}
export function requestNotAllowedText(request: string, origin: string): string {
  return `Error: The request '${request}' is not allowed for the origin '${origin}'.`;
}
export function userDataWriteNotAllowedText(keys: readonly string[]): string {
  return `Error: Writing the user data key(s) ${keys.map((k) => `'${k}'`).join(', ')} is not allowed.`;
}
export function unknownRequestText(request: string): string {
  return `Error: Unknown request '${request}'.`;
}
export function disconnectedText(): string {
  return 'Error: The real-time connection with the server is down.';
}

/** Every "not allowed" text above matches this. */
export const NOT_ALLOWED_RE = /\bis not allowed\b/;
export const DISCONNECTED_RE = /real-time connection with the server is down/;

/** The reference client's own timeout string. */
export const REQUEST_TIMEOUT = 'Request timeout';
