/**
 * `<call-actions>`'s template, from a plain view of what the element knows. Every text comes
 * from the catalogue; every action goes through `actionButton`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction, TargetQuery } from '../../bridge/api.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { RecordTarget } from './record-target.js';
import type { ConnectionState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import type { CallAction } from './allowed-actions.js';
import { renderToolbar } from './call-actions.toolbar.js';
import type { TargetDirectory } from './target-directory.js';
import type { DtmfHost } from './dtmf-host.js';
import type { StateTimer } from '../../internal/call-moments.js';
import {
  callStatus,
  formatDuration,
  partyLabel,
  type CallContext,
} from '../../internal/call-status.js';
import type { TargetAction } from './call-actions.events.js';
// The panels' elements (adk-call-target-form, adk-dtmf-keypad, adk-reschedule-form) and their
// bodies (PanelBody) are in the panels' modules, which PanelController loads with import() when
// a panel is first opened.

export type Panel = 'transfer' | 'keypad' | 'reschedule';

export interface CallActionsView {
  t: Messages['callActions'];
  /** A bridge is provided. */
  connected: boolean;
  connection: ConnectionState;
  ctx: CallContext;
  /** The clock's time at this render (timers). */
  now: number;
  /** The timer of the state shown (the call's, else its owner's); null when it is not timed. */
  timer: StateTimer | null;
  consultTimer: StateTimer | null;
  reason: (action: CallAction) => string | null;
  pending: (action: CallAction) => boolean;
  pendingSet: ReadonlySet<string>;
  mute: { microphone: boolean | null; speaker: boolean | null };
  panel: Panel | null;
  /** The "more" group of rare actions is open. */
  more: boolean;
  /** The page's transfer and consultation targets. */
  directory: TargetDirectory | undefined;
  /** The open panel's body, from the panel's own module (loaded when the panel is first opened). */
  panelBody: PanelBody | null;
  record: RecordTarget | null;
  rescheduled: string | null;
  agentTimeZone: string | null;
  markdoneBlock: string | null;
  notice: string;
  feedback: string;
  error: string;
  /** What the keypad needs of the element (the keypad's module keeps the digits: dtmf-controller.ts). */
  dtmf: DtmfHost;
}

/** How `<call-actions>` renders an open panel: each panel's module exports its own, framed (panel-frame.ts). */
export type PanelBody = (v: CallActionsView, h: CallActionsHandlers) => TemplateResult;

export interface CallActionsHandlers {
  act: (action: CallAction) => void;
  togglePanel: (panel: Panel) => void;
  closePanel: () => void;
  toggleMore: () => void;
  /** The toolbar's keyboard (arrow keys, Home, End) and focus listeners. */
  toolbarKeydown: (e: KeyboardEvent) => void;
  toolbarFocusin: (e: FocusEvent) => void;
  /** Transfer, conference or consult; resolves with the request's success. */
  target: (action: TargetAction, query: TargetQuery) => Promise<boolean>;
  reschedule: (rescheduleDate: string, type: RescheduleType) => void;
}

const duration = (timer: StateTimer | null, now: number) =>
  timer ? formatDuration(now - timer.since) : null;

/** A timer, not a live region: it is not spoken every second (the status line says the state). */
function renderTimer(v: CallActionsView): TemplateResult | typeof nothing {
  const { timer } = v;
  const time = duration(timer, v.now);
  if (!timer || !time) return nothing;
  const seconds = Math.max(0, Math.floor((v.now - timer.since) / 1000));
  return html`<p part="duration" role="timer" data-state=${timer.state}>${v.t.timer[timer.state]} <time datetime="PT${seconds}S">${time}</time></p>`;
}

/** The party of `ix`; a child call without a contact name takes its owner's (web callback). */
function party(v: CallActionsView, ix: Interaction | undefined): string {
  const own = partyLabel(ix);
  const p = own.name || ix === v.ctx.owner ? own : { ...own, name: partyLabel(v.ctx.owner).name };
  if (p.name && p.number) return `${p.name} (${p.number})`;
  return p.name ?? p.number ?? v.t.unknownParty;
}

function renderStatus(v: CallActionsView): TemplateResult {
  const { t, ctx } = v;
  const shown = ctx.call ?? ctx.owner;
  const status = callStatus(shown);
  const rec = ctx.call?.recordingState ?? 'STOPPED';
  const muteText = (d: 'microphone' | 'speaker') =>
    t.muteState[d][v.mute[d] === null ? 'unknown' : v.mute[d] ? 'true' : 'false'];
  return html`
    <div class="head">
      <p part="status" role="status" data-status=${status}>
        <span class="badge">${shown ? t.statusWith(t.status[status], party(v, shown)) : t.status[status]}</span>
      </p>
      ${renderTimer(v)}
      ${ctx.call ? html`<p part="recording" data-state=${rec}>${t.recording[rec]} · ${muteText('microphone')} · ${muteText('speaker')}</p>` : nothing}
      ${ctx.consult ? html`<p part="consultation">${t.consultation(party(v, ctx.consult), t.status[callStatus(ctx.consult)])}${duration(v.consultTimer, v.now) ? ` · ${duration(v.consultTimer, v.now)}` : ''}</p>` : nothing}
    </div>`;
}

/** The open panel, from its module (framed: panel-frame.ts), once loaded. */
const renderPanel = (v: CallActionsView, h: CallActionsHandlers) =>
  v.panel && v.panelBody ? v.panelBody(v, h) : nothing;

export function renderCallActions(v: CallActionsView, h: CallActionsHandlers): TemplateResult {
  const { t } = v;
  if (!v.connected) {
    return html`<section part="base" aria-label=${t.label}><p part="status" role="status" data-status="none">${t.notConnected}</p></section>`;
  }
  return html`
    <section part="base" aria-label=${t.label}>
      ${renderStatus(v)}
      <p part="connection" role="status">${v.connection !== 'up' ? t.connectionDown : nothing}</p>
      ${renderToolbar(v, h)}
      ${v.rescheduled ? html`<p part="rescheduled">${t.rescheduled(v.rescheduled)}</p>` : nothing}
      ${v.markdoneBlock !== null ? html`<p part="markdone-block">${t.reasons.markdoneBlocked(v.markdoneBlock)}</p>` : nothing}
      ${renderPanel(v, h)}
      <p part="feedback" role="status">${v.notice || v.feedback}</p>
      <p part="error" role="alert">${v.error}</p>
    </section>`;
}
