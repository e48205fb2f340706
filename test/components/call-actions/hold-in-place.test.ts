// Issue 11, "render only what changed": a hold and a resume change <call-actions>' status line,
// its timer and which action is primary, and nothing else. With the five elements on one bridge
// (as a page mounts them), the element updates its toolbar in place: the buttons already there
// change their attributes and text, no node is added or removed.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/call-actions/call-actions.js';
import '../../../src/components/callback-preview/callback-preview.js';
import '../../../src/components/custom-toast/custom-toast.js';
import '../../../src/components/disposition-picker/disposition-picker.js';
import '../../../src/components/record-fields-editor/record-fields-editor.js';
import type { CallActionsElement } from '../../../src/components/call-actions/call-actions.js';
import { mountOnSim, type Mounted } from '../../support/mount.js';
import { elementSim, openSimFrame, type SimFrame } from '../../support/sim-frame.js';
import { until } from '../../support/until.js';
import { FIVE_ELEMENTS } from '../../support/five-elements.js';

/** A node as a short word: `button[hold]`, `svg`, `path`, `#text "Hold"`. */
function describeNode(n: Node): string {
  if (n instanceof Element) {
    const action = n.getAttribute('data-action');
    return `${n.localName}${action ? `[${action}]` : ''}`;
  }
  if (n.nodeType === Node.TEXT_NODE) return `#text ${JSON.stringify(n.textContent)}`;
  return n.nodeName;
}

/** Every node added to or removed from `root` (any depth) while `run` runs and renders settle. */
async function nodesChurned(root: ShadowRoot, run: () => Promise<void>): Promise<string[]> {
  const churned: string[] = [];
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      for (const n of r.addedNodes) churned.push(`+${describeNode(n)}`);
      for (const n of r.removedNodes) churned.push(`-${describeNode(n)}`);
    }
  };
  const mo = new MutationObserver(record);
  mo.observe(root, { subtree: true, childList: true });
  try {
    await run();
  } finally {
    record(mo.takeRecords());
    mo.disconnect();
  }
  // lit's empty comment markers and whitespace text carry nothing an agent sees.
  return churned.filter((c) => !/^[+-](#comment|#text "\s*")$/.test(c));
}

describe('<call-actions> hold and resume update in place (five elements on one bridge)', () => {
  let sim: SimFrame;
  let m: Mounted<CallActionsElement>;

  const root = () => m.el.shadowRoot!;
  const status = () => root().querySelector('[part="status"]')!.getAttribute('data-status');
  const settled = () =>
    Promise.all(
      FIVE_ELEMENTS.map(
        (tag) =>
          (m.provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> })
            .updateComplete,
      ),
    );
  /** The toolbar's buttons in DOM order, each `action` or `action*` for the primary. */
  const toolbar = () =>
    [...root().querySelectorAll<HTMLElement>('[role="toolbar"] button')].map(
      (b) => `${b.dataset.action}${b.getAttribute('part')!.includes('primary') ? '*' : ''}`,
    );
  const to = (wanted: 'held' | 'connected') => async () => {
    const id = m.bridge.selected!.interactionId;
    await (wanted === 'held' ? m.bridge.hold(id) : m.bridge.resume(id));
    await until(() => status() === wanted, wanted);
    await settled();
  };

  before(async () => {
    sim = await openSimFrame(elementSim());
  });
  after(() => sim.close());
  beforeEach(async () => {
    m = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions><callback-preview></callback-preview
        ><disposition-picker storage-key="hold-in-place"></disposition-picker
        ><record-fields-editor></record-fields-editor><custom-toast></custom-toast>`,
    );
    await sim.control('startScenario', 'inbound-callback-asap');
    await sim.control('stepScenario');
    await until(() => status() === 'connected', 'connected');
    await settled();
  });
  afterEach(() => m.unmount());

  it('adds and removes no node on a hold, nor on the resume after it', async () => {
    const connected = toolbar();
    expect(connected[0]).to.equal('hangUp*');
    const onHold = await nodesChurned(root(), to('held'));
    const held = toolbar();
    expect(held[0], 'Resume is the primary action').to.equal('resume*');
    const onResume = await nodesChurned(root(), to('connected'));
    expect(onHold, 'nodes added or removed by the hold').to.deep.equal([]);
    expect(onResume, 'nodes added or removed by the resume').to.deep.equal([]);
    expect(toolbar(), 'the same toolbar as before the hold').to.deep.equal(connected);
  });

  it('the buttons keep their nodes: the one that was End call is Resume while held', async () => {
    const before = [...root().querySelectorAll('[role="toolbar"] button')];
    await to('held')();
    const held = [...root().querySelectorAll('[role="toolbar"] button')];
    expect(held.length).to.equal(before.length);
    held.forEach((b, i) => expect(b, `button ${i} is the same node`).to.equal(before[i]));
    await expect(m.el).to.be.accessible();
  });

  it('the focus goes with the toggle: Enter on Hold, then Enter again, resumes the call (never ends it)', async () => {
    const focused = () => root().activeElement as HTMLElement | null;
    const stops = () =>
      [...root().querySelectorAll<HTMLElement>('[role="toolbar"] button')].filter(
        (b) => b.tabIndex === 0 && b.getClientRects().length > 0,
      );
    root().querySelector<HTMLButtonElement>('[data-action="hold"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => status() === 'held', 'held');
    await settled();
    expect(focused()?.dataset.action, 'focused after the hold').to.equal('resume');
    expect(stops(), 'the one tab stop').to.deep.equal([focused()]);
    await sendKeys({ press: 'Enter' });
    await until(() => status() === 'connected', 'resumed');
    await settled();
    expect(focused()?.dataset.action, 'focused after the resume').to.equal('hold');
    expect(stops(), 'the one tab stop').to.deep.equal([focused()]);
    await sendKeys({ press: 'Enter' });
    await until(() => status() === 'held', 'held again');
    expect(status(), 'the call is not ended').to.equal('held');
  });

  it('a focus outside the toolbar stays where it is across a hold', async () => {
    const note = document.createElement('input');
    note.setAttribute('aria-label', 'page note');
    document.body.append(note);
    try {
      note.focus();
      await to('held')();
      expect(document.activeElement, 'the page keeps its focus').to.equal(note);
    } finally {
      note.remove();
    }
  });
});
