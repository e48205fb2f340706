/**
 * The target of an instant transfer, an instant conference or a consultation (seed 003
 * `targetQuery`): a plain number (sent as a string: the workspace makes it a CustomContact) or
 * one of the seed's target types with a destination. Pure; no DOM.
 */
import type { TargetQuery } from '../../bridge/api.js';
import { TARGET_TYPES, isOneOf, type TargetType } from '../../bridge/enums.js';

/** `number` is the plain-string form; the others are the seed's target types. */
export const TARGET_KINDS = ['number', ...TARGET_TYPES] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type TargetError = 'empty' | 'phone';
export type TargetResult = { ok: true; query: TargetQuery } | { ok: false; error: TargetError };

/** A phone number as agents type it: an optional `+`, digits, and spaces, dots, dashes or brackets between. */
const PHONE = /^\+?[0-9]([0-9 .()-]*[0-9])?$/;

export function isPhoneNumber(text: string): boolean {
  return PHONE.test(text.trim());
}

/**
 * The `targetQuery` for a kind and a destination. Numbers (the plain form and CUSTOM_CONTACT)
 * must look like a phone number. The object form names its type twice, as `type` (transfer,
 * conference) and `target` (consult): the seed spells it both ways.
 */
export function buildTargetQuery(kind: TargetKind, destination: string): TargetResult {
  const d = destination.trim();
  if (!d) return { ok: false, error: 'empty' };
  if ((kind === 'number' || kind === 'CUSTOM_CONTACT') && !isPhoneNumber(d))
    return { ok: false, error: 'phone' };
  if (kind === 'number' || !isOneOf<TargetType>(TARGET_TYPES, kind)) return { ok: true, query: d };
  return { ok: true, query: { type: kind, target: kind, destination: d } };
}

/** The destination of a target query, for messages ("Transfer to 5002"). */
export function targetDestination(query: TargetQuery): string {
  return typeof query === 'string' ? query : query.destination;
}
