/**
 * What `<record-fields-editor>` says, from what it knows — pure: the form's status line, its
 * failure line, and the problems of its fields in words (the `errors` property and
 * `adk-validity-change`).
 */
import type { Messages } from '../../i18n/messages.js';
import { fieldLabel } from '../../internal/field-label.js';
import { errorReason, outcomeText, type RequestOutcome } from '../../internal/requests.js';
import type { FieldEntry, FormSummary } from './form-state.js';
import type { RecordRequest } from './record-fields-editor.events.js';
import { problemMessage } from './problem-messages.js';

/** A line the form shows after the agent's last act, until the next one. */
export type Notice = 'saved' | 'invalid' | 'nothing' | 'reset' | 'vetoed';

/** Field name → the problem in words, for every field that has one (shown or not yet). */
export function fieldErrors(
  entries: readonly FieldEntry[],
  summary: FormSummary,
  t: Messages['recordFields'],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const name = e.field.name;
    const rejected = summary.rejected[name];
    const problem = summary.problems[name];
    if (rejected) out[name] = t.host[rejected];
    else if (problem) out[name] = problemMessage(problem, fieldLabel(e.field), t);
  }
  return out;
}

export interface StatusInput {
  summary: FormSummary;
  notice: Notice | null;
  /** How many fields the notice is about. */
  noticeCount: number;
  /** A save is waiting for the workspace. */
  saving: boolean;
  /** How many changes a draft brought back at the last load. */
  restored: number;
}

/** The polite status line: saving, the last notice or the restored draft, then the unsaved count. */
export function statusLine(s: StatusInput, t: Messages['recordFields']): string {
  const words = t.status;
  const { summary, notice } = s;
  const restored = !notice && !s.saving && s.restored > 0 && summary.changedCount > 0;
  const repeatsRestored = restored && s.restored === summary.changedCount;
  const notices: Record<Notice, string> = {
    saved: words.saved(s.noticeCount),
    invalid: words.invalid(s.noticeCount),
    nothing: words.nothingToSave,
    reset: words.reset,
    vetoed: words.vetoed,
  };
  const first = s.saving
    ? words.saving(Object.keys(summary.changes).length)
    : notice
      ? notices[notice]
      : restored
        ? words.restored(s.restored)
        : '';
  const dirty =
    !s.saving && notice !== 'invalid' && !repeatsRestored && summary.changedCount > 0
      ? words.dirty(summary.changedCount)
      : '';
  return [first, dirty].filter(Boolean).join(' ');
}

/** The assertive line of a failed save ("Save failed: … Your edits are kept…"), else ''. */
export function saveFailure(
  outcome: RequestOutcome<unknown> | undefined,
  t: Messages['recordFields'],
  actions: Messages['actions'],
): string {
  return outcome?.phase === 'failed' ? t.status.failed(errorReason(outcome.error, actions)) : '';
}

/** The record handle whose Call waits for the workspace, on interaction `id`. */
export function pendingCall(
  pending: readonly RecordRequest[],
  id: string | undefined,
): number | null {
  const call = pending.find((k) => k.kind === 'call' && k.interactionId === id);
  return call?.kind === 'call' ? call.handle : null;
}

/** The newest Call outcome on interaction `id`, in words ("Calling +33647004…", "… failed: …"); '' once done. */
export function callStatus(
  latest: RequestOutcome<RecordRequest> | undefined,
  id: string | undefined,
  t: Messages['recordFields'],
  actions: Messages['actions'],
): string {
  const key = latest?.key;
  if (!latest || key?.kind !== 'call' || latest.phase === 'done' || key.interactionId !== id)
    return '';
  return outcomeText(latest, t.chain.callAction(key.phone || String(key.handle)), actions);
}

/** What the element says instead of the form when there is nothing to edit, else null. */
export function absence(
  connected: boolean,
  interactionId: string | undefined,
  outbound: boolean,
  t: Messages['recordFields'],
): string | null {
  if (!connected) return t.notConnected;
  if (interactionId === undefined) return t.noInteraction;
  return outbound ? null : t.notOutbound(interactionId);
}
