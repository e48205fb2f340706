// <call-actions>' requests load with the first action (call-sender.ts): a page that shows the
// call and never acts does not download them; the first action shows pending at once, then goes
// (its cancelable adk-call-action first) once they are there. Its own file: a fresh page, in
// which nothing has loaded them yet.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/call-actions/call-actions.js';
import type { CallActionsElement } from '../../../src/components/call-actions/call-actions.js';
import { mountOnSim } from '../../support/mount.js';
import { openSimFrame, type SimFrame } from '../../support/sim-frame.js';
import { until } from '../../support/until.js';

/** Whether the page has fetched the module `path` (the test server serves the sources). */
const loaded = (path: string) =>
  performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.endsWith(path));

describe('<call-actions> loads its requests with the first action', () => {
  let sim: SimFrame;
  before(async () => {
    sim = await openSimFrame({
      options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
      connectDelay: 'none',
    });
  });
  after(() => sim.close());

  it('shows the call without them, then the first action is pending at once and goes', async () => {
    const { el, unmount } = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions>`,
    );
    try {
      const root = el.shadowRoot!;
      const part = (name: string) =>
        root.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const hold = () => root.querySelector<HTMLButtonElement>('[data-action="hold"]')!;
      await sim.control('startScenario', 'inbound-callback-asap');
      await sim.control('stepScenario');
      await until(() => root.querySelector('[data-status="connected"]'), 'connected');
      expect(hold().getAttribute('aria-disabled')).to.equal(null);
      expect(loaded('/src/internal/requests.ts'), 'requests before any action').to.equal(false);
      expect(loaded('/src/components/call-actions/call-requests.ts')).to.equal(false);

      const events: string[] = [];
      el.addEventListener('adk-call-action', (e) => events.push((e as CustomEvent).detail.action));
      el.addEventListener('adk-call-action-result', (e) =>
        events.push(`${(e as CustomEvent).detail.action}: ${(e as CustomEvent).detail.ok}`),
      );
      hold().click();
      await el.updateComplete;
      // Pending at once, before the modules are there and before anything is sent.
      expect(hold().getAttribute('aria-busy')).to.equal('true');
      expect(hold().getAttribute('aria-disabled'), 'not twice').to.equal('true');
      expect(part('feedback')).to.equal('Hold…');
      await until(() => events.length === 2, 'the request and its result');
      expect(events).to.deep.equal(['hold', 'hold: true']);
      expect(loaded('/src/internal/requests.ts')).to.equal(true);
      expect(loaded('/src/components/call-actions/call-requests.ts')).to.equal(true);
      await until(() => root.querySelector('[data-status="held"]'), 'held');
      await until(() => part('feedback') === 'Hold: done.', 'done');

      // Later actions go at once: the event is dispatched in the click.
      const resume = root.querySelector<HTMLButtonElement>('[data-action="resume"]')!;
      let vetoed = false;
      el.addEventListener(
        'adk-call-action',
        (e) => {
          vetoed = true;
          e.preventDefault();
        },
        { once: true },
      );
      resume.click();
      expect(vetoed, 'adk-call-action in the click').to.equal(true);
      await el.updateComplete;
      expect(resume.getAttribute('aria-busy'), 'vetoed: nothing pending').to.equal(null);
      expect(part('feedback')).to.equal('Hold: done.');
    } finally {
      unmount();
    }
  });
});
