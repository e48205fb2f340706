// The stories double as fixtures: each reaches its state and the toast is accessible there
// (test/support/story-states.ts).
import { describeStoryStates } from '../support/story-states.js';
import type { CustomToastElement } from '../../src/components/custom-toast/custom-toast.js';

const part = (el: CustomToastElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const labels = (el: CustomToastElement) =>
  [...el.shadowRoot!.querySelectorAll('[part~="button"]')].map((b) => b.textContent!.trim());

const expected: Record<string, (el: CustomToastElement) => boolean> = {
  AllFields: (el) =>
    !!part(el, 'icon') &&
    !!part(el, 'key-values')?.textContent?.includes('ACC-100482') &&
    labels(el).join() === 'Open the record,Snooze,Call now',
  TitleOnly: (el) => labels(el).join() === 'OK',
  ShowDismiss: (el) => labels(el).join() === 'Show,Dismiss',
  Severities: (el) => part(el, 'base')?.dataset.severity === 'info',
  FromContent: (el) =>
    part(el, 'message')?.textContent === 'Grace Hopper asked to be called back about her renewal.',
  ActionPending: (el) =>
    part(el, 'status')?.textContent === 'Call now…' &&
    part(el, 'base')?.getAttribute('aria-busy') === 'true',
  ActionFailed: (el) =>
    part(el, 'error')?.textContent === 'Call now failed: Interaction not found.' && el.open,
  French: (el) => labels(el).join() === 'Afficher,Ignorer',
  // In the top layer, once faded in (axe measures contrast on a half-transparent card otherwise).
  Stack: (el) =>
    !!part(el, 'base')?.matches(':popover-open') &&
    getComputedStyle(part(el, 'base')!).opacity === '1',
  InTheWorkspace: (el) => el.shownBy === 'workspace' && !part(el, 'base'),
  MissingTitle: (el) =>
    !el.open && el.nextElementSibling?.textContent === 'Toast not shown: a title is required.',
};

// FromCode renders its toast only when its button is pressed.
describeStoryStates('custom-toast', 'custom-toast', expected, { skip: ['FromCode'] });
