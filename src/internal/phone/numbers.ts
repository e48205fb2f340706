/**
 * Phone numbers: normalised for dialing and made readable, with libphonenumber-js (its `min`
 * metadata). Loaded on demand through `loadPhoneNumbers()` (phone-controller.ts), never up
 * front, like the time-zone module: an element renders the number as received until it arrives.
 *
 * - A number with a `+` or an international prefix is dialled in E.164 (`+14155550123`); a
 *   national one is read in the page's default country (`default-country`, ISO 3166 alpha-2).
 * - Up to five digits is an internal extension (the workspace dials it as given).
 * - Display: national form for numbers of the default country, international form otherwise.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type DialNumber =
  | { ok: true; dial: string; display: string; country: string | null }
  | { ok: false; reason: 'empty' | 'invalid' };

const EXTENSION = /^\d{1,5}$/;

/** The country code if `value` is one libphonenumber-js knows, else undefined. */
function country(value: string | null | undefined): CountryCode | undefined {
  const c = value?.trim().toUpperCase();
  return c && /^[A-Z]{2}$/.test(c) ? (c as CountryCode) : undefined;
}

/** `raw` (a `tel:` URL's number, or text) normalised for `voice.dial` and made readable. */
export function dialNumber(raw: string, defaultCountry?: string | null): DialNumber {
  const text = decodeURIComponent(raw.replace(/^tel:/i, '')).split(/[;?]/)[0].trim();
  if (!text) return { ok: false, reason: 'empty' };
  const compact = text.replace(/[\s().-]/g, '');
  if (EXTENSION.test(compact)) return { ok: true, dial: compact, display: compact, country: null };
  const home = country(defaultCountry);
  const parsed = parsePhoneNumberFromString(text, home);
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const national = home !== undefined && parsed.country === home;
  return {
    ok: true,
    dial: parsed.number,
    display: parsed.format(national ? 'NATIONAL' : 'INTERNATIONAL'),
    country: parsed.country ?? null,
  };
}

/** The number made readable, or as received when it is not a phone number (SIP, email…). */
export function readableNumber(raw: string, defaultCountry?: string | null): string {
  const r = dialNumber(raw, defaultCountry);
  return r.ok ? r.display : raw;
}
