import { expect } from '@open-wc/testing';
import {
  callbackKind,
  isWebCallback,
} from '../../../src/components/callback-preview/callback-kind.js';

const NOW = Date.UTC(2025, 5, 10, 13, 30);
const iso = (ms: number) => new Date(ms).toISOString();

describe('callback-preview/callback-kind', () => {
  it('tells the four seed 001 types apart', () => {
    const voice = { media: 'voice', state: 'RINGING' as const, startDate: iso(NOW) };
    expect(callbackKind(voice, { type: 'ASAP', startTime: iso(NOW - 300_000) }, NOW)).to.deep.equal(
      { channel: 'callback', mode: 'immediate' },
    );
    expect(callbackKind(voice, { type: 'ASAP', startTime: iso(NOW + 600_000) }, NOW)).to.deep.equal(
      { channel: 'callback', mode: 'delayed' },
    );
    expect(callbackKind(voice, { type: 'SCHEDULED', startTime: iso(NOW) }, NOW)).to.deep.equal({
      channel: 'callback',
      mode: 'scheduled',
    });
    expect(
      callbackKind({ ...voice, state: 'PREVIEW' }, { type: 'SCHEDULED', startTime: iso(NOW) }, NOW),
    ).to.deep.equal({ channel: 'callback', mode: 'delayed-preview' });
  });

  it('measures a delay from the interaction creation, else from now', () => {
    const info = { type: 'ASAP' as const, startTime: iso(NOW + 600_000) };
    expect(
      callbackKind({ media: 'voice', state: 'TALKING', startDate: iso(NOW + 599_000) }, info, NOW)!
        .mode,
    ).to.equal('immediate');
    expect(
      callbackKind({ media: 'voice', state: 'TALKING', startDate: 'garbage' }, info, NOW)!.mode,
    ).to.equal('delayed');
    expect(
      callbackKind({ media: 'voice', state: 'TALKING' }, { type: 'UNKNOWN', startTime: null }, NOW)!
        .mode,
    ).to.equal('immediate');
  });

  it('knows a web callback by its media, with or without callback data', () => {
    expect(callbackKind({ media: 'webcallback', state: 'INVITED' }, null, NOW)).to.deep.equal({
      channel: 'webcallback',
      mode: 'immediate',
    });
    expect(
      callbackKind(
        { media: 'WebCallback', state: 'ACCEPTED' },
        { type: 'SCHEDULED', startTime: null },
        NOW,
      ),
    ).to.deep.equal({ channel: 'webcallback', mode: 'scheduled' });
    expect(callbackKind({ media: 'voice', state: 'RINGING' }, null, NOW)).to.equal(null);
    expect(isWebCallback(undefined)).to.equal(false);
  });
});
