import { expect } from '@open-wc/testing';
import { parseInstant, toIsoInstant } from '../../../src/bridge/models/instant.js';

const ISO = '2021-03-17T14:42:39.000Z';

describe('models/instant', () => {
  it('reads ISO 8601 with Z', () => {
    expect(toIsoInstant('2021-03-17T14:42:39Z')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17T14:42:39.000Z')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17t14:42:39z')).to.equal(ISO);
  });

  it('reads offsets in every ISO spelling and converts to UTC', () => {
    expect(toIsoInstant('2021-03-17T15:42:39+01:00')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17T15:42:39+0100')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17T15:42:39+01')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17T09:12:39-05:30')).to.equal(ISO);
    expect(toIsoInstant('2021-03-18T00:12:39+09:30')).to.equal(ISO);
  });

  it('accepts a space separator, minutes-only times and fractions', () => {
    expect(toIsoInstant('2021-03-17 14:42:39Z')).to.equal(ISO);
    expect(toIsoInstant('2021-03-17T14:42Z')).to.equal('2021-03-17T14:42:00.000Z');
    expect(toIsoInstant('2021-03-17T14:42:39.5Z')).to.equal('2021-03-17T14:42:39.500Z');
    expect(toIsoInstant('2021-03-17T14:42:39.123456Z')).to.equal('2021-03-17T14:42:39.123Z');
  });

  it('reads epoch milliseconds and seconds, as numbers or strings', () => {
    expect(toIsoInstant(1615992159000)).to.equal(ISO);
    expect(toIsoInstant('1615992159000')).to.equal(ISO);
    expect(toIsoInstant(1615992159)).to.equal(ISO);
    expect(toIsoInstant(' 1615992159 ')).to.equal(ISO);
    expect(toIsoInstant(0)).to.equal('1970-01-01T00:00:00.000Z');
  });

  it('accepts a leap day and rejects days that do not exist', () => {
    expect(toIsoInstant('2024-02-29T00:00:00Z')).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseInstant('2023-02-29T00:00:00Z')).to.deep.equal({
      ok: false,
      reason: 'no such day',
    });
    expect(parseInstant('2021-04-31T00:00:00Z').ok).to.equal(false);
    expect(parseInstant('2021-13-01T00:00:00Z').ok).to.equal(false);
    expect(parseInstant('2021-03-17T24:00:00Z').ok).to.equal(false);
    expect(parseInstant('2021-03-17T14:60:00Z').ok).to.equal(false);
    expect(parseInstant('2021-03-17T14:42:39+19:00').ok).to.equal(false);
  });

  it('refuses date-times without a zone, saying so', () => {
    const r = parseInstant('2021-03-17 14:42:39');
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.reason).to.contain('time zone');
  });

  it('refuses garbage without throwing', () => {
    for (const v of [
      'abc',
      '',
      '2021-03-17',
      'tomorrow 10am',
      '17/03/2021 14:42',
      NaN,
      Infinity,
      1e20,
      null,
      undefined,
      {},
      [],
      true,
      Symbol('x'),
      10n,
    ]) {
      const r = parseInstant(v);
      expect(r.ok, String(typeof v === 'symbol' ? 'symbol' : v)).to.equal(false);
      expect(toIsoInstant(v)).to.equal(null);
    }
  });
});
