// <callback-preview> against the simulated workspace in a cross-origin frame: every state
// accessible, keyboard operation, each action reaching the workspace and the element then
// following the workspace's events; host errors, timeouts and disconnection in words.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/callback-preview/callback-preview.js';
import type {
  CallbackPreviewElement,
  ScheduleRequestDetail,
} from '../../src/components/callback-preview/callback-preview.js';
import type { ScheduleFormElement } from '../../src/components/callback-preview/schedule-form.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { expectNoLeaks, mountOnSim, type Mounted } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';
import { loadPhoneNumbers } from '../../src/internal/phone/phone-controller.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (el: Element, action: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
const actionNames = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-action]')].map((b) => b.dataset.action);
const text = (el: Element | null | undefined) =>
  (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const message = (el: Element) => text(part(el, 'message'));
const failure = (el: Element) => text(part(el, 'error'));
const why = (el: Element, action: string) => {
  const b = button(el, action)!;
  const id = b.getAttribute('aria-describedby');
  return id ? el.shadowRoot!.getElementById(id)!.textContent : null;
};

/** Opens the schedule form and submits it (its first values, or `date` / `time` typed first). */
async function submitSchedule(el: CallbackPreviewElement, entry?: { date: string; time: string }) {
  button(el, 'schedule')!.click();
  await until(
    () => !!el.shadowRoot!.querySelector('adk-schedule-form')?.shadowRoot?.querySelector('input'),
    'schedule form',
  );
  const form = el.shadowRoot!.querySelector<ScheduleFormElement>('adk-schedule-form')!;
  if (entry) {
    for (const [name, value] of Object.entries(entry)) {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await form.updateComplete;
    }
  }
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('<callback-preview>', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  let simNow = 0;
  let drift = 0;
  const listInteractions = () => sim.control('listInteractions');

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
    // The number module (libphonenumber-js) loads lazily: its first transform by the dev server
    // is not what the tests' time budgets measure.
    await loadPhoneNumbers();
  });
  after(() => sim.close());

  const mounted: Mounted<CallbackPreviewElement>[] = [];

  async function connect(options?: Record<string, string>): Promise<void> {
    await sim.control('reset');
    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': '*',
    });
    if (options) await sim.control('configureOptions', { 'interaction-workspace': options });
    simNow = await sim.control('now');
    drift = 0;
  }

  /** Mounts `inner` on a bridge of its own (`bridge` is the last one). */
  async function mount(inner: TemplateResult): Promise<CallbackPreviewElement> {
    const m = await mountOnSim<CallbackPreviewElement>(sim, inner, { reset: false });
    mounted.push(m);
    bridge = m.bridge;
    const el = m.el;
    el.now = () => simNow + drift;
    await until(() => el.time.zones !== undefined, 'zones loaded');
    await el.updateComplete;
    return el;
  }
  const preview = () =>
    mount(
      html`<callback-preview agent-time-zone="Europe/London" ivr-key-prefix="IVR_"></callback-preview>`,
    );

  afterEach(() => {
    for (const m of mounted.splice(0)) m.unmount();
  });

  it('without a provider: a clear, accessible "not connected" state', async () => {
    const el = await fixture<CallbackPreviewElement>(html`<callback-preview></callback-preview>`);
    expect(text(part(el, 'status'))).to.contain('Not connected');
    await expect(el).to.be.accessible();
  });

  it('without a callback, and pinned to a missing interaction, says so', async () => {
    await connect();
    const el = await preview();
    expect(text(part(el, 'status'))).to.equal('No callback to show.');
    await expect(el).to.be.accessible();
    const pinned = await mount(html`<callback-preview interaction-id="9"></callback-preview>`);
    expect(text(part(pinned, 'status'))).to.equal('Interaction 9 is not in the workspace.');
    await sim.control('startScenario', 'customer-hangs-up');
    await until(
      () => text(part(el, 'status')) === 'The selected interaction is not a callback.',
      'not a callback',
    );
  });

  it('inbound ASAP callback: ringing details, Accept by keyboard, then connected, released, Done', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(el, 'accept') !== null, 'accept shown');
    expect(text(part(el, 'status'))).to.equal('Callback · Immediate (ASAP) · Offered');
    expect(part(el, 'base')!.dataset.phase).to.equal('offered');
    // The number is shown as received until libphonenumber-js (lazy) has loaded, then readable.
    await until(() => text(part(el, 'details')).includes('+1 415 555 0123'), 'number readable');
    const details = text(part(el, 'details'));
    expect(details)
      .to.contain('+1 415 555 0123')
      .and.contain('Attempts0')
      .and.contain('Offered to an agent')
      .and.contain('Voice');
    expect(text(part(el, 'times')))
      .to.match(/your time/)
      .and.match(/contact's time/)
      .and.match(/5 min overdue/);
    expect(text(el))
      .to.contain('Case information')
      .and.contain('Customer nameGrace Hopper')
      .and.contain('IVR data')
      .and.contain('Call reasonBilling question');
    expect(actionNames(el)).to.deep.equal(['accept', 'reject']);
    await expect(el).to.be.accessible();

    button(el, 'accept')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
    expect((await listInteractions())[0].state).to.equal('TALKING');
    // The counts are the callback's as offered (the workspace sends none after a call): said so.
    expect(text(part(el, 'details')))
      .to.contain('Attempts before this call0')
      .and.not.match(/Attempts0/);
    expect(message(el)).to.equal('Accept: done.');
    expect(button(el, 'done')!.getAttribute('aria-disabled')).to.equal('true');
    expect(why(el, 'done')).to.equal('End the call first.');
    expect(el.shadowRoot!.activeElement).to.not.equal(null); // focus stayed inside
    await expect(el).to.be.accessible();

    await sim.control('stepScenario'); // the agent hangs up (call-actions' job)
    await until(() => part(el, 'base')!.dataset.phase === 'released', 'released');
    expect(text(part(el, 'status'))).to.contain('Call ended: ready to call');
    await expect(el).to.be.accessible();
    button(el, 'done')!.click();
    await until(() => message(el) === 'Done: the callback is closed.', 'done message');
    expect(await listInteractions()).to.deep.equal([]);
    expect(text(part(el, 'status'))).to.equal('No callback to show.');
  });

  it('scheduled callback with agent preview: Accept and call dials, the element follows the call', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'scheduled-callback-preview');
    await until(() => button(el, 'accept') !== null, 'offer');
    expect(text(part(el, 'status'))).to.equal('Callback · Delayed, agent preview · Offered');
    expect(button(el, 'accept')!.textContent!.trim()).to.equal('Accept and call');
    expect(text(part(el, 'times'))).to.contain('now');
    drift = 12 * 60_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(part(el, 'times'))).to.contain('12 min overdue');
    button(el, 'accept')!.click();
    await until(() => part(el, 'base')!.dataset.phase === 'dialing', 'dialing');
    await expect(el).to.be.accessible();
    await sim.control('connectCall', '1');
    await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
  });

  it('web callback: Accept, Call with IW_WebcallbackInteractionId, its call, back to preview, Done', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => button(el, 'accept') !== null, 'invited');
    expect(text(part(el, 'status'))).to.equal('Web callback · Scheduled · Offered');
    await expect(el).to.be.accessible();
    button(el, 'accept')!.click();
    await until(() => part(el, 'base')!.dataset.phase === 'previewing', 'previewing');
    expect(actionNames(el)).to.deep.equal(['call', 'done', 'schedule']);
    await expect(el).to.be.accessible();
    button(el, 'call')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => part(el, 'base')!.dataset.phase === 'dialing', 'dialing');
    const child = (await listInteractions()).find((i) => i.interactionId !== '1')!;
    expect(child.userData.IW_WebcallbackInteractionId).to.equal('1');
    expect(child.state).to.equal('DIALING');
    expect(why(el, 'done')).to.equal('End the call first.');
    await sim.control('connectCall', child.interactionId);
    await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
    await bridge.hangUp(child.interactionId);
    await until(() => part(el, 'base')!.dataset.phase === 'previewing', 'ready to call again');
    button(el, 'done')!.click();
    await until(() => message(el) === 'Done: the callback is closed.', 'completed');
    expect(await listInteractions()).to.deep.equal([]);
  });

  it('a web callback in preview stays one after RECONNECTED and after a page reload (getInteractions has no media)', async () => {
    await connect();
    let el = await preview();
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => button(el, 'accept') !== null, 'invited');
    button(el, 'accept')!.click();
    await until(() => part(el, 'base')!.dataset.phase === 'previewing', 'previewing');
    const status = text(part(el, 'status'));
    expect(status).to.match(/^Web callback · /);
    // The strict workspace's list carries no media: only the events said it.
    expect(await listInteractions()).to.satisfy((l: object[]) => l.every((i) => !('media' in i)));

    // RECONNECTED: the page resyncs from getInteractions and keeps what the events said.
    await sim.control('dropConnection');
    await sim.control('recoverConnection');
    await until(
      () => bridge.state.sync === 'ready' && bridge.state.connection === 'up',
      'resynced',
    );
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal(status);
    expect(actionNames(el)).to.deep.equal(['call', 'done', 'schedule']);

    // A reload: a new bridge that never saw an event infers the kind from documented fields.
    for (const m of mounted.splice(0)) m.unmount();
    el = await preview(); // on a bridge of its own
    expect(bridge.state.interactions.get('1')?.media).to.equal('webcallback');
    expect(text(part(el, 'status'))).to.equal(status);
    expect(part(el, 'base')!.dataset.phase).to.equal('previewing');
    expect(actionNames(el)).to.deep.equal(['call', 'done', 'schedule']);
    await expect(el).to.be.accessible();
  });

  it('rejects a web callback with a reason written as user data first', async () => {
    await connect();
    const el = await mount(
      html`<callback-preview reject-reasons='[{"key":"busy","label":"Agent busy"},{"key":"wrong-skill","label":"Wrong skill"}]'></callback-preview>`,
    );
    const removed: Array<Record<string, unknown>> = [];
    const off = bridge.on('interaction', (d) => {
      if (d.eventType === 'REMOVED' && d.interaction) removed.push(d.interaction.userData);
    });
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => button(el, 'reject') !== null, 'invited');
    button(el, 'reject')!.click();
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'reject'));
    button(el, 'reject')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector('select')!.value = 'wrong-skill';
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await until(() => message(el) === 'Rejected: the callback went back to the queue.', 'rejected');
    expect(removed[0]).to.include({ RejectReason: 'wrong-skill', callback_status: 6 });
    off();
  });

  it('a host error is said in words and the element recovers (user-data write refused)', async () => {
    await connect();
    const el = await mount(
      html`<callback-preview reject-reasons="busy=Agent busy"></callback-preview>`,
    );
    await sim.control('startScenario', 'web-callback-preview');
    await sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': 'Other*' },
      true,
    );
    await until(() => button(el, 'reject') !== null, 'invited');
    button(el, 'reject')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector('select')!.value = 'busy';
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await until(() => failure(el).startsWith('Reject failed:'), 'failure');
    expect(failure(el)).to.equal(
      "Reject failed: Writing the user data key(s) 'RejectReason' is not allowed.",
    );
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(message(el)).to.equal('');
    expect((await listInteractions())[0].state).to.equal('INVITED');
    await expect(el).to.be.accessible();
    button(el, 'reject')!.click(); // again, without a reason this time
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await until(() => message(el) === 'Rejected: the callback went back to the queue.', 'rejected');
  });

  it('a timeout is said in words; the same action works once the workspace answers again', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(el, 'accept') !== null, 'offer');
    await sim.control('setSilent', true);
    button(el, 'accept')!.click();
    await el.updateComplete;
    expect(message(el)).to.equal('Accept…');
    expect(why(el, 'accept')).to.equal('Waiting for the workspace.');
    await until(() => failure(el).startsWith('Accept failed'), 'timeout', 5000);
    expect(failure(el)).to.equal('Accept failed: The workspace did not answer within 1.5 s.');
    await expect(el).to.be.accessible();
    await sim.control('setSilent', false);
    const state = (await listInteractions())[0].state;
    if (state === 'RINGING') {
      button(el, 'accept')!.click();
      await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking after recovery');
    } else {
      // A silent host may still have acted: the element shows what the workspace reports.
      await bridge.sync();
      await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking after resync');
    }
  });

  it('disconnection disables every action with the reason, and recovery enables them again', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(el, 'accept') !== null, 'offer');
    await sim.control('dropConnection');
    await until(() => part(el, 'base')!.dataset.connection === 'down', 'down');
    expect(text(el)).to.contain('The workspace connection is down: actions wait until it is back.');
    expect(button(el, 'accept')!.getAttribute('aria-disabled')).to.equal('true');
    expect(why(el, 'accept')).to.equal('The workspace connection is down.');
    button(el, 'accept')!.click();
    expect((await listInteractions())[0].state).to.equal('RINGING');
    await expect(el).to.be.accessible();
    await sim.control('recoverConnection');
    await until(
      () => button(el, 'accept')!.getAttribute('aria-disabled') === 'false',
      'enabled again',
    );
    button(el, 'accept')!.click();
    await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
  });

  it('counts down an offer the workspace will return, then says it was returned', async () => {
    await connect({ 'callback.offer-timeout': '30' });
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => part(el, 'countdown') !== null, 'countdown');
    expect(text(part(el, 'countdown'))).to.equal('Returned to the queue in 0:30 unless accepted');
    expect(part(el, 'countdown')!.getAttribute('role')).to.equal('timer');
    expect(el.time.tickSeconds).to.equal(1);
    drift = 12_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(part(el, 'countdown'))).to.equal('Returned to the queue in 0:18 unless accepted');
    await expect(el).to.be.accessible();
    await sim.control('advanceClock', 30_000);
    await until(
      () => message(el) === 'The offer was returned to the queue: it was not accepted in time.',
      'returned',
    );
    expect(el.time.tickSeconds).to.equal(30);
    const attr = await mount(html`<callback-preview offer-timeout="90"></callback-preview>`);
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => part(attr, 'countdown') !== null, 'attribute countdown');
    expect(text(part(attr, 'countdown'))).to.contain('1:30');
  });

  it('schedules a callback in the contact zone: checks the entry, fires adk-schedule-request, writes the time', async () => {
    await connect();
    const el = await mount(
      html`<callback-preview agent-time-zone="America/New_York"></callback-preview>`,
    );
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => button(el, 'accept') !== null, 'invited');
    button(el, 'accept')!.click();
    await until(() => button(el, 'schedule') !== null, 'previewing');
    button(el, 'schedule')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () => !!el.shadowRoot!.querySelector('adk-schedule-form')?.shadowRoot?.activeElement,
      'form focused',
    );
    await sendKeys({ press: 'Escape' });
    await until(() => el.shadowRoot!.querySelector('adk-schedule-form') === null, 'Escape closes');
    await until(
      () => el.shadowRoot!.activeElement === button(el, 'schedule'),
      'focus back on Schedule',
    );
    button(el, 'schedule')!.click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<ScheduleFormElement>('adk-schedule-form')!;
    await form.updateComplete;
    const [date, time] = [...form.shadowRoot!.querySelectorAll('input')];
    expect(form.shadowRoot!.activeElement).to.equal(date);
    expect(text(form)).to.contain("In the contact's time zone (GMT+1)").and.contain('Your time:');
    await expect(el).to.be.accessible();
    const set = async (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await form.updateComplete;
    };
    await set(date, '2021-05-26');
    await set(time, '10:00');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await form.updateComplete;
    expect(text(form.shadowRoot!.getElementById('error'))).to.equal('Choose a time in the future.');
    expect(time.getAttribute('aria-invalid')).to.equal('true');
    await set(date, '2021-05-28');
    await set(time, '10:30');
    expect(text(form)).to.contain('Your time: May 28, 2021, 5:30'); // 10:30 BST = 05:30 EDT
    const requested = new Promise<ScheduleRequestDetail>((r) =>
      el.addEventListener('adk-schedule-request', (e) => r(e.detail), { once: true }),
    );
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const detail = await requested;
    expect(detail).to.deep.equal({
      interactionId: '1',
      at: '2021-05-28T09:30:00.000Z',
      date: '05/28/2021 10:30',
      zone: 'Europe/London',
      contactZone: true,
    });
    await until(() => message(el).startsWith('Callback scheduled'), 'scheduled');
    expect((await listInteractions())[0].userData.CallbackScheduledTime).to.equal(
      '2021-05-28T09:30:00.000Z',
    );

    // A page that schedules by itself cancels the event: nothing is written.
    el.addEventListener('adk-schedule-request', (e) => e.preventDefault(), { once: true });
    button(el, 'schedule')!.click();
    await el.updateComplete;
    const again = el.shadowRoot!.querySelector<ScheduleFormElement>('adk-schedule-form')!;
    await again.updateComplete;
    again.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => message(el).startsWith('Schedule request for'), 'handed over');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'schedule'));
  });

  it('copies the exact number, and shows a contact in +09:30 (ACT) from the outbound record', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => part(el, 'copy') !== null, 'number');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (t: string) => {
          copied.push(t);
        },
      },
    });
    try {
      part(el, 'copy')!.click();
      await until(() => message(el) === 'Copied +14155550123.', 'copied');
      expect(copied).to.deep.equal(['+14155550123']);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    await bridge.setUserData('1', { GSW_TZ_NAME: 'ACT', GSW_TZ_OFFSET: 34200 });
    await until(() => text(part(el, 'times')).includes('GMT+9:30'), 'Darwin time');
  });

  it('follows the selected case; interaction-id pins one; in French', async () => {
    await connect();
    const followed = await preview();
    const pinned = await mount(
      html`<callback-preview interaction-id="1" lang="fr"></callback-preview>`,
    );
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(followed, 'accept') !== null, 'first offer');
    await sim.control('startScenario', 'web-callback-preview');
    await until(
      () => text(part(followed, 'status')).startsWith('Web callback'),
      'follows the new case',
    );
    await pinned.updateComplete;
    expect(text(part(pinned, 'status'))).to.equal('Rappel · Immédiat (dès que possible) · Proposé');
    expect(button(pinned, 'accept')!.textContent!.trim()).to.equal('Accepter');
    await expect(pinned).to.be.accessible();
  });

  it('leaves no listener and no timer behind, idle and while an offer counts down', async () => {
    await connect({ 'callback.offer-timeout': '30' });
    const el = await preview();
    const m = mounted[0];
    const make = () => document.createElement('callback-preview');
    await expectNoLeaks(m.bridge, make, m.provider);
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => part(el, 'countdown') !== null, 'countdown ticking');
    expect(el.time.tickSeconds).to.equal(1);
    await expectNoLeaks(m.bridge, make, m.provider);
  });

  it('a page may veto an action: adk-callback-action cancelled, nothing is sent, no result', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(el, 'accept') !== null, 'offer');
    const seen: string[] = [];
    el.addEventListener('adk-callback-action', (e) => {
      seen.push(`${e.detail.action} #${e.detail.interactionId}`);
      e.preventDefault();
    });
    el.addEventListener('adk-callback-action-result', () => seen.push('result'));
    button(el, 'accept')!.click();
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).to.deep.equal(['accept #1']);
    expect((await listInteractions())[0].state).to.equal('RINGING');
    expect(message(el)).to.equal('');
    expect(failure(el)).to.equal('');
  });

  it('fires adk-callback-action-result with { ok, error } after each action', async () => {
    await connect();
    const el = await preview();
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => button(el, 'accept') !== null, 'offer');
    const result = new Promise<{ action: string; ok: boolean }>((r) =>
      el.addEventListener('adk-callback-action-result', (e) => r(e.detail), { once: true }),
    );
    button(el, 'accept')!.click();
    expect(await result).to.deep.equal({ action: 'accept', interactionId: '1', ok: true });
  });

  it('switching interactions leaves nothing of the last one: no form, no outcome, no failure', async () => {
    await connect();
    const el = await mount(
      html`<callback-preview interaction-id="2" reject-reasons="busy=Agent busy"></callback-preview>`,
    );
    await sim.control('startScenario', 'inbound-callback-asap');
    await sim.control('startScenario', 'web-callback-preview');
    await until(() => button(el, 'reject') !== null, 'web callback invited');
    await sim.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': 'Other*' },
      true,
    );
    button(el, 'reject')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector('select')!.value = 'busy';
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await until(() => failure(el).startsWith('Reject failed:'), 'failure on #2');
    button(el, 'reject')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.not.equal(null);

    el.interactionId = '1';
    await until(() => text(part(el, 'status')).startsWith('Callback ·'), 'follows #1');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(failure(el)).to.equal('');
    expect(message(el)).to.equal('');
    el.interactionId = '2';
    await until(() => text(part(el, 'status')).startsWith('Web callback'), 'back on #2');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(failure(el)).to.equal('');
    expect(message(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  describe('scheduling a Genesys callback (no callback reschedule in the Service Client API)', () => {
    it('without a scheduler: offered while the call is live, refused with the reason after release', async () => {
      await connect();
      const el = await preview();
      await sim.control('startScenario', 'inbound-callback-asap');
      await until(() => button(el, 'accept') !== null, 'offer');
      button(el, 'accept')!.click();
      await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
      expect(button(el, 'schedule')!.getAttribute('aria-disabled')).to.equal('false');
      await submitSchedule(el);
      await until(() => message(el).startsWith('Callback scheduled'), 'scheduled while live');
      expect((await listInteractions())[0].userData.CallbackScheduledTime).to.be.a('string');

      button(el, 'schedule')!.click(); // the form is open when the call ends
      await until(() => el.shadowRoot!.querySelector('adk-schedule-form') !== null, 'form open');
      await sim.control('stepScenario'); // the call ends: IDLE
      await until(() => part(el, 'base')!.dataset.phase === 'released', 'released');
      expect(el.shadowRoot!.querySelector('adk-schedule-form')).to.equal(null);
      expect(button(el, 'schedule')!.getAttribute('aria-disabled')).to.equal('true');
      const reason = "The call has ended: the workspace can't schedule this callback any more";
      expect(why(el, 'schedule')).to.contain(reason);
      expect(text(part(el, 'note'))).to.contain(reason); // said plainly, not only to the button
      const requests: string[] = [];
      el.addEventListener('adk-schedule-request', () => requests.push('request'));
      button(el, 'schedule')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('adk-schedule-form')).to.equal(null);
      expect(requests).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('with a page scheduler: used while live and after release, with the result event; its failure is shown', async () => {
      await connect();
      const el = await preview();
      const asked: ScheduleRequestDetail[] = [];
      let refuse = false;
      el.scheduler = async (request) => {
        asked.push(request);
        if (refuse) throw new Error('The callback service is unavailable');
      };
      await sim.control('startScenario', 'inbound-callback-asap');
      await until(() => button(el, 'accept') !== null, 'offer');
      button(el, 'accept')!.click();
      await until(() => part(el, 'base')!.dataset.phase === 'talking', 'talking');
      await submitSchedule(el);
      await until(() => message(el).startsWith('Callback scheduled'), 'scheduled by the page');
      expect(asked.map((r) => r.interactionId)).to.deep.equal(['1']);
      expect((await listInteractions())[0].userData.CallbackScheduledTime).to.equal(undefined);

      await sim.control('stepScenario'); // the call ends
      await until(() => part(el, 'base')!.dataset.phase === 'released', 'released');
      expect(button(el, 'schedule')!.getAttribute('aria-disabled')).to.equal('false');
      expect(part(el, 'note')).to.equal(null);
      const result = new Promise<{ ok: boolean; at: string }>((r) =>
        el.addEventListener('adk-schedule-request-result', (e) => r(e.detail), { once: true }),
      );
      await submitSchedule(el);
      expect((await result).ok).to.equal(true);
      expect(asked).to.have.length(2);
      expect(asked[1].at).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);

      refuse = true;
      const failed = new Promise<{ ok: boolean; error?: unknown }>((r) =>
        el.addEventListener('adk-schedule-request-result', (e) => r(e.detail), { once: true }),
      );
      await submitSchedule(el);
      const detail = await failed;
      expect(detail.ok).to.equal(false);
      expect(String(detail.error)).to.contain('The callback service is unavailable');
      await until(() => failure(el).startsWith('Schedule a callback failed'), 'failure shown');
      expect(failure(el)).to.equal(
        'Schedule a callback failed: The callback service is unavailable.',
      );
      await expect(el).to.be.accessible();
    });
  });
});
