// The stories double as fixtures: each reaches its state and the element is accessible there
// (test/support/story-states.ts).
import { describeStoryStates } from '../support/story-states.js';
import type { ClickToDialElement } from '../../src/components/click-to-dial/click-to-dial.js';

const part = (el: ClickToDialElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const expected: Record<string, (el: ClickToDialElement) => boolean> = {
  CustomerList: (el) =>
    [...el.querySelectorAll('a, [data-phone]')].map((a) => a.textContent).join('|') ===
    '+1 415 555 0123|+44 20 7183 8750|01 42 68 53 00',
  Dialing: (el) =>
    /^(Dialing|Connected to) \+1 415 555 0123/.test(part(el, 'status')?.textContent ?? ''),
  Confirm: (el) => part(el, 'confirm')?.textContent?.includes('Call +1 415 555 0123?') === true,
  NotANumber: (el) =>
    part(el, 'notice')?.textContent ===
    '12345678901234567890 is not a phone number that can be dialed.',
};

describeStoryStates('click-to-dial', 'click-to-dial', expected);
