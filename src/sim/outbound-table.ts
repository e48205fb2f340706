/**
 * The seed's "Outbound preview events" table (seed 003 "Outbound events"), row for row, as
 * data: Mode, UI Event, Event Type, State, Call Type, Capabilities (as the seed's raw table has
 * them; "Regular Push Preview" is called Push Preview here, and the direct mode's rows after the
 * page break — printed under "Outbound" — are Direct Push Preview's). The PDF prints
 * `MARKDONE_APPLYIDLE`: read as event type MARKDONE_APPLY, state IDLE. Empty capability cells
 * (and the table's "-") are `[]`. Tests compare the sim's events to these rows.
 */
import type {
  Capability,
  CallType,
  InteractionEventType,
  InteractionState,
} from '../bridge/enums.js';

export type PreviewMode = 'Pull Preview' | 'Push Preview' | 'Direct Push Preview';

export interface ExpectedEvent {
  eventType: InteractionEventType;
  state: InteractionState;
  callType?: CallType;
  capabilities: Capability[];
}

export interface TableRow extends ExpectedEvent {
  mode: PreviewMode;
  uiEvent: string;
}

const row = (
  mode: PreviewMode,
  uiEvent: string,
  eventType: InteractionEventType,
  state: InteractionState,
  callType: CallType,
  capabilities: Capability[],
): TableRow => ({ mode, uiEvent, eventType, state, callType, capabilities });

const P = 'Pull Preview';
const R = 'Push Preview';
const D = 'Direct Push Preview';
const PREVIEW: Capability[] = ['CALL', 'PREVIEW_RECORD', 'CANCEL_RECORD'];

export const OUTBOUND_PREVIEW_TABLE: readonly TableRow[] = [
  row(P, 'Preview record received', 'ADDED', 'PREVIEWING', 'OUTBOUND_PREVIEW', PREVIEW),
  row(P, 'Preview record received', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PREVIEW', PREVIEW),
  row(P, 'Make call from preview', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(P, 'Make call from preview', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(P, 'Make call from preview', 'REMOVED', 'IDLE', 'OUTBOUND_PREVIEW', []),
  row(P, 'Release and mark done', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(P, 'Release and mark done', 'MARKDONE_APPLY', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(P, 'Release and mark done', 'REMOVED', 'IDLE', 'OUTBOUND', []),
  row(P, 'Reject record', 'STATE_CHANGE', 'REJECTED', 'OUTBOUND_PREVIEW', ['MARK_DONE']),
  row(P, 'Cancel record', 'STATE_CHANGE', 'CANCELED', 'OUTBOUND_PREVIEW', ['MARK_DONE']),

  row(R, 'Record received', 'ADDED', 'INVITED', 'OUTBOUND_PUSH', ['ACCEPT_PREVIEW', 'REJECT']),
  row(R, 'Record received', 'INVITED', 'INVITED', 'OUTBOUND_PUSH', ['ACCEPT_PREVIEW', 'REJECT']),
  row(R, 'Accepted', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PUSH_PREVIEW', PREVIEW),
  row(R, 'Rejected', 'REMOVED', 'REJECTED', 'OUTBOUND_PUSH_PREVIEW', []),
  row(R, 'Make call', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(R, 'Make call', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(R, 'Make call', 'ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP', 'HOLD']),
  row(R, 'Release and mark done', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(R, 'Release and mark done', 'MARKDONE_APPLY', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(R, 'Release and mark done', 'REMOVED', 'IDLE', 'OUTBOUND_PUSH_PREVIEW', []),
  row(R, 'Release and mark done', 'REMOVED', 'IDLE', 'OUTBOUND', []),
  row(R, 'Reject record', 'STATE_CHANGE', 'REJECTED', 'OUTBOUND_PUSH_PREVIEW', []),
  row(R, 'Cancel record', 'STATE_CHANGE', 'CANCELED', 'OUTBOUND_PUSH_PREVIEW', []),

  row(D, 'Record received', 'ADDED', 'INVITED', 'OUTBOUND_PREVIEW', ['ACCEPT', 'REJECT']),
  row(D, 'Record received', 'INVITED', 'INVITED', 'OUTBOUND_PREVIEW', ['ACCEPT', 'REJECT']),
  row(D, 'Accepted', 'PREVIEWING', 'PREVIEWING', 'OUTBOUND_PREVIEW', PREVIEW),
  row(D, 'Make call', 'REMOVED', 'REJECTED', 'OUTBOUND_PREVIEW', [
    'REJECT_RECORD',
    'CANCEL_RECORD',
  ]),
  row(D, 'Make call', 'ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(D, 'Make call', 'DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']),
  row(D, 'Make call', 'ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP']),
  row(D, 'Make call', 'REMOVED', 'IDLE', 'OUTBOUND_PREVIEW', []),
  row(D, 'Release and mark done', 'RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(D, 'Release and mark done', 'MARKDONE_APPLY', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
  row(D, 'Release and mark done', 'REMOVED', 'IDLE', 'OUTBOUND', []),
  row(D, 'Reject record', 'STATE_CHANGE', 'REJECTED', 'OUTBOUND_PREVIEW', ['MARK_DONE']),
  row(D, 'Cancel record', 'STATE_CHANGE', 'CANCELED', 'OUTBOUND_PREVIEW', ['MARK_DONE']),
];

/** The rows of one mode and UI event, in table order. */
export function tableRows(mode: PreviewMode, uiEvent: string): ExpectedEvent[] {
  return OUTBOUND_PREVIEW_TABLE.filter((r) => r.mode === mode && r.uiEvent === uiEvent).map(
    ({ eventType, state, callType, capabilities }) => ({
      eventType,
      state,
      callType,
      capabilities: [...capabilities],
    }),
  );
}
