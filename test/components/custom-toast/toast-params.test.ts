// Toast parameters: checked and normalised before any renderer sees them.
import { expect } from '@open-wc/testing';
import {
  autoCloseDelay,
  normaliseToastParams,
  normaliseToastUpdate,
  toastChanges,
} from '../../../src/components/custom-toast/toast-params.js';

describe('toast parameters', () => {
  it("keeps the seed's fields, trims, and reads keyValue as keyValues", () => {
    const r = normaliseToastParams({
      title: '  Callback due ',
      icon: ' /i.svg ',
      subject: 'Grace Hopper',
      message: 'Call back at 10:30',
      keyValue: { Account: 'ACC-1', Attempts: 2, gone: null },
      buttons: ['Snooze', ' Call now '],
      showDismiss: false,
      autoClose: '5000',
      sticky: 'false',
      sendToMyMessages: true,
      width: 320.4,
      extra: 'dropped',
    });
    expect(r).to.deep.equal({
      ok: true,
      value: {
        title: 'Callback due',
        icon: new URL('/i.svg', document.baseURI).href, // the page's own: made absolute
        subject: 'Grace Hopper',
        message: 'Call back at 10:30',
        keyValues: { Account: 'ACC-1', Attempts: '2' },
        buttons: ['Snooze', 'Call now'],
        showDismiss: false,
        autoClose: 5000,
        sticky: false,
        sendToMyMessages: true,
        width: 320,
      },
    });
  });

  it('prefers keyValues over keyValue, and drops empty optional texts', () => {
    const r = normaliseToastParams({
      title: 'T',
      keyValues: { a: '1' },
      keyValue: { b: '2' },
      subject: '  ',
      message: '',
    });
    expect(r).to.deep.equal({ ok: true, value: { title: 'T', keyValues: { a: '1' } } });
  });

  it('requires a title', () => {
    for (const bad of [{}, { title: '' }, { title: '   ' }, { message: 'no title' }]) {
      expect(normaliseToastParams(bad)).to.deep.equal({
        ok: false,
        error: { code: 'title-required' },
      });
    }
    expect(normaliseToastParams(null)).to.deep.equal({
      ok: false,
      error: { code: 'not-an-object' },
    });
    expect(normaliseToastParams(['T'])).to.deep.equal({
      ok: false,
      error: { code: 'not-an-object' },
    });
  });

  it('names the field that is wrong', () => {
    const field = (p: object) => {
      const r = normaliseToastParams({ title: 'T', ...p });
      return r.ok ? 'ok' : r.error.code === 'invalid-field' ? r.error.field : r.error.code;
    };
    expect(field({ title: { x: 1 } })).to.equal('title');
    expect(field({ subject: {} })).to.equal('subject');
    expect(field({ buttons: 'OK' })).to.equal('buttons');
    expect(field({ buttons: ['A', ''] })).to.equal('buttons');
    expect(field({ buttons: ['A', { label: 'B' }] })).to.equal('buttons');
    expect(field({ keyValues: 'a=1' })).to.equal('keyValues');
    expect(field({ keyValues: { a: { nested: true } } })).to.equal('keyValues');
    expect(field({ autoClose: -1 })).to.equal('autoClose');
    expect(field({ autoClose: 'soon' })).to.equal('autoClose');
    expect(field({ width: 0 })).to.equal('width');
    expect(field({ sticky: 'yes' })).to.equal('sticky');
    expect(field({ autoClose: 0, width: '280' })).to.equal('ok');
  });

  it("checks an update's given fields only", () => {
    expect(normaliseToastUpdate({ message: 'Now' })).to.deep.equal({
      ok: true,
      value: { message: 'Now' },
    });
    expect(normaliseToastUpdate({ title: '' })).to.deep.equal({
      ok: false,
      error: { code: 'title-required' },
    });
    expect(normaliseToastUpdate({ keyValue: { a: 1 } })).to.deep.equal({
      ok: true,
      value: { keyValues: { a: '1' } },
    });
  });

  it('sends only what changed, and clears what was removed', () => {
    const prev = { title: 'A', message: 'old', buttons: ['x'], autoClose: 5000, width: 300 };
    expect(toastChanges(prev, { ...prev })).to.deep.equal({});
    expect(
      toastChanges(prev, { title: 'A', message: 'new', buttons: ['x', 'y'], width: 300 }),
    ).to.deep.equal({ message: 'new', buttons: ['x', 'y'], autoClose: 0 });
    expect(
      toastChanges({ title: 'A', subject: 's', keyValues: { a: '1' } }, { title: 'B' }),
    ).to.deep.equal({ title: 'B', subject: '', keyValues: {} });
  });

  it('closes by itself only with autoClose > 0 and not sticky', () => {
    expect(autoCloseDelay({ autoClose: 5000 })).to.equal(5000);
    expect(autoCloseDelay({ autoClose: 5000, sticky: true })).to.equal(0);
    expect(autoCloseDelay({ autoClose: 0 })).to.equal(0);
    expect(autoCloseDelay({})).to.equal(0);
  });
});
