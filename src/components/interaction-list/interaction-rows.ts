/**
 * What `<interaction-list>` lists, from the interactions the workspace reports: one row per
 * interaction that has no parent in the list, its children (a consultation, a web callback's or
 * an outbound preview's call) under it; the kind of each in words; when the timer of each runs
 * from. Pure; no DOM.
 */
import type { Interaction } from '../../bridge/api.js';
import {
  interactionKind as crmKind,
  type InteractionKind as CrmKind,
} from '../../internal/screen-pop.js';
import { selectedInteraction, type BridgeState } from '../../bridge/state.js';
import type { CallMoments } from '../../internal/call-moments.js';

export const INTERACTION_KINDS = [
  'callback',
  'webCallback',
  'outboundRecord',
  'inboundCall',
  'outboundCall',
  'consultation',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/**
 * The interaction's parent: `parentInteraction` (seed type table), `parentInteractionId`
 * (RECORDS_RETRIEVED example), else a web callback's call names it in `IW_WebcallbackInteractionId`.
 */
export function parentId(ix: Interaction): string | undefined {
  const linked = ix.userData?.IW_WebcallbackInteractionId;
  return (
    ix.parentInteraction ??
    ix.parentInteractionId ??
    (typeof linked === 'string' && linked ? linked : undefined)
  );
}

const isVoice = (ix: Interaction): boolean => (ix.media ?? 'voice') === 'voice';
const byDirection = (ix: Interaction): InteractionKind =>
  ix.direction === 'IN' ? 'inboundCall' : 'outboundCall';
/** The CRM's kinds (src/internal/screen-pop.ts, one classifier for the kit) in this list's words. */
const FROM_CRM_KIND: Record<CrmKind, InteractionKind> = {
  callback: 'callback',
  'web-callback': 'webCallback',
  'outbound-record': 'outboundRecord',
  'inbound-call': 'inboundCall',
  'outbound-call': 'outboundCall',
  other: 'other',
};

/**
 * - `consultation`: `isConsultation`.
 * - A child call (of a web callback, an outbound preview): an inbound or outbound call by its
 *   `direction` — it carries its parent's user data, which says nothing about the call itself.
 * - Otherwise the kind the screen pop and the call log use (`interactionKind` of
 *   src/internal/screen-pop.ts): web callback, callback, outbound record, inbound or outbound
 *   call, other channel.
 */
export function interactionKind(ix: Interaction, isChild: boolean): InteractionKind {
  if (ix.isConsultation) return 'consultation';
  if (isChild && isVoice(ix)) return byDirection(ix);
  return FROM_CRM_KIND[crmKind(ix)];
}

export interface InteractionRow {
  interaction: Interaction;
  kind: InteractionKind;
  /** Its children, in the order the workspace reported them (a consultation's under its call). */
  children: InteractionRow[];
}

/**
 * The rows in the order the interactions arrived; an interaction whose parent is in the list is
 * shown under it (a parent missing from the list leaves the child a row of its own).
 */
export function interactionRows(interactions: ReadonlyMap<string, Interaction>): InteractionRow[] {
  const all = [...interactions.values()];
  const hasParent = (ix: Interaction) => {
    const p = parentId(ix);
    return p !== undefined && p !== ix.interactionId && interactions.has(p);
  };
  const row = (ix: Interaction, isChild: boolean, seen: Set<string>): InteractionRow => {
    seen.add(ix.interactionId);
    return {
      interaction: ix,
      kind: interactionKind(ix, isChild),
      children: all
        .filter((c) => !seen.has(c.interactionId) && parentId(c) === ix.interactionId)
        .map((c) => row(c, true, seen)),
    };
  };
  const seen = new Set<string>();
  const rows = all.filter((ix) => !hasParent(ix)).map((ix) => row(ix, false, seen));
  // Parents that name each other (a loop) reach no row above: each loop becomes a row, so none is lost.
  for (const ix of all) if (!seen.has(ix.interactionId)) rows.push(row(ix, false, seen));
  return rows;
}

/** The row (by its interaction id) holding `ix`, itself or as a descendant. */
export function rootOf(
  interactions: ReadonlyMap<string, Interaction>,
  ix: Interaction | undefined,
): string | undefined {
  const seen = new Set<string>();
  let at = ix;
  while (at && !seen.has(at.interactionId)) {
    seen.add(at.interactionId);
    const p = parentId(at);
    const parent = p ? interactions.get(p) : undefined;
    if (!parent) return at.interactionId;
    at = parent;
  }
  return at?.interactionId;
}

/**
 * The row of the workspace's selected case: the one holding the interaction elements follow
 * (`selectedInteraction`), when the workspace reported a selected case; else none.
 */
export function selectedRow(state: BridgeState): string | undefined {
  if (!state.selectedCaseId) return undefined;
  const ix = selectedInteraction(state);
  return ix?.caseId === state.selectedCaseId ? rootOf(state.interactions, ix) : undefined;
}

/**
 * What a row's timer shows: `connected` (from the moment the page saw the call answered,
 * call-moments.ts; frozen when it ended: `talked`), else `arrived` (from `startDate`, the
 * interaction's creation; else from the first time the page saw it).
 */
export interface RowTimer {
  since: 'connected' | 'talked' | 'arrived';
  ms: number;
}

export function rowTimer(ix: Interaction, moments: CallMoments | undefined, now: number): RowTimer {
  const answered = moments?.answeredAt ?? null;
  if (answered !== null) {
    const ended = moments?.endedAt ?? null;
    return ended === null
      ? { since: 'connected', ms: now - answered }
      : { since: 'talked', ms: ended - answered };
  }
  const created = ix.startDate ? Date.parse(ix.startDate) : Number.NaN;
  return {
    since: 'arrived',
    ms: now - (Number.isFinite(created) ? created : (moments?.firstSeen ?? now)),
  };
}
