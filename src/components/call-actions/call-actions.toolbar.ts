/**
 * `<call-actions>`' toolbar template (toolbar-plan.ts decides what shows where): the state's
 * primary action, the common ones, a "More" disclosure for the rare ones; each an
 * `actionButton` with its icon.
 */
import { html, type TemplateResult } from 'lit';
import { actionButton } from './action-button.js';
import type { CallAction } from './allowed-actions.js';
import { callStatus, isLive } from '../../internal/call-status.js';
import type { IconName } from '../../internal/icons.js';
import type { CallActionsHandlers, CallActionsView, Panel } from './call-actions.view.js';
import {
  COMMON,
  MORE,
  planToolbar,
  type PanelControl,
  type ToolbarControl,
} from './toolbar-plan.js';

/** The icon of each control whose icon has another name; the others show the icon of their name. */
const ICONS: Record<Exclude<ToolbarControl, IconName>, IconName> = {
  consult: 'transfer',
  completeTransfer: 'transfer',
  completeConference: 'conference',
  endConsult: 'hangUp',
  dtmf: 'keypad',
  recordStart: 'record',
  recordStop: 'stop',
  recordPause: 'hold',
  recordResume: 'record',
  reschedule: 'calendar',
  cancelReschedule: 'close',
  markDone: 'check',
  'panel:transfer': 'transfer',
  'panel:keypad': 'keypad',
  'panel:reschedule': 'calendar',
};
const iconOf = (c: ToolbarControl): IconName =>
  c in ICONS ? ICONS[c as Exclude<ToolbarControl, IconName>] : (c as IconName);

/** The actions each panel holds: its button is available when one of them is. */
const PANEL_ACTIONS: Record<Panel, CallAction[]> = {
  transfer: ['transfer', 'conference', 'consult'],
  keypad: ['dtmf'],
  reschedule: ['reschedule'],
};
const panelOf = (c: PanelControl) => c.slice('panel:'.length) as Panel;

/** Where a button sits: its part (`action`, or `action primary`) and whether it is out of sight. */
interface Slot {
  part: string;
  hidden: boolean;
}

function button(
  v: CallActionsView,
  h: CallActionsHandlers,
  action: CallAction,
  slot: Slot,
): TemplateResult {
  const device = action === 'microphone' || action === 'speaker' ? action : null;
  const muted = device ? v.mute[device] : undefined;
  return actionButton({
    action,
    label: v.t.actions[action],
    reason: v.reason(action),
    pending: v.pending(action),
    onClick: () => h.act(action),
    ...slot,
    icon:
      device && muted ? (device === 'microphone' ? 'microphoneOff' : 'speakerOff') : iconOf(action),
    pressed: device ? muted : undefined,
  });
}

/** A disclosure button for a panel; disabled, with the reason, when none of its actions is possible. */
function panelButton(
  v: CallActionsView,
  h: CallActionsHandlers,
  panel: Panel,
  slot: Slot,
): TemplateResult {
  const open = v.panel === panel;
  const actions = PANEL_ACTIONS[panel];
  const reason = actions.some((a) => v.reason(a) === null) ? null : v.reason(actions[0]);
  return actionButton({
    action: `panel-${panel}`,
    label: v.t.panels[panel],
    reason: open ? null : reason,
    expanded: open,
    controls: open ? 'panel' : undefined,
    ...slot,
    icon: iconOf(`panel:${panel}`),
    onClick: () => h.togglePanel(panel),
  });
}

/**
 * A group's buttons: those shown (in `shown`'s order), then the group's others, hidden. A group
 * always has as many buttons, each control once: a state change (hold, resume) updates them in
 * place (attributes, text, the icon's path), it adds or removes no node.
 */
function group(
  v: CallActionsView,
  h: CallActionsHandlers,
  shown: ToolbarControl[],
  all: readonly ToolbarControl[],
  primary?: ToolbarControl | null,
) {
  return [...shown, ...all.filter((c) => !shown.includes(c))].map((c, i) => {
    const slot = { part: i || !primary ? 'action' : 'action primary', hidden: i >= shown.length };
    return c.startsWith('panel:')
      ? panelButton(v, h, panelOf(c as PanelControl), slot)
      : button(v, h, c as CallAction, slot);
  });
}

/**
 * The compact toolbar (toolbar-plan.ts): the state's primary action, the common ones, a "More"
 * disclosure for the rare ones. What isn't available stays in the DOM, hidden, with its reason
 * (`data-action` and `aria-describedby`), so a page's script can still ask why.
 */
export function renderToolbar(v: CallActionsView, h: CallActionsHandlers): TemplateResult {
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
  const { primary } = plan;
  const moreOpen = v.more || plan.more.some((c) => v.pending(c as CallAction));
  return html`<div part="toolbar" role="toolbar" aria-label=${t.toolbar}
      @keydown=${h.toolbarKeydown} @focusin=${h.toolbarFocusin}>
      ${group(v, h, primary ? [primary, ...plan.common] : plan.common, COMMON, primary)}
      ${actionButton({ action: 'more', label: t.more, reason: null, expanded: moreOpen, controls: 'more', icon: 'more', hidden: !plan.more.length, onClick: h.toggleMore })}
      <div id="more" part="more" role="group" aria-label=${t.moreLabel} ?hidden=${!moreOpen}>${group(v, h, plan.more, MORE)}</div>
    </div>`;
}
