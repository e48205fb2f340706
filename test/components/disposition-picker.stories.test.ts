// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there (test/support/story-states.ts).
import type { DispositionPickerElement } from '../../src/components/disposition-picker/disposition-picker.js';
import { en } from '../../src/i18n/en.js';
import { describeStoryStates } from '../support/story-states.js';

const t = en.dispositionPicker;
type El = DispositionPickerElement;
const part = (el: El, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: El, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ') ?? '';
const labels = (el: El) =>
  [...el.shadowRoot!.querySelectorAll('[role="treeitem"] > .row .label')].map((n) => n.textContent);
const state = (el: El) => el.interaction?.state;
const codeStatus = (el: El) =>
  part(el, 'current')?.querySelector('.field-status')?.getAttribute('data-status');

const expected: Record<string, (el: El) => boolean> = {
  NotConnected: (el) => text(el, 'status').includes(t.notConnected),
  NoInteraction: (el) => text(el, 'status').includes(t.noInteraction),
  Ringing: (el) => state(el) === 'RINGING' && labels(el).includes('No sale'),
  Talking: (el) =>
    state(el) === 'TALKING' &&
    el.shadowRoot!.querySelector('[data-id="f:No sale"]')?.getAttribute('aria-expanded') === 'true',
  FlatList: (el) =>
    state(el) === 'TALKING' &&
    labels(el).join() === ['Resolved', 'Escalated', 'Callback requested'].join(),
  Searching: (el) => labels(el).join() === ['No sale', 'Wrong number on file'].join(),
  NoMatch: (el) => el.shadowRoot!.textContent!.includes(t.noMatch('refund')),
  RequiredBlocked: (el) => text(el, 'notices').includes(t.blocked),
  Saved: (el) => codeStatus(el) === 'saved' && labels(el)[0] === t.recentGroup,
  SaveRefused: (el) =>
    text(el, 'errors').includes('Saving the disposition failed') && !!part(el, 'retry'),
  SaveTimedOut: (el) =>
    text(el, 'errors').includes('Saving the disposition failed') && !!part(el, 'retry'),
  Disconnected: (el) => text(el, 'errors').includes('Saving the disposition failed'),
  AfterRelease: (el) => state(el) === 'IDLE' && codeStatus(el) === 'local',
  OutboundPreview: (el) =>
    state(el) === 'PREVIEWING' &&
    (part(el, 'call-result') as HTMLSelectElement | null)?.disabled === true,
  OutboundCall: (el) => text(el, 'confirm').includes(t.outbound.confirmSet),
  BadCodes: (el) => text(el, 'notices').includes(t.usingWorkspaceCodes),
  French: (el) => el.shadowRoot!.textContent!.includes('Chercher un code'),
};

describeStoryStates('disposition-picker', 'disposition-picker', expected, {
  skip: ['Playground'],
});
