/**
 * `targetQuery` of singleStepTransfer / singleStepConference / consult (seed 003): a string is a
 * CUSTOM_CONTACT with that destination; an object names its type as `type` (transfer,
 * conference) or `target` (consult) — either is accepted — one of the seed's six target types,
 * a non-empty `destination`, and an optional `media`.
 */
import type { TargetType } from '../bridge/enums.js';
import { TARGET_TYPES, isOneOf } from '../bridge/enums.js';
import { texts } from './host-errors.js';

export interface Target {
  type: TargetType;
  destination: string;
  media?: string;
}

export type TargetResult = { ok: true; target: Target } | { ok: false; error: string };

export function parseTargetQuery(query: unknown): TargetResult {
  if (typeof query === 'string') {
    return query.trim()
      ? { ok: true, target: { type: 'CUSTOM_CONTACT', destination: query.trim() } }
      : { ok: false, error: texts.invalidTarget('the destination is empty') };
  }
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    return {
      ok: false,
      error: texts.invalidTarget(
        'expected a phone number or an object { type, destination, media? }',
      ),
    };
  }
  const q = query as Record<string, unknown>;
  const type = q.type ?? q.target;
  if (!isOneOf(TARGET_TYPES, type)) {
    return {
      ok: false,
      error: texts.invalidTarget(
        `unknown target type '${String(type)}' (expected one of ${TARGET_TYPES.join(', ')})`,
      ),
    };
  }
  if (typeof q.destination !== 'string' || !q.destination.trim())
    return { ok: false, error: texts.invalidTarget('the destination is empty') };
  if (q.media !== undefined && (typeof q.media !== 'string' || !q.media))
    return { ok: false, error: texts.invalidTarget('media must be a media name') };
  return {
    ok: true,
    target: {
      type,
      destination: q.destination.trim(),
      ...(q.media ? { media: q.media as string } : {}),
    },
  };
}
