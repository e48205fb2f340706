/**
 * `<call-actions>`' view model: from what the element knows (the bridge's state, the resolved
 * call, requests, mute states) to the plain `CallActionsView` its template renders. Pure.
 */
import type { RecordTarget } from './record-target.js';
import type { BridgeState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import type { StateTimer } from '../../internal/call-moments.js';
import type { CallContext } from '../../internal/call-status.js';
import type { OutcomeRegions } from '../../internal/requests.js';
import { allowedActions, markDoneTarget, type CallAction } from './allowed-actions.js';
import type { CallActionsView, Panel, PanelBody } from './call-actions.view.js';
import type { MuteState } from './call-requests.js';
import type { DtmfHost } from './dtmf-host.js';
import type { TargetDirectory } from './target-directory.js';

export interface CallActionsInput {
  t: Messages;
  /** The bridge's state; undefined without a bridge. */
  state: BridgeState | undefined;
  ctx: CallContext;
  now: number;
  /** The timers of the state shown and of the consultation's. */
  timer: StateTimer | null;
  consultTimer: StateTimer | null;
  pending: readonly CallAction[];
  mute: MuteState;
  panel: Panel | null;
  more: boolean;
  directory: TargetDirectory | undefined;
  panelBody: PanelBody | null;
  record: RecordTarget | null;
  /** The record's current reschedule (`MM/DD/YYYY HH:MM`, record's zone): reported, else done here. */
  rescheduled: string | null;
  /** A reschedule's `MM/DD/YYYY HH:MM` (record's zone) in the kit's date-and-time format. */
  rescheduledWords: (text: string) => string;
  agentTimeZone: string | null;
  notice: string;
  /** The status and error regions' texts; DTMF progress is left to the keypad. */
  regions: OutcomeRegions;
  /** What the keypad needs of the element (it keeps the digits: dtmf-controller.ts). */
  dtmf: DtmfHost;
}

export function callActionsView(i: CallActionsInput): CallActionsView {
  const { t, state, ctx } = i;
  const pending = new Set(i.pending);
  const done = markDoneTarget(ctx);
  const rescheduled = i.rescheduled;
  const allowance = allowedActions({
    bridge: !!state,
    connection: state?.connection ?? 'up',
    context: ctx,
    markdoneBlocks: state?.markdoneBlocks ?? {},
    mute: i.mute,
    record: i.record
      ? { timeZone: i.record.timeZone !== null, rescheduled: rescheduled !== null }
      : null,
    // Digits queue up while one batch is on its way: DTMF never blocks itself.
    pending: new Set(i.pending.filter((a) => a !== 'dtmf')),
  });
  // What the template shows as the element knows it (ctx, timers, mute, panel, record, notice,
  // keypad…) goes through as is; the rest is worked out here.
  const { pending: _pending, regions, rescheduledWords, ...same } = i;
  return {
    ...same,
    t: t.callActions,
    connected: !!state,
    connection: state?.connection ?? 'up',
    reason: (a) => {
      const r = allowance[a];
      return r.allowed ? null : t.callActions.reasons[r.reason](r.detail ?? '');
    },
    pending: (a) => pending.has(a),
    pendingSet: pending,
    rescheduled: rescheduled === null ? null : rescheduledWords(rescheduled),
    markdoneBlock: done ? (state?.markdoneBlocks[done.interactionId] ?? null) : null,
    feedback: regions.status,
    error: regions.error,
  };
}
