// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there (test/support/story-states.ts).
import { describeStoryStates } from '../support/story-states.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';

const expected: Record<string, (el: CallActionsElement) => boolean> = {
  Ringing: (el) => status(el) === 'ringing',
  Previewing: (el) =>
    status(el) === 'ready' && !!el.shadowRoot!.querySelector('adk-reschedule-form'),
  Dialing: (el) => status(el) === 'dialing',
  Talking: (el) => status(el) === 'connected' && !!el.shadowRoot!.querySelector('adk-dtmf-keypad'),
  Transfer: (el) =>
    status(el) === 'connected' &&
    inner(el, 'adk-call-target-form', '[part="field-error"]') === 'Enter a destination.',
  Held: (el) =>
    status(el) === 'held' &&
    el.shadowRoot!.querySelector('[part="recording"]')?.getAttribute('data-state') ===
      'RECORDING' &&
    inner(el, 'adk-dtmf-keypad', '[part="reason"]') === 'The call is not connected (state HELD).',
  Rescheduled: (el) =>
    !!el
      .shadowRoot!.querySelector('[part="rescheduled"]')
      ?.textContent?.startsWith('Rescheduled for ') &&
    inner(el, 'adk-reschedule-form', '[part="field-error"]') === 'This time is in the past.',
  Consulting: (el) =>
    !!el.shadowRoot!.querySelector('[part="consultation"]')?.textContent?.includes('Connected'),
  Released: (el) => status(el) === 'ended',
  MarkDoneBlocked: (el) => !!el.shadowRoot!.querySelector('[part="markdone-block"]'),
  ActionFailed: (el) =>
    el.shadowRoot!.querySelector('[part="error"]')?.textContent ===
    'Hold failed: The call cannot be held in state IDLE.',
  Disconnected: (el) => !!el.shadowRoot!.querySelector('[part="connection"]')?.textContent?.trim(),
  NotConnected: (el) =>
    !!el.shadowRoot!.querySelector('[part="status"]')?.textContent?.includes('Not connected'),
};
const inner = (el: CallActionsElement, tag: string, part: string) =>
  el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector(part)?.textContent?.trim();
const status = (el: CallActionsElement) =>
  el.shadowRoot!.querySelector('[part="status"]')?.getAttribute('data-status');

describeStoryStates('call-actions', 'call-actions', expected, { skip: ['Playground'] });
