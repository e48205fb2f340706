// <disposition-picker> against the simulated workspace in a real cross-origin frame.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { DispositionPickerElement } from '../../src/components/disposition-picker/disposition-picker.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { en } from '../../src/i18n/en.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';

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

async function until(
  cond: () => boolean | Promise<boolean>,
  ms = 4000,
  what = 'condition',
): Promise<void> {
  const end = performance.now() + ms;
  while (!(await cond())) {
    if (performance.now() > end) throw new Error(`${what} not met in time`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Rig {
  sim: SimFrame;
  bridge: AgentBridge;
  provider: AgentBridgeElement;
  el: DispositionPickerElement;
  id: () => string;
}
let rig: Rig | undefined;
let storageKey = '';

async function setup(
  attrs: Record<string, string> = {},
  opts: { scenario?: string; options?: Record<string, unknown>; timeoutMs?: number } = {},
): Promise<Rig> {
  const sim = await openSimFrame({ connectDelay: 'none' });
  if (opts.options)
    await sim.control('configureOptions', { 'interaction-workspace': opts.options });
  if (opts.scenario) await sim.control('startScenario', opts.scenario);
  const bridge = new AgentBridge({
    hostOrigin: sim.origin,
    target: sim.frame,
    timeoutMs: opts.timeoutMs ?? 3000,
  });
  await bridge.connect();
  const provider = document.createElement('agent-bridge') as AgentBridgeElement;
  provider.bridge = bridge;
  const el = document.createElement('disposition-picker');
  el.setAttribute('storage-key', storageKey);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  provider.append(el);
  document.body.append(provider);
  await el.updateComplete;
  rig = { sim, bridge, provider, el, id: () => el.interaction!.interactionId };
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
  beforeEach(() => {
    storageKey = `test-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(() => {
    if (!rig) return;
    rig.provider.remove();
    rig.bridge.close();
    rig.sim.close();
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
    const saved = oneEvent(el, 'adk-disposition-save');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail).to.deep.include({
      field: 'code',
      value: 'No sale/Wrong number on file',
      status: 'saved',
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
      4000,
      'deleted',
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
    await until(() => r.bridge.state.markdoneBlocks[r.id()] !== undefined, 4000, 'blocked');
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
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 4000, 'unblocked');
    await r.sim.control('stepScenario'); // hang up
    await until(() => r.el.interaction?.state === 'IDLE');
    await r.bridge.markDone(r.id());
    await until(async () => (await simInteraction(r, '1')) === undefined, 4000, 'marked done');
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
    await until(() => r.bridge.state.markdoneBlocks[r.id()] !== undefined, 4000, 'blocked');
    row(r.el, 'c:Other').click();
    await until(async () => (await simInteraction(r, r.id()))!.userData.Outcome === 'Other');
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 4000, 'unblocked');
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
    const saved = oneEvent(r.el, 'adk-disposition-save');
    row(r.el, 'c:Callback requested').click();
    expect((await saved).detail).to.deep.include({
      field: 'code',
      value: 'Callback requested',
      status: 'local',
    });
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 4000, 'unblocked');
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
    const saved = oneEvent(r.el, 'adk-disposition-save');
    row(r.el, 'c:Other').click();
    expect((await saved).detail.status).to.equal('failed');
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
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 4000, 'unblocked');
    await settle(el);
    expect(part(el, 'errors')!.textContent!.trim()).to.equal('');
  });

  it('a save that times out keeps the choice and says so; Retry saves it', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap', timeoutMs: 400 });
    await r.sim.control('setSilent', true);
    row(r.el, 'c:Other').click();
    await until(
      () => (part(r.el, 'errors')!.textContent ?? '').includes('Saving the disposition failed'),
      3000,
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
      5000,
      'auto retry',
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
      2000,
      'saved on blur',
    );
    note.focus();
    await sendKeys({ press: 'Backspace' });
    (part(r.el, 'search') as HTMLInputElement).focus();
    await until(
      async () =>
        (await simInteraction(r, r.id()))!.userData.DispositionNote === 'Customer asks for a quote',
      2000,
      'saved on blur',
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
      4000,
      'call result',
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
    await until(() => r.bridge.state.markdoneBlocks[r.id()] === undefined, 4000, 'unblocked');
  });

  it('speaks French when the page does', async () => {
    const r = await setup({ lang: 'fr' }, { scenario: 'inbound-callback-asap' });
    expect(text(r.el)).to.contain('Chercher un code');
    await expect(r.el).to.be.accessible();
  });

  it('leaves no listener behind', async () => {
    const r = await setup({}, { scenario: 'inbound-callback-asap' });
    r.el.remove();
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('disposition-picker');
      r.provider.append(el);
      await el.updateComplete;
      el.remove();
    }
    expect(r.bridge.listenerCount).to.equal(0);
  });
});
