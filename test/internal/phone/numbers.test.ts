// Phone numbers (src/internal/phone/numbers.ts, libphonenumber-js): normalised for voice.dial and
// made readable, from several countries.
import { expect } from '@open-wc/testing';
import { dialNumber, readableNumber } from '../../../src/internal/phone/numbers.js';

describe('phone numbers', () => {
  it('normalises numbers of several countries to E.164 and shows them national at home, international abroad', () => {
    const cases: Array<[string, string, string, string]> = [
      ['(415) 555-0123', 'US', '+14155550123', '(415) 555-0123'],
      ['tel:+1-415-555-0123', 'FR', '+14155550123', '+1 415 555 0123'],
      ['01 42 68 53 00', 'FR', '+33142685300', '01 42 68 53 00'],
      ['+44 20 7183 8750', 'FR', '+442071838750', '+44 20 7183 8750'],
      ['020 7183 8750', 'GB', '+442071838750', '020 7183 8750'],
      ['030 12345678', 'DE', '+493012345678', '030 12345678'],
      ['tel:+81-3-1234-5678', 'US', '+81312345678', '+81 3 1234 5678'],
    ];
    for (const [raw, country, dial, display] of cases)
      expect(dialNumber(raw, country), raw).to.deep.include({ ok: true, dial, display });
  });

  it('dials an extension as written; refuses what is not a number', () => {
    expect(dialNumber('5002', 'US')).to.deep.equal({
      ok: true,
      dial: '5002',
      display: '5002',
      country: null,
    });
    expect(dialNumber('tel:', 'US')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(dialNumber('12345678901234567890', 'US')).to.deep.equal({
      ok: false,
      reason: 'invalid',
    });
    expect(dialNumber('4155550123', 'XX')).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(readableNumber('sip:grace@example.com', 'US')).to.equal('sip:grace@example.com');
  });
});
