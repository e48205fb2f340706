/**
 * The plainest readers of user data: is it a record, an own property, a blank, a whole number.
 * Nothing here throws or records problems (`read.ts` builds its `FieldReader` on these, and
 * re-exports them); a module that needs no more than these (e.g. `<call-actions>`' record
 * target, up front) imports them from here, without the reader.
 */

/** A key/value source: an interaction's `userData` or a chained record. */
export type Source = Readonly<Record<string, unknown>>;

export const isRecord = (v: unknown): v is Source =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own property only, so a key such as `constructor` never reads the prototype. */
export const own = (source: Source, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;

/** `undefined`, `null` and `''` count as "not there". */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

/** Integer from a number or a string of digits (optionally signed, surrounding spaces ignored). */
export function toInteger(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (typeof v !== 'string' || !/^\s*[+-]?\d+\s*$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** Text as the readers take it: strings untouched, numbers and booleans as their string; else `null`. */
export const toText = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
