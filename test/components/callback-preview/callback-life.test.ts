// How a shown callback comes to its end, and which callback an interaction leads to.
import { expect } from '@open-wc/testing';
import { CallbackLife } from '../../../src/components/callback-preview/callback-life.js';
import { followedCallback } from '../../../src/components/callback-preview/callback-kind.js';
import { voiceInteraction as ix } from '../../support/interactions.js';

describe('callback-preview/callback-life', () => {
  it('an offer gone unanswered was returned; a rejected or done one says so; another id is not its end', () => {
    const life = new CallbackLife();
    expect(life.see(ix({}), 1000)).to.equal(true);
    expect(life.offeredSince('1')).to.equal(1000);
    life.see(ix({}), 5000); // counted from the first sight
    expect(life.offeredSince('1')).to.equal(1000);
    expect(life.end('2', undefined)).to.equal(null);
    expect(life.end('1', ix({}))).to.equal(null);
    expect(life.end('1', undefined)).to.equal('returned');

    life.see(ix({ interactionId: '3', state: 'TALKING' }), 0);
    life.acting('3', 'done');
    life.acting('3', 'done', false); // that request failed
    expect(life.end('3', ix({ interactionId: '3', state: 'TALKING' }))).to.equal(null);
    life.acting('3', 'reject');
    expect(life.end('3', undefined)).to.equal('rejected');
  });

  it('released with a ronaCallState: returned even while still listed', () => {
    const life = new CallbackLife();
    life.see(ix({ state: 'RINGING' }), 0);
    expect(life.end('1', ix({ state: 'IDLE', ronaCallState: 'NO_ANSWER' }))).to.equal('returned');
  });

  it('notes when the call first connected; keeps the kind first shown; remembers a booking', () => {
    const life = new CallbackLife();
    life.see(ix({ state: 'PREVIEW' }), 1000);
    expect(life.connectedSince('1')).to.equal(undefined);
    life.see(ix({ state: 'TALKING' }), 2000);
    life.see(ix({ state: 'HELD' }), 3000);
    life.see(ix({ state: 'IDLE' }), 4000);
    expect(life.connectedSince('1')).to.equal(2000);
    // A delayed agent-preview callback accepted reads as "scheduled" from its data alone.
    const preview = { channel: 'callback', mode: 'delayed-preview' } as const;
    expect(life.firstKind('1', preview)).to.equal(preview);
    expect(life.firstKind('1', { channel: 'callback', mode: 'scheduled' })).to.equal(preview);
    expect(life.firstKind('2', { channel: 'callback', mode: 'scheduled' }).mode).to.equal(
      'scheduled',
    );
    life.book('1', '2026-03-09T14:00:00.000Z');
    expect(life.bookedAt('1')).to.equal('2026-03-09T14:00:00.000Z');
    expect(life.bookedAt('2')).to.equal(undefined);
  });

  it("a web callback's call leads to its web callback", () => {
    const web = ix({ interactionId: 'w', media: 'webcallback', state: 'ACCEPTED' });
    const call = ix({ interactionId: 'c', userData: { IW_WebcallbackInteractionId: 'w' } });
    const all = new Map([
      ['w', web],
      ['c', call],
    ]);
    expect(followedCallback(call, all)).to.equal(web);
    expect(followedCallback(web, all)).to.equal(web);
    expect(followedCallback(undefined, all)).to.equal(undefined);
  });
});
