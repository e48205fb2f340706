import { expect } from '@open-wc/testing';
import type { Interaction } from '../../../src/bridge/api.js';
import { resolveCall } from '../../../src/internal/call-status.js';
import {
  offerSecondsLeft,
  offerTimeoutSeconds,
  parseTimeoutSeconds,
  previewActions,
  previewPhase,
  rejectTakesReason,
  type PreviewActionInput,
} from '../../../src/components/callback-preview/preview-actions.js';
import { voiceInteraction as ix } from '../../support/interactions.js';

const input = (main: Interaction, p: Partial<PreviewActionInput> = {}): PreviewActionInput => ({
  main,
  phase: previewPhase(
    main,
    resolveCall({ interactions: new Map([[main.interactionId, main]]) }, main).call,
  ),
  connection: 'up',
  markdoneBlocks: {},
  number: '+14155550123',
  pending: new Set(),
  ...p,
});
const summary = (i: PreviewActionInput) =>
  previewActions(i).map((a) =>
    a.enabled ? a.action : `${a.action}:${a.reason}${a.detail ? `(${a.detail})` : ''}`,
  );

describe('callback-preview/preview-actions', () => {
  it('follows a voice callback from offer to released', () => {
    expect(previewPhase(ix({ state: 'RINGING' }), undefined)).to.equal('offered');
    expect(previewPhase(ix({ state: 'PREVIEW' }), undefined)).to.equal('offered');
    expect(previewPhase(ix({ state: 'DIALING' }), undefined)).to.equal('dialing');
    expect(previewPhase(ix({ state: 'TALKING' }), undefined)).to.equal('talking');
    expect(previewPhase(ix({ state: 'HELD' }), undefined)).to.equal('held');
    expect(previewPhase(ix({ state: 'IDLE' }), undefined)).to.equal('released');
    expect(previewPhase(ix({ state: 'COMPLETED' }), undefined)).to.equal('ended');
  });

  it('follows a web callback through its child call', () => {
    const web = ix({
      media: 'webcallback',
      state: 'ACCEPTED',
      capabilities: ['CALL', 'MARK_DONE'],
    });
    const child = ix({ interactionId: '2', parentInteraction: '1', state: 'DIALING' });
    expect(previewPhase(ix({ media: 'webcallback', state: 'INVITED' }), undefined)).to.equal(
      'offered',
    );
    expect(previewPhase(web, undefined)).to.equal('previewing');
    expect(previewPhase(web, child)).to.equal('dialing');
    expect(previewPhase(web, { ...child, state: 'TALKING' })).to.equal('talking');
    expect(previewPhase(web, { ...child, state: 'HELD' })).to.equal('held');
    expect(previewPhase(web, { ...child, state: 'IDLE' })).to.equal('previewing'); // "Ready to Call"
    expect(previewPhase({ ...web, state: 'COMPLETED' }, undefined)).to.equal('ended');
  });

  it('offers Accept / Reject when offered and Call / Done / Schedule when previewing', () => {
    expect(summary(input(ix({ capabilities: ['ACCEPT', 'REJECT'] })))).to.deep.equal([
      'accept',
      'reject',
    ]);
    expect(
      summary(
        input(ix({ media: 'webcallback', state: 'ACCEPTED', capabilities: ['CALL', 'MARK_DONE'] })),
      ),
    ).to.deep.equal(['call', 'done', 'schedule']);
    expect(summary(input(ix({ state: 'IDLE', capabilities: ['MARK_DONE'] })))).to.deep.equal([
      'done',
      'schedule',
    ]);
    expect(summary(input(ix({ state: 'COMPLETED' })))).to.deep.equal([]);
  });

  it('says why an action is disabled', () => {
    const web = ix({
      media: 'webcallback',
      state: 'ACCEPTED',
      capabilities: ['CALL', 'MARK_DONE'],
    });
    // INVITED is where the seed lists ACCEPT / REJECT: a list without ACCEPT refuses Accept…
    expect(
      summary(input(ix({ media: 'webcallback', state: 'INVITED', capabilities: ['REJECT'] }))),
    ).to.deep.equal(['accept:capability(ACCEPT)', 'reject']);
    // …while a ringing voice call's accept has no capability in the seed: its state decides.
    expect(summary(input(ix({ capabilities: ['REJECT'] })))).to.deep.equal(['accept', 'reject']);
    expect(summary(input(ix({ capabilities: [] })))).to.deep.equal(['accept', 'reject']);
    expect(summary(input(web, { connection: 'DISCONNECTED' }))).to.deep.equal([
      'call:disconnected',
      'done:disconnected',
      'schedule:disconnected',
    ]);
    expect(summary(input(web, { pending: new Set(['call'] as const) }))).to.deep.equal([
      'call:pending',
      'done',
      'schedule',
    ]);
    expect(summary(input(web, { markdoneBlocks: { 1: 'Pick a disposition.' } }))).to.deep.equal([
      'call',
      'done:markdoneBlocked(Pick a disposition.)',
      'schedule',
    ]);
    expect(summary(input(web, { number: null }))).to.deep.equal([
      'call:noNumber',
      'done',
      'schedule',
    ]);
    expect(
      summary(input(ix({ state: 'TALKING', capabilities: ['HANGUP', 'HOLD'] }))),
    ).to.deep.equal(['done:callActive', 'schedule']);
    expect(summary(input(ix({ state: 'IDLE' })))).to.deep.equal(['done', 'schedule']); // no capability list: state rules alone
  });

  it('carries a reject reason only for open-media offers (seed 000 DeclineCallback)', () => {
    expect(rejectTakesReason({ media: 'webcallback' })).to.equal(true);
    expect(rejectTakesReason({ media: 'voice' })).to.equal(false);
    expect(rejectTakesReason({})).to.equal(false);
  });

  it('counts down an offer and reads timeouts', () => {
    expect(offerSecondsLeft(1000, 30, 1000)).to.equal(30);
    expect(offerSecondsLeft(1000, 30, 1500)).to.equal(30);
    expect(offerSecondsLeft(1000, 30, 30_001)).to.equal(1);
    expect(offerSecondsLeft(1000, 30, 99_000)).to.equal(0);
    expect(offerSecondsLeft(1000, null, 1000)).to.equal(null);
    expect(parseTimeoutSeconds('30')).to.equal(30);
    expect(parseTimeoutSeconds(12)).to.equal(12);
    for (const v of ['0', '', 'x', null, undefined, -5, ['30']])
      expect(parseTimeoutSeconds(v)).to.equal(null);
  });
});

describe('callback-preview/preview-actions: scheduling after the call', () => {
  it('refuses Schedule with afterRelease when scheduling cannot work now', () => {
    const released = ix({ state: 'IDLE' });
    expect(summary(input(released))).to.deep.equal(['done', 'schedule']);
    expect(summary(input(released, { canScheduleNow: false }))).to.deep.equal([
      'done',
      'schedule:afterRelease',
    ]);
  });

  it('reads the offer timeout from the attribute, else the workspace option', () => {
    expect(offerTimeoutSeconds('45', { 'callback.offer-timeout': '30' })).to.equal(45);
    expect(offerTimeoutSeconds(null, { 'callback.offer-timeout': '30' })).to.equal(30);
    expect(offerTimeoutSeconds(null, undefined)).to.equal(null);
  });
});
