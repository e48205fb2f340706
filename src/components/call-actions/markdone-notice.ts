/**
 * What `<call-actions>` says when the workspace blocks or unblocks the mark done of its
 * interaction (`MARKDONE_BLOCKED`, `MARKDONE_BLOCK_CHANGED`) without the agent asking here. Pure.
 */
import type { BridgeState, Change } from '../../bridge/state.js';
import type { Words } from '../../internal/words.js';

/**
 * The notice after `change` for the mark done of `target`: words when someone else's mark done
 * was refused (and none is pending here), `null` when its block was lifted, `undefined` when the
 * notice stays as it is.
 */
export function markdoneNotice(
  state: BridgeState,
  change: Change,
  target: string | undefined,
  pending: boolean,
): Words | null | undefined {
  const id = change.kind === 'markdone' ? change.interactionId : undefined;
  if (id === undefined || id !== target) return undefined;
  const reason = state.markdoneBlocks[id] ?? '';
  if (change.eventType === 'MARKDONE_BLOCKED' && !pending)
    return (t) => t.callActions.markdoneRefused(reason);
  if (change.eventType === 'MARKDONE_BLOCK_CHANGED' && state.markdoneBlocks[id] === undefined)
    return null;
  return undefined;
}
