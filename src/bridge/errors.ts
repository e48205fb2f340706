/**
 * Typed, specific failures of a request. Every pending request ends in a result or in exactly
 * one of these; none is left hanging.
 */
import {
  DISCONNECTED_RE,
  NOT_ALLOWED_RE,
  REQUEST_TIMEOUT,
  parseRateLimitText,
} from './error-texts.js';

export type BridgeErrorKind =
  'timeout' | 'host' | 'not-allowed' | 'rate-limited' | 'disconnected' | 'closed';

export abstract class BridgeError extends Error {
  abstract readonly kind: BridgeErrorKind;
  constructor(
    readonly request: string,
    message: string,
  ) {
    super(message);
  }
}

/** No answer came within the request's timeout. */
export class TimeoutError extends BridgeError {
  readonly kind = 'timeout';
  override name = 'TimeoutError';
  constructor(
    request: string,
    readonly timeoutMs: number,
  ) {
    super(request, `${REQUEST_TIMEOUT}: no answer to '${request}' within ${timeoutMs} ms`);
  }
}

/** The host answered with an error; `hostMessage` is its text, untouched. */
export class HostError extends BridgeError {
  readonly kind: BridgeErrorKind = 'host';
  override name = 'HostError';
  constructor(
    request: string,
    readonly hostMessage: string,
  ) {
    super(request, hostMessage);
  }
}

/** The host refused the origin, the request (origin filter) or a user-data key. */
export class NotAllowedError extends HostError {
  override readonly kind = 'not-allowed';
  override name = 'NotAllowedError';
}

/** The request type hit its rate limit; further ones are ignored for `quarantineSeconds` (0 = forever). */
export class RateLimitedError extends HostError {
  override readonly kind = 'rate-limited';
  override name = 'RateLimitedError';
  /** The request type the host's text names as limited (`request` when the text names none). */
  readonly limitedRequest: string;
  constructor(
    request: string,
    hostMessage: string,
    readonly quarantineSeconds: number,
    readonly until: number,
    limitedRequest?: string,
  ) {
    super(request, hostMessage);
    this.limitedRequest = limitedRequest ?? parseRateLimitText(hostMessage)?.request ?? request;
  }
  get forever(): boolean {
    return this.quarantineSeconds === 0;
  }
}

/** The workspace's real-time connection is DISCONNECTED or DOWN. */
export class DisconnectedError extends BridgeError {
  readonly kind = 'disconnected';
  override name = 'DisconnectedError';
  constructor(
    request: string,
    readonly state: string,
  ) {
    super(request, `Not sent: the workspace connection is ${state.toLowerCase()} ('${request}')`);
  }
}

/** The client was closed while the request was pending. */
export class ClosedError extends BridgeError {
  readonly kind = 'closed';
  override name = 'ClosedError';
  constructor(request: string) {
    super(request, `The bridge was closed before '${request}' was answered`);
  }
}

/** Maps a host's error text onto the specific error class. */
export function errorFromHost(
  request: string,
  text: string,
  now: number,
): HostError | DisconnectedError {
  const rate = parseRateLimitText(text);
  if (rate) {
    const until =
      rate.quarantineSeconds === 0 ? Number.POSITIVE_INFINITY : now + rate.quarantineSeconds * 1000;
    return new RateLimitedError(request, text, rate.quarantineSeconds, until, rate.request);
  }
  if (NOT_ALLOWED_RE.test(text)) return new NotAllowedError(request, text);
  if (DISCONNECTED_RE.test(text)) return new DisconnectedError(request, 'DISCONNECTED');
  return new HostError(request, text);
}

export function isBridgeError(e: unknown): e is BridgeError {
  return e instanceof BridgeError;
}
