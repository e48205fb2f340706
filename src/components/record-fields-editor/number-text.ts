/**
 * Numbers as the agent types them into `int` and `float` record fields (the rules are in
 * `field-types.ts`'s module comment: a dot for decimals in every language, no thousands
 * separators, no exponents), and numbers written back as plain decimal text. Pure: no DOM.
 */
import { fail, ok, type Parsed } from './field-problem.js';

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;
const ONE_COMMA = /^[+-]?\d*,\d+$/;
/** Digits grouped by commas, spaces (incl. no-break) or apostrophes, with an optional dot decimal part. */
const GROUPED = /^[+-]?\d{1,3}([,'\s\u00a0\u202f]\d{3})+(\.\d+)?$/;

/** Unicode minus and full-width digits are what some keyboards and pastes give. */
function normaliseNumberText(text: string): string {
  return text
    .trim()
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

export function parseIntText(text: string): Parsed<number | null> {
  const t = normaliseNumberText(text);
  if (t === '') return ok(null);
  if (GROUPED.test(t) && !t.includes('.'))
    return fail({ key: 'separator', text, suggestion: t.replace(/[^\d+-]/g, '') });
  if (WHOLE.test(t) || DECIMAL.test(t) || ONE_COMMA.test(t)) {
    const n = Number(t.replace(',', '.'));
    if (!Number.isInteger(n))
      return Number.isFinite(n)
        ? fail({ key: 'intFraction', text })
        : fail({ key: 'intRange', text });
    if (!Number.isSafeInteger(n)) return fail({ key: 'intRange', text });
    return ok(n === 0 ? 0 : n); // no -0
  }
  return fail({ key: 'intNotNumber', text });
}

export function parseFloatText(text: string): Parsed<number | null> {
  const t = normaliseNumberText(text);
  if (t === '') return ok(null);
  if (WHOLE.test(t) || DECIMAL.test(t)) {
    const n = Number(t);
    return Number.isFinite(n) ? ok(n === 0 ? 0 : n) : fail({ key: 'floatRange', text });
  }
  if (
    GROUPED.test(t) &&
    (t.includes('.') || /[\s'\u00a0\u202f]/.test(t) || (t.match(/,/g)?.length ?? 0) > 1)
  ) {
    return fail({ key: 'separator', text, suggestion: t.replace(/[,'\s\u00a0\u202f]/g, '') });
  }
  if (ONE_COMMA.test(t))
    return fail({ key: 'decimalComma', text, suggestion: t.replace(',', '.') });
  return fail({ key: 'floatNotNumber', text });
}

/** A number as plain decimal text, never in exponent form (`1e21` → `1000000000000000000000`, `1e-7` → `0.0000001`). */
export function plainNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp); // position of the decimal point in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
