// <call-actions>' outbound record support (record-controller.ts: the record target, the fields
// the page saved, reschedule and cancel) loads the first time the followed case carries a record
// (record-support.ts): a page whose calls carry none never downloads it, and a record call is
// never shown without it. Its own file: a fresh page, in which nothing has loaded it yet.
import { expect, html } from '@open-wc/testing';
import '../../../src/components/call-actions/call-actions.js';
import type { CallActionsElement } from '../../../src/components/call-actions/call-actions.js';
import { carriesRecord } from '../../../src/components/call-actions/record-support.js';
import type { Interaction } from '../../../src/bridge/api.js';
import { mountOnSim } from '../../support/mount.js';
import { elementSim, openSimFrame, type SimFrame } from '../../support/sim-frame.js';
import { until } from '../../support/until.js';

/** Whether the page has fetched the module `path` (the test server serves the sources). */
const loaded = (path: string) =>
  performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.endsWith(path));

describe('<call-actions> loads its record support with the first record', () => {
  let sim: SimFrame;
  before(async () => {
    sim = await openSimFrame(elementSim());
  });
  after(() => sim.close());

  it('a call without a record does without it; a record is shown with it from its first render', async () => {
    const { el, unmount } = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions>`,
    );
    try {
      const root = el.shadowRoot!;
      const status = () => root.querySelector('[part="status"]')?.getAttribute('data-status');
      const reschedule = () => root.querySelector('[data-action="panel-reschedule"]');
      await sim.control('startScenario', 'inbound-callback-asap');
      await sim.control('stepScenario');
      await until(() => status() === 'connected', 'connected');
      await el.updateComplete;
      expect(reschedule()?.getAttribute('aria-disabled')).to.equal('true');
      expect(loaded('/src/components/call-actions/record-controller.ts')).to.equal(false);
      expect(loaded('/src/internal/saved-record-fields.ts')).to.equal(false);

      // Every render of the previewed record has it: Reschedule available from the first.
      const seen: Array<string | null | undefined> = [];
      const watch = new MutationObserver(() => {
        if (status() === 'ready') seen.push(reschedule()?.getAttribute('aria-disabled'));
      });
      watch.observe(root, { subtree: true, childList: true, attributes: true });
      await sim.control('offerRecord', 'pull');
      await until(() => status() === 'ready', 'previewing');
      await el.updateComplete;
      watch.disconnect();
      expect(seen.length).to.be.greaterThan(0);
      expect(seen.filter((disabled) => disabled === 'true')).to.deep.equal([]);
      expect(loaded('/src/components/call-actions/record-controller.ts')).to.equal(true);
      expect(loaded('/src/components/call-actions/record-target.ts')).to.equal(true);
    } finally {
      unmount();
    }
  });
});

describe('carriesRecord', () => {
  const ix = (userData: Record<string, unknown>, more: Partial<Interaction> = {}) =>
    ({ interactionId: 'i1', state: 'PREVIEW', userData, ...more }) as Interaction;

  it("looks for the record handle's key, whatever its value", () => {
    expect(carriesRecord(ix({ GSW_RECORD_HANDLE: 283 }), undefined)).to.equal(true);
    expect(carriesRecord(ix({ GSW_RECORD_HANDLE: 'x' }), undefined)).to.equal(true);
    expect(carriesRecord(ix({ GSW_PHONE: '+331' }), undefined)).to.equal(false);
    expect(carriesRecord(undefined, undefined)).to.equal(false);
  });

  it("under the deployment's name for it; a blank name keeps the default", () => {
    expect(carriesRecord(ix({ HANDLE: 1 }), { recordHandle: 'HANDLE' })).to.equal(true);
    expect(carriesRecord(ix({ GSW_RECORD_HANDLE: 1 }), { recordHandle: 'HANDLE' })).to.equal(false);
    expect(carriesRecord(ix({ GSW_RECORD_HANDLE: 1 }), { recordHandle: '' })).to.equal(true);
  });

  it('not on a consultation, nor in an inherited property', () => {
    expect(
      carriesRecord(ix({ GSW_RECORD_HANDLE: 1 }, { isConsultation: true }), undefined),
    ).to.equal(false);
    const inherited = Object.create({ GSW_RECORD_HANDLE: 1 }) as Record<string, unknown>;
    expect(carriesRecord(ix(inherited), undefined)).to.equal(false);
  });
});
