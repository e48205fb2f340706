// Unit tests of the shared drafts helper (src/internal/drafts.ts).
import { expect } from '@open-wc/testing';
import { TestStorage } from '../support/test-storage.js';
import {
  clearDraft,
  clearInteractionDrafts,
  draftKey,
  listDrafts,
  readDraft,
  writeDraft,
} from '../../src/internal/drafts.js';

describe('drafts', () => {
  it('builds namespaced keys, skipping blank parts and escaping slashes', () => {
    expect(draftKey('record-fields', 'Outbound Campaign', 283)).to.equal(
      'adk-draft:record-fields/Outbound%20Campaign/283',
    );
    expect(draftKey('disposition', null, '', '7')).to.equal('adk-draft:disposition/7');
    expect(draftKey('x', 'a/b')).to.equal('adk-draft:x/a%2Fb');
  });

  it('writes, reads back with the time, lists and clears', () => {
    const storage = new TestStorage();
    const opts = { storage, now: () => 1234 };
    const key = draftKey('test', 'a');
    expect(readDraft(key, opts)).to.equal(null);
    expect(writeDraft(key, { n: 1, s: 'x' }, opts)).to.equal('storage');
    expect(readDraft(key, opts)).to.deep.equal({ value: { n: 1, s: 'x' }, savedAt: 1234 });
    writeDraft(draftKey('test', 'b'), 'two', opts);
    writeDraft(draftKey('other'), 'three', opts);
    expect(listDrafts(draftKey('test'), opts)).to.deep.equal([key, draftKey('test', 'b')]);
    clearDraft(key, opts);
    expect(readDraft(key, opts)).to.equal(null);
  });

  it('keeps a draft in memory when storage refuses it, and says so', () => {
    const storage = new TestStorage();
    storage.refuse = true;
    const key = draftKey('test', 'full');
    expect(writeDraft(key, 'kept', { storage })).to.equal('memory');
    expect(readDraft(key, { storage })?.value).to.equal('kept');
    expect(listDrafts(draftKey('test'), { storage })).to.include(key);
    storage.refuse = false;
    expect(writeDraft(key, 'stored', { storage })).to.equal('storage');
    expect(storage.getItem(key)).to.contain('stored');
    expect(readDraft(key, { storage })?.value).to.equal('stored');
    clearDraft(key, { storage });
  });

  it('works without storage at all, and ignores unreadable entries', () => {
    const key = draftKey('test', 'none');
    expect(writeDraft(key, 5, { storage: null })).to.equal('memory');
    expect(readDraft(key, { storage: null })?.value).to.equal(5);
    clearDraft(key, { storage: null });
    const storage = new TestStorage();
    storage.map.set(key, '{not json');
    expect(readDraft(key, { storage })).to.equal(null);
    storage.map.set(key, JSON.stringify({ nope: 1 }));
    expect(readDraft(key, { storage })).to.equal(null);
  });

  it('uses localStorage by default', () => {
    const key = draftKey('test', 'local');
    writeDraft(key, ['a']);
    expect(localStorage.getItem(key)).to.contain('"a"');
    expect(readDraft<string[]>(key)?.value).to.deep.equal(['a']);
    clearDraft(key);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('keeps at most maxDrafts: writing a new one evicts the oldest', () => {
    const storage = new TestStorage();
    let now = 0;
    const opts = { storage, now: () => ++now, maxDrafts: 3 };
    for (const k of ['a', 'b', 'c']) writeDraft(draftKey('cap', k), k, opts);
    writeDraft(draftKey('cap', 'a'), 'a again', opts); // an update: nothing evicted, a is newest
    expect(listDrafts(draftKey('cap'), opts)).to.have.length(3);
    writeDraft(draftKey('cap', 'd'), 'd', opts);
    expect(listDrafts(draftKey('cap'), opts)).to.deep.equal(
      ['a', 'c', 'd'].map((k) => draftKey('cap', k)),
    );
    storage.map.set(draftKey('cap', 'broken'), '{not json');
    writeDraft(draftKey('cap', 'e'), 'e', opts); // an unreadable entry goes first, then the oldest
    expect(listDrafts(draftKey('cap'), opts)).to.deep.equal(
      ['a', 'd', 'e'].map((k) => draftKey('cap', k)),
    );
  });

  it('clears the drafts tied to an interaction, and only those', () => {
    const storage = new TestStorage();
    const opts = { storage };
    writeDraft(draftKey('tie', 'x', '7'), 'note', { ...opts, interactionId: '7' });
    writeDraft(draftKey('tie', 'y', '7'), 'fields', { ...opts, interactionId: '7' });
    writeDraft(draftKey('tie', 'record-70'), 'record', opts);
    writeDraft(draftKey('tie', 'x', '8'), 'other', { ...opts, interactionId: '8' });
    expect(readDraft(draftKey('tie', 'x', '7'), opts)?.interactionId).to.equal('7');
    expect(clearInteractionDrafts('7', opts)).to.equal(2);
    expect(listDrafts(draftKey('tie'), opts)).to.deep.equal([
      draftKey('tie', 'record-70'),
      draftKey('tie', 'x', '8'),
    ]);
  });
});
