/**
 * `<call-actions>`' toolbar template (toolbar-plan.ts decides what shows where): the state's
 * primary action, the common ones, a "More" disclosure for the rare ones; each an
 * `actionButton` with its icon.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { actionButton } from './action-button.js';
import type { CallAction } from './allowed-actions.js';
import { callStatus, isLive } from '../../internal/call-status.js';
import type { IconName } from '../../internal/icons.js';
import type { CallActionsHandlers, CallActionsView, Panel } from './call-actions.view.js';
import { planToolbar, type PanelControl, type ToolbarControl } from './toolbar-plan.js';

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
      device && muted ? (device === 'microphone' ? 'microphoneOff' : 'speakerOff') : iconOf(action),
    pressed: device ? muted : undefined,
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
    controls: open ? 'panel' : undefined,
    part,
    icon: iconOf(`panel:${panel}`),
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
