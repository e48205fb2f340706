/**
 * What of the bridge's state concerns an element that follows an interaction: its "slice". An
 * element re-renders for a change only when its slice differs from the last one (compared by
 * identity: the store's state and interactions are immutable, a change makes new objects only for
 * what changed), so a page with five elements does not render all five for every event of every
 * interaction.
 *
 * The slice is conservative: every top-level part of the state (agent, connection, sync, options,
 * campaigns…) except the interaction map and the mark-done blocks, which are narrowed to the
 * followed interaction's family — its ancestors (a consultation's main call, a call's web
 * callback or preview), their descendants (a callback's call, a call's consultation) and the
 * interactions of their cases. Pure; no DOM.
 */
import type { Interaction } from '../bridge/api.js';
import type { BridgeState } from '../bridge/state.js';

const parentOf = (ix: Interaction): string | undefined => {
  const linked = ix.userData?.IW_WebcallbackInteractionId;
  return (
    ix.parentInteraction ??
    ix.parentInteractionId ??
    (typeof linked === 'string' ? linked : undefined) ??
    undefined
  );
};

/** The interactions related to `followed` (itself included), in the store's order. */
export function family(
  interactions: ReadonlyMap<string, Interaction>,
  followed: Interaction | undefined,
): Interaction[] {
  if (!followed) return [];
  const ids = new Set<string>([followed.interactionId]);
  // Up: a consultation → its call → the call's web callback or preview.
  let up: Interaction | undefined = followed;
  for (let i = 0; i < 2 && up; i++) {
    const p = parentOf(up);
    up = p ? interactions.get(p) : undefined;
    if (p) ids.add(p);
  }
  // Down, two levels: a callback's call, that call's consultation.
  for (let i = 0; i < 2; i++)
    for (const ix of interactions.values()) {
      const p = parentOf(ix);
      if (p && ids.has(p)) ids.add(ix.interactionId);
    }
  const cases = new Set<string>();
  if (followed.caseId) cases.add(followed.caseId);
  for (const id of ids) {
    const caseId = interactions.get(id)?.caseId;
    if (caseId) cases.add(caseId);
  }
  const out: Interaction[] = [];
  for (const ix of interactions.values())
    if (ids.has(ix.interactionId) || (ix.caseId && cases.has(ix.caseId))) out.push(ix);
  return out;
}

/** The element's slice of `state` when it follows `followed` (see the module comment). */
export function followSlice(state: BridgeState, followed: Interaction | undefined): unknown[] {
  const { interactions, markdoneBlocks, ...rest } = state;
  const related = family(interactions, followed);
  const slice: unknown[] = [followed, ...Object.values(rest), related.length];
  for (const ix of related) slice.push(ix, markdoneBlocks[ix.interactionId]);
  return slice;
}

/** Whether two slices hold the same values (by identity, in order). */
export function sameSlice(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
