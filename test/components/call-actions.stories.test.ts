// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/call-actions.stories.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';

const until = async (cond: () => boolean, what: string, ms = 5000) => {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error(`${what}: not met in time`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

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

describe('call-actions stories', () => {
  for (const [name, reached] of Object.entries(expected)) {
    it(`${name} reaches its state and is accessible`, async () => {
      const story = (stories as unknown as Record<string, { render: () => TemplateResult }>)[name];
      const host = document.body.appendChild(document.createElement('div'));
      try {
        render(story.render(), host);
        const el = host.querySelector('call-actions') as CallActionsElement;
        await until(() => !!el.shadowRoot && reached(el), name);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        host.remove();
      }
    });
  }
});
