// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there (test/support/story-states.ts).
import { describeStoryStates } from '../support/story-states.js';
import type { InteractionListElement } from '../../src/components/interaction-list/interaction-list.js';

const options = (el: InteractionListElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]'),
];
const kinds = (el: InteractionListElement) => options(el).map((o) => o.dataset.kind);
const childKinds = (o: HTMLElement | undefined) =>
  [...(o?.querySelectorAll<HTMLElement>('[part~="child"]') ?? [])].map((c) => c.dataset.kind);
const selected = (el: InteractionListElement) =>
  options(el).findIndex((o) => o.getAttribute('aria-selected') === 'true');
const empty = (el: InteractionListElement) =>
  el.shadowRoot!.querySelector('[part="empty"]')?.textContent?.trim();
/** The `<call-actions>` beside the list shows `text` in its status line. */
const besideShows = (el: InteractionListElement, text: string) =>
  !!el.parentElement
    ?.querySelector('call-actions')
    ?.shadowRoot?.querySelector('[part="status"]')
    ?.textContent?.includes(text);

const expected: Record<string, (el: InteractionListElement) => boolean> = {
  Empty: (el) => empty(el) === 'No open interactions',
  One: (el) => kinds(el).join() === 'callback' && selected(el) === 0,
  Two: (el) =>
    kinds(el).join() === 'callback,inboundCall' &&
    selected(el) === 1 &&
    besideShows(el, '+16175550199'),
  Five: (el) =>
    kinds(el).join() === 'callback,callback,webCallback,inboundCall,outboundRecord' &&
    selected(el) === 4,
  Consultation: (el) =>
    kinds(el).join() === 'inboundCall' && childKinds(options(el)[0]).join() === 'consultation',
  WebCallback: (el) =>
    kinds(el).join() === 'webCallback' && childKinds(options(el)[0]).join() === 'outboundCall',
  NotConnected: (el) => !!empty(el)?.startsWith('Not connected'),
};

describeStoryStates('interaction-list', 'interaction-list', expected, { skip: ['Playground'] });
