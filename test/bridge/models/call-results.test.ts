import { expect } from '@open-wc/testing';
import {
  callResultCode,
  callResultLabel,
  callResultName,
  callResultOptions,
  humaniseName,
} from '../../../src/bridge/models/call-results.js';
import { CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST } from '../../../src/bridge/enums.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import {
  GET_LIST_OF_CALL_RESULTS_ANSWER,
  SEED_002_CALL_RESULT_TEXT,
  seedNumberedList,
} from './seed-samples.js';

describe('models/call-results', () => {
  it('names every seed 002 call_result 0–53, from numbers and numeric strings', () => {
    const seed = seedNumberedList(SEED_002_CALL_RESULT_TEXT);
    expect(seed.map(([code]) => code)).to.deep.equal([...Array(54).keys()]);
    for (const [code, name] of seed) {
      expect(callResultName(code)).to.equal(name);
      expect(callResultName(String(code))).to.equal(name);
    }
  });

  it('has no name for codes outside the list', () => {
    for (const v of [54, -1, 2.5, 'abc', '', null, undefined, {}])
      expect(callResultName(v)).to.equal(null);
  });

  it('finds codes from seed 002 names, getListOfCallResults names and codes', () => {
    expect(callResultCode('NO_ANSWER')).to.equal(7);
    expect(callResultCode(' no_answer ')).to.equal(7);
    expect(callResultCode('SIT_OPER_INTERCEPT')).to.equal(13);
    expect(callResultCode('SIT_OPERINTERCEPT')).to.equal(13);
    expect(callResultCode('FAXDETECTED')).to.equal(17);
    expect(callResultCode('CALL_DROP_ERROR')).to.equal(42);
    expect(callResultCode('AGENT_CALLBACK_ERROR')).to.equal(47);
    expect(callResultCode('28')).to.equal(28);
    expect(callResultCode(53)).to.equal(53);
    for (const v of [54, 'NOPE', '', null, {}]) expect(callResultCode(v)).to.equal(null);
  });

  it('maps every code of the getListOfCallResults sample to a seed 002 name', () => {
    for (const code of Object.values(GET_LIST_OF_CALL_RESULTS_ANSWER.data)) {
      expect(callResultName(code), `code ${code}`).to.be.a('string');
    }
  });

  it('builds picker options from the sample list, sorted by code', () => {
    const options = callResultOptions(GET_LIST_OF_CALL_RESULTS_ANSWER.data);
    expect(options).to.have.length(39);
    const codes = options.map((o) => o.code);
    expect(codes).to.deep.equal([...codes].sort((a, b) => a - b));
    expect(options[0]).to.deep.equal({ code: 0, name: 'OK', label: 'OK' });
    expect(options.find((o) => o.code === 13)).to.deep.equal({
      code: 13,
      name: 'SIT_OPERINTERCEPT',
      label: 'SIT operintercept',
    });
    expect(options.at(-1)).to.deep.equal({ code: 53, name: 'WRONG_NUMBER', label: 'Wrong number' });
  });

  it('sorts an unsorted host list, reads string codes, drops bad entries and duplicate codes', () => {
    const options = callResultOptions({
      NO_ANSWER: '7',
      BUSY: 6,
      BAD: 'x',
      NEG: -1,
      BUSY_AGAIN: 6,
      HALF: 2.5,
      ' ': 1,
    });
    expect(options).to.deep.equal([
      { code: 6, name: 'BUSY', label: 'Busy' },
      { code: 7, name: 'NO_ANSWER', label: 'No answer' },
    ]);
  });

  it('uses the seed list without a host list, and gives nothing for an unusable answer', () => {
    expect(callResultOptions()).to.deep.equal(
      callResultOptions(GET_LIST_OF_CALL_RESULTS_ANSWER.data),
    );
    expect(callResultOptions({})).to.deep.equal([]);
    expect(callResultOptions('garbage')).to.deep.equal([]);
    expect(callResultOptions(null)).to.deep.equal([]);
    expect(callResultOptions([1, 2])).to.deep.equal([]);
  });

  it('says every seed 002 name and every getListOfCallResults spelling from the catalogue, in each language', () => {
    for (const names of [en.callResults, fr.callResults]) {
      for (const name of CALL_RESULTS)
        expect(callResultLabel(name, names), name).to.equal(names[name]);
      for (const [name, code] of Object.entries(OUTBOUND_CALL_RESULT_LIST))
        expect(callResultLabel(name, names), name).to.equal(names[CALL_RESULTS[code]]);
    }
    expect(callResultLabel('SIT_OPERINTERCEPT', en.callResults)).to.equal(
      'Operator intercept (SIT)',
    );
    expect(callResultLabel('DO_NOT_CALL', fr.callResults)).to.equal('Ne pas appeler');
    expect(callResultLabel('7', fr.callResults)).to.equal('Pas de réponse');
    expect(callResultLabel(51, en.callResults)).to.equal('Do not call');
  });

  it('humanises a call result name the catalogue does not know', () => {
    expect(callResultLabel('CUSTOM_REFUSED', fr.callResults)).to.equal('Custom refused');
    expect(callResultLabel('99', en.callResults)).to.equal('99');
    expect(callResultLabel('BUSY', {})).to.equal('Busy');
  });

  it('humanises enum names', () => {
    expect(humaniseName('DO_NOT_CALL')).to.equal('Do not call');
    expect(humaniseName('SIT_VACANT')).to.equal('SIT vacant');
    expect(humaniseName('OK')).to.equal('OK');
  });
});
