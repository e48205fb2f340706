// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/callback-preview.stories.js';
import type { CallbackPreviewElement } from '../../src/components/callback-preview/callback-preview.js';

const until = async (cond: () => boolean, what: string, ms = 9000) => {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error(`${what}: not met in time`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

const q = (el: CallbackPreviewElement, selector: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const phase = (el: CallbackPreviewElement) => q(el, '[part~="base"]')?.dataset.phase;
const message = (el: CallbackPreviewElement) =>
  q(el, '[part~="message"]')?.textContent?.trim() ?? '';

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
  Released: (el) => phase(el) === 'released',
  ActionError: (el) =>
    message(el).startsWith('Done failed: ') && message(el).length > 'Done failed: '.length + 5,
  Disconnected: (el) => q(el, '[part~="base"]')?.dataset.connection === 'down',
  Returned: (el) =>
    message(el) === 'The offer was returned to the queue: it was not accepted in time.',
  NotConnected: (el) => !!q(el, '[part~="status"]')?.textContent?.includes('Not connected'),
};

describe('callback-preview stories', () => {
  for (const [name, reached] of Object.entries(expected)) {
    it(`${name} reaches its state and is accessible`, async () => {
      const story = (stories as unknown as Record<string, { render: () => TemplateResult }>)[name];
      const host = document.body.appendChild(document.createElement('div'));
      try {
        render(story.render(), host);
        const el = host.querySelector('callback-preview') as CallbackPreviewElement;
        await until(() => !!el.shadowRoot && reached(el), name);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        host.remove();
      }
    });
  }
});
