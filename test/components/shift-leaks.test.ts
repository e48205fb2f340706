// Issue 11, "nothing left behind": the five elements on one bridge, against the simulated
// workspace in a cross-origin frame. Removed at any moment (live call, request in flight, panel
// open), they leave no timer and no listener; once an interaction is REMOVED, no element and not
// the bridge keeps anything for it; its drafts are gone after mark done.
import { expect, html } from '@open-wc/testing';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/callback-preview/callback-preview.js';
import '../../src/components/custom-toast/custom-toast.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';
import type { DispositionPickerElement } from '../../src/components/disposition-picker/disposition-picker.js';
import { heldInteractions } from '../../src/bridge/per-interaction.js';
import { listDrafts } from '../../src/internal/drafts.js';
import { mountOnSim, watchListeners, watchTimers, type Mounted } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';
import { FIVE_ELEMENTS } from '../support/five-elements.js';

describe('five elements on one bridge: nothing left behind', () => {
  let sim: SimFrame;
  let m: Mounted<CallActionsElement> | undefined;

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
  });
  after(() => sim.close());
  afterEach(async () => {
    m?.unmount();
    m = undefined;
    await sim.control('setAnswerDelay', 0);
  });

  const elements = () => FIVE_ELEMENTS.map((tag) => m!.provider.querySelector(tag)!);
  const picker = () => m!.provider.querySelector('disposition-picker') as DispositionPickerElement;
  const action = (name: string) =>
    m!.el.shadowRoot!.querySelector(`[part~="action"][data-action="${name}"]`) as HTMLButtonElement;
  const status = () =>
    m!.el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-status');

  const mountFive = async () => {
    m = await mountOnSim<CallActionsElement>(
      sim,
      html`<call-actions></call-actions><callback-preview></callback-preview
        ><disposition-picker storage-key="shift-leaks"></disposition-picker
        ><record-fields-editor></record-fields-editor><custom-toast></custom-toast>`,
    );
    await Promise.all(
      elements().map(
        (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
  };

  /**
   * A fresh `tag` in the provider while the bridge lives on (as on a page where a panel is closed
   * and opened again): rendered once, left `settleMs`, then removed; a weak reference to it. One
   * mount per function call: a loop's suspended async frame would hold its last element.
   */
  const mountAndRemove = async (tag: string, settleMs = 0) => {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    m!.provider.append(el);
    await el.updateComplete;
    if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
    el.remove();
    return new WeakRef<Element>(el);
  };

  /** A call rings then is answered: the elements show it connected. */
  const liveCall = async () => {
    await sim.control('startScenario', 'customer-hangs-up');
    await sim.control('stepScenario');
    await until(() => status() === 'connected', 'the call connected');
    return m!.bridge.selected!.interactionId;
  };

  it('removed mid-call with a request in flight and a panel open: no timer of theirs stays alive', async function () {
    this.timeout(20_000);
    const timers = watchTimers();
    try {
      await mountFive();
      const id = await liveCall();
      action('panel-transfer').click();
      // The panel's module loads on first opening (call-actions' lazy panels).
      await until(
        () => m!.el.shadowRoot!.querySelector('[part="panel"]'),
        'the transfer panel open',
      );
      // The workspace answers late: the answer (and the HELD event) arrive after the removal.
      await sim.control('setAnswerDelay', 500);
      action('hold').click();
      // (the request is on its way once the click returns)
      for (const el of elements()) el.remove();
      await until(() => m!.bridge.interaction(id)?.state === 'HELD', 'the late answer arrived');
      await new Promise((r) => setTimeout(r, 1500)); // a restarted 1 s ticker would have run by now
      timers.pause();
      await until(() => timers.alive() === 0, 'every timer started since mounting is over', 4000);
    } finally {
      timers.stop();
    }
  });

  it('a workspace answer that arrives after removal writes nothing to the element', async function () {
    this.timeout(20_000);
    await mountFive();
    await liveCall();
    // A fresh <call-actions> reads the mute states when it first renders; the workspace answers late.
    await sim.control('setAnswerDelay', 500);
    const el = document.createElement('call-actions') as CallActionsElement;
    m!.provider.append(el);
    await el.updateComplete;
    el.remove();
    let updates = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args) => {
      updates++;
      requestUpdate(...args);
    };
    await new Promise((r) => setTimeout(r, 1500)); // the answers have come by now
    expect(updates, 'updates requested on the removed element').to.equal(0);
  });

  it('a removed element is not kept alive by a workspace answer still on its way', async function () {
    this.timeout(20_000);
    const gc = (globalThis as { gc?: () => void }).gc!;
    await mountFive();
    await liveCall();
    await sim.control('setAnswerDelay', 3000); // the mute reads of a fresh element answer late
    const ref = await mountAndRemove('call-actions');
    for (let i = 0; i < 10 && ref.deref(); i++) {
      await new Promise((r) => setTimeout(r, 50));
      gc();
    }
    expect(ref.deref(), 'the removed <call-actions> while its reads wait').to.equal(undefined);
  });

  it('mounted and removed during a call: none of the five is kept alive (WeakRef after gc)', async function () {
    this.timeout(20_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    expect(gc, 'the test browser runs with --expose-gc').to.be.a('function');
    await mountFive();
    await liveCall();
    const refs: Array<WeakRef<Element>> = [];
    for (const tag of FIVE_ELEMENTS) refs.push(await mountAndRemove(tag));
    const kept = async () => {
      await new Promise((r) => setTimeout(r, 50));
      gc!();
      await new Promise((r) => setTimeout(r, 0));
      return refs.flatMap((r) => r.deref()?.localName ?? []);
    };
    let left = await kept();
    for (let i = 0; i < 20 && left.length > 0; i++) left = await kept(); // late answers land
    expect(left, 'elements still alive after removal').to.deep.equal([]);
  });

  /** An outbound record in preview (its record's fields are shared on the bridge). */
  const previewRecord = async () => {
    await sim.control('offerRecord', 'pull');
    await until(() => m!.bridge.selected?.state === 'PREVIEWING', 'the record in preview');
    // <call-actions>' record support (loaded with the first record) follows the shared fields
    // once its Reschedule is possible.
    const reschedule = () =>
      m!.el
        .shadowRoot!.querySelector('[data-action="panel-reschedule"]')
        ?.getAttribute('aria-disabled');
    await until(() => reschedule() === null, "<call-actions>' record support"); // not aria-disabled
    return m!.bridge.selected!.interactionId;
  };

  for (const [what, start] of [
    ['during a call', liveCall],
    ['during an outbound record preview', previewRecord],
  ] as const)
    it(`mounted and removed ${what}: none of the five leaves a listener on the page or the bridge`, async function () {
      this.timeout(20_000);
      await mountFive();
      await start();
      const bridgeListeners = m!.bridge.listenerCount;
      const listeners = watchListeners();
      try {
        // Each left 300 ms: its first requests answered.
        for (const tag of FIVE_ELEMENTS) await mountAndRemove(tag, 300);
        expect(listeners.alive(), 'listeners left on the page').to.deep.equal([]);
        expect(m!.bridge.listenerCount, 'bridge listeners').to.equal(bridgeListeners);
      } finally {
        listeners.stop();
      }
    });

  it('after REMOVED, no element and not the bridge keeps anything for the interaction', async function () {
    this.timeout(20_000);
    await mountFive();
    const id = await liveCall();
    // Per-interaction state: a call timing, a request outcome, a save acknowledged, a draft.
    action('hold').click();
    await until(() => m!.bridge.interaction(id)?.state === 'HELD', 'held');
    picker().saveDelay = 0;
    const note = picker().shadowRoot!.querySelector('[part~="note"]') as HTMLTextAreaElement;
    note.value = 'Called back';
    note.dispatchEvent(new InputEvent('input'));
    await until(async () => {
      const ix = (await sim.control('listInteractions')).find((i) => i.interactionId === id);
      return ix?.userData.DispositionNote === 'Called back';
    }, 'the note saved');
    const holding = elements().filter((el) => heldInteractions(el).includes(id));
    expect(holding.map((el) => el.localName)).to.include.members([
      'call-actions',
      'disposition-picker',
    ]);

    action('resume').click();
    await until(() => m!.bridge.interaction(id)?.state === 'TALKING', 'resumed');
    await sim.control('stepScenario'); // the customer hangs up
    await sim.control('stepScenario'); // mark done: REMOVED
    await until(() => !m!.bridge.interaction(id), 'REMOVED');
    await Promise.all(
      elements().map(
        (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await new Promise((r) => setTimeout(r, 300)); // late answers, if any, have landed

    for (const el of elements()) expect(heldInteractions(el), el.localName).to.deep.equal([]);
    expect(m!.bridge.state.interactions.has(id)).to.equal(false);
    expect(m!.bridge.state.markdoneBlocks).to.not.have.property(id);
  });

  it('drafts of an interaction are gone once it is marked done', async function () {
    this.timeout(20_000);
    await mountFive();
    const id = await liveCall();
    // A note the workspace refuses stays a draft (nothing saved)…
    await sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': [] },
      true,
    );
    picker().saveDelay = 0;
    const note = picker().shadowRoot!.querySelector('[part~="note"]') as HTMLTextAreaElement;
    note.value = 'Not saved';
    note.dispatchEvent(new InputEvent('input'));
    const drafts = () => listDrafts('adk-draft:disposition-picker/');
    await until(() => drafts().some((k) => k.endsWith(`/${id}`)), 'a draft kept');
    // …until the interaction is done.
    await sim.control('stepScenario');
    await sim.control('stepScenario');
    await until(() => !m!.bridge.interaction(id), 'REMOVED');
    await until(() => !drafts().some((k) => k.endsWith(`/${id}`)), 'the draft gone');
  });
});
