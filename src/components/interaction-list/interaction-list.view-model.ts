/**
 * `<interaction-list>`'s view model: from the bridge's state, the rows and the clock to the
 * plain `InteractionListView` its template renders. Pure.
 */
import type { Interaction } from '../../bridge/api.js';
import type { BridgeState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import type { MomentsById } from '../../internal/call-moments.js';
import {
  callStatus,
  formatDuration,
  partyLabel,
  type CallStatus,
} from '../../internal/call-status.js';
import type { OutcomeRegions } from '../../internal/requests.js';
import {
  rowTimer,
  selectedRow,
  type InteractionKind,
  type InteractionRow,
} from './interaction-rows.js';

export interface RowView {
  id: string;
  /** The case the row selects; null when the interaction has none (the row can't be selected). */
  caseId: string | null;
  kind: InteractionKind;
  kindText: string;
  party: string;
  status: CallStatus;
  statusText: string;
  timerSince: 'connected' | 'talked' | 'arrived';
  /** The timer in words, and as `formatDuration` (the `<time>`'s text). */
  timerText: string;
  duration: string;
  children: RowView[];
}

export interface InteractionListView {
  t: Messages['interactionList'];
  /** The list's label: the `label` attribute, else the catalogue's. */
  label: string;
  /** A bridge is provided. */
  connected: boolean;
  /** The bridge's link to the workspace is down (a notice says so). */
  down: boolean;
  rows: RowView[];
  /** The row of the workspace's selected case. */
  selected: string | undefined;
  /** The row that holds the list's one tab stop. */
  active: string | undefined;
  /** The row whose selection is on its way. */
  pending: string | undefined;
  regions: OutcomeRegions;
}

export interface InteractionListInput {
  t: Messages;
  state: BridgeState | undefined;
  rows: InteractionRow[];
  /** When the page saw each interaction's states change (call-moments.ts). */
  moments: MomentsById;
  now: number;
  label: string | null;
  /** The row the agent moved to last (kept while it is listed). */
  focused: string | undefined;
  pending: string | undefined;
  regions: OutcomeRegions;
}

/** The party in words: the name, else the number, else "unknown party". */
export function partyText(ix: Interaction, t: Messages['interactionList']): string {
  const p = partyLabel(ix);
  return [p.name, p.number].filter(Boolean).join(' · ') || t.unknownParty;
}

export function interactionListView(i: InteractionListInput): InteractionListView {
  const t = i.t.interactionList;
  const toView = (row: InteractionRow): RowView => {
    const ix = row.interaction;
    const status = callStatus(ix);
    const timer = rowTimer(ix, i.moments.get(ix), i.now);
    const duration = formatDuration(timer.ms);
    return {
      id: ix.interactionId,
      caseId: ix.caseId || null,
      kind: row.kind,
      kindText: t.kinds[row.kind],
      party: partyText(ix, t),
      status,
      statusText: t.status[status],
      timerSince: timer.since,
      timerText: t.timer[timer.since](duration),
      duration,
      children: row.children.map(toView),
    };
  };
  const rows = i.rows.map(toView);
  const ids = new Set(rows.map((r) => r.id));
  const selected = i.state ? selectedRow(i.state) : undefined;
  const active = [i.focused, selected].find((id) => id !== undefined && ids.has(id)) ?? rows[0]?.id;
  return {
    t,
    label: i.label || t.label,
    connected: !!i.state,
    down: !!i.state && i.state.connection !== 'up',
    rows,
    selected: selected && ids.has(selected) ? selected : undefined,
    active,
    pending: i.pending,
    regions: i.regions,
  };
}
