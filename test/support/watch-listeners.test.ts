// The listener watch the leak checks use (test/support/mount.ts `watchListeners`): it must see a
// listener an element leaves on the page, and only those.
import { expect } from '@open-wc/testing';
import { watchListeners, type ListenerWatch } from './mount.js';

class Leaky extends HTMLElement {
  onStorage = () => {};
  connectedCallback() {
    window.addEventListener('storage', this.onStorage);
    document.addEventListener('keydown', this.onStorage, { capture: true });
  }
  disconnectedCallback() {
    if (this.hasAttribute('tidy')) {
      window.removeEventListener('storage', this.onStorage);
      document.removeEventListener('keydown', this.onStorage, { capture: true });
    }
  }
}
customElements.define('watch-listeners-leaky', Leaky);

describe('watchListeners', () => {
  let watch: ListenerWatch | undefined;
  afterEach(() => watch?.stop());

  it('reports a listener a removed element left on the window and the document', () => {
    watch = watchListeners();
    const el = new Leaky();
    document.body.append(el);
    el.remove();
    expect(watch.alive()).to.deep.equal([
      { target: 'window', type: 'storage' },
      { target: 'document', type: 'keydown' },
    ]);
    watch.stop();
    window.removeEventListener('storage', el.onStorage);
    document.removeEventListener('keydown', el.onStorage, { capture: true });
  });

  it('reports nothing once the element removes its listeners (same capture flag)', () => {
    watch = watchListeners();
    const el = document.createElement('watch-listeners-leaky');
    el.setAttribute('tidy', '');
    document.body.append(el);
    el.remove();
    expect(watch.alive()).to.deep.equal([]);
  });

  it('a removal with another capture flag does not remove the listener', () => {
    watch = watchListeners();
    const f = () => {};
    window.addEventListener('resize', f, true);
    window.removeEventListener('resize', f);
    expect(watch.alive()).to.deep.equal([{ target: 'window', type: 'resize' }]);
    window.removeEventListener('resize', f, true);
    expect(watch.alive()).to.deep.equal([]);
  });

  it('does not count listeners on nodes in a shadow root, or on nodes no longer connected', () => {
    watch = watchListeners();
    const host = document.createElement('div');
    const inner = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    inner.addEventListener('click', () => {});
    host.addEventListener('click', () => {});
    expect(watch.alive()).to.deep.equal([{ target: 'div', type: 'click' }]);
    host.remove();
    expect(watch.alive()).to.deep.equal([]);
  });

  it('forgets a once listener that ran and a listener whose signal aborted', () => {
    watch = watchListeners();
    const abort = new AbortController();
    window.addEventListener('watch-once', () => {}, { once: true });
    window.addEventListener('watch-signal', () => {}, { signal: abort.signal });
    expect(watch.alive().map((l) => l.type)).to.deep.equal(['watch-once', 'watch-signal']);
    window.dispatchEvent(new Event('watch-once'));
    abort.abort();
    expect(watch.alive()).to.deep.equal([]);
  });

  it('counts a listener added twice once', () => {
    watch = watchListeners();
    const f = () => {};
    document.addEventListener('focusin', f);
    document.addEventListener('focusin', f);
    expect(watch.alive()).to.have.length(1);
    document.removeEventListener('focusin', f);
    expect(watch.alive()).to.deep.equal([]);
  });
});
