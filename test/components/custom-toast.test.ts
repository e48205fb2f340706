// <custom-toast> with the page renderer: the toast drawn in the page (no workspace around it).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/custom-toast/custom-toast.js';
import type {
  CustomToastElement,
  ToastCloseDetail,
} from '../../src/components/custom-toast/custom-toast.js';
import { pageToasts } from '../../src/components/custom-toast/page-toasts.js';
import { showToast } from '../../src/components/custom-toast/show-toast.js';
import { liveRegions } from '../../src/internal/live-announcer.js';
import { ManualClock } from '../support/manual-clock.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const labels = (el: Element) => parts(el, 'button').map((b) => b.textContent!.trim());
const settle = async (el?: CustomToastElement) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el?.updateComplete;
  }
};
const closed = (el: Element) =>
  oneEvent(el, 'adk-toast-close') as Promise<CustomEvent<ToastCloseDetail>>;

async function toast(template: unknown): Promise<CustomToastElement> {
  const el = await fixture<CustomToastElement>(template as never);
  await settle(el);
  return el;
}

describe('<custom-toast> in the page', () => {
  let clock: ManualClock;
  // A card fades in; a page in the background may never finish the fade, and axe would measure
  // the contrast of a half-transparent card. Motion is tested on its own below.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  beforeEach(() => {
    clock = new ManualClock();
    pageToasts.reset({ clock, maxShown: 3 });
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('custom-toast')) el.remove();
  });

  it("is accessible, with every part, buttons in the seed's order", async () => {
    const el =
      await toast(html`<custom-toast open renderer="page" heading="Callback due" icon="data:image/gif;base64,R0lGODlhAQABAAAAACw=" subject="Grace Hopper"
      message="Call back at 10:30" .keyValues=${{ Account: 'ACC-1', Phone: '+1 555 0100' }} .buttons=${['Snooze', 'Later', 'Call now']}></custom-toast>`);
    expect(el.shownBy).to.equal('page');
    await expect(el).to.be.accessible();
    for (const name of [
      'base',
      'icon',
      'title',
      'subject',
      'message',
      'key-values',
      'actions',
      'button',
      'status',
      'error',
    ])
      expect(part(el, name), name).to.exist;
    expect(labels(el)).to.deep.equal(['Later', 'Call now', 'Snooze']);
    expect(parts(el, 'button').map((b) => b.dataset.index)).to.deep.equal(['1', '2', '0']);
    expect(part(el, 'base')!.matches(':popover-open')).to.equal(true);
    expect(part(el, 'key-values')!.textContent).to.contain('ACC-1');
  });

  it('reads its message and buttons from its content (declarative use)', async () => {
    const el = await toast(html`<custom-toast open renderer="page" heading="Callback due">
      Customer asked for a call back.
      <button slot="button">Snooze</button><button slot="button">Call now</button>
    </custom-toast>`);
    expect(part(el, 'message')!.textContent).to.equal('Customer asked for a call back.');
    expect(labels(el)).to.deep.equal(['Call now', 'Snooze']);
    el.querySelector('button')!.textContent = 'Snooze 5 min';
    await settle(el);
    expect(labels(el)).to.deep.equal(['Call now', 'Snooze 5 min']);
  });

  it('shows OK without buttons, and Show + Dismiss in Show/Dismiss mode', async () => {
    const ok = await toast(
      html`<custom-toast open renderer="page" heading="Saved"></custom-toast>`,
    );
    expect(labels(ok)).to.deep.equal(['OK']);
    const sd = await toast(
      html`<custom-toast open renderer="page" heading="New email" show-dismiss .buttons=${['x']}></custom-toast>`,
    );
    expect(labels(sd)).to.deep.equal(['Show', 'Dismiss']);
    let ev = closed(sd);
    parts(sd, 'button')[0].click();
    expect((await ev).detail).to.deep.equal({ reason: 'show' });
    expect(sd.open).to.equal(false);
    const sd2 = await toast(
      html`<custom-toast open renderer="page" heading="New email" show-dismiss></custom-toast>`,
    );
    ev = closed(sd2);
    parts(sd2, 'button')[1].click();
    expect((await ev).detail).to.deep.equal({ reason: 'dismiss' });
    ev = closed(ok);
    parts(ok, 'button')[0].click();
    expect((await ev).detail).to.deep.equal({ reason: 'ok' });
  });

  it('fires adk-toast-button-click with the original index and label, then closes', async () => {
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Callback due" .buttons=${['Snooze', 'Call now']}></custom-toast>`,
    );
    const click = oneEvent(el, 'adk-toast-button-click');
    const ev = closed(el);
    parts(el, 'button')[1].click(); // "Snooze", shown last
    const { detail } = await click;
    expect([detail.index, detail.label, detail.renderer]).to.deep.equal([0, 'Snooze', 'page']);
    expect((await ev).detail).to.deep.equal({ reason: 'button', index: 0, label: 'Snooze' });
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('stays open when the click is cancelled, and waits for an action passed to waitUntil', async () => {
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Callback due" auto-close="1000" .buttons=${['Call now']}></custom-toast>`,
    );
    el.addEventListener('adk-toast-button-click', (e) => e.preventDefault(), { once: true });
    parts(el, 'button')[0].click();
    await settle(el);
    expect(el.open).to.equal(true);
    let fail!: (e: Error) => void;
    el.addEventListener(
      'adk-toast-button-click',
      (e) => (e as CustomEvent).detail.waitUntil(new Promise((_, rej) => (fail = rej))),
      { once: true },
    );
    parts(el, 'button')[0].click();
    await settle(el);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(el, 'button')[0].getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'status')!.textContent).to.equal('Call now…');
    await expect(el).to.be.accessible();
    clock.advance(10_000); // never times out while the action is pending
    expect(el.open).to.equal(true);
    fail(new Error('Interaction not found'));
    await settle(el);
    expect(part(el, 'status')!.textContent).to.equal('');
    expect(part(el, 'error')!.textContent).to.equal('Call now failed: Interaction not found.');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert'); // said assertively
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(el.open).to.equal(true);
    await expect(el).to.be.accessible();
    el.addEventListener(
      'adk-toast-button-click',
      (e) => (e as CustomEvent).detail.waitUntil(Promise.resolve('dialled')),
      { once: true },
    );
    const ev = closed(el);
    parts(el, 'button')[0].click();
    expect((await ev).detail).to.deep.equal({ reason: 'button', index: 0, label: 'Call now' });
  });

  it('closes by itself after auto-close, unless sticky', async () => {
    const timed = await toast(
      html`<custom-toast open renderer="page" heading="Timed" auto-close="5000"></custom-toast>`,
    );
    const sticky = await toast(
      html`<custom-toast open renderer="page" heading="Sticky" auto-close="5000" sticky></custom-toast>`,
    );
    const ev = closed(timed);
    clock.advance(4999);
    expect(timed.open).to.equal(true);
    clock.advance(1);
    expect((await ev).detail).to.deep.equal({ reason: 'timeout' });
    clock.advance(60_000);
    expect(sticky.open).to.equal(true);
  });

  it('pauses its time on hover and focus', async () => {
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Timed" auto-close="1000" .buttons=${['A']}></custom-toast>`,
    );
    const base = part(el, 'base')!;
    clock.advance(600);
    base.dispatchEvent(new MouseEvent('mouseenter'));
    clock.advance(10_000);
    expect(el.open).to.equal(true);
    base.dispatchEvent(new MouseEvent('mouseleave'));
    parts(el, 'button')[0].focus();
    clock.advance(10_000);
    expect(el.open).to.equal(true);
    expect(pageToasts.remaining(el.toastId)).to.equal(400);
    parts(el, 'button')[0].blur();
    const ev = closed(el);
    clock.advance(400);
    expect((await ev).detail.reason).to.equal('timeout');
  });

  it('is keyboard-operable: Tab to the buttons, Enter presses, Escape dismisses', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Callback due" .buttons=${['Snooze', 'Call now']}></custom-toast>`,
    );
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Call now');
    const click = oneEvent(el, 'adk-toast-button-click');
    await sendKeys({ press: 'Enter' });
    expect((await click).detail.index).to.equal(1);
    const again = await toast(
      html`<custom-toast open renderer="page" heading="Again" .buttons=${['Snooze', 'Call now']}></custom-toast>`,
    );
    parts(again, 'button')[0].focus();
    const ev = closed(again);
    await sendKeys({ press: 'Escape' });
    expect((await ev).detail.reason).to.equal('escape');
    before.remove();
  });

  it('announces politely, or assertively for warnings and errors', async () => {
    await toast(
      html`<custom-toast open renderer="page" heading="Saved" subject="Record 12" message="All fields stored."></custom-toast>`,
    );
    expect(liveRegions().polite.textContent).to.equal(
      'Information: Saved. Record 12 All fields stored.',
    );
    await toast(
      html`<custom-toast open renderer="page" severity="error" heading="Call failed"></custom-toast>`,
    );
    expect(liveRegions().assertive.textContent).to.equal('Error: Call failed');
    expect(liveRegions().polite.getAttribute('aria-live')).to.equal('polite');
    expect(liveRegions().assertive.getAttribute('aria-live')).to.equal('assertive');
  });

  it("speaks its language: buttons, announcement, and a failed action's reason when the language changes", async () => {
    const el = await toast(
      html`<custom-toast lang="fr" open renderer="page" heading="Rappel" show-dismiss></custom-toast>`,
    );
    expect(labels(el)).to.deep.equal(['Afficher', 'Ignorer']);
    expect(liveRegions().polite.textContent).to.equal('Information : Rappel');
    expect(liveRegions().polite.querySelector('p')!.lang).to.equal('fr');
    const act = await toast(
      html`<custom-toast lang="fr" open renderer="page" heading="Rappel" .buttons=${['Appeler']}></custom-toast>`,
    );
    act.addEventListener(
      'adk-toast-button-click',
      (e) =>
        (e as CustomEvent).detail.waitUntil(
          Promise.reject(new Error('Error: Interaction not found.')),
        ),
      { once: true },
    );
    parts(act, 'button')[0].click();
    await settle(act);
    expect(part(act, 'error')!.textContent).to.equal('Appeler : échec. Interaction not found.');
    act.lang = 'en';
    await settle(act);
    expect(part(act, 'error')!.textContent).to.equal('Appeler failed: Interaction not found.');
    expect(labels(act)).to.deep.equal(['Appeler']);
  });

  it('updates in place and says so; updating or closing a closed toast is a clear error', async () => {
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Callback due" message="In 5 min"></custom-toast>`,
    );
    expect(
      await el.updateToast({ message: 'In 1 min', keyValue: { Phone: '+1 555 0100' } }),
    ).to.deep.equal({ ok: true });
    await settle(el);
    expect(part(el, 'message')!.textContent).to.equal('In 1 min');
    expect(part(el, 'key-values')!.textContent).to.contain('+1 555 0100');
    expect(liveRegions().polite.textContent).to.equal('Information: Callback due. In 1 min');
    el.message = 'Now';
    await settle(el);
    expect(part(el, 'message')!.textContent).to.equal('Now');
    const bad = await el.updateToast({ title: '' });
    expect(bad).to.deep.include({ ok: false });
    const ev = closed(el);
    expect(await el.close()).to.deep.equal({ ok: true });
    expect((await ev).detail.reason).to.equal('closed');
    const errors: string[] = [];
    el.addEventListener('adk-toast-error', (e) => errors.push((e as CustomEvent).detail.message));
    expect((await el.updateToast({ message: 'late' })).ok).to.equal(false);
    expect((await el.close()).ok).to.equal(false);
    expect(errors).to.deep.equal([
      'Toast not updated: the toast is not open.',
      'Toast not closed: the toast is not open.',
    ]);
  });

  it('refuses a toast without a title, with a clear error and no exception', async () => {
    const el = await fixture<CustomToastElement>(
      html`<custom-toast renderer="page"></custom-toast>`,
    );
    const error = oneEvent(el, 'adk-toast-error');
    el.open = true;
    expect((await error).detail).to.deep.equal({
      operation: 'show',
      code: 'title-required',
      message: 'Toast not shown: a title is required.',
    });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(part(el, 'base')).to.equal(null);
    const handle = showToast({ message: 'no title' }, { renderer: 'page' });
    expect(await handle.shown).to.deep.include({ ok: false });
    expect(await handle.clicked).to.equal(null);
    expect(handle.element.isConnected).to.equal(false);
    const typed = showToast({ title: 'T', buttons: 'OK' }, { renderer: 'page' });
    const outcome = await typed.shown;
    expect(outcome.ok ? '' : outcome.error.message).to.equal(
      'Toast not shown: the “buttons” parameter is not valid.',
    );
  });

  it('uses only https:, http: and data:image/ icons, and refuses any other with a clear error', async () => {
    for (const icon of [
      'javascript:alert(1)',
      'file:///c/x.png',
      'data:text/html,x',
      'ftp://x/i.png',
    ]) {
      const handle = showToast({ title: 'T', icon }, { renderer: 'page' });
      const outcome = await handle.shown;
      expect(outcome.ok ? '' : outcome.error.message, icon).to.equal(
        'Toast not shown: the icon must be an https:, http: or data:image/ URL.',
      );
      expect(outcome.ok ? '' : outcome.error.code).to.equal('icon-url');
    }
    const ok = showToast({ title: 'T', icon: 'data:image/png;base64,AA==' }, { renderer: 'page' });
    expect(await ok.shown).to.deep.equal({ ok: true });
    await settle(ok.element);
    expect(part(ok.element, 'icon')?.getAttribute('src')).to.equal('data:image/png;base64,AA==');
    const bad = await ok.element.updateToast({ icon: 'javascript:void 0' });
    expect(bad.ok ? '' : bad.error.message).to.equal(
      'Toast not updated: the icon must be an https:, http: or data:image/ URL.',
    );
    await ok.element.close();
  });

  it('stacks up to the maximum, queues the rest, and places them edge-first', async () => {
    pageToasts.maxShown = 2;
    const a = showToast({ title: 'A', message: 'first' }, { renderer: 'page' });
    const b = showToast({ title: 'B', message: 'second' }, { renderer: 'page' });
    const c = showToast({ title: 'C', message: 'third' }, { renderer: 'page' });
    await Promise.all([a.shown, b.shown, c.shown]);
    await settle(c.element);
    await settle(c.element);
    expect([a, b, c].map((h) => !!part(h.element, 'base'))).to.deep.equal([true, true, false]);
    expect(pageToasts.queued).to.deep.equal([c.id]);
    for (const h of [a, b, c]) await expect(h.element).to.be.accessible();
    const [ra, rb] = [a, b].map((h) => part(h.element, 'base')!.getBoundingClientRect());
    expect(rb.bottom).to.be.at.most(ra.top); // bottom-end: the newer one sits above the older
    expect(liveRegions().polite.textContent).to.contain('B');
    await a.close();
    await settle(c.element);
    await settle(c.element);
    expect(part(c.element, 'base')).to.exist;
    expect(liveRegions().polite.textContent).to.contain('C');
    expect(a.element.isConnected).to.equal(false); // the helper's element goes away
  });

  it('keeps one toast per id: showing it again updates it and restarts its time', async () => {
    const first = showToast(
      { title: 'Callback due', message: 'In 5 min', autoClose: 1000 },
      { id: 'cb-42', renderer: 'page' },
    );
    await first.shown;
    clock.advance(800);
    const second = showToast(
      { title: 'Callback due', message: 'In 4 min', autoClose: 1000 },
      { id: 'cb-42', renderer: 'page' },
    );
    await second.shown;
    await settle(first.element);
    expect(second.element).to.equal(first.element);
    expect(document.querySelectorAll('custom-toast').length).to.equal(1);
    expect(part(first.element, 'message')!.textContent).to.equal('In 4 min');
    clock.advance(800);
    expect(first.element.open).to.equal(true);
    clock.advance(200);
    expect(await second.clicked).to.equal(null);
    const decl = await toast(
      html`<custom-toast open renderer="page" toast-id="same" heading="Old"></custom-toast>`,
    );
    const ev = closed(decl);
    const newer = await toast(
      html`<custom-toast open renderer="page" toast-id="same" heading="New"></custom-toast>`,
    );
    expect((await ev).detail.reason).to.equal('replaced');
    expect(newer.open).to.equal(true);
  });

  it('resolves clicked with the button of an imperative toast', async () => {
    const h = showToast(
      { title: 'Callback due in 5 min', buttons: ['Snooze', 'Call now'] },
      { renderer: 'page' },
    );
    await h.shown;
    await settle(h.element);
    parts(h.element, 'button')[0].click();
    expect(await h.clicked).to.deep.equal({ index: 1, label: 'Call now' });
  });

  it('respects reduced motion', async () => {
    const el = await toast(
      html`<custom-toast open renderer="page" heading="Motion"></custom-toast>`,
    );
    expect(getComputedStyle(part(el, 'base')!).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      expect(getComputedStyle(part(el, 'base')!).transitionDuration).to.not.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('shows in the flow with placement="inline", never queued', async () => {
    pageToasts.maxShown = 1;
    const els = await Promise.all(
      [1, 2, 3].map((n) =>
        toast(
          html`<custom-toast open renderer="page" placement="inline" heading=${`Inline ${n}`}></custom-toast>`,
        ),
      ),
    );
    for (const el of els) {
      expect(part(el, 'base')!.hasAttribute('popover')).to.equal(false);
      expect(part(el, 'base')!.getBoundingClientRect().height).to.be.greaterThan(0);
    }
  });
});
