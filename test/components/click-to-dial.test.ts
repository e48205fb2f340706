// <click-to-dial> against the simulated workspace (a real cross-origin frame): a tel: link dials
// with the page's user data, a double click dials once, content added later dials, a refusal
// shows the workspace's own text (a request filter, the rate limit), and nothing dials during a
// live call when the page asks for that.
import { expect, html } from '@open-wc/testing';
import '../../src/components/click-to-dial/click-to-dial.js';
import type {
  ClickToDialElement,
  DialDetail,
  DialResultDetail,
} from '../../src/components/click-to-dial/click-to-dial.js';
import { loadPhoneNumbers } from '../../src/internal/phone/phone-controller.js';
import { rateLimitText, requestNotAllowedText } from '../../src/bridge/error-texts.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { expectNoLeaks, mountOnSim, type Mounted } from '../support/mount.js';
import { until } from '../support/until.js';

const part = (el: ClickToDialElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const click = (target: Element, detail = 1) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }));

describe('<click-to-dial> in the simulated workspace', () => {
  let sim: SimFrame;
  let m: Mounted<ClickToDialElement>;
  let events: Array<[string, DialDetail | DialResultDetail]>;
  const dials = async () =>
    (await sim.control('listRequests')).filter((r) => r.request === 'voice.dial');

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
    // The number module is loaded once per page, on first use; loaded here, so that the tests'
    // time budgets measure dialing, not the dev server's first transform of libphonenumber-js.
    await loadPhoneNumbers();
  });
  after(() => sim.close());
  beforeEach(async () => {
    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': '*',
    });
    m = await mountOnSim<ClickToDialElement>(
      sim,
      html`<click-to-dial default-country="US" .userData=${{ Source: 'crm' }}>
        <p data-user-data='{"CrmRecordId":"ACC-100482"}'>
          Grace Hopper <a href="tel:(415) 555-0123">(415) 555-0123</a>
        </p>
        <span data-phone="5002">Back office</span>
      </click-to-dial>`,
    );
    events = [];
    for (const name of ['adk-dial', 'adk-dial-result'] as const)
      m.el.addEventListener(name, (e) => events.push([name, e.detail]));
  });
  afterEach(() => m.unmount());

  it('a click on a tel: link dials E.164 with the page’s user data, instead of following the link', async () => {
    const link = m.el.querySelector('a')!;
    const followed = !click(link); // preventDefault: the link is not followed
    await until(() => events.length === 2, 'the dial and its result');
    expect(followed).to.equal(true);
    const detail = {
      number: 'tel:(415) 555-0123',
      destination: '+14155550123',
      userData: { Source: 'crm', CrmRecordId: 'ACC-100482' },
    };
    expect(events).to.deep.equal([
      ['adk-dial', detail],
      ['adk-dial-result', { ...detail, ok: true }],
    ]);
    const [call] = await sim.control('listInteractions');
    expect([call.dnis, call.direction, call.userData]).to.deep.equal([
      '+14155550123',
      'OUT',
      { Source: 'crm', CrmRecordId: 'ACC-100482' },
    ]);
    await until(
      () => /Dialing \(415\) 555-0123/.test(part(m.el, 'status').textContent!),
      'dialing',
    );
    await sim.control('connectCall', call.interactionId);
    await until(
      () => part(m.el, 'status').textContent === 'Connected to (415) 555-0123',
      'connected',
    );
  });

  it('a double click dials once; Enter on a number attribute dials an extension as written', async () => {
    const link = m.el.querySelector('a')!;
    click(link, 1);
    click(link, 2);
    click(link, 1); // a third click while the first dial is on its way
    await until(() => events.length === 2, 'one dial');
    await new Promise((r) => setTimeout(r, 200));
    expect((await dials()).length).to.equal(1);
    const span = m.el.querySelector('span')!;
    expect([span.getAttribute('tabindex'), span.getAttribute('role')]).to.deep.equal(['0', 'link']);
    span.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => events.length === 4, 'the second dial');
    expect((events[2][1] as DialDetail).destination).to.equal('5002');
  });

  it('numbers added later dial too', async () => {
    m.el.insertAdjacentHTML('beforeend', '<a href="tel:+33142685300">Paris office</a>');
    await m.el.updateComplete;
    click(m.el.querySelector('a[href="tel:+33142685300"]')!);
    await until(() => events.length === 2, 'the dial');
    expect((events[0][1] as DialDetail).destination).to.equal('+33142685300');
  });

  it('a refusal shows the workspace’s own words: a filter without voice.dial, then the rate limit', async () => {
    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': `${location.origin} (agent.*, interaction.*, system.*, configuration.*)`,
    });
    click(m.el.querySelector('a')!);
    await until(() => part(m.el, 'error').textContent !== '', 'the refusal');
    const notAllowed = requestNotAllowedText('voice.dial', location.origin).replace(/^Error: /, '');
    expect(part(m.el, 'error').textContent).to.equal(`Dial (415) 555-0123 failed: ${notAllowed}`);

    await sim.control('configureSecurity', {
      'service-client-api.accepted-web-content-origins': '*',
      'service-client-api.rate-limit.voice.dial': '1',
    });
    click(m.el.querySelector('a')!);
    await until(() => events.filter(([n]) => n === 'adk-dial-result').length === 2, 'the dial');
    click(m.el.querySelector('a')!);
    await until(() => events.filter(([n]) => n === 'adk-dial-result').length === 3, 'the refusal');
    // The result event comes before the element's next render: its text follows.
    const text = rateLimitText('voice.dial', 30).replace(/\n/g, ' ');
    const shown = `Dial (415) 555-0123 failed: ${text}`;
    await until(() => part(m.el, 'error').textContent === shown, 'the rate limit shown');
    expect(part(m.el, 'error').textContent).to.equal(shown);
  });

  it('busy-while-on-call: during a live call nothing dials and the element says why', async () => {
    m.el.busyWhileOnCall = true;
    await sim.control('startScenario', 'customer-hangs-up');
    await sim.control('stepScenario');
    await until(
      () => part(m.el, 'notice').textContent === 'On a call: dialing is off until it ends.',
      'the notice',
    );
    expect(m.el.querySelector('a')!.getAttribute('aria-disabled')).to.equal('true');
    click(m.el.querySelector('a')!);
    await new Promise((r) => setTimeout(r, 200));
    expect(await dials()).to.deep.equal([]);
    await sim.control('stopScenario');
  });

  it('a page may veto the dial (cancelable adk-dial): nothing is sent', async () => {
    m.el.addEventListener('adk-dial', (e) => e.preventDefault(), { once: true });
    click(m.el.querySelector('a')!);
    await new Promise((r) => setTimeout(r, 300));
    expect(await dials()).to.deep.equal([]);
  });

  it('is accessible', async () => {
    await expect(m.el).to.be.accessible();
  });

  it('leaves nothing behind', async function () {
    this.timeout(60_000);
    await expectNoLeaks(m.bridge, () => document.createElement('click-to-dial'), m.provider);
  });
});
