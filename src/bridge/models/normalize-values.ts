/**
 * The value checks the border normalisers share (`normalize-interaction.ts`,
 * `normalize-events.ts`). Each takes anything the host sent and returns the documented type or
 * `undefined` ("absent"); none throws.
 */
import type { UserData, UserDataValue } from '../api.js';
import { isRecord, type Source } from './read.js';

/** A lone surrogate (half of a pair without its other half). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Whether `s` is well-formed UTF-16 (no lone surrogate): only such text can be URI-encoded. */
export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/** `s` with each lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does. */
export const toWellFormed = (s: string): string =>
  isWellFormed(s) ? s : s.replace(LONE_SURROGATES, '\uFFFD');

/** Text: strings made well-formed; anything else absent. */
export const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? toWellFormed(v) : undefined;

/** An id: a non-empty, well-formed string (an id with a lone surrogate names nothing we can address). */
export const id = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' && isWellFormed(v) ? v : undefined;

/** Text or `null` (dates, parent ids); anything else absent. */
export const textOrNull = (v: unknown): string | null | undefined => (v === null ? null : text(v));

/** Text; a finite number as its string (phone numbers sent as numbers). */
export const textish = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v);

export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** A finite number; `NaN`, `±Infinity` and the rest absent. */
export const finite = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** A non-negative safe integer (frame ids, indexes). */
export const index = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;

/** One of the documented values, else absent. */
export function oneOf<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** A list of strings; any other element makes the whole list unknown (absent). */
export function strings(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) return undefined;
  return v.map(toWellFormed);
}

/** A JSON-like value with every string well-formed; functions and the like are dropped. */
export function json(v: unknown, depth = 0): UserDataValue | undefined {
  if (typeof v === 'string') return toWellFormed(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean' || v === null) return v;
  if (depth > 32) return undefined;
  if (Array.isArray(v)) return v.map((x) => json(x, depth + 1) ?? null);
  if (isRecord(v)) return plainObject(v, depth + 1);
  return undefined;
}

/**
 * Sets `value` under the well-formed `key` as a plain own property: `defineProperty`, so that a
 * `__proto__` key stays a key and does not change the object's prototype.
 */
export function setOwnKey(out: object, key: string, value: unknown): void {
  Object.defineProperty(out, toWellFormed(key), {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** An object of own enumerable keys (well-formed) and JSON-like values; anything else → `{}`. */
export function plainObject(v: unknown, depth = 0): UserData {
  const out: UserData = {};
  if (!isRecord(v)) return out;
  for (const [key, value] of Object.entries(v as Source)) {
    const clean = json(value, depth);
    if (clean !== undefined) setOwnKey(out, key, clean);
  }
  return out;
}

/** Sets `key` on `out` only when `value` is not `undefined`. */
export function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) out[key] = value;
}
