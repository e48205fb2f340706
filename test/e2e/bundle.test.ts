// The built single-file bundle on a third party's static page (test/fixtures/static-crm/: plain
// HTML, <script type="module" src="/dist/agent-desk-kit.bundle.js">, nothing of the kit's build
// tooling), embedded by the simulated workspace as a workspace embeds its web apps:
//
//   this page (localhost) ─ iframe ─ simulated workspace (127.0.0.1) ─ iframe ─ static CRM (localhost)
//
// The CRM and the workspace are on different origins, so every message crosses origins through
// real postMessage. The CRM page is on this page's origin, so the test reads and clicks inside
// it as an agent would (the elements' real buttons in their shadow roots) without any test code
// in the page. The test runs a whole callback: offer, accept, talk, hold, resume, disposition,
// hang up, mark done.
//
// dist/ is built by scripts/test.mjs when missing or older than the sources (npm run build).
import { expect } from '@open-wc/testing';
import { otherOrigin } from '../support/origins.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until as pollUntil } from '../support/until.js';

/** The shared poll (test/support/until.ts), with this file's 8 s budget. */
const until = (cond: () => unknown, what: string) => pollUntil(cond, what, 8000);

describe('the built bundle on a static CRM page inside the simulated workspace', () => {
  let sim: SimFrame;
  let crm: Window;
  const errors: string[] = [];

  const el = (tag: string) => crm.document.querySelector(tag)!;
  const part = (tag: string, name: string) =>
    el(tag).shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
  const text = (node: Element | null | undefined) =>
    node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (tag: string, action: string) =>
    el(tag).shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ?? null;
  const usable = (b: HTMLButtonElement | null) =>
    b !== null && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
  /** Clicks an element's real button once it can be used (as an agent waits for it). */
  const click = async (tag: string, action: string) => {
    await until(() => usable(button(tag, action)), `<${tag}> ${action} usable`);
    button(tag, action)!.click();
  };
  const callStatus = () => part('call-actions', 'status')?.dataset.status;
  const phase = () => part('callback-preview', 'base')?.dataset.phase;
  const interactions = () => sim.control('listInteractions');
  const activity = () =>
    [...crm.document.querySelectorAll('#activity li')].map((li) => li.textContent);

  before(async () => {
    const page = new URL('/test/fixtures/static-crm/index.html', location.origin);
    page.searchParams.set('workspace', otherOrigin());
    const res = await fetch('/dist/agent-desk-kit.bundle.js', { method: 'HEAD' });
    if (!res.ok)
      throw new Error(
        'dist/agent-desk-kit.bundle.js is missing: run `npm run build` (npm test builds it when missing or stale)',
      );
    sim = await openSimFrame({
      connectDelay: 'none',
      // A deployment names the CRM's origin; the elements' requests and user-data keys are allowed.
      options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
      clientFrames: [page.href],
    });
    // The workspace's client frame; the same origin as this page, so its document is readable.
    await until(() => {
      try {
        crm = sim.window.frames[0];
        return (
          crm.document.readyState === 'complete' &&
          crm.location.pathname.endsWith('/static-crm/index.html')
        );
      } catch {
        return false;
      }
    }, 'the CRM page loaded in the workspace');
    crm.addEventListener('error', (e) => errors.push(String(e.message)));
    crm.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
  after(() => sim?.close());

  it('loads only the built files, registers every element, and connects across origins', async () => {
    await until(
      () => activity().includes('connected to the workspace'),
      'adk-bridge-ready in the CRM',
    );
    // The bundle defines an element the first time its tag is in the page (src/autoload.ts):
    // the page's own tags, then one added later.
    for (const tag of [
      'agent-bridge',
      'agent-bridge-state',
      'callback-preview',
      'call-actions',
      'disposition-picker',
      'record-fields-editor',
      'custom-toast',
    ]) {
      if (!crm.document.querySelector(tag))
        crm.document.body.append(crm.document.createElement(tag));
      await until(() => crm.customElements.get(tag) !== undefined, `<${tag}> defined`);
    }
    // The elements wait for the workspace's time zones: luxon arrives lazily, from beside the bundle.
    await until(
      () =>
        crm.performance
          .getEntriesByType('resource')
          .some((r) => r.name.endsWith('/dist/agent-desk-kit.zones.js')),
      'time-zone chunk loaded',
    );
    // (The test server injects its own /__web-dev-server… socket script into every page.)
    const scripts = crm.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter(
        (p) => (p.endsWith('.js') || p.endsWith('.ts')) && !p.startsWith('/__web-dev-server'),
      );
    // The bundle, the time-zone chunk and the elements' own chunks, all from beside the bundle.
    expect(scripts).to.include.members([
      '/dist/agent-desk-kit.bundle.js',
      '/dist/agent-desk-kit.zones.js',
    ]);
    expect(scripts.filter((p) => !/^\/dist\/agent-desk-kit\.[\w.-]+\.js$/.test(p))).to.deep.equal(
      [],
    );
    expect(crm.document.querySelector('script[type="importmap"]')).to.equal(null);
    expect(text(part('call-actions', 'status'))).to.equal('No call');
    expect(
      text(el('agent-bridge-state').shadowRoot!.querySelector('[part~="base"]')),
    ).to.not.contain('Not connected');
  });

  it("drives a whole callback with the elements' own buttons: offer, accept, talk, hold, resume, disposition, mark done", async () => {
    // Offer: the workspace offers an immediate callback; the preview and the call controls show it.
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => phase() === 'offered' && callStatus() === 'ringing', 'offered');
    expect(text(part('callback-preview', 'status'))).to.equal(
      'Callback · Immediate (ASAP) · Offered',
    );
    expect(text(part('call-actions', 'status'))).to.equal('Ringing: +14155550123');
    // The disposition is required: the picker has the workspace block mark done until a code is saved.
    await until(
      () => part('call-actions', 'markdone-block') !== null,
      'mark done blocked by the picker',
    );

    // Accept in <callback-preview>: the workspace connects the call.
    await click('callback-preview', 'accept');
    await until(() => phase() === 'talking' && callStatus() === 'connected', 'talking');
    expect((await interactions())[0].state).to.equal('TALKING');

    // Talk: the call is connected, with the party and a running duration.
    expect(text(part('call-actions', 'status'))).to.contain('+14155550123');
    expect(text(part('call-actions', 'duration'))).to.match(/^Talking \d+:\d\d$/);

    // Hold, then resume, in <call-actions>.
    await click('call-actions', 'hold');
    await until(() => callStatus() === 'held', 'held');
    expect((await interactions())[0].state).to.equal('HELD');
    await click('call-actions', 'resume');
    await until(() => callStatus() === 'connected', 'resumed');
    expect((await interactions())[0].state).to.equal('TALKING');

    // Disposition: open a category and pick a code in <disposition-picker>; the workspace has it
    // and lifts the block.
    const picker = el('disposition-picker');
    const row = (id: string) =>
      picker.shadowRoot!.querySelector<HTMLElement>(`[role="treeitem"][data-id="${id}"]`);
    await until(() => row('f:Sale') !== null, "the workspace's codes");
    row('f:Sale')!.click();
    await until(() => row('c:Sale/New') !== null, 'Sale opened');
    row('c:Sale/New')!.click();
    await until(() => part('call-actions', 'markdone-block') === null, 'block lifted');
    expect((await interactions())[0].userData.DispositionCode).to.equal('Sale/New');

    // End the call, then mark done: the callback leaves the workspace.
    await click('call-actions', 'hangUp');
    await until(() => callStatus() === 'ended' && phase() === 'released', 'ended');
    await click('call-actions', 'markDone');
    await until(() => callStatus() === 'none', 'done');
    expect(await interactions()).to.deep.equal([]);
    await until(
      () => text(part('callback-preview', 'status')) === 'No callback to show.',
      'preview cleared',
    );

    // The page's own script heard the kit's events.
    expect(activity()).to.include.members([
      'callback accept: ok',
      'call hold: ok',
      'call resume: ok',
      'disposition code Sale/New: saved',
      'call hangUp: ok',
      'call markDone: ok',
    ]);
    expect(errors).to.deep.equal([]);
  });
});

describe('the built sim bundle on a static page', () => {
  it('runs the simulated workspace in the page for <agent-bridge simulated>; a call without luxon', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/static-crm/simulated.html';
    document.body.append(frame);
    try {
      const win = frame.contentWindow!;
      const provider = () =>
        win.document.querySelector('agent-bridge') as
          | (HTMLElement & { simulation?: { control(cmd: string, ...args: unknown[]): unknown } })
          | null;
      await until(() => provider()?.simulation !== undefined, 'simulated workspace started');
      const status = () =>
        win.document
          .querySelector('call-actions')
          ?.shadowRoot?.querySelector<HTMLElement>('[part~="status"]')?.dataset.status;
      await until(() => status() === 'none', 'connected, no call');
      provider()!.simulation!.control('startScenario', 'inbound-callback-asap');
      await until(() => status() === 'ringing', 'ringing');
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((p) => p.startsWith('/dist/'));
      expect(scripts).to.include.members(['/dist/sim.bundle.js', '/dist/agent-desk-kit.bundle.js']);
      // <call-actions> alone needs no time-zone math for a call (only its reschedule form does): no luxon.
      expect(scripts).to.not.include('/dist/agent-desk-kit.zones.js');
    } finally {
      frame.remove();
    }
  });
});
