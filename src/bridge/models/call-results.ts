/**
 * Call results: seed 002's `call_result` names (CALL_RESULTS, indexed 0–53) and the list
 * `outbound.getListOfCallResults` answers (name → code, with its own spellings, seed 003).
 */
import { CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST, type CallResult } from '../enums.js';
import { isRecord, toInteger } from './read.js';

/** Seed 002 name of a call result code (number or numeric string), or `null`. */
export function callResultName(code: unknown): CallResult | null {
  const n = toInteger(code);
  return n === null ? null : (CALL_RESULTS[n] ?? null);
}

/**
 * Code of a call result given as a code, a seed 002 name or a `getListOfCallResults` name
 * (`SIT_OPERINTERCEPT`, `FAXDETECTED`…), any case; `null` when unknown.
 */
export function callResultCode(value: unknown): number | null {
  const n = toInteger(value);
  if (n !== null) return n >= 0 && n < CALL_RESULTS.length ? n : null;
  if (typeof value !== 'string') return null;
  const wanted = value.trim().toUpperCase();
  const i = (CALL_RESULTS as readonly string[]).indexOf(wanted);
  return i >= 0 ? i : (OUTBOUND_CALL_RESULT_LIST[wanted] ?? null);
}

export interface CallResultOption {
  code: number;
  /** The name as the list gives it (what the host knows it by). */
  name: string;
  /** The name humanised (`NO_ANSWER` → `No answer`), in no language: show `callResultLabel(name, …)`. */
  label: string;
}

const ACRONYMS = new Set(['OK', 'SIT']);

/** `DO_NOT_CALL` → `Do not call`, `SIT_VACANT` → `SIT vacant`. */
export function humaniseName(name: string): string {
  const words = name
    .split(/_+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Picker options from the host's `getListOfCallResults` answer (name → code; codes may be
 * numeric strings), sorted by code. Entries without a whole-number code are skipped; a code
 * listed twice keeps its first name. Called without a list (none fetched yet, no host), it
 * uses the seed's sample list; an answer that is not an object gives no options.
 */
export function callResultOptions(
  listFromHost: unknown = OUTBOUND_CALL_RESULT_LIST,
): CallResultOption[] {
  if (!isRecord(listFromHost)) return [];
  const source = listFromHost;
  const byCode = new Map<number, CallResultOption>();
  for (const [name, value] of Object.entries(source)) {
    const code = toInteger(value);
    if (code === null || code < 0 || byCode.has(code) || name.trim() === '') continue;
    byCode.set(code, { code, name, label: humaniseName(name) });
  }
  return [...byCode.values()].sort((a, b) => a.code - b.code);
}

/**
 * A call result in words: its catalogue entry (`names`, the `callResults` section, keyed by
 * seed 002 name) when `value` is a seed 002 name, a `getListOfCallResults` spelling of one
 * (`SIT_OPERINTERCEPT`, `FAXDETECTED`, `AGENT_CALLBACK_ERROR`…) or a code; any other name
 * humanised (`MY_RESULT` → `My result`). Rendered when shown, in the element's language.
 */
export function callResultLabel(
  value: string | number,
  names: Readonly<Partial<Record<string, string>>>,
): string {
  const code = callResultCode(value);
  const known = code === null ? undefined : names[CALL_RESULTS[code]];
  return known ?? humaniseName(String(value));
}
