// Nothing stale (issue 12): every element on one page (the five and <interaction-list>), three
// different scenarios back to back.
// What the agent did on one interaction (a search, an open panel, a form, an outcome line, a
// typed value) never shows once another interaction is followed, nor after the last one is
// marked done; a draft stays with its interaction and comes back with it.
import { expect, html } from '@open-wc/testing';
import '../../src/components/bridge-state/bridge-state.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/callback-preview/callback-preview.js';
import '../../src/components/custom-toast/custom-toast.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/components/interaction-list/interaction-list.js';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { clearDraft, listDrafts } from '../../src/internal/drafts.js';
import { isolateLocalStorage } from '../support/page-storage.js';
import { mountOnSim, type Mounted } from '../support/mount.js';
import { elementSim, openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';
import { SIX_ELEMENTS } from '../support/five-elements.js';

/**
 * Everything an element shows: its text and its controls' values, through nested shadow roots
 * (`visible`: leaving out the visually hidden texts meant for screen readers, e.g. why a button
 * is disabled).
 */
function shown(node: Node, visible = false): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (visible && n instanceof Element && n.classList.contains('visually-hidden')) return;
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
    if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) out.push(n.value);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('nothing stale: six elements, three scenarios, one page', () => {
  let sim: SimFrame;
  let mounted: Mounted<HTMLElement> | undefined;
  let bridge: AgentBridge;
  let page: HTMLElement;
  let shareStorage: () => void;

  type Tag = (typeof SIX_ELEMENTS)[number];
  const el = (tag: Tag) => page.querySelector(tag)!;
  const root = (tag: Tag) => el(tag).shadowRoot!;
  const part = (tag: Tag, name: string) =>
    root(tag).querySelector<HTMLElement>(`[part~="${name}"]`);
  const settle = async () => {
    for (const tag of SIX_ELEMENTS)
      await (el(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  };
  /** The interaction list's rows (top level), by what they show. */
  const rows = () => [
    ...root('interaction-list').querySelectorAll<HTMLElement>('[part~="option"]'),
  ];
  /**
   * Asserts no element shows any of `traces`, no panel or form is open and the search is empty.
   * `open`: traces of interactions still open, which the interaction list alone lists (truly).
   */
  async function expectClean(what: string, traces: string[], open: string[] = []) {
    await settle();
    for (const tag of SIX_ELEMENTS) {
      const text = shown(el(tag));
      const stale = tag === 'interaction-list' ? traces.filter((t) => !open.includes(t)) : traces;
      for (const trace of stale) expect(text, `${tag} ${what}: "${trace}"`).not.to.contain(trace);
    }
    // The list shows the open interactions, each once, and nothing else.
    expect(rows().length, `interaction-list rows ${what}`).to.equal(
      [...bridge.state.interactions.values()].filter(
        (ix) => !ix.isConsultation && !(ix.parentInteraction ?? ix.parentInteractionId),
      ).length,
    );
    expect(part('call-actions', 'panel'), `call-actions panel ${what}`).to.equal(null);
    expect(root('callback-preview').querySelector('form, select'), `preview form ${what}`).to.equal(
      null,
    );
    const search = part('disposition-picker', 'search') as HTMLInputElement | null;
    expect(search?.value ?? '', `search ${what}`).to.equal('');
  }

  let clipboard: PropertyDescriptor | undefined;
  before(async () => {
    shareStorage = isolateLocalStorage();
    // Headless Chromium's clipboard waits for a permission: the page's own, writing nowhere.
    clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => {} },
    });
    sim = await openSimFrame(elementSim());
  });
  after(() => {
    mounted?.unmount();
    sim.close();
    shareStorage();
    Reflect.deleteProperty(navigator, 'clipboard');
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  });

  it('drops every trace of the last interaction; a draft comes back with its own', async function () {
    this.timeout(60_000);
    for (const key of listDrafts('adk-draft:record-fields')) clearDraft(key);
    mounted = await mountOnSim<HTMLElement>(
      sim,
      html`<div>
        <call-actions></call-actions><callback-preview></callback-preview>
        <disposition-picker storage-key="stale-test"></disposition-picker>
        <record-fields-editor></record-fields-editor><custom-toast></custom-toast>
        <interaction-list></interaction-list>
      </div>`,
      { lang: 'en', client: { timeoutMs: 4000 } },
    );
    bridge = mounted.bridge;
    page = mounted.el;

    // 1. A scheduled callback (Grace Hopper): accepted, connected; the agent searches the codes,
    //    opens the keypad, copies the number, then the call ends and is marked done.
    await sim.control('startScenario', 'scheduled-callback-preview');
    await until(() => shown(el('callback-preview')).includes('Grace Hopper'), 'the callback');
    await sim.control('stepScenario'); // accept
    await sim.control('stepScenario'); // the customer answers
    await until(() => bridge.selected?.state === 'TALKING', 'talking');
    await settle();
    const search = part('disposition-picker', 'search') as HTMLInputElement;
    search.value = 'upse';
    search.dispatchEvent(new InputEvent('input'));
    (
      root('call-actions').querySelector('[data-action="panel-keypad"]') as HTMLButtonElement
    ).click();
    part('callback-preview', 'copy')?.click();
    await until(() => part('call-actions', 'panel') !== null, 'the keypad open');
    await sim.control('stepScenario'); // hang up
    await sim.control('stepScenario'); // mark done
    await until(() => bridge.selected === undefined, 'nothing left');
    await expectClean('after the last one was marked done', ['upse', '+14155550123', 'Copied']);

    // 2. An outbound record: the agent types a value (a draft) and opens the reschedule panel.
    await sim.control('startScenario', 'outbound-pull-preview');
    await until(() => shown(el('record-fields-editor')).includes('+33647005'), 'the record');
    await expectClean('on the record', ['Grace Hopper', '+14155550123']);
    const record = bridge.selected!;
    const editor = el('record-fields-editor');
    const charField = () =>
      root('record-fields-editor').querySelector<HTMLInputElement>(
        '[part~="field"][data-name="Custom_Character"] [part~="control"]',
      );
    await until(() => charField() !== null, 'the record fields');
    const input = charField()!;
    input.value = 'draft-zq';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('blur'));
    await (editor as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const reschedule = root('call-actions').querySelector<HTMLButtonElement>(
      '[data-action="panel-reschedule"]',
    );
    reschedule?.click();

    // 3. A web callback (Alan Turing) arrives while the record is open: it is followed now.
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => shown(el('callback-preview')).includes('Alan Turing'), 'the web callback');
    await expectClean(
      'on the web callback',
      ['Grace Hopper', '+33647005', 'draft-zq'],
      ['+33647005'],
    );
    await sim.control('stepScenario'); // accept
    await until(() => bridge.selected?.state === 'ACCEPTED', 'accepted');
    part('callback-preview', 'copy')?.click();
    await settle();

    // Back to the record through the interaction list (the workspace selects its case): every
    // element moves to it; its draft is there, nothing of the web callback.
    await until(() => rows().length === 2, 'two open interactions listed');
    const recordRow = rows().find((r) => shown(r).includes('+33647005'))!;
    expect(recordRow.getAttribute('aria-selected')).to.equal('false');
    recordRow.click();
    await until(
      () => bridge.selected?.interactionId === record.interactionId,
      'the record selected',
    );
    await until(() => recordRow.getAttribute('aria-selected') === 'true', 'the list marks it');
    await until(() => shown(editor).includes('+33647005'), 'the record again');
    await until(
      () => shown(part('call-actions', 'status')!).includes('+33647005'),
      'call-actions on the record',
    );
    await until(
      () =>
        input.isConnected ||
        !!root('record-fields-editor').querySelector('[data-name="Custom_Character"]'),
      'its fields',
    );
    const again = root('record-fields-editor').querySelector<HTMLInputElement>(
      '[data-name="Custom_Character"] [part~="control"]',
    )!;
    expect(again.value, 'the draft came back').to.equal('draft-zq');
    await expectClean(
      'back on the record',
      ['Alan Turing', '+442071838750', 'Copied'],
      ['Alan Turing', '+442071838750'],
    );
  });

  it('disconnected: one notice per element while the link is down, never "Synced"; gone when back', async function () {
    this.timeout(60_000);
    mounted?.unmount();
    mounted = await mountOnSim<HTMLElement>(
      sim,
      html`<div>
        <call-actions></call-actions><callback-preview></callback-preview>
        <disposition-picker storage-key="stale-test"></disposition-picker>
        <record-fields-editor></record-fields-editor><custom-toast></custom-toast>
        <interaction-list></interaction-list><agent-bridge-state></agent-bridge-state>
      </div>`,
      { lang: 'en', client: { timeoutMs: 4000 } },
    );
    bridge = mounted.bridge;
    page = mounted.el;
    const notices = (tag: string) =>
      shown(page.querySelector(tag)!, true).match(/connection is down/g)?.length ?? 0;
    const state = () => shown(page.querySelector('agent-bridge-state')!);
    const down = async (tags: string[]) => {
      await sim.control('dropConnection');
      await until(() => bridge.state.connection !== 'up', 'the link down');
      await settle();
      for (const tag of tags) expect(notices(tag), tag).to.equal(1);
      expect(state()).to.contain('Disconnected').and.not.contain('Synced');
      await sim.control('recoverConnection');
      await until(() => bridge.state.connection === 'up', 'the link back');
      await settle();
      for (const tag of tags) expect(notices(tag), `${tag} once back`).to.equal(0);
    };
    await sim.control('startScenario', 'outbound-pull-preview');
    await until(() => shown(el('record-fields-editor')).includes('+33647005'), 'the record');
    await until(() => part('record-fields-editor', 'field') !== null, 'its fields');
    await down(['call-actions', 'disposition-picker', 'record-fields-editor', 'interaction-list']);
    await until(() => state().includes('Synced'), 'synced again');
    await sim.control('startScenario', 'scheduled-callback-preview');
    await until(() => shown(el('callback-preview')).includes('Grace Hopper'), 'the callback');
    await down(['call-actions', 'callback-preview', 'disposition-picker', 'interaction-list']);
  });
});
