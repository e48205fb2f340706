/**
 * The host's security options (seed 003 "Security configuration": Origin, Rate Limit, Attached
 * Data Access), under the seed's option names, and the pure rules that apply them.
 *
 * Choices where the seed is silent:
 * - An origin matches a rule by exact, normalised origin (`new URL(x).origin`); a listed origin
 *   wins over the lone `*` rule.
 * - `auth.getJwtToken` is allowed only where its exact name is in the filter: neither `(*)`,
 *   nor an origin without a filter, nor `auth.*` grants it (seed "Auth Namespace").
 * - Legacy request names (`sipEndpoint.*`) are filtered under their `voice.*` names.
 * - The user-data lists: unset, empty or blank means "every key".
 */
import { LEGACY_REQUEST_ALIASES, REQUEST_NAMES } from '../bridge/api.js';
import {
  originNotAllowedText,
  requestNotAllowedText,
  userDataWriteNotAllowedText,
} from '../bridge/error-texts.js';
import type { UserData } from '../bridge/api.js';

export const ORIGINS_OPTION = 'service-client-api.accepted-web-content-origins';
export const RATE_LIMIT_OPTION = 'service-client-api.rate-limit';
export const QUARANTINE_OPTION = 'service-client-api.rate-limit-quarantine-delay';
export const WRITE_ALLOWED_OPTION = 'service-client-api.user-data.write-allowed';
export const READ_ALLOWED_OPTION = 'service-client-api.user-data.read-allowed';
/** Per-request limit: `service-client-api.rate-limit.voice.dial`. */
export const RATE_LIMIT_PREFIX = `${RATE_LIMIT_OPTION}.`;
export const DEFAULT_QUARANTINE_SECONDS = 30;
export const JWT_REQUEST = 'auth.getJwtToken';

type ListValue = string | readonly string[];
type NumberValue = number | string;

/** The options, keyed by their names in the seed. Values may be given as config strings. */
export interface SecurityOptions {
  'service-client-api.accepted-web-content-origins'?: ListValue;
  'service-client-api.rate-limit'?: NumberValue;
  'service-client-api.rate-limit-quarantine-delay'?: NumberValue;
  'service-client-api.user-data.write-allowed'?: ListValue;
  'service-client-api.user-data.read-allowed'?: ListValue;
  [perRequest: `service-client-api.rate-limit.${string}`]: NumberValue | undefined;
}

/** One entry of the origins list. `filter: null` means "no filter" (everything but the JWT). */
export interface OriginRule {
  origin: string;
  filter: string[] | null;
}

/** Canonical request name (legacy aliases resolved). */
export function canonicalRequest(request: string): string {
  // Own keys only: `toString` or `__proto__` must not resolve to Object.prototype's members.
  return Object.prototype.hasOwnProperty.call(LEGACY_REQUEST_ALIASES, request)
    ? LEGACY_REQUEST_ALIASES[request]
    : request;
}

/** Splits on commas outside parentheses: `a, b (x, y), c` → [`a`, `b (x, y)`, `c`]. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function normalizeOrigin(origin: string): string {
  const o = origin.trim();
  if (o === '*') return o;
  try {
    const url = new URL(o);
    if (url.origin !== 'null') return url.origin;
  } catch {
    /* not a URL: compare as written */
  }
  return o.replace(/\/+$/, '').toLowerCase();
}

/** Parses one entry: `http://a`, `http://b (*)`, `http://c (agent.*, voice.dial)`, `*`. */
export function parseOriginRule(entry: string): OriginRule | null {
  const m = /^([^()\s]+)\s*(?:\(([^()]*)\))?$/.exec(entry.trim());
  if (!m) return null;
  const filter = m[2] === undefined ? null : splitTopLevel(m[2]).map(canonicalRequest);
  return { origin: normalizeOrigin(m[1]), filter };
}

/** Parses the option, as one string or as a list of entries; malformed entries are dropped. */
export function parseOriginRules(value: ListValue | undefined): OriginRule[] {
  if (value === undefined || value === null) return [];
  const entries =
    typeof value === 'string'
      ? splitTopLevel(value)
      : value.flatMap((v) => splitTopLevel(String(v)));
  return entries.map(parseOriginRule).filter((r): r is OriginRule => r !== null);
}

/** The rule that governs an origin, or `undefined` when it is not listed. */
export function ruleFor(rules: readonly OriginRule[], origin: string): OriginRule | undefined {
  const o = normalizeOrigin(origin);
  return rules.find((r) => r.origin === o) ?? rules.find((r) => r.origin === '*');
}

/** Whether a rule's filter lets a (canonical) request through. */
export function filterAllows(rule: OriginRule, request: string): boolean {
  if (rule.filter === null) return request !== JWT_REQUEST;
  return rule.filter.some((item) => {
    if (item === request) return true;
    if (request === JWT_REQUEST) return false;
    if (item === '*') return true;
    return item.endsWith('.*') && request.startsWith(item.slice(0, -1));
  });
}

export type AccessCheck = { ok: true } | { ok: false; error: string };

export const ALLOWED_SERVICES_REQUEST = 'system.getAllowedServices';

/** Origin and filter checks for one request (seed: "a request outside the filter fails"). */
export function checkAccess(
  rules: readonly OriginRule[],
  origin: string,
  request: string,
): AccessCheck {
  const rule = ruleFor(rules, origin);
  if (!rule) return { ok: false, error: originNotAllowedText(origin) };
  // It exists so that a page can learn what it may call: every listed origin may ask it,
  // whatever its request filter.
  if (canonicalRequest(request) === ALLOWED_SERVICES_REQUEST) return { ok: true };
  if (!filterAllows(rule, canonicalRequest(request)))
    return { ok: false, error: requestNotAllowedText(request, origin) };
  return { ok: true };
}

/**
 * `system.getAllowedServices`: the request names the origin's filter lets through (the seed's
 * example lists exactly those, so not `system.getAllowedServices` itself, though `checkAccess`
 * answers it for every listed origin), or null when unlisted.
 */
export function allowedServices(rules: readonly OriginRule[], origin: string): string[] | null {
  const rule = ruleFor(rules, origin);
  return rule ? REQUEST_NAMES.filter((r) => filterAllows(rule, r)) : null;
}

/** A non-negative integer option; anything else falls back to `fallback`. */
export function parseCount(value: NumberValue | undefined, fallback: number): number {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** A key list; `null` means every key. */
export function parseKeyList(value: ListValue | undefined): string[] | null {
  if (value === undefined || value === null) return null;
  const keys = (typeof value === 'string' ? value.split(',') : value.map(String))
    .map((k) => k.trim())
    .filter(Boolean);
  return keys.length ? keys : null;
}

/** The options read once into a policy the host consults for every message. */
export class SecurityPolicy {
  readonly rules: OriginRule[];
  readonly globalLimit: number;
  readonly quarantineSeconds: number;
  readonly writeAllowed: string[] | null;
  readonly readAllowed: string[] | null;

  constructor(readonly options: SecurityOptions) {
    this.rules = parseOriginRules(options[ORIGINS_OPTION]);
    this.globalLimit = parseCount(options[RATE_LIMIT_OPTION], 0);
    this.quarantineSeconds = parseCount(options[QUARANTINE_OPTION], DEFAULT_QUARANTINE_SECONDS);
    this.writeAllowed = parseKeyList(options[WRITE_ALLOWED_OPTION]);
    this.readAllowed = parseKeyList(options[READ_ALLOWED_OPTION]);
  }

  check(origin: string, request: string): AccessCheck {
    return checkAccess(this.rules, origin, request);
  }

  isOriginAccepted(origin: string): boolean {
    return ruleFor(this.rules, origin) !== undefined;
  }

  allowedServices(origin: string): string[] | null {
    return allowedServices(this.rules, origin);
  }

  /** Requests per minute for a request type; 0 = unlimited. A per-request option wins. */
  limitFor(request: string): number {
    const canonical = canonicalRequest(request);
    const own =
      this.options[`${RATE_LIMIT_PREFIX}${canonical}`] ??
      this.options[`${RATE_LIMIT_PREFIX}${request}`];
    return parseCount(own, this.globalLimit);
  }

  /** The error text for a write of `keys`, or null when every key may be written. */
  writeError(keys: readonly string[]): string | null {
    if (!this.writeAllowed) return null;
    const refused = keys.filter((k) => !this.writeAllowed!.includes(k));
    return refused.length ? userDataWriteNotAllowedText(refused) : null;
  }

  /** User data as a page may read it. */
  filterUserData(userData: UserData): UserData {
    if (!this.readAllowed) return userData;
    const out: UserData = {};
    for (const key of this.readAllowed)
      if (Object.prototype.hasOwnProperty.call(userData, key)) out[key] = userData[key];
    return out;
  }
}
