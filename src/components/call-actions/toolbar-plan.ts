/**
 * The compact call panel: which of `<call-actions>`' controls the toolbar shows for a call's
 * state, and where. Pure. One **primary** action for the state (End call when connected or
 * dialing, Resume when held, Complete transfer while a consultation is up, Mark done after the
 * call), the **common** ones beside it (hold, mute, transfer or consult, keypad), and the rare
 * ones (speaker, recording, reschedule, conference completion…) in the **more** menu. A control
 * that isn't available is left out, unless it is the primary or it matters: Mark done while
 * something blocks it (a required disposition) still shows, and says why. (The template keeps
 * the ones left out in the DOM, hidden, after the shown ones of their group: COMMON, MORE.)
 */
import type { CallStatus } from '../../internal/call-status.js';
import type { CallAction } from './allowed-actions.js';

/** A panel's disclosure button. */
export type PanelControl = 'panel:transfer' | 'panel:keypad' | 'panel:reschedule';
export type ToolbarControl = CallAction | PanelControl;

export interface ToolbarPlanInput {
  status: CallStatus;
  /** A consultation call is live beside the main call. */
  consulting: boolean;
  /** Whether a control can be used now (a panel: one of its actions can). */
  available: (control: ToolbarControl) => boolean;
  /** An unavailable control the agent should still see, with its reason (e.g. a blocked Mark done). */
  matters: (control: ToolbarControl) => boolean;
}

export interface ToolbarPlan {
  primary: ToolbarControl | null;
  /** Shown beside the primary (from COMMON, in its order). */
  common: ToolbarControl[];
  /** Shown in the "more" menu (from MORE, in its order). */
  more: ToolbarControl[];
}

/** Beside the primary, in this order, when available. */
export const COMMON: readonly ToolbarControl[] = [
  'hangUp',
  'hold',
  'resume',
  'microphone',
  'panel:transfer',
  'completeTransfer',
  'endConsult',
  'panel:keypad',
  'markDone',
];
/** In the "more" menu, in this order, when available. */
export const MORE: readonly ToolbarControl[] = [
  'speaker',
  'completeConference',
  'recordStart',
  'recordPause',
  'recordResume',
  'recordStop',
  'panel:reschedule',
  'cancelReschedule',
];
export const TOOLBAR_CONTROLS: readonly ToolbarControl[] = [...COMMON, ...MORE];

/** The one action that moves the call on from `status`. */
export function primaryFor(status: CallStatus, consulting: boolean): ToolbarControl | null {
  switch (status) {
    case 'dialing':
    case 'connected':
      return consulting ? 'completeTransfer' : 'hangUp';
    case 'held':
      return consulting ? 'completeTransfer' : 'resume';
    case 'ended':
    case 'ready':
      return 'markDone';
    default:
      return null;
  }
}

export function planToolbar(i: ToolbarPlanInput): ToolbarPlan {
  const primaryWanted = primaryFor(i.status, i.consulting);
  // A primary that can't be used and doesn't matter (Mark done of a preview not called yet)
  // gives its place to nothing rather than to a greyed-out button.
  const primary =
    primaryWanted &&
    (i.available(primaryWanted) || i.matters(primaryWanted) || primaryWanted !== 'markDone')
      ? primaryWanted
      : null;
  const shown = (c: ToolbarControl) => c !== primary && (i.available(c) || i.matters(c));
  const common = COMMON.filter(shown);
  const more = MORE.filter(shown);
  return { primary, common, more };
}
