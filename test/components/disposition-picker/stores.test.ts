import { expect } from '@open-wc/testing';
import { TestStorage } from '../../support/test-storage.js';
import { WrapupDrafts } from '../../../src/components/disposition-picker/drafts.js';
import {
  MAX_STORED,
  RecentCodes,
} from '../../../src/components/disposition-picker/recent-codes.js';

describe('recent-codes', () => {
  it('keeps codes most recent first, without repeats, bounded', () => {
    const storage = new TestStorage();
    const recent = new RecentCodes('page', { storage });
    recent.use('A');
    recent.use('B');
    recent.use('A');
    expect(recent.all()).to.deep.equal(['A', 'B']);
    expect(new RecentCodes('page', { storage }).all()).to.deep.equal(['A', 'B']); // survives a reload
    expect(new RecentCodes('other', { storage }).all()).to.deep.equal([]);
    for (let i = 0; i < 30; i++) recent.use(`C${i}`);
    expect(recent.all().length).to.equal(MAX_STORED);
    expect(recent.all()[0]).to.equal('C29');
    expect(recent.list(3, (c) => c !== 'C28')).to.deep.equal(['C29', 'C27', 'C26']);
    expect(recent.list(0)).to.deep.equal([]);
    recent.use('');
    expect(recent.all()[0]).to.equal('C29');
    recent.clear();
    expect(recent.all()).to.deep.equal([]);
  });

  it('ignores malformed storage', () => {
    const storage = new TestStorage();
    storage.setItem('adk-recent:disposition-picker/page', '{nope');
    expect(new RecentCodes('page', { storage }).all()).to.deep.equal([]);
    storage.setItem(
      'adk-recent:disposition-picker/page',
      JSON.stringify({ value: ['A', 3, null, 'A', 'B'], savedAt: 1 }),
    );
    expect(new RecentCodes('page', { storage }).all()).to.deep.equal(['A', 'B']);
  });
});

describe('drafts', () => {
  it('keeps each field until the workspace has the same value, across a reload', () => {
    const storage = new TestStorage();
    const drafts = new WrapupDrafts('crm', { storage });
    drafts.set('1', 'case-a', 'code', 'Sale/New');
    drafts.set('1', 'case-a', 'note', 'called back');
    const reloaded = new WrapupDrafts('crm', { storage });
    expect(reloaded.get('1', 'case-a')).to.deep.equal({
      caseId: 'case-a',
      fields: { code: 'Sale/New', note: 'called back' },
    });
    expect(reloaded.field('1', 'case-a', 'code')).to.equal('Sale/New');
    expect(reloaded.field('1', 'case-a', 'callResult')).to.equal(undefined);
    // a save of an older value does not drop a newer edit
    reloaded.settle('1', 'case-a', 'note', 'called');
    expect(reloaded.field('1', 'case-a', 'note')).to.equal('called back');
    reloaded.settle('1', 'case-a', 'note', 'called back');
    expect(reloaded.field('1', 'case-a', 'note')).to.equal(undefined);
    reloaded.settle('1', 'case-a', 'code', 'Sale/New');
    expect(reloaded.get('1', 'case-a')).to.equal(undefined);
    expect(storage.length).to.equal(0);
  });

  it('records a cleared field as null, and empty text settles against nothing', () => {
    const drafts = new WrapupDrafts('crm', { storage: new TestStorage() });
    drafts.set('2', null, 'code', null);
    expect(drafts.field('2', null, 'code')).to.equal(null);
    drafts.set('2', null, 'note', '');
    drafts.settle('2', null, 'note', null);
    expect(drafts.field('2', null, 'note')).to.equal(undefined);
    drafts.discard('2', null);
    expect(drafts.get('2')).to.equal(undefined);
  });

  it('does not show a draft on another case’s interaction with the same id', () => {
    const drafts = new WrapupDrafts('crm', { storage: new TestStorage() });
    drafts.set('1', 'old-case', 'code', 'Other');
    expect(drafts.get('1', 'new-case')).to.equal(undefined);
    expect(drafts.get('1', 'old-case')?.fields.code).to.equal('Other');
    expect(drafts.get('1')?.fields.code).to.equal('Other');
    expect(drafts.interactionIds()).to.deep.equal(['1']);
  });

  it('scopes drafts by page key, drops old ones, and says when storage refuses', () => {
    const storage = new TestStorage();
    let now = 1_000_000_000;
    const a = new WrapupDrafts('page-a', { storage, now: () => now, maxAgeMs: 1000 });
    const b = new WrapupDrafts('page-a-b', { storage, now: () => now });
    a.set('7', null, 'code', 'X');
    b.set('8', null, 'code', 'Y');
    expect(a.interactionIds()).to.deep.equal(['7']);
    now += 5000;
    a.set('9', null, 'code', 'Z');
    expect(a.interactionIds()).to.deep.equal(['9']);
    expect(a.persistent).to.equal(true);
    storage.refuse = true;
    a.set('9', null, 'note', 'kept in memory');
    expect(a.persistent).to.equal(false);
    expect(a.field('9', null, 'note')).to.equal('kept in memory');
  });

  it('ignores malformed storage', () => {
    const storage = new TestStorage();
    storage.setItem('adk-draft:disposition-picker/crm/1', 'garbage');
    storage.setItem(
      'adk-draft:disposition-picker/crm/2',
      JSON.stringify({ value: { fields: [] }, savedAt: 1 }),
    );
    storage.setItem(
      'adk-draft:disposition-picker/crm/3',
      JSON.stringify({ value: { fields: { code: 3, note: 'ok' } }, savedAt: Date.now() }),
    );
    const drafts = new WrapupDrafts('crm', { storage });
    expect(drafts.get('1')).to.equal(undefined);
    expect(drafts.get('2')).to.equal(undefined);
    expect(drafts.get('3')).to.deep.equal({ caseId: null, fields: { note: 'ok' } });
  });

  it('reads a draft once, keeps its own writes, and reads again when told another tab wrote', () => {
    const storage = new TestStorage();
    let reads = 0;
    const getItem = storage.getItem.bind(storage);
    storage.getItem = (k: string) => {
      reads++;
      return getItem(k);
    };
    const drafts = new WrapupDrafts('crm', { storage });
    expect(drafts.field('1', 'c1', 'note')).to.equal(undefined);
    expect(drafts.field('1', 'c1', 'code')).to.equal(undefined);
    expect(reads, 'one read for the interaction').to.equal(1);
    drafts.set('1', 'c1', 'note', 'mine');
    reads = 0;
    expect(drafts.field('1', 'c1', 'note')).to.equal('mine');
    expect(reads, 'its own write is known').to.equal(0);
    // Another tab writes: until told (`storage` event), the draft read stays; then it is read again.
    const other = new WrapupDrafts('crm', { storage });
    other.set('1', 'c1', 'note', 'theirs');
    expect(drafts.field('1', 'c1', 'note')).to.equal('mine');
    expect(drafts.interactionOf('adk-draft:disposition-picker/crm/1')).to.equal('1');
    expect(drafts.interactionOf('adk-draft:disposition-picker/crm-b/1')).to.equal(undefined);
    drafts.forget('1');
    expect(drafts.field('1', 'c1', 'note')).to.equal('theirs');
    // A discarded draft is known to be gone, without a read.
    drafts.discard('1', 'c1');
    reads = 0;
    expect(drafts.get('1', 'c1')).to.equal(undefined);
    expect(reads).to.equal(0);
    expect(storage.map.size).to.equal(0);
  });
});
