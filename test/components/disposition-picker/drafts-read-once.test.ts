// Issue 11, "derived values that are costly are computed once per input change": the picker reads
// an interaction's draft from localStorage once, not on every render; it reads it again when
// another tab of the page wrote it (a real `storage` event, from a same-origin frame's storage).
import { expect, html } from '@open-wc/testing';
import '../../../src/components/disposition-picker/disposition-picker.js';
import type { DispositionPickerElement } from '../../../src/components/disposition-picker/disposition-picker.js';
import { DRAFT_ELEMENT } from '../../../src/components/disposition-picker/drafts.js';
import { draftKey, writeDraft } from '../../../src/internal/drafts.js';
import { mountOnSim, type Mounted } from '../../support/mount.js';
import { openSimFrame, type SimFrame } from '../../support/sim-frame.js';
import { until } from '../../support/until.js';

const STORAGE_KEY = 'drafts-read-once';
const prefix = `${draftKey(DRAFT_ELEMENT, STORAGE_KEY)}/`;

describe('<disposition-picker> reads its drafts once, not per render', () => {
  let sim: SimFrame;
  let m: Mounted<DispositionPickerElement>;
  const note = () => m.el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="note"]')!;

  before(async () => {
    sim = await openSimFrame();
  });
  after(() => sim.close());
  beforeEach(async () => {
    await sim.control('reset');
    await sim.control('startScenario', 'inbound-callback-asap');
    m = await mountOnSim<DispositionPickerElement>(
      sim,
      html`<disposition-picker storage-key=${STORAGE_KEY}></disposition-picker>`,
      { reset: false },
    );
    await until(() => m.el.interaction, 'an interaction followed');
    await m.el.updateComplete;
  });
  afterEach(() => {
    const id = m.el.interaction?.interactionId;
    m.unmount();
    if (id) localStorage.removeItem(`${prefix}${id}`);
  });

  /** The keys of this page key's drafts that `run` read from localStorage. */
  async function draftReads(run: () => Promise<void>): Promise<string[]> {
    const read: string[] = [];
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      if (key.startsWith(prefix)) read.push(key);
      return getItem.call(this, key);
    };
    try {
      await run();
    } finally {
      Storage.prototype.getItem = getItem;
    }
    return read;
  }

  it('twenty renders read no draft, nor twenty after an edit (the edit keeps what it wrote)', async () => {
    const renders = async () => {
      for (let i = 0; i < 20; i++) {
        m.el.requestUpdate();
        await m.el.updateComplete;
      }
    };
    expect(await draftReads(renders), 'reads across 20 renders').to.deep.equal([]);
    // (A write itself looks at storage: is the key new, which drafts are too old.)
    note().value = 'Call back after 5';
    note().dispatchEvent(new Event('input'));
    await m.el.updateComplete;
    expect(await draftReads(renders), 'reads across 20 renders after the edit').to.deep.equal([]);
    expect(note().value).to.equal('Call back after 5');
    expect(m.el.note).to.equal('Call back after 5');
  });

  it('reads the draft again when another tab writes it, and shows it', async () => {
    const id = m.el.interaction!.interactionId;
    const caseId = m.el.interaction!.caseId ?? null;
    const tab = document.createElement('iframe'); // same origin: its localStorage is ours
    tab.title = 'another tab';
    document.body.append(tab);
    try {
      const reads = await draftReads(async () => {
        writeDraft(
          `${prefix}${encodeURIComponent(id)}`,
          { caseId, fields: { note: 'Typed in the other tab' } },
          { storage: tab.contentWindow!.localStorage, interactionId: id },
        );
        await until(() => note().value === 'Typed in the other tab', 'the other tab’s draft shown');
      });
      expect(reads, 'read again once').to.have.length(1);
    } finally {
      tab.remove();
    }
  });
});
