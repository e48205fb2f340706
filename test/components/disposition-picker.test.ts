// <disposition-picker> against the simulated workspace in a real cross-origin frame.
import type { OptionValue } from '../../src/sim/config-options.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { DispositionPickerElement } from '../../src/components/disposition-picker/disposition-picker.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { en } from '../../src/i18n/en.js';
import { expectNoLeaks, mountOnSim } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

const t = en.dispositionPicker;
const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const row = (el: HTMLElement, id: string) =>
  el.shadowRoot!.querySelector(`[role="treeitem"][data-id="${CSS.escape(id)}"]`) as HTMLElement;
const rowLabels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[role="treeitem"] > .row .label')].map((n) => n.textContent);
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const focused = (el: HTMLElement) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

interface Rig {
  sim: SimFrame;
  bridge: AgentBridge;
  provider: AgentBridgeElement;
  el: DispositionPickerElement;
  id: () => string;
  unmount: () => void;
}
let rig: Rig | undefined;
let storageKey = '';
let simFrame: SimFrame;

async function setup(
  attrs: Record<string, string> = {},
  opts: { scenario?: string; options?: Record<string, OptionValue>; timeoutMs?: number } = {},
): Promise<Rig> {
  const sim = simFrame;
  await sim.control('reset');
  if (opts.options)
    await sim.control('configureOptions', { 'interaction-workspace': opts.options });
  if (opts.scenario) await sim.control('startScenario', opts.scenario);
  const { el, bridge, provider, unmount } = await mountOnSim<DispositionPickerElement>(
    sim,
    html`<disposition-picker storage-key=${storageKey}></disposition-picker>`,
    { reset: false, client: { timeoutMs: opts.timeoutMs ?? 3000 } },
  );
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  rig = { sim, bridge, provider, el, id: () => el.interaction!.interactionId, unmount };
  return rig;
}

/** "Reloads the page": a new element in place of the old one. */
async function recreate(
  r: Rig,
  attrs: Record<string, string> = {},
): Promise<DispositionPickerElement> {
  r.el.remove();
  const el = document.createElement('disposition-picker');
  el.setAttribute('storage-key', storageKey);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  r.provider.append(el);
  await el.updateComplete;
  r.el = el;
  return el;
}

const simInteraction = async (r: Rig, id: string) =>
  (
    (await r.sim.control('listInteractions')) as Array<{
      interactionId: string;
      state: string;
      userData: Record<string, unknown>;
    }>
  ).find((i) => i.interactionId === id);
const settle = async (el: DispositionPickerElement) => {
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
};

describe('<disposition-picker>', () => {
  before(async () => {
    simFrame = await openSimFrame({ connectDelay: 'none' });
  });
  after(() => simFrame.close());
  beforeEach(() => {
    storageKey = `test-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(() => {
    rig?.unmount();
    rig = undefined;
  });

  it('without a provider says it is not connected, accessibly', async () => {
    const el = await fixture<DispositionPickerElement>(
      html`<disposition-picker></disposition-picker>`,
    );
    expect(part(el, 'status')!.textContent).to.contain('Not connected');
    await expect(el).to.be.accessible();
  });

  it('with no interaction says so, and names an unknown interaction-id', async () => {
    const { el } = await setup();
    expect(text(el)).to.contain(t.noInteraction);
    await expect(el).to.be.accessible();
    el.interactionId = '99';
    await el.updateComplete;
    expect(text(el)).to.contain(t.unknownInteraction('99'));
  });

  it('shows the workspace’s code tree and chooses with the keyboard (APG tree)', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    await r.sim.control('stepScenario'); // accepted: TALKING
    await settle(r.el);
    const el = r.el;
    expect(rowLabels(el)).to.deep.equal(['Sale', 'No sale', 'Callback requested', 'Other']);
    const tree = part(el, 'tree')!;
    expect(tree.getAttribute('role')).to.equal('tree');
    expect(row(el, 'f:Sale').getAttribute('aria-expanded')).to.equal('false');
    expect(row(el, 'f:Sale').tabIndex).to.equal(0);
    expect(row(el, 'f:No sale').tabIndex).to.equal(-1);
    await expect(el).to.be.accessible();

    row(el, 'f:Sale').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(row(el, 'f:Sale').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c:Sale/New');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c:Sale/Upsell');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal('f:Sale');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c:Other');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal('f:Sale');
    await sendKeys({ press: '*' });
    await el.updateComplete;
    expect(row(el, 'f:No sale').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'w' }); // type-ahead: "Wrong number on file"
    await el.updateComplete;
    expect(focused(el)).to.equal('c:No sale/Wrong number on file');
    const before = oneEvent(el, 'adk-disposition-save');
    const saved = oneEvent(el, 'adk-disposition-save-result');
    await sendKeys({ press: 'Enter' });
    expect((await before).cancelable).to.equal(true);
    expect((await saved).detail).to.deep.include({
      field: 'code',
      value: 'No sale/Wrong number on file',
      local: false,
      ok: true,
    });
    expect((await simInteraction(r, r.id()))!.userData.DispositionCode).to.equal(
      'No sale/Wrong number on file',
    );
    await settle(el);
    expect(row(el, 'c:No sale/Wrong number on file').getAttribute('aria-selected')).to.equal(
      'true',
    );
    expect(part(el, 'current')!.textContent)
      .to.contain('No sale › Wrong number on file')
      .and.contain(t.status.saved);
    expect(part(el, 'status')!.textContent).to.contain(
      t.savedCode('No sale › Wrong number on file'),
    );
    // recently used first
    expect(rowLabels(el)[0]).to.equal(t.recentGroup);
    expect(rowLabels(el)[1]).to.equal('Wrong number on file');
    await expect(el).to.be.accessible();

    // Space selects too; clearing deletes the user data
    row(el, 'c:Other').focus();
    await sendKeys({ press: 'Space' });
    await until(
      async () => (await simInteraction(r, r.id()))!.userData.DispositionCode === 'Other',
    );
    await settle(el);
    (part(el, 'current')!.querySelector('button') as HTMLButtonElement).click();
    await until(
      async () => !('DispositionCode' in (await simInteraction(r, r.id()))!.userData),
      'deleted',
      4000,
    );
    await settle(el);
    expect(part(el, 'current')!.textContent).to.contain(t.none);
  });

  it('filters by label and path as the agent types; Enter takes the first match; no match says so and keeps the text', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    const el = r.el;
    await settle(el);
    const search = part(el, 'search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'no sale/exp' });
    await el.updateComplete;
    expect(rowLabels(el)).to.deep.equal(['No sale', 'Too expensive']);
    expect(text(el)).to.contain(t.matches(1));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionCode === 'No sale/Too expensive',
    );

    search.select();
    await sendKeys({ type: 'zzz(' });
    await el.updateComplete;
    expect(text(el)).to.contain(t.noMatch('zzz('));
    expect(search.value).to.equal('zzz(');
    expect(rowLabels(el)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' }); // nothing to choose: nothing changes
    await settle(el);
    expect(el.code).to.equal('No sale/Too expensive');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(search.value).to.equal('');
    // ↓ from the search box enters the tree
    search.focus();
    await sendKeys({ type: 'call' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c:Callback requested');
  });

  it('required: blocks mark done until a code is saved; the workspace really refuses it', async () => {
    const r = await setup({ required: '' }, { scenario: 'inbound-callback-asap' });
    const el = r.el;
    await until(() => r.bridge.state.markdoneBlocks[r.id()] !== undefined, 'blocked', 4000);
    expect(r.bridge.state.markdoneBlocks[r.id()]).to.equal(t.markdoneWarning);
    await settle(el);
    expect(text(el)).to.contain(t.blocked);
    expect(part(el, 'tree')!.getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
    await r.sim.control('stepScenario'); // accept: choose during the call
    let refused = '';
    await r.bridge.markDone(r.id()).catch((e) => (refused = e.hostMessage));
    expect(refused).to.equal(t.markdoneWarning);
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="c:Other"]')!.click();
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 'unblocked', 4000);
    await r.sim.control('stepScenario'); // hang up
    await until(() => r.el.interaction?.state === 'IDLE');
    await r.bridge.markDone(r.id());
    await until(async () => (await simInteraction(r, '1')) === undefined, 'marked done', 4000);
  });

  it('required by the workspace option interaction.disposition.is-mandatory, and its key-name', async () => {
    const r = await setup(
      {},
      {
        scenario: 'inbound-callback-asap',
        options: {
          'interaction.disposition.is-mandatory': 'true',
          'interaction.disposition.key-name': 'Outcome',
        },
      },
    );
    await until(() => r.bridge.state.markdoneBlocks[r.id()] !== undefined, 'blocked', 4000);
    row(r.el, 'c:Other').click();
    await until(async () => (await simInteraction(r, r.id()))!.userData.Outcome === 'Other');
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 'unblocked', 4000);
    // an explicit code-key wins over the option
    r.el.setAttribute('code-key', 'MyCode');
    await r.el.updateComplete;
    expect(r.el.code).to.equal(null);
  });

  it('after release: says the workspace can’t take it, keeps the choice on this page and lifts the block', async () => {
    const r = await setup({ required: '' }, { scenario: 'inbound-callback-asap' });
    await r.sim.control('stepScenario'); // accept
    await r.sim.control('stepScenario'); // hang up: IDLE
    await until(
      () =>
        r.el.interaction?.state === 'IDLE' && r.bridge.state.markdoneBlocks[r.id()] !== undefined,
    );
    await settle(r.el);
    expect(text(r.el)).to.contain(t.idle);
    await expect(r.el).to.be.accessible();
    const saved = oneEvent(r.el, 'adk-disposition-save-result');
    row(r.el, 'c:Callback requested').click();
    expect((await saved).detail).to.deep.include({
      field: 'code',
      value: 'Callback requested',
      local: true,
      ok: true,
    });
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 'unblocked', 4000);
    await settle(r.el);
    expect(part(r.el, 'current')!.textContent).to.contain(t.status.local);
    expect(text(r.el)).to.contain(t.unblockedLocal);
    await expect(r.el).to.be.accessible();
    await r.bridge.markDone(r.id());
  });

  it('a save the workspace refuses keeps the choice, says why, survives a reload, and retries', async () => {
    const r = await setup({ required: '' }, { scenario: 'inbound-callback-asap' });
    await r.sim.control('stepScenario');
    await r.sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': ['DispositionNote'] },
      true,
    );
    const saved = oneEvent(r.el, 'adk-disposition-save-result');
    row(r.el, 'c:Other').click();
    expect((await saved).detail.ok).to.equal(false);
    await settle(r.el);
    const errors = part(r.el, 'errors')!;
    expect(errors.getAttribute('role')).to.equal('alert');
    expect(errors.textContent).to.contain(
      "Saving the disposition failed: Writing the user data key(s) 'DispositionCode' is not allowed.",
    );
    expect(r.el.code).to.equal('Other');
    expect(r.bridge.state.markdoneBlocks[r.id()]).to.equal(t.markdoneWarning); // still blocked: not saved
    await expect(r.el).to.be.accessible();

    const el = await recreate(r, { required: '' }); // page reload
    await settle(el);
    expect(el.code).to.equal('Other');
    expect(part(el, 'errors')!.textContent).to.contain(t.restored.code);
    await r.sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': ['DispositionCode', 'DispositionNote'] },
      true,
    );
    (part(el, 'retry') as HTMLButtonElement).click();
    await until(
      async () => (await simInteraction(r, r.id()))!.userData.DispositionCode === 'Other',
    );
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 'unblocked', 4000);
    await settle(el);
    expect(part(el, 'errors')!.textContent!.trim()).to.equal('');
  });

  it('a save that times out keeps the choice and says so; Retry saves it', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap', timeoutMs: 400 });
    await r.sim.control('setSilent', true);
    row(r.el, 'c:Other').click();
    await until(
      () => (part(r.el, 'errors')!.textContent ?? '').includes('Saving the disposition failed'),
      'the save timed out (0.4 s) and says so',
      8000, // a budget for a loaded machine, not a speed check
    );
    expect(part(r.el, 'errors')!.textContent).to.contain(en.actions.reasons.timeout('0.4'));
    expect(r.el.code).to.equal('Other');
    await expect(r.el).to.be.accessible();
    await r.sim.control('setSilent', false);
    (part(r.el, 'retry') as HTMLButtonElement).click();
    await until(
      async () => (await simInteraction(r, r.id()))!.userData.DispositionCode === 'Other',
    );
  });

  it('retries by itself once the workspace reconnects', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    await r.sim.control('dropConnection');
    await until(() => r.bridge.state.connection !== 'up');
    row(r.el, 'c:Other').click();
    await until(() =>
      (part(r.el, 'errors')!.textContent ?? '').includes('Saving the disposition failed'),
    );
    await r.sim.control('recoverConnection');
    await until(
      async () => (await simInteraction(r, r.id()))!.userData.DispositionCode === 'Other',
      'auto retry',
      5000,
    );
  });

  it('saves the note while typing (debounced) and on blur; a reload mid-edit brings the draft back', async () => {
    const r = await setup({ 'save-delay': '60' }, { scenario: 'inbound-callback-asap' });
    const note = part(r.el, 'note') as HTMLTextAreaElement;
    note.focus();
    await sendKeys({ type: 'Customer asks for a quote' });
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionNote === 'Customer asks for a quote',
    );
    await settle(r.el);
    expect(text(r.el)).to.contain(t.savedNote);
    await expect(r.el).to.be.accessible();

    r.el.saveDelay = 60_000;
    note.focus();
    await sendKeys({ type: ',' });
    await settle(r.el);
    expect((await simInteraction(r, r.id()))!.userData.DispositionNote).to.equal(
      'Customer asks for a quote',
    );
    (part(r.el, 'search') as HTMLInputElement).focus(); // blur saves at once
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionNote ===
        'Customer asks for a quote,',
      'saved on blur',
      2000,
    );
    note.focus();
    await sendKeys({ press: 'Backspace' });
    (part(r.el, 'search') as HTMLInputElement).focus();
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionNote === 'Customer asks for a quote',
      'saved on blur',
      2000,
    );

    await r.sim.control('setSilent', true);
    note.focus();
    await sendKeys({ type: ' by email' });
    const el = await recreate(r); // mid-edit, nothing saved
    await settle(el);
    expect((part(el, 'note') as HTMLTextAreaElement).value).to.equal(
      'Customer asks for a quote by email',
    );
    expect(part(el, 'errors')!.textContent).to.contain(t.restored.note);
    await r.sim.control('setSilent', false);
    (part(el, 'retry') as HTMLButtonElement).click();
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionNote ===
        'Customer asks for a quote by email',
    );
  });

  it('bad codes from the page: a clear message, the good entries kept, the workspace’s codes when none is usable', async () => {
    const r = await setup(
      { codes: '["Ok", "Ok", {"label": "x"}, "Billing/Refund"]' },
      { scenario: 'inbound-callback-asap' },
    );
    expect(rowLabels(r.el)).to.deep.equal(['Ok', 'Billing']);
    expect(text(r.el)).to.contain(
      'Some disposition entries were skipped: entry 2 (Ok) repeats a code already listed; entry 3 ({"label":"x"}) has no code.',
    );
    await expect(r.el).to.be.accessible();
    r.el.setAttribute('codes', '[{"code": ');
    await r.el.updateComplete;
    expect(text(r.el)).to.contain(
      'The disposition codes given by the page could not be read (invalid JSON',
    );
    expect(text(r.el)).to.contain(t.usingWorkspaceCodes);
    expect(rowLabels(r.el)).to.include('No sale');
    r.el.codes = [{ code: 'A1', label: 'Answered', category: 'Contact' }];
    await r.el.updateComplete;
    expect(rowLabels(r.el)).to.deep.equal(['Contact']);
  });

  it('keeps a workspace code that is not in the list, and a vetoed choice changes nothing', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    await r.bridge.setUserData(r.id(), { DispositionCode: 'LEGACY_42' });
    await until(() => r.el.code === 'LEGACY_42');
    await settle(r.el);
    expect(part(r.el, 'current')!.textContent).to.contain(t.notInList('LEGACY_42'));
    r.el.addEventListener('adk-disposition-select', (e) => e.preventDefault(), { once: true });
    row(r.el, 'c:Other').click();
    await settle(r.el);
    expect(r.el.code).to.equal('LEGACY_42');
  });

  it('outbound: call result from the workspace’s list, and Do Not Call behind a confirmation', async () => {
    const r = await setup({ required: '' }, { scenario: 'outbound-pull-preview' });
    await settle(r.el);
    const select = () => part(r.el, 'call-result') as HTMLSelectElement;
    await until(() => !!select());
    expect(select().disabled).to.equal(true); // the preview: no call yet
    expect(text(r.el)).to.contain(t.outbound.notCalled);
    await expect(r.el).to.be.accessible();
    await r.sim.control('stepScenario'); // call the record
    await r.sim.control('stepScenario'); // customer answers
    await until(() => r.el.interaction?.media === 'voice' && !select().disabled);
    const names = [...select().options].map((o) => o.textContent);
    expect(names)
      .to.include('No answer')
      .and.include('Operator intercept (SIT)')
      .and.include('Wrong number'); // the catalogue's names, the list's spellings too
    select().value = '7';
    select().dispatchEvent(new Event('change'));
    await until(
      async () => (await r.bridge.request('outbound.getCallResult', r.id())) === 7,
      'call result',
      4000,
    );

    const toggle = part(r.el, 'do-not-call') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(r.el);
    expect(part(r.el, 'confirm')!.textContent).to.contain(t.outbound.confirmSet);
    expect(r.el.shadowRoot!.activeElement?.textContent).to.equal(t.outbound.cancel);
    await expect(r.el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(r.el);
    expect(part(r.el, 'confirm')).to.equal(null);
    expect(r.el.shadowRoot!.activeElement).to.equal(part(r.el, 'do-not-call'));
    (part(r.el, 'do-not-call') as HTMLButtonElement).click();
    await settle(r.el);
    (part(r.el, 'confirm')!.querySelector('[data-action="confirm"]') as HTMLButtonElement).click();
    await until(() => part(r.el, 'do-not-call')!.getAttribute('aria-pressed') === 'true');
    await settle(r.el);
    expect(select().disabled).to.equal(true);
    expect(text(r.el)).to.contain(t.outbound.dncBlocksResult);
    expect(part(r.el, 'status')!.textContent).to.contain(t.outbound.dncSet);
    await expect(r.el).to.be.accessible();
    // and the disposition on the call, then mark done
    row(r.el, 'c:Other').click();
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 'unblocked', 4000);
  });

  it('speaks French when the page does', async () => {
    const r = await setup({ lang: 'fr' }, { scenario: 'inbound-callback-asap' });
    // `lang` is set once the element is up: French loads on demand, then the element re-renders.
    await until(() => text(r.el).includes('Chercher un code'), 'the French catalogue');
    expect(text(r.el)).to.not.contain('Find a code');
    await expect(r.el).to.be.accessible();
  });

  it('a page may veto a save: nothing is sent, the draft stays, Retry asks again', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    await r.sim.control('stepScenario');
    let results = 0;
    r.el.addEventListener('adk-disposition-save-result', () => results++);
    r.el.addEventListener('adk-disposition-save', (e) => e.preventDefault(), { once: true });
    row(r.el, 'c:Other').click();
    await settle(r.el);
    expect(results).to.equal(0);
    expect(r.el.code).to.equal('Other');
    expect(part(r.el, 'current')!.textContent).to.contain(t.status.unsaved);
    expect((await simInteraction(r, r.id()))!.userData.DispositionCode).to.equal(undefined);
    // Back on the interaction later: the draft is there, with Retry.
    r.el.interactionId = '99';
    await r.el.updateComplete;
    r.el.interactionId = null;
    await settle(r.el);
    (part(r.el, 'retry') as HTMLButtonElement).click();
    await until(
      async () => (await simInteraction(r, r.id()))!.userData.DispositionCode === 'Other',
      'saved after retry',
    );
    expect(results).to.equal(1);
  });

  it('Do Not Call: a cancelable adk-do-not-call before, adk-do-not-call-result after; a veto sends nothing', async () => {
    const r = await setup({}, { scenario: 'outbound-pull-preview' });
    await r.sim.control('stepScenario');
    await r.sim.control('stepScenario');
    await until(() => r.el.interaction?.media === 'voice', 'the call');
    await settle(r.el);
    const confirm = async () => {
      (part(r.el, 'do-not-call') as HTMLButtonElement).click();
      await settle(r.el);
      (
        part(r.el, 'confirm')!.querySelector('[data-action="confirm"]') as HTMLButtonElement
      ).click();
    };
    // What this page set is kept for the page's lifetime (the API can't read it): start from it.
    const was = part(r.el, 'do-not-call')!.getAttribute('aria-pressed') === 'true';
    r.el.addEventListener('adk-do-not-call', (e) => e.preventDefault(), { once: true });
    await confirm();
    await settle(r.el);
    expect(part(r.el, 'do-not-call')!.getAttribute('aria-pressed')).to.equal(String(was));
    const before = oneEvent(r.el, 'adk-do-not-call');
    const after = oneEvent(r.el, 'adk-do-not-call-result');
    await confirm();
    expect((await before).detail).to.deep.equal({ interactionId: r.id(), doNotCall: !was });
    expect((await after).detail).to.deep.include({
      interactionId: r.id(),
      doNotCall: !was,
      ok: true,
    });
    await until(
      () => part(r.el, 'do-not-call')!.getAttribute('aria-pressed') === String(!was),
      'Do Not Call changed',
    );
  });

  it('another interaction: search, open categories, confirmation and outcome lines go; drafts stay and come back', async () => {
    const r = await setup({ required: '' }, { scenario: 'outbound-pull-preview' });
    await r.sim.control('stepScenario');
    await r.sim.control('stepScenario');
    await until(() => r.el.interaction?.media === 'voice', 'the call');
    await settle(r.el);
    const first = r.id();
    // A refused save (an outcome line), a note draft, a search, an open category, the confirmation.
    await r.sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': ['DispositionNote'] },
      true,
    );
    row(r.el, 'c:Other').click();
    await until(() => (part(r.el, 'errors')!.textContent ?? '').includes('failed'), 'refused');
    r.el.saveDelay = 60_000;
    (part(r.el, 'note') as HTMLTextAreaElement).value = 'Half a thought';
    part(r.el, 'note')!.dispatchEvent(new InputEvent('input'));
    (part(r.el, 'do-not-call') as HTMLButtonElement).click();
    const search = part(r.el, 'search') as HTMLInputElement;
    search.value = 'sale';
    search.dispatchEvent(new InputEvent('input'));
    await settle(r.el);
    expect(part(r.el, 'confirm')).to.not.equal(null);

    r.el.interactionId = '99'; // another interaction (here: one the workspace doesn't know)
    await r.el.updateComplete;
    // Leaving saved the note waiting for its debounce; its answer is not announced.
    await until(
      async () => (await simInteraction(r, first))!.userData.DispositionNote === 'Half a thought',
      'note saved on leaving',
    );
    r.el.interactionId = first;
    await settle(r.el);
    expect((part(r.el, 'search') as HTMLInputElement).value).to.equal('');
    expect(part(r.el, 'confirm')).to.equal(null);
    expect(part(r.el, 'status')!.textContent!.trim()).to.equal('');
    expect(part(r.el, 'errors')!.textContent).to.not.contain('failed');
    // The drafts came back, said as not saved, with Retry.
    expect(r.el.code).to.equal('Other');
    expect((part(r.el, 'note') as HTMLTextAreaElement).value).to.equal('Half a thought');
    expect(part(r.el, 'errors')!.textContent).to.contain(t.restored.code);
    expect(part(r.el, 'retry')).to.not.equal(null);
    await expect(r.el).to.be.accessible();
  });

  it('leaves no listener or timer behind, idle and during a call', async function () {
    this.timeout(60_000); // 2 × 20 mounts on a loaded machine
    const r = await setup({ required: '' });
    const make = () => {
      const el = document.createElement('disposition-picker');
      el.setAttribute('storage-key', storageKey);
      return el;
    };
    r.el.remove();
    await expectNoLeaks(r.bridge, make, r.provider);
    await r.sim.control('startScenario', 'inbound-callback-asap');
    await r.sim.control('stepScenario');
    await until(() => r.bridge.selected?.state === 'TALKING', 'talking');
    await expectNoLeaks(r.bridge, make, r.provider);
  });
});
