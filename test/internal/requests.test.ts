import { expect } from '@open-wc/testing';
import { HostError } from '../../src/bridge/errors.js';
import type { CallActionDetail } from '../../src/components/call-actions/call-actions.events.js';
import type { ResultDetail } from '../../src/events.js';
import { en } from '../../src/i18n/en.js';
import { RequestController } from '../../src/internal/requests.js';
import { heldInteractions, pruneInteractions } from '../../src/bridge/per-interaction.js';

/** A controller host that is a real EventTarget (the request events are dispatched on it). */
class Host extends EventTarget {
  updates = 0;
  addController() {}
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  updateComplete = Promise.resolve(true);
}

const detail: CallActionDetail = { action: 'hold', interactionId: 'ix-1' };

describe('RequestController', () => {
  it('is pending, then done; a pending key is not started twice', async () => {
    const h = new Host();
    const c = new RequestController<'hold'>(h);
    let finish!: () => void;
    const run = c.run('hold', () => new Promise<void>((r) => (finish = r)));
    expect(c.isPending('hold')).to.equal(true);
    expect(c.pending).to.deep.equal(['hold']);
    expect(c.regions(() => 'Hold', en.actions)).to.deep.equal({ status: 'Hold…', error: '' });
    expect(await c.run('hold', () => Promise.resolve())).to.deep.equal({
      ok: false,
      error: 'pending',
    });
    finish();
    expect((await run).ok).to.equal(true);
    expect(c.outcome('hold')!.phase).to.equal('done');
    expect(c.regions(() => 'Hold', en.actions).status).to.equal('Hold: done.');
    expect(h.updates).to.be.greaterThan(1);
  });

  it('says a failure in the assertive region, in words; clear() forgets it', async () => {
    const c = new RequestController<'hold'>(new Host());
    await c.run('hold', () =>
      Promise.reject(new HostError('voice.hold', 'Error: The call cannot be held in state IDLE.')),
    );
    expect(c.regions(() => 'Hold', en.actions)).to.deep.equal({
      status: '',
      error: 'Hold failed: The call cannot be held in state IDLE.',
    });
    c.clear();
    expect(c.latest).to.equal(undefined);
    expect(c.regions(() => 'Hold', en.actions)).to.deep.equal({ status: '', error: '' });
  });

  it('leaves the progress of keys shown elsewhere out of the regions, not their failures', async () => {
    const c = new RequestController<'dtmf'>(new Host());
    await c.run('dtmf', () => Promise.resolve());
    expect(
      c.regions(
        () => 'Digits',
        en.actions,
        (k) => k === 'dtmf',
      ).status,
    ).to.equal('');
    await c.run('dtmf', () => Promise.reject(new Error('no')));
    expect(
      c.regions(
        () => 'Digits',
        en.actions,
        (k) => k === 'dtmf',
      ).error,
    ).to.contain('failed');
  });

  it('keys by a typed value through `id`, never a string parsed back', async () => {
    type Key = { kind: 'call'; handle: number };
    const c = new RequestController<Key>(new Host(), { id: (k) => `${k.kind}/${k.handle}` });
    let finish!: () => void;
    void c.run({ kind: 'call', handle: 7 }, () => new Promise<void>((r) => (finish = r)));
    expect(c.isPending({ kind: 'call', handle: 7 })).to.equal(true);
    expect(c.isPending({ kind: 'call', handle: 8 })).to.equal(false);
    expect(c.pending[0].handle).to.equal(7);
    finish();
  });

  it('fires the cancelable adk-<name> before and adk-<name>-result after, with { ok, error? }', async () => {
    const h = new Host();
    const c = new RequestController<'hold'>(h);
    const seen: string[] = [];
    let result: ResultDetail<CallActionDetail> | undefined;
    h.addEventListener('adk-call-action', (e) => {
      const ev = e as CustomEvent<CallActionDetail>;
      expect(ev.cancelable && ev.bubbles && ev.composed).to.equal(true);
      seen.push(`before:${ev.detail.action}`);
    });
    h.addEventListener('adk-call-action-result', (e) => {
      result = (e as CustomEvent<ResultDetail<CallActionDetail>>).detail;
      seen.push('after');
    });
    const r = await c.request('adk-call-action', detail, 'hold', () => Promise.resolve(1));
    expect(r).to.deep.equal({ ok: true, value: 1 });
    expect(seen).to.deep.equal(['before:hold', 'after']);
    expect(result).to.deep.equal({ action: 'hold', interactionId: 'ix-1', ok: true });
    const error = new Error('refused');
    await c.request('adk-call-action', detail, 'hold', () => Promise.reject(error));
    expect(result).to.deep.equal({ action: 'hold', interactionId: 'ix-1', ok: false, error });
  });

  it('sends nothing when a page vetoes the request, and fires no result', async () => {
    const h = new Host();
    const c = new RequestController<'hold'>(h);
    let ran = false;
    let results = 0;
    h.addEventListener('adk-call-action', (e) => e.preventDefault());
    h.addEventListener('adk-call-action-result', () => results++);
    const r = await c.request('adk-call-action', detail, 'hold', async () => {
      ran = true;
    });
    expect(r).to.deep.equal({ ok: false, vetoed: true });
    expect(ran).to.equal(false);
    expect(results).to.equal(0);
    expect(c.latest).to.equal(undefined);
  });

  it('drops the settled outcomes of a gone interaction (interactionOf); pending ones stay', async () => {
    const h = new Host();
    type Key = { id: string; n: number };
    const c = new RequestController<Key>(h, {
      id: (k) => `${k.id}/${k.n}`,
      interactionOf: (k) => k.id,
    });
    await c.run({ id: 'a', n: 1 }, () => Promise.resolve());
    await c.run({ id: 'b', n: 1 }, () => Promise.reject(new Error('no')));
    let finish!: () => void;
    const pending = c.run({ id: 'a', n: 2 }, () => new Promise<void>((r) => (finish = r)));
    expect(heldInteractions(h)).to.deep.equal(['a', 'b']);
    pruneInteractions(h, (id) => id === 'b');
    expect(c.outcome({ id: 'a', n: 1 })).to.equal(undefined);
    expect(c.isPending({ id: 'a', n: 2 })).to.equal(true);
    expect(c.outcome({ id: 'b', n: 1 })?.phase).to.equal('failed');
    finish();
    await pending;
    pruneInteractions(h, () => false);
    expect(heldInteractions(h)).to.deep.equal([]);
  });
});
