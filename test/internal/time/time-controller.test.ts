import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { loadZones, TimeController } from '../../../src/internal/time/time-controller.js';

class TimeProbe extends LitElement {
  renders = 0;
  readonly time = new TimeController(this, { tickSeconds: 0.05, now: () => 42 });
  render() {
    this.renders++;
    const z = this.time.zones;
    return html`${z ? z.formatInZone('2025-06-10T13:30:00Z', z.agentZone('America/New_York'), 'en-US', 'time') : ''}`;
  }
}
customElements.define('time-probe', TimeProbe);

describe('time/TimeController', () => {
  it('loads the zones module on connect and re-renders with it', async () => {
    const el = await fixture<TimeProbe>(html`<time-probe></time-probe>`);
    await waitUntil(() => el.time.zones !== undefined, 'zones never loaded');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('9:30 AM');
    expect(el.time.now()).to.equal(42);
    expect(await loadZones()).to.equal(el.time.zones);
  });

  it('re-renders on its tick while connected, and stops when disconnected', async () => {
    const el = await fixture<TimeProbe>(html`<time-probe></time-probe>`);
    const start = el.renders;
    await waitUntil(() => el.renders >= start + 2, 'no ticks');
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    const after = el.renders;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.renders).to.equal(after);
    document.body.append(el);
    await waitUntil(() => el.renders > after, 'no ticks after reconnecting');
    el.remove();
  });
});

describe('time/TimeController tickSeconds', () => {
  it('restarts the timer at a new pace while connected', async () => {
    const el = await fixture<TimeProbe>(html`<time-probe></time-probe>`);
    el.time.tickSeconds = 0;
    await new Promise((r) => setTimeout(r, 20));
    const still = el.renders;
    await new Promise((r) => setTimeout(r, 150));
    expect(el.renders).to.equal(still);
    el.time.tickSeconds = 0.03;
    expect(el.time.tickSeconds).to.equal(0.03);
    await waitUntil(() => el.renders >= still + 2, 'no ticks at the new pace');
    el.remove();
  });
});
