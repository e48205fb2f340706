// The sim panel: accessible, drives scenarios, renders toasts in the seed's button order.
import { expect, fixture, html } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { SimHost } from '../../src/sim/host.js';
import '../../src/sim/panel.js';
import type { SimScenarioPanel } from '../../src/sim/panel.js';
import { textToSecurity, securityToText } from '../../src/sim/security-text.js';
import { overflowsAtWidths } from '../support/overflow.js';

describe('security options as text', () => {
  it('round-trips name = value lines', () => {
    const o = {
      'service-client-api.accepted-web-content-origins': 'http://a (*), http://b (agent.*)',
      'service-client-api.rate-limit.voice.dial': '4',
    };
    expect(textToSecurity(securityToText(o))).to.deep.equal(o);
    expect(textToSecurity('junk\nother.option = 1\n')).to.deep.equal({});
  });
});

describe('<sim-scenario-panel>', () => {
  let host: SimHost;
  let el: SimScenarioPanel;
  beforeEach(async () => {
    host = new SimHost({
      window: null,
      clock: new ManualClock(Date.UTC(2021, 4, 27)),
      connectDelayMs: null,
    });
    el = await fixture(html`<sim-scenario-panel .host=${host}></sim-scenario-panel>`);
  });
  const root = () => el.shadowRoot!;
  const buttons = () => [...root().querySelectorAll('button')];
  const button = (text: string) => buttons().find((b) => b.textContent!.trim().startsWith(text))!;

  it('is accessible', async () => {
    host.scenarios.start('inbound-callback-asap');
    host.invoke('system.popupToast', [{ title: 'Hello', buttons: ['A', 'B'] }]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits a column of 280 to 1,200 px with a scenario running and a toast shown', async () => {
    host.scenarios.start('outbound-push-preview');
    host.invoke('system.popupToast', [
      { title: 'Callback due in 5 min', buttons: ['Call now', 'Snooze'] },
    ]);
    await el.updateComplete;
    expect(await overflowsAtWidths(el, el.parentElement!)).to.deep.equal([]);
  });

  it('starts a scenario and steps it, showing the interactions', async () => {
    root()
      .querySelector<HTMLButtonElement>('button[aria-label="Start: Inbound callback (ASAP)"]')!
      .click();
    await el.updateComplete;
    expect(root().querySelector('tbody')!.textContent).to.contain('RINGING');
    button('Next: Agent accepts').click();
    await el.updateComplete;
    expect(root().querySelector('tbody')!.textContent).to.contain('TALKING');
  });

  it("shows a call's recording state, the DTMF digits a page attached, and the mute states", async () => {
    host.scenarios.start('inbound-callback-asap');
    host.scenarios.step();
    const id = host.workspace.list()[0].interactionId;
    host.invoke('voice.startCallRecording', [id]);
    host.invoke('interaction.setUserData', [id, { DTMF: '12#' }]);
    host.invoke('voice.muteMicrophone', []);
    await el.updateComplete;
    expect(root().querySelector('tbody')!.textContent).to.contain('recording RECORDING · DTMF 12#');
    expect(root().textContent).to.contain('Microphone muted · Speaker on');
  });

  it("renders toasts and reports the clicked button's original index", async () => {
    const seen: unknown[] = [];
    host.onEvent((event, data) => event === 'system' && seen.push(data));
    const id = host.invoke('system.popupToast', [
      {
        title: 'Callback due',
        subject: 'Grace',
        message: 'At 10:30',
        keyValues: { Account: 'ACC-1' },
        buttons: ['First', 'Second', 'Third'],
      },
    ]);
    await el.updateComplete;
    const list = root().querySelector('sim-toast-list')!;
    await list.updateComplete;
    const labels = [...list.shadowRoot!.querySelectorAll('button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(labels).to.deep.equal(['Second', 'Third', 'First']);
    expect(list.shadowRoot!.querySelector('dl')!.textContent).to.contain('ACC-1');
    list.shadowRoot!.querySelectorAll('button')[2].click();
    expect(seen).to.deep.equal([
      { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: id, buttonIndex: 0 },
    ]);
    expect(host.workspace.toasts.size).to.equal(0);
  });

  it('toggles the connection and applies edited security options', async () => {
    button('Drop connection').click();
    await el.updateComplete;
    expect(host.workspace.connection).to.equal('DISCONNECTED');
    button('Recover').click();
    expect(host.workspace.connection).to.equal('CONNECTED');
    const area = root().querySelector('textarea')!;
    area.value =
      'service-client-api.accepted-web-content-origins = http://a (*)\nservice-client-api.rate-limit = 5';
    area.dispatchEvent(new Event('input'));
    button('Apply').click();
    expect(host.securityOptions).to.deep.equal({
      'service-client-api.accepted-web-content-origins': 'http://a (*)',
      'service-client-api.rate-limit': '5',
    });
  });
});
