/**
 * `<call-actions>`'s template, from a plain view of what the element knows. Every text comes
 * from the catalogue; every action goes through `actionButton`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Interaction, TargetQuery } from '../../bridge/api.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { OutboundRecordInfo } from '../../bridge/models/index.js';
import type { ConnectionState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import { actionButton } from './action-button.js';
import type { CallAction } from './allowed-actions.js';
import {
  callStatus,
  formatDuration,
  isLive,
  partyLabel,
  type CallContext,
  type CallTiming,
} from '../../internal/call-status.js';
import type { IconName } from '../../internal/icons.js';
import { planToolbar, type PanelControl, type ToolbarControl } from './toolbar-plan.js';
import type {
  DtmfDigitsDetail,
  RescheduleSubmitDetail,
  TargetAction,
  TargetSubmitDetail,
} from './call-actions.events.js';
import './dtmf-keypad.js';
import './reschedule-form.js';
import './transfer-form.js';

export type Panel = 'transfer' | 'keypad' | 'reschedule';

export interface CallActionsView {
  t: Messages['callActions'];
  /** A bridge is provided. */
  connected: boolean;
  connection: ConnectionState;
  ctx: CallContext;
  /** The clock's time at this render (durations). */
  now: number;
  timing: CallTiming | undefined;
  consultTiming: CallTiming | undefined;
  reason: (action: CallAction) => string | null;
  pending: (action: CallAction) => boolean;
  pendingSet: ReadonlySet<string>;
  mute: { microphone: boolean | null; speaker: boolean | null };
  panel: Panel | null;
  /** The "more" group of rare actions is open. */
  more: boolean;
  record: { interaction: Interaction; record: OutboundRecordInfo } | null;
  rescheduled: string | null;
  agentTimeZone: string | null;
  markdoneBlock: string | null;
  notice: string;
  feedback: string;
  error: string;
  dtmfSent: string;
  dtmfSending: string;
}

export interface CallActionsHandlers {
  act: (action: CallAction) => void;
  togglePanel: (panel: Panel) => void;
  closePanel: () => void;
  toggleMore: () => void;
  /** The toolbar's keyboard (arrow keys, Home, End) and focus listeners. */
  toolbarKeydown: (e: KeyboardEvent) => void;
  toolbarFocusin: (e: FocusEvent) => void;
  target: (action: TargetAction, query: TargetQuery) => void;
  digits: (digits: string) => void;
  reschedule: (rescheduleDate: string, type: RescheduleType) => void;
}

const duration = (timing: CallTiming | undefined, now: number) =>
  timing ? formatDuration((timing.until ?? now) - timing.since) : null;

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
  const time = duration(v.timing, v.now);
  const rec = ctx.call?.recordingState ?? 'STOPPED';
  const muteText = (d: 'microphone' | 'speaker') =>
    t.muteState[d][v.mute[d] === null ? 'unknown' : v.mute[d] ? 'true' : 'false'];
  return html`
    <div class="head">
      <p part="status" role="status" data-status=${status}>
        <span class="badge">${shown ? t.statusWith(t.status[status], party(v, shown)) : t.status[status]}</span>
      </p>
      ${time ? html`<p part="duration">${t.duration} <time>${time}</time></p>` : nothing}
      ${ctx.call ? html`<p part="recording" data-state=${rec}>${t.recording[rec]} · ${muteText('microphone')} · ${muteText('speaker')}</p>` : nothing}
      ${ctx.consult ? html`<p part="consultation">${t.consultation(party(v, ctx.consult), t.status[callStatus(ctx.consult)])}${duration(v.consultTiming, v.now) ? ` · ${duration(v.consultTiming, v.now)}` : ''}</p>` : nothing}
    </div>`;
}

const ICONS: Record<ToolbarControl, IconName> = {
  hangUp: 'hangUp',
  hold: 'hold',
  resume: 'resume',
  transfer: 'transfer',
  conference: 'conference',
  consult: 'transfer',
  completeTransfer: 'transfer',
  completeConference: 'conference',
  endConsult: 'hangUp',
  dtmf: 'keypad',
  recordStart: 'record',
  recordStop: 'stop',
  recordPause: 'hold',
  recordResume: 'record',
  microphone: 'microphone',
  speaker: 'speaker',
  reschedule: 'calendar',
  cancelReschedule: 'close',
  markDone: 'check',
  'panel:transfer': 'transfer',
  'panel:keypad': 'keypad',
  'panel:reschedule': 'calendar',
};

/** The actions each panel holds: its button is available when one of them is. */
const PANEL_ACTIONS: Record<Panel, CallAction[]> = {
  transfer: ['transfer', 'conference', 'consult'],
  keypad: ['dtmf'],
  reschedule: ['reschedule'],
};
const panelOf = (c: PanelControl) => c.slice('panel:'.length) as Panel;

function button(
  v: CallActionsView,
  h: CallActionsHandlers,
  action: CallAction,
  part = 'action',
): TemplateResult {
  const device = action === 'microphone' || action === 'speaker' ? action : null;
  const muted = device ? v.mute[device] : undefined;
  return actionButton({
    action,
    label: v.t.actions[action],
    reason: v.reason(action),
    pending: v.pending(action),
    onClick: () => h.act(action),
    part,
    icon:
      device && muted ? (device === 'microphone' ? 'microphoneOff' : 'speakerOff') : ICONS[action],
    ...(device ? { pressed: muted } : {}),
  });
}

/** A disclosure button for a panel; disabled, with the reason, when none of its actions is possible. */
function panelButton(
  v: CallActionsView,
  h: CallActionsHandlers,
  panel: Panel,
  part = 'action',
): TemplateResult {
  const open = v.panel === panel;
  const actions = PANEL_ACTIONS[panel];
  const reason = actions.some((a) => v.reason(a) === null) ? null : v.reason(actions[0]);
  return actionButton({
    action: `panel-${panel}`,
    label: v.t.panels[panel],
    reason: open ? null : reason,
    expanded: open,
    ...(open ? { controls: 'panel' } : {}),
    part,
    icon: ICONS[`panel:${panel}`],
    onClick: () => h.togglePanel(panel),
  });
}

function control(v: CallActionsView, h: CallActionsHandlers, c: ToolbarControl, part = 'action') {
  return c.startsWith('panel:')
    ? panelButton(v, h, panelOf(c as PanelControl), part)
    : button(v, h, c as CallAction, part);
}

/**
 * The compact toolbar (toolbar-plan.ts): the state's primary action, the common ones, a "More"
 * disclosure for the rare ones. What isn't available stays in the DOM, hidden, with its reason
 * (`data-action` and `aria-describedby`), so a page's script can still ask why.
 */
function renderToolbar(v: CallActionsView, h: CallActionsHandlers): TemplateResult {
  const { t, ctx } = v;
  const usable = (c: ToolbarControl) => {
    if (c.startsWith('panel:')) {
      const panel = panelOf(c as PanelControl);
      return v.panel === panel || PANEL_ACTIONS[panel].some((a) => v.reason(a) === null);
    }
    return v.reason(c as CallAction) === null || v.pending(c as CallAction);
  };
  const plan = planToolbar({
    status: callStatus(ctx.call ?? ctx.owner),
    consulting: isLive(ctx.consult),
    available: usable,
    matters: (c) => c === 'markDone' && v.markdoneBlock !== null,
  });
  const moreOpen = v.more || plan.more.some((c) => v.pending(c as CallAction));
  return html`<div part="toolbar" role="toolbar" aria-label=${t.toolbar}
      @keydown=${h.toolbarKeydown} @focusin=${h.toolbarFocusin}>
      ${plan.primary ? control(v, h, plan.primary, 'action primary') : nothing}
      ${plan.common.map((c) => control(v, h, c))}
      ${
        plan.more.length
          ? html`${actionButton({ action: 'more', label: t.more, reason: null, expanded: moreOpen, controls: 'more', icon: 'more', onClick: h.toggleMore })}
            <div id="more" part="more" role="group" aria-label=${t.moreLabel} ?hidden=${!moreOpen}>${plan.more.map((c) => control(v, h, c))}</div>`
          : nothing
      }
      <div class="unavailable" hidden>${plan.hidden.map((c) => control(v, h, c))}</div>
    </div>`;
}

function renderPanel(v: CallActionsView, h: CallActionsHandlers): TemplateResult | typeof nothing {
  if (!v.panel) return nothing;
  const { t } = v;
  let body: TemplateResult;
  if (v.panel === 'transfer') {
    body = html`<adk-call-target-form .reasons=${{ transfer: v.reason('transfer'), conference: v.reason('conference'), consult: v.reason('consult') }}
      .pending=${v.pendingSet} @target-submit=${(e: CustomEvent<TargetSubmitDetail>) => h.target(e.detail.action, e.detail.target)}></adk-call-target-form>`;
  } else if (v.panel === 'keypad') {
    body = html`<adk-dtmf-keypad .reason=${v.reason('dtmf')} .sent=${v.dtmfSent} .sending=${v.dtmfSending} @dtmf-digits=${(e: CustomEvent<DtmfDigitsDetail>) => h.digits(e.detail.digits)}></adk-dtmf-keypad>`;
  } else {
    const r = v.record;
    body = html`${
      r
        ? keyed(
            r.interaction.interactionId,
            html`<adk-reschedule-form .record=${r.record} .reason=${v.reason('reschedule')}
      .pending=${v.pending('reschedule')} .agentTimeZone=${v.agentTimeZone} @reschedule-submit=${(e: CustomEvent<RescheduleSubmitDetail>) => h.reschedule(e.detail.rescheduleDate, e.detail.type)}></adk-reschedule-form>`,
          )
        : html`<p>${v.reason('reschedule')}</p>`
    }`;
  }
  return html`<div part="panel" id="panel" role="group" aria-label=${t.panels[v.panel]}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          h.closePanel();
        }
      }}>
    ${body}
    <button type="button" part="action" data-action="close-panel" @click=${h.closePanel}>${t.closePanel}</button>
  </div>`;
}

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
      ${v.rescheduled ? html`<p part="rescheduled">${t.reschedule.current(v.rescheduled)}</p>` : nothing}
      ${v.markdoneBlock !== null ? html`<p part="markdone-block">${t.markdoneBlocked(v.markdoneBlock)}</p>` : nothing}
      ${renderPanel(v, h)}
      <p part="feedback" role="status">${v.notice || v.feedback}</p>
      <p part="error" role="alert">${v.error}</p>
    </section>`;
}
