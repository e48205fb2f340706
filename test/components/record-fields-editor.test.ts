// <record-fields-editor> in Chromium against the simulated workspace on the other origin
// (outbound pull preview, offerRecord): accessible in every state, keyboard, bad input of every
// kind, rejected, vetoed and timed-out saves, a reload in the middle of editing, another
// interaction (nothing stale, drafts kept), the chain's Call, no leaks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import type {
  RecordFieldsEditorElement,
  RecordSaveResultDetail,
  ValidityDetail,
} from '../../src/components/record-fields-editor/record-fields-editor.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { clearDraft, listDrafts } from '../../src/internal/drafts.js';
import { expectNoLeaks, mountOnSim, type Mounted } from '../support/mount.js';
import { isolateLocalStorage } from '../support/page-storage.js';
import { allowThisPage, elementSim, openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const field = (el: HTMLElement, name: string) =>
  root(el).querySelector(`[part~="field"][data-name="${name}"]`) as HTMLElement;
const control = (el: HTMLElement, name: string) =>
  field(el, name)?.querySelector('[part~="control"]') as HTMLInputElement & HTMLSelectElement;
const message = (el: HTMLElement, name: string) =>
  field(el, name).querySelector('[part~="message"]') as HTMLElement;
const part = (el: HTMLElement, name: string) =>
  root(el).querySelector(`[part~="${name}"]`) as HTMLElement;
const statusText = (el: HTMLElement) =>
  [...root(el).querySelectorAll('form [part~="status"]')]
    .map((p) => p.textContent!.trim())
    .join(' ');

/** The requests the bridge sends from now on (method name, then parameters). */
function recordRequests(bridge: AgentBridge): unknown[][] {
  const calls: unknown[][] = [];
  const request = bridge.request;
  bridge.request = ((...args: unknown[]) => {
    calls.push(args);
    return Reflect.apply(request, bridge, args);
  }) as typeof bridge.request;
  return calls;
}

async function type(el: RecordFieldsEditorElement, name: string, text: string, leave = true) {
  const input = control(el, name);
  input.value = text;
  input.dispatchEvent(
    new Event(
      input.tagName === 'SELECT' || (input as HTMLInputElement).type === 'checkbox'
        ? 'change'
        : 'input',
      { bubbles: true, composed: true },
    ),
  );
  if (leave) input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

describe('<record-fields-editor>', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  let id: string | undefined;
  let mounted: Mounted<RecordFieldsEditorElement> | undefined;
  let shareStorage: () => void;

  before(async () => {
    // Other test files (the stories) keep drafts of the same simulated records.
    shareStorage = isolateLocalStorage();
    sim = await openSimFrame(elementSim());
  });
  after(() => {
    sim.close();
    shareStorage();
  });

  /**
   * The element on a fresh bridge (`mountOnSim`), then a pull preview record offered (the first
   * time in a test) and, unless `pinned: false`, its `interaction-id` set; resolves once the
   * fields show. Mounting again in the same test is a page reload.
   */
  async function mount(
    opts: { pinned?: boolean; lang?: string; timeoutMs?: number } = {},
  ): Promise<RecordFieldsEditorElement> {
    mounted?.unmount();
    mounted = await mountOnSim<RecordFieldsEditorElement>(
      sim,
      html`<record-fields-editor></record-fields-editor>`,
      { reset: false, lang: opts.lang ?? 'en', client: { timeoutMs: opts.timeoutMs ?? 4000 } },
    );
    bridge = mounted.bridge;
    id ??= await sim.control('offerRecord', 'pull');
    await until(() => bridge.interaction(id!), 'the offered record');
    const el = mounted.el;
    if (opts.pinned !== false) el.interactionId = id;
    await until(() => root(el).querySelectorAll('[part~="field"]').length > 0, 'the fields');
    await el.updateComplete;
    return el;
  }

  beforeEach(async () => {
    for (const key of listDrafts('adk-draft:record-fields')) clearDraft(key);
    await sim.control('reset');
    await sim.control('configureSecurity', allowThisPage());
    id = undefined;
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
  });

  it('is accessible and says it is not connected without a provider', async () => {
    const el = await fixture<RecordFieldsEditorElement>(
      html`<record-fields-editor></record-fields-editor>`,
    );
    expect(part(el, 'status').textContent).to.contain('Not connected');
    await expect(el).to.be.accessible();
  });

  it('renders every field by type, labelled, with read-only and mandatory fields marked — accessibly', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const types = [...root(el).querySelectorAll('[part~="field"]')].map(
      (f) => (f as HTMLElement).dataset.type,
    );
    expect(types).to.have.length(12);
    expect(new Set(types)).to.deep.equal(
      new Set(['int', 'float', 'char', 'var-char', 'date', 'time', 'bool', 'enum']),
    );
    expect(control(el, 'Custom_Integer').getAttribute('inputmode')).to.equal('numeric');
    expect(control(el, 'Custom_Float').getAttribute('inputmode')).to.equal('decimal');
    expect(control(el, 'Custom_Opt_In').type).to.equal('checkbox');
    expect(control(el, 'GSW_PHONE_TYPE').tagName).to.equal('SELECT');
    expect(control(el, 'GSW_PHONE_TYPE').value).to.equal('1');
    expect(control(el, 'Custom_Float').value).to.equal('16.64');
    // displayName is the label; the name when there is none
    expect(field(el, 'Custom_Integer').querySelector('label')!.textContent).to.contain(
      'Number of lines',
    );
    expect(field(el, 'GSW_CUSTOM_STRING').querySelector('label')!.textContent).to.contain(
      'GSW_CUSTOM_STRING',
    );
    expect(control(el, 'Custom_Integer').getAttribute('aria-required')).to.equal('true');
    expect(control(el, 'GSW_PHONE').readOnly).to.equal(true);
    expect(field(el, 'GSW_PHONE').querySelector('[part~="hint"]')!.textContent).to.contain(
      'read-only',
    );
    // the date's format is explained, and tied to the control
    const date = control(el, 'Custom_Datetime');
    const hint = root(el).getElementById(date.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(hint.textContent).to.contain('MM/DD/YYYY HH:MM');
    expect(el.valid).to.equal(true);
    expect(el.dirty).to.equal(false);
  });

  it('follows the selected interaction; interaction-id pins; a non-outbound interaction says so', async () => {
    const el = await mount({ pinned: false });
    expect(control(el, 'GSW_PHONE').value).to.equal('+33647005');
    const second = await sim.control('offerRecord', 'pull'); // the newest main-case interaction
    await until(() => bridge.selected?.interactionId === second);
    await until(() => control(el, 'GSW_PHONE')?.value === '+33647007');
    el.interactionId = id!; // pinned to the first record again
    await until(() => control(el, 'GSW_PHONE')?.value === '+33647005');
    await sim.control('startScenario', 'inbound-callback-asap');
    await sim.control('stepScenario');
    await until(() =>
      [...bridge.state.interactions.values()].some((i) => !i.userData.GSW_RECORD_HANDLE),
    );
    el.interactionId = [...bridge.state.interactions.values()].find(
      (i) => !i.userData.GSW_RECORD_HANDLE,
    )!.interactionId;
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.contain('carries no outbound record');
    await expect(el).to.be.accessible();
  });

  const badInput: Array<[string, string, string]> = [
    ['Custom_Integer', '1.5', 'Enter a whole number — 1.5 has a fraction.'],
    ['Custom_Integer', '12a', 'Enter a whole number in digits — “12a” is not one.'],
    ['Custom_Integer', '', 'Number of lines is required: enter a value.'],
    ['Custom_Float', '16,64', 'Use a dot for decimals: write 16.64, not 16,64.'],
    ['Custom_Float', 'NaN', 'Enter a number such as 16.64 — “NaN” is not one.'],
    ['Custom_Character', 'ab', 'Enter exactly one character — “ab” has 2.'],
    ['Custom_VarChar', 'x'.repeat(300), 'Too long: 300 characters, at most 255. Remove 45.'],
    ['Custom_Datetime', '13/45/2025 10:00', 'There is no month 13'],
    ['Custom_Datetime', '02/29/2025 10:00', '2025 is not a leap year: February has 28 days.'],
    ['Custom_Datetime', '04/31/2025 10:00', 'Month 04 has 30 days — there is no day 31.'],
    ['Custom_Datetime', '03/17/2025', 'Add the time after the date'],
    ['GSW_UNTIL', '25:00', 'Hours go from 00 to 23 — there is no hour 25.'],
    ['GSW_UNTIL', '24:00', 'Write midnight as 00:00'],
    ['Custom_String_with_default', '', 'Greeting is required: enter a value.'],
  ];
  it('gives every kind of bad input a specific message, tied to the control, and keeps the text', async function () {
    // 14 inputs, each checked with axe: on a loaded machine this takes longer than mocha's 20 s,
    // and a test cut short would go on typing drafts into the next test.
    this.timeout(90_000);
    const el = await mount();
    const seen = new Set<string>();
    for (const [name, text, words] of badInput) {
      await type(el, name, text, false);
      if (!seen.has(name))
        expect(message(el, name).textContent, `${name} before leaving`).to.equal(''); // not while first typing
      seen.add(name);
      control(el, name).dispatchEvent(new Event('blur'));
      await el.updateComplete;
      const input = control(el, name);
      expect(message(el, name).textContent, `${name}=${text}`).to.contain(words);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const ids = input.getAttribute('aria-describedby')!.split(' ');
      expect(ids.map((i) => root(el).getElementById(i))).to.include(message(el, name));
      expect(message(el, name).getAttribute('aria-live')).to.equal('polite');
      expect(input.value, 'the text is kept').to.equal(text);
      expect(el.valid).to.equal(false);
      expect(el.errors[name]).to.contain(words);
      await expect(el).to.be.accessible();
      await type(
        el,
        name,
        control(el, name).defaultValue ||
          (name === 'Custom_Integer'
            ? '0'
            : name === 'Custom_String_with_default'
              ? 'Hi there!'
              : ''),
      );
    }
  });

  it('exposes validity as properties and adk-validity-change; blocks the save and focuses the first problem', async () => {
    const el = await mount();
    const invalid = oneEvent(el, 'adk-validity-change');
    await type(el, 'Custom_Integer', '1.5', false); // typing alone is enough for the page's gate
    const { detail } = (await invalid) as CustomEvent<ValidityDetail>;
    expect(detail.valid).to.equal(false);
    expect(detail.errors).to.have.keys('Custom_Integer');
    expect(message(el, 'Custom_Integer').textContent).to.equal(''); // shown once touched
    const calls = recordRequests(bridge);
    await el.save();
    expect(calls.map((c) => c[0])).not.to.include('outbound.updateRecordFields');
    expect(message(el, 'Custom_Integer').textContent).to.contain('fraction');
    expect(statusText(el)).to.contain('1 field needs attention before saving.');
    expect(root(el).activeElement).to.equal(control(el, 'Custom_Integer'));
    const valid = oneEvent(el, 'adk-validity-change');
    await type(el, 'Custom_Integer', '2');
    expect(((await valid) as CustomEvent<ValidityDetail>).detail).to.deep.equal({
      valid: true,
      errors: {},
    });
  });

  it('saves only the changed fields, converted to their valueType, and says so', async () => {
    const el = await mount();
    const calls = recordRequests(bridge);
    await type(el, 'Custom_Integer', '12');
    await type(el, 'GSW_PHONE_TYPE', '9');
    await type(el, 'Custom_Opt_In', 'x'); // checkbox: the change event reads `checked`
    control(el, 'Custom_Opt_In').click();
    await el.updateComplete;
    await type(el, 'Custom_Datetime', '3/7/2025 9:05');
    await type(el, 'Custom_Float', '16.640'); // the same number: not a change
    expect(statusText(el)).to.contain('4 unsaved changes.');
    const asked = oneEvent(el, 'adk-record-save');
    const saved = oneEvent(el, 'adk-record-save-result');
    await el.save();
    expect((await asked).cancelable).to.equal(true);
    const result = (await saved) as CustomEvent<RecordSaveResultDetail>;
    expect(result.detail.ok).to.equal(true);
    expect(result.detail.interactionId).to.equal(id);
    expect(result.detail.values).to.deep.equal({
      Custom_Integer: 12,
      GSW_PHONE_TYPE: 9,
      Custom_Opt_In: true,
      Custom_Datetime: '03/07/2025 09:05',
    });
    expect(calls.filter((c) => c[0] === 'outbound.updateRecordFields')).to.deep.equal([
      [
        'outbound.updateRecordFields',
        id,
        {
          Custom_Integer: 12,
          GSW_PHONE_TYPE: 9,
          Custom_Opt_In: true,
          Custom_Datetime: '03/07/2025 09:05',
        },
      ],
    ]);
    expect(statusText(el)).to.equal('Saved 4 fields.');
    const host = await bridge.request('outbound.getRecordFields', id!);
    expect(host.find((f) => f.name === 'GSW_PHONE_TYPE')!.value).to.equal(9);
    expect(el.dirty).to.equal(false);
    expect(listDrafts('adk-draft:record-fields')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is operated from the keyboard: Tab between fields, type, Enter saves', async () => {
    const el = await mount();
    control(el, 'GSW_CUSTOM_STRING').focus();
    await sendKeys({ press: 'Tab' }); // → Call Until (GSW_PHONE_TYPE's select sits between in DOM order)
    await sendKeys({ press: 'Tab' });
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.closest('[part~="field"]')!.getAttribute('data-name')).to.equal('GSW_UNTIL');
    await sendKeys({ press: 'Tab' });
    expect(
      (root(el).activeElement as HTMLElement).closest('[part~="field"]')!.getAttribute('data-name'),
    ).to.equal('Custom_Integer');
    control(el, 'Custom_Integer').select();
    await sendKeys({ type: '1.5' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(message(el, 'Custom_Integer').textContent).to.contain('fraction');
    control(el, 'Custom_Integer').focus();
    control(el, 'Custom_Integer').select();
    await sendKeys({ type: '7' });
    const saved = oneEvent(el, 'adk-record-save-result');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail).to.deep.include({ ok: true, values: { Custom_Integer: 7 } });
    control(el, 'Custom_Opt_In').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(control(el, 'Custom_Opt_In').checked).to.equal(true);
    expect(el.dirty).to.equal(true);
  });

  it('maps a rejection onto its field, keeps every edit, and saves once fixed', async () => {
    const el = await mount();
    await type(el, 'Custom_VarChar', 'Call after 6pm');
    await type(el, 'Custom_Integer', '3');
    await sim.control('patchRecordField', id!, 'Custom_VarChar', { isEditable: false });
    const failed = oneEvent(el, 'adk-record-save-result');
    await el.save();
    const { detail } = (await failed) as CustomEvent<RecordSaveResultDetail>;
    expect(detail.ok).to.equal(false);
    expect(detail.values).to.deep.equal({ Custom_VarChar: 'Call after 6pm', Custom_Integer: 3 });
    expect(String((detail.error as Error).message)).to.contain(
      "Field 'Custom_VarChar' is not editable",
    );
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(part(el, 'error').textContent)
      .to.contain("Save failed: Field 'Custom_VarChar' is not editable.")
      .and.contain('Your edits are kept');
    expect(message(el, 'Custom_VarChar').textContent).to.equal(
      'The workspace does not allow changing this field.',
    );
    expect(control(el, 'Custom_VarChar').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'Custom_VarChar').value).to.equal('Call after 6pm');
    expect(control(el, 'Custom_Integer').value).to.equal('3');
    expect(el.valid).to.equal(false);
    await expect(el).to.be.accessible();
    await type(el, 'Custom_VarChar', ''); // the agent gives that one up
    await el.save();
    expect(statusText(el)).to.equal('Saved 1 field.');
    expect(
      (await bridge.request('outbound.getRecordFields', id!)).find(
        (f) => f.name === 'Custom_Integer',
      )!.value,
    ).to.equal(3);
  });

  it('keeps the edits when the save times out, and saves them once the workspace answers again', async () => {
    const el = await mount({ timeoutMs: 400 });
    await type(el, 'Custom_Character', 'z');
    await sim.control('setSilent', true);
    await el.save();
    expect(part(el, 'error').textContent).to.contain(
      'Save failed: The workspace did not answer within 0.4 s. Your edits are kept',
    );
    expect(control(el, 'Custom_Character').value).to.equal('z');
    expect(el.dirty).to.equal(true);
    await expect(el).to.be.accessible();
    await sim.control('setSilent', false);
    await el.save();
    expect(part(el, 'error')).to.equal(null);
    expect(statusText(el)).to.equal('Saved 1 field.');
  });

  it('brings the edits back after a reload in the middle of editing, bad ones included', async () => {
    let el = await mount();
    await type(el, 'Custom_Integer', '1.5');
    await type(el, 'Custom_String_with_default', 'Bonjour', false);
    // A reload: the page, its bridge and its elements are gone; the workspace and localStorage stay.
    el = await mount();
    expect(control(el, 'Custom_Integer').value).to.equal('1.5');
    expect(control(el, 'Custom_String_with_default').value).to.equal('Bonjour');
    expect(message(el, 'Custom_Integer').textContent).to.contain('fraction');
    expect(statusText(el)).to.contain('2 unsaved changes were restored.');
    await expect(el).to.be.accessible();
    el.reset();
    await el.updateComplete;
    expect(control(el, 'Custom_Integer').value).to.equal('0');
    expect(control(el, 'Custom_String_with_default').value).to.equal('Hi there!');
    expect(statusText(el)).to.contain('discarded');
    expect(listDrafts('adk-draft:record-fields')).to.deep.equal([]);
  });

  it('lists the chain with phone type, attempts and last result; Call reaches the workspace', async () => {
    const el = await mount();
    await until(() => root(el).querySelectorAll('[part~="chain"] tbody tr').length === 2);
    const rows = [...root(el).querySelectorAll('[part~="chain"] tbody tr')].map((r) =>
      r.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0])
      .to.contain('+33647005')
      .and.contain('(current)')
      .and.contain('Home Phone')
      .and.contain('0')
      .and.contain('Unknown result');
    expect(rows[1]).to.contain('+33647004');
    const call = root(el).querySelectorAll('[part~="call"]')[1] as HTMLButtonElement;
    expect(call.getAttribute('aria-label')).to.equal('Call +33647004');
    await expect(el).to.be.accessible();
    call.click();
    await until(() => [...bridge.state.interactions.values()].some((i) => i.dnis === '+33647004'));
    const list = await sim.control('listInteractions');
    expect(list.find((i) => i.dnis === '+33647004')?.state).to.equal('DIALING');
  });

  it("names phone types and call results in the agent's language (chain and phone type options)", async () => {
    const el = await mount();
    await until(
      () =>
        root(el).querySelectorAll('[part~="chain"] tbody tr').length === 2 &&
        control(el, 'GSW_PHONE_TYPE'),
    );
    el.setAttribute('lang', 'fr');
    await until(() =>
      root(el)
        .querySelector('[part~="chain"] tbody tr')!
        .textContent!.includes('Téléphone du domicile'),
    );
    expect(root(el).querySelector('[part~="chain"] tbody tr')!.textContent).to.contain(
      'Résultat inconnu',
    );
    const options = () =>
      [...control(el, 'GSW_PHONE_TYPE').options].map((o) => o.textContent!.trim());
    expect(options())
      .to.include('Téléphone du domicile')
      .and.include('Messagerie vocale')
      .and.not.include('Home Phone');
    expect(control(el, 'GSW_PHONE_TYPE').value).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('says why a Call failed, and keeps the row callable', async () => {
    const el = await mount({ timeoutMs: 400 });
    await until(() => root(el).querySelectorAll('[part~="call"]').length === 2);
    await sim.control('setSilent', true);
    (root(el).querySelectorAll('[part~="call"]')[1] as HTMLButtonElement).click();
    await until(() => part(el, 'call-status').textContent!.includes('Calling +33647004'));
    await until(() => part(el, 'call-status').textContent!.includes('failed'));
    expect(part(el, 'call-status').getAttribute('role')).to.equal('status');
    expect(part(el, 'call-status').textContent).to.contain(
      'Calling +33647004 failed: The workspace did not answer within 0.4 s.',
    );
    await sim.control('setSilent', false);
    await expect(el).to.be.accessible();
  });

  it("shows the contact's local time and calling window in the record's zone", async () => {
    const el = await mount();
    await until(() => part(el, 'local-time'));
    expect(part(el, 'local-time').textContent).to.match(
      /Local time: .+\(.*(\+9:30|\+09:30|ACST|GMT\+9:30).*\)/,
    );
    // The record's own Call From / Call Until (its fields), not the offer's user data (0, 86399).
    expect(part(el, 'window').textContent).to.contain('Calling window: 10:15–23:45');
    const inside = part(el, 'window').dataset.inside === 'true';
    expect(part(el, 'window').textContent).to.contain(
      inside ? 'Within the calling window.' : 'Outside the calling window',
    );
    await expect(el).to.be.accessible();
    // A saved field shows at once.
    await type(el, 'GSW_FROM', '00:00');
    await el.save();
    await until(
      () => part(el, 'window').textContent!.includes('Calling window: 00:00–23:45'),
      'the saved window',
    );
  });

  it('speaks French when the page does', async () => {
    const el = await mount({ lang: 'fr' });
    expect(root(el).querySelector('button[part~="save"]')!.textContent).to.equal(
      'Enregistrer la fiche',
    );
    await type(el, 'Custom_Float', '16,64');
    expect(message(el, 'Custom_Float').textContent).to.equal(
      'Séparez les décimales par un point : écrivez 16.64, pas 16,64.',
    );
  });

  it("says so, accessibly, when nothing is selected and when the fields can't be loaded; Try again loads them", async () => {
    mounted = await mountOnSim<RecordFieldsEditorElement>(
      sim,
      html`<record-fields-editor interaction-id="gone"></record-fields-editor>`,
      { reset: false, lang: 'en' },
    );
    const { el } = mounted;
    bridge = mounted.bridge;
    await el.updateComplete;
    expect(part(el, 'status').textContent).to.equal('No interaction is selected.');
    await expect(el).to.be.accessible();
    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': `${location.origin} (agent.*, interaction.*, configuration.*, system.*, media.*, outbound.getChainedRecords)`,
    });
    const offered = await sim.control('offerRecord', 'pull');
    await until(() => bridge.interaction(offered));
    el.interactionId = offered;
    await until(() => root(el).querySelector('[role="alert"]'));
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(
      "The record’s fields could not be loaded: The request 'outbound.getRecordFields' is not allowed",
    );
    await expect(el).to.be.accessible();
    await sim.control('configureSecurity', allowThisPage());
    alert.querySelector('button')!.click();
    await until(() => field(el, 'Custom_Integer'));
    expect(control(el, 'GSW_PHONE').value).to.equal('+33647005'); // the first record offered
  });

  it('lets the page hold a save back (adk-record-save is cancelable): nothing is sent, the edits stay', async () => {
    const el = await mount();
    await type(el, 'Custom_Integer', '5');
    const results: RecordSaveResultDetail[] = [];
    el.addEventListener('adk-record-save-result', (e) => results.push(e.detail));
    el.addEventListener('adk-record-save', (e) => e.preventDefault(), { once: true });
    await el.save();
    expect(results).to.deep.equal([]);
    expect(statusText(el)).to.contain('This page held the save back');
    expect(part(el, 'error')).to.equal(null);
    expect(control(el, 'Custom_Integer').value).to.equal('5');
    expect(el.dirty).to.equal(true);
    expect(listDrafts('adk-draft:record-fields')).to.have.length(1);
    const host = await bridge.request('outbound.getRecordFields', id!);
    expect(host.find((f) => f.name === 'Custom_Integer')!.value).not.to.equal(5);
    await expect(el).to.be.accessible();
    await el.save(); // no veto this time
    expect(results.map((r) => [r.ok, r.values])).to.deep.equal([[true, { Custom_Integer: 5 }]]);
    expect(statusText(el)).to.equal('Saved 1 field.');
  });

  it("drops the last interaction's outcome lines on another one, and keeps its draft", async () => {
    const el = await mount({ timeoutMs: 400 });
    const first = id!;
    await type(el, 'Custom_Character', 'z');
    await until(() => root(el).querySelectorAll('[part~="call"]').length === 2, 'the Call buttons');
    await sim.control('setSilent', true);
    await el.save();
    (root(el).querySelectorAll('[part~="call"]')[1] as HTMLButtonElement).click();
    await until(() => part(el, 'call-status').textContent!.includes('failed'), 'the Call failure');
    await sim.control('setSilent', false);
    expect(part(el, 'error').textContent).to.contain('Save failed');
    const second = await sim.control('offerRecord', 'pull');
    await until(() => bridge.interaction(second), 'the second record');
    el.interactionId = second;
    await until(() => control(el, 'GSW_PHONE')?.value === '+33647007', 'the second record shown');
    expect(part(el, 'error'), 'no failed save of the first record').to.equal(null);
    expect(part(el, 'call-status').textContent!.trim()).to.equal('');
    expect(statusText(el)).to.equal('');
    expect(control(el, 'Custom_Character').value).not.to.equal('z');
    await expect(el).to.be.accessible();
    el.interactionId = first;
    await until(() => control(el, 'GSW_PHONE')?.value === '+33647005', 'the first record again');
    expect(control(el, 'Custom_Character').value, 'its draft').to.equal('z');
    expect(part(el, 'error')).to.equal(null);
    expect(statusText(el)).to.contain('1 unsaved change was restored.');
  });

  it('leaves no listener or timer behind, idle and while a record shows', async () => {
    const el = await mount();
    const make = (pinned: boolean) => () => {
      const x = document.createElement('record-fields-editor');
      x.interactionId = pinned ? id! : 'none';
      return x;
    };
    el.remove();
    // Idle: pinned to an interaction that does not exist.
    await expectNoLeaks(bridge, make(false), mounted!.provider, { times: 10 });
    // A record: its fields and chain load, the contact's clock ticks.
    await expectNoLeaks(bridge, make(true), mounted!.provider, { times: 10 });
  });
});
