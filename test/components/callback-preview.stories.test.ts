// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there (test/support/story-states.ts).
import { describeStoryStates } from '../support/story-states.js';
import type { CallbackPreviewElement } from '../../src/components/callback-preview/callback-preview.js';

const q = (el: CallbackPreviewElement, selector: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const phase = (el: CallbackPreviewElement) => q(el, '[part~="base"]')?.dataset.phase;
const message = (el: CallbackPreviewElement) =>
  q(el, '[part~="message"]')?.textContent?.trim() ?? '';
const failure = (el: CallbackPreviewElement) => q(el, '[part~="error"]')?.textContent?.trim() ?? '';
const scheduleOffered = (el: CallbackPreviewElement) =>
  q(el, '[data-action="schedule"]')?.getAttribute('aria-disabled') === 'false';

const expected: Record<string, (el: CallbackPreviewElement) => boolean> = {
  Ringing: (el) =>
    phase(el) === 'offered' && !!q(el, '[part~="countdown"]') && !!q(el, '[part~="times"]'),
  AgentPreview: (el) =>
    phase(el) === 'offered' &&
    q(el, '[data-action="accept"]')?.textContent?.trim() === 'Accept and call',
  WebCallbackInvited: (el) => phase(el) === 'offered' && !!q(el, '[data-action="reject"]'),
  Previewing: (el) => phase(el) === 'previewing' && !!q(el, '[data-action="call"]'),
  Scheduling: (el) => !!q(el, 'adk-schedule-form')?.shadowRoot?.querySelector('input[type=date]'),
  SchedulePast: (el) =>
    q(el, 'adk-schedule-form')?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ===
    'Choose a time in the future.',
  Dialing: (el) => phase(el) === 'dialing',
  Talking: (el) => phase(el) === 'talking',
  Released: (el) => phase(el) === 'released' && !scheduleOffered(el) && !!q(el, '[part~="note"]'),
  PageScheduler: (el) => phase(el) === 'released' && scheduleOffered(el),
  ActionError: (el) =>
    failure(el).startsWith('Done failed: ') && failure(el).length > 'Done failed: '.length + 5,
  Disconnected: (el) => q(el, '[part~="base"]')?.dataset.connection === 'down',
  Returned: (el) =>
    message(el) === 'The offer was returned to the queue: it was not accepted in time.',
  NotConnected: (el) => !!q(el, '[part~="status"]')?.textContent?.includes('Not connected'),
};

describeStoryStates('callback-preview', 'callback-preview', expected, { skip: ['Playground'] });
