/**
 * DTMF digits (0–9, `*`, `#`, `A`–`D`) and how `<call-actions>` sends them.
 *
 * The Service Client API has no DTMF method. Seed 001 says DTMF digits are "attached … into the
 * call case history", so the kit attaches them as user data: `interaction.setUserData(id,
 * { [key]: digits })`, `key` defaulting to `DTMF` (the element's `dtmf-key` attribute). As
 * `setUserData` overwrites a key, the value is every digit sent on the call so far, in order;
 * the element shows the value the workspace reports back (ATTACHED_DATA_CHANGED). Pure; no DOM.
 */

export const DTMF_KEYS = [
  '1',
  '2',
  '3',
  'A',
  '4',
  '5',
  '6',
  'B',
  '7',
  '8',
  '9',
  'C',
  '*',
  '0',
  '#',
  'D',
] as const;
export type DtmfDigit = (typeof DTMF_KEYS)[number];

/** `DTMF` (in dtmf-host.ts, which `<call-actions>` carries up front; this module comes with the keypad). */
export { DEFAULT_DTMF_KEY } from './dtmf-host.js';
/** Longest value the kit attaches; a longer history keeps its last digits. */
export const MAX_DTMF_LENGTH = 256;

/** One key as typed (`a` → `A`), or `null` when it is not a DTMF digit. */
export function dtmfDigit(key: string): DtmfDigit | null {
  if (key.length !== 1) return null;
  const upper = key.toUpperCase();
  return (DTMF_KEYS as readonly string[]).includes(upper) ? (upper as DtmfDigit) : null;
}

export type DtmfResult = { ok: true; digits: string } | { ok: false; invalid: string[] };

/** Validates a string of digits (spaces ignored, `a`–`d` read as `A`–`D`). */
export function parseDtmf(text: string): DtmfResult {
  const chars = [...text.replace(/\s+/g, '')];
  const invalid = [...new Set(chars.filter((c) => dtmfDigit(c) === null))];
  if (invalid.length) return { ok: false, invalid };
  return { ok: true, digits: chars.map((c) => dtmfDigit(c)!).join('') };
}

/** The attached value after sending `digits`: the history plus them, at most MAX_DTMF_LENGTH. */
export function appendDtmf(history: string, digits: string): string {
  return (history + digits).slice(-MAX_DTMF_LENGTH);
}

/** The history the workspace reports for the call (`userData[key]`), as a string of valid digits. */
export function reportedDtmf(
  userData: Readonly<Record<string, unknown>> | undefined,
  key: string,
): string {
  const v =
    userData && Object.prototype.hasOwnProperty.call(userData, key) ? userData[key] : undefined;
  if (typeof v !== 'string' && typeof v !== 'number') return '';
  const parsed = parseDtmf(String(v));
  return parsed.ok ? parsed.digits : '';
}
