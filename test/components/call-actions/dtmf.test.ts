import { expect } from '@open-wc/testing';
import {
  MAX_DTMF_LENGTH,
  appendDtmf,
  dtmfDigit,
  parseDtmf,
  reportedDtmf,
} from '../../../src/components/call-actions/dtmf.js';

describe('DTMF', () => {
  it('accepts 0–9 * # A–D, case-insensitively, and nothing else', () => {
    for (const k of '0123456789*#ABCD') expect(dtmfDigit(k), k).to.equal(k);
    expect(dtmfDigit('a')).to.equal('A');
    expect(dtmfDigit('d')).to.equal('D');
    for (const k of ['E', 'e', '+', ' ', '', '12', 'Enter', 'Tab'])
      expect(dtmfDigit(k), k).to.equal(null);
  });
  it('validates a string and lists what is not a digit', () => {
    expect(parseDtmf('12 34#*ab')).to.deep.equal({ ok: true, digits: '1234#*AB' });
    expect(parseDtmf('12x+x')).to.deep.equal({ ok: false, invalid: ['x', '+'] });
    expect(parseDtmf('')).to.deep.equal({ ok: true, digits: '' });
  });
  it('appends to the history and keeps the last digits', () => {
    expect(appendDtmf('12', '3#')).to.equal('123#');
    expect(appendDtmf('1'.repeat(MAX_DTMF_LENGTH), '9'))
      .to.have.length(MAX_DTMF_LENGTH)
      .and.match(/9$/);
  });
  it('reads what the workspace reports under the key, and ignores anything else', () => {
    expect(reportedDtmf({ DTMF: '12#' }, 'DTMF')).to.equal('12#');
    expect(reportedDtmf({ DTMF: 1234 }, 'DTMF')).to.equal('1234');
    expect(reportedDtmf({ DTMF: 'hello' }, 'DTMF')).to.equal('');
    expect(reportedDtmf({}, 'DTMF')).to.equal('');
    expect(reportedDtmf(undefined, 'DTMF')).to.equal('');
    expect(reportedDtmf({}, 'constructor')).to.equal('');
  });
});
