import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { lazyModule } from '../../src/internal/lazy-module.js';
import { LazyModuleController } from '../../src/internal/lazy-module-controller.js';

describe('lazy-module', () => {
  it('loads once, later calls sharing the promise', async () => {
    let loads = 0;
    const load = lazyModule(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(loads).to.equal(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const load = lazyModule(async () => {
      if (++loads === 1) throw new Error('offline');
      return 'module';
    });
    let failure: unknown;
    await load().catch((e: unknown) => (failure = e));
    expect(String(failure)).to.contain('offline');
    expect(await load()).to.equal('module');
    expect(loads).to.equal(2);
  });

  it('gives an element the module on its first connection and re-renders it; a failure is kept as `error`', async () => {
    let fail = true;
    const load = lazyModule(async () => {
      if (fail) throw new Error('offline');
      return { greet: 'hello' };
    });
    class LazyProbe extends LitElement {
      readonly lazy = new LazyModuleController(this, load);
      render() {
        return html`${this.lazy.module?.greet ?? (this.lazy.error ? 'failed' : 'loading')}`;
      }
    }
    customElements.define('lazy-probe', LazyProbe);
    const el = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent === 'failed', 'no failure shown');
    fail = false;
    el.remove();
    document.body.append(el); // connected again: tried again
    await waitUntil(() => el.shadowRoot!.textContent === 'hello', 'module never shown');
    expect(el.lazy.error).to.equal(undefined);
    el.remove();
  });
});
