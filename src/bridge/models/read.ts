/**
 * Small tolerant readers shared by the model normalisers. User data arrives with numbers as
 * numbers or numeric strings ("283"); nothing here throws: an unreadable value becomes `null`
 * plus a problem line `"<key>: <why>"`.
 */

export { isBlank, isRecord, own, toInteger, type Source } from './values.js';
import { isBlank, own, toInteger, toText, type Source } from './values.js';

import { shortText, valueText } from './value-text.js';

/** A value as text, never throwing: strings untouched, the rest as JSON (cycles marked). */
export const rawText = valueText;

/** A short rendering of a value for a problem line (a string quoted). */
export const show = (v: unknown): string =>
  shortText(typeof v === 'string' ? JSON.stringify(v) : v, 40, '...');

/** Reads fields of one source, collecting problems as it goes. */
export class FieldReader {
  readonly problems: string[] = [];

  constructor(private readonly source: Source) {}

  get(key: string): unknown {
    return own(this.source, key);
  }

  has(key: string): boolean {
    return !isBlank(this.get(key));
  }

  problem(key: string, why: string): null {
    this.problems.push(`${key}: ${why}`);
    return null;
  }

  /** Strings untouched; numbers and booleans as their string. */
  text(key: string): string | null {
    const v = this.get(key);
    if (isBlank(v)) return null;
    return toText(v) ?? this.problem(key, `expected text, got ${show(v)}`);
  }

  int(key: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number | null {
    const v = this.get(key);
    if (isBlank(v)) return null;
    const n = toInteger(v);
    if (n === null) return this.problem(key, `expected a whole number, got ${show(v)}`);
    if (n < min || n > max) return this.problem(key, `${n} is outside ${min}–${max}`);
    return n;
  }
}

/**
 * A numbered enum value read by `r` (a function, not a method, so that a reader that needs no
 * enum does not carry it): its number (or numeric string) or its name (any case; `aliases` adds
 * other spellings). Unknown numbers keep their code with a `null` name and a problem.
 */
export function readCoded<T extends string>(
  r: FieldReader,
  key: string,
  names: Readonly<Record<number, T | undefined>>,
  aliases: Readonly<Record<string, number>> = {},
): { code: number | null; name: T | null } | null {
  const v = r.get(key);
  if (isBlank(v)) return null;
  const code = toInteger(v);
  if (code !== null) {
    const name = names[code] ?? null;
    if (name === null) r.problem(key, `unknown code ${code}`);
    return { code, name };
  }
  if (typeof v === 'string') {
    const wanted = v.trim().toUpperCase();
    for (const [c, name] of Object.entries(names)) {
      if (name?.toUpperCase() === wanted) return { code: Number(c), name };
    }
    const alias = Object.entries(aliases).find(([a]) => a.toUpperCase() === wanted);
    if (alias) return { code: alias[1], name: names[alias[1]] ?? null };
  }
  r.problem(key, `unknown value ${show(v)}`);
  return null;
}
