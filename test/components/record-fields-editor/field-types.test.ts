// Exhaustive unit tests of the record editor's pure field functions: text → model (or the
// problem), model → text, model → the field's valueType, and the problems in words.
import { expect } from '@open-wc/testing';
import type { RecordField } from '../../../src/bridge/api.js';
import { FIELD_TYPES, VALUE_TYPES, PHONE_TYPES } from '../../../src/bridge/enums.js';
import { checkWireValue } from '../../../src/bridge/record-values.js';
import {
  formatFieldValue,
  parseFieldText,
  plainNumber,
  textFromWorkspace,
  toWireValue,
  wireFromText,
  type FieldProblem,
  type ModelValue,
} from '../../../src/components/record-fields-editor/field-types.js';
import { problemMessage } from '../../../src/components/record-fields-editor/problem-messages.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';

const field = (over: Partial<RecordField>): RecordField => ({
  name: 'F',
  displayName: 'F',
  isMandatory: false,
  isEditable: true,
  fieldType: 'var-char',
  valueType: 'string',
  ...over,
});
const INT = field({ fieldType: 'int', valueType: 'number' });
const FLOAT = field({ fieldType: 'float', valueType: 'number' });
const CHAR = field({ fieldType: 'char' });
const VARCHAR = field({ fieldType: 'var-char' });
const DATE = field({ fieldType: 'date' });
const TIME = field({ fieldType: 'time' });
const BOOL = field({ fieldType: 'bool', valueType: 'boolean' });
const ENUM = field({ fieldType: 'enum', valueType: 'number', options: { ...PHONE_TYPES } });

type Expect = { value: ModelValue } | { problem: FieldProblem };
function check(f: RecordField, table: Array<[string, Expect]>) {
  for (const [text, want] of table) {
    const r = parseFieldText(f, text);
    if ('value' in want)
      expect(r, `${f.fieldType} ${JSON.stringify(text)}`).to.deep.equal({
        ok: true,
        value: want.value,
      });
    else
      expect(r, `${f.fieldType} ${JSON.stringify(text)}`).to.deep.equal({
        ok: false,
        problem: want.problem,
      });
  }
}

describe("record fields: parsing the agent's text", () => {
  it('int', () => {
    check(INT, [
      ['42', { value: 42 }],
      [' -7 ', { value: -7 }],
      ['+3', { value: 3 }],
      ['0', { value: 0 }],
      ['-0', { value: 0 }],
      ['007', { value: 7 }],
      ['3.0', { value: 3 }],
      ['\u22125', { value: -5 }],
      ['１２', { value: 12 }],
      ['', { value: null }],
      ['   ', { value: null }],
      ['9007199254740991', { value: 9007199254740991 }],
      ['-9007199254740991', { value: -9007199254740991 }],
      ['1.5', { problem: { key: 'intFraction', text: '1.5' } }],
      ['1,5', { problem: { key: 'intFraction', text: '1,5' } }],
      ['.5', { problem: { key: 'intFraction', text: '.5' } }],
      ['9007199254740992', { problem: { key: 'intRange', text: '9007199254740992' } }],
      ['1'.padEnd(400, '0'), { problem: { key: 'intRange', text: '1'.padEnd(400, '0') } }],
      ['1,000', { problem: { key: 'separator', text: '1,000', suggestion: '1000' } }],
      ['1 000 000', { problem: { key: 'separator', text: '1 000 000', suggestion: '1000000' } }],
      ['12a', { problem: { key: 'intNotNumber', text: '12a' } }],
      ['abc', { problem: { key: 'intNotNumber', text: 'abc' } }],
      ['1e3', { problem: { key: 'intNotNumber', text: '1e3' } }],
      ['NaN', { problem: { key: 'intNotNumber', text: 'NaN' } }],
      ['Infinity', { problem: { key: 'intNotNumber', text: 'Infinity' } }],
      ['--1', { problem: { key: 'intNotNumber', text: '--1' } }],
      ['0x10', { problem: { key: 'intNotNumber', text: '0x10' } }],
    ]);
  });

  it('float: a dot for decimals, a comma refused with the dot form', () => {
    check(FLOAT, [
      ['16.64', { value: 16.64 }],
      ['-0.5', { value: -0.5 }],
      ['.5', { value: 0.5 }],
      ['5.', { value: 5 }],
      ['10', { value: 10 }],
      [' 3.25 ', { value: 3.25 }],
      ['-0', { value: 0 }],
      ['', { value: null }],
      ['16,64', { problem: { key: 'decimalComma', text: '16,64', suggestion: '16.64' } }],
      [',5', { problem: { key: 'decimalComma', text: ',5', suggestion: '.5' } }],
      ['1,000', { problem: { key: 'decimalComma', text: '1,000', suggestion: '1.000' } }],
      ['1,000.50', { problem: { key: 'separator', text: '1,000.50', suggestion: '1000.50' } }],
      ['1,000,000', { problem: { key: 'separator', text: '1,000,000', suggestion: '1000000' } }],
      ['1 000,5', { problem: { key: 'floatNotNumber', text: '1 000,5' } }],
      ["1'000", { problem: { key: 'separator', text: "1'000", suggestion: '1000' } }],
      ['NaN', { problem: { key: 'floatNotNumber', text: 'NaN' } }],
      ['Infinity', { problem: { key: 'floatNotNumber', text: 'Infinity' } }],
      ['1e5', { problem: { key: 'floatNotNumber', text: '1e5' } }],
      ['1.2.3', { problem: { key: 'floatNotNumber', text: '1.2.3' } }],
      ['€5', { problem: { key: 'floatNotNumber', text: '€5' } }],
      ['.', { problem: { key: 'floatNotNumber', text: '.' } }],
      ['9'.repeat(400), { problem: { key: 'floatRange', text: '9'.repeat(400) } }],
    ]);
  });

  it('char: exactly one character, counted as the agent sees it', () => {
    check(CHAR, [
      ['c', { value: 'c' }],
      ['É', { value: 'É' }],
      ['👍', { value: '👍' }],
      [' ', { value: ' ' }],
      ['', { value: null }],
      ['ab', { problem: { key: 'charLength', text: 'ab', count: 2 } }],
      ['👍👍', { problem: { key: 'charLength', text: '👍👍', count: 2 } }],
      [' a', { problem: { key: 'charLength', text: ' a', count: 2 } }],
    ]);
  });

  it('var-char: up to 255 characters, kept as typed', () => {
    check(VARCHAR, [
      ['Hi there!', { value: 'Hi there!' }],
      ['  spaced  ', { value: '  spaced  ' }],
      ['', { value: null }],
      ['x'.repeat(255), { value: 'x'.repeat(255) }],
      ['é'.repeat(255), { value: 'é'.repeat(255) }],
      ['x'.repeat(256), { problem: { key: 'varCharLength', count: 256, max: 255 } }],
      ['x'.repeat(300), { problem: { key: 'varCharLength', count: 300, max: 255 } }],
    ]);
  });

  it('date: MM/DD/YYYY HH:MM, month first, with the reason a date does not exist', () => {
    const dt = (year: number, month: number, day: number, hour: number, minute: number) => ({
      value: { year, month, day, hour, minute },
    });
    check(DATE, [
      ['03/17/2025 14:30', dt(2025, 3, 17, 14, 30)],
      ['3/7/2025 9:05', dt(2025, 3, 7, 9, 5)],
      [' 12/31/1999  23:59 ', dt(1999, 12, 31, 23, 59)],
      ['02/29/2024 00:00', dt(2024, 2, 29, 0, 0)],
      ['02/29/2000 12:00', dt(2000, 2, 29, 12, 0)],
      ['01/01/1900 00:00', dt(1900, 1, 1, 0, 0)],
      ['', { value: null }],
      ['13/45/2025 10:00', { problem: { key: 'month', month: 13 } }],
      ['13/45/2025', { problem: { key: 'month', month: 13 } }],
      ['00/10/2025 10:00', { problem: { key: 'month', month: 0 } }],
      ['02/29/2025 10:00', { problem: { key: 'leapDay', year: 2025 } }],
      ['02/29/1900 10:00', { problem: { key: 'leapDay', year: 1900 } }],
      ['02/30/2024 10:00', { problem: { key: 'day', day: 30, month: 2, days: 29 } }],
      ['04/31/2025 10:00', { problem: { key: 'day', day: 31, month: 4, days: 30 } }],
      ['01/32/2025 10:00', { problem: { key: 'day', day: 32, month: 1, days: 31 } }],
      ['01/00/2025 10:00', { problem: { key: 'day', day: 0, month: 1, days: 31 } }],
      ['01/01/1899 10:00', { problem: { key: 'year', year: 1899, min: 1900 } }],
      ['03/17/2025', { problem: { key: 'dateNoTime', text: '03/17/2025' } }],
      ['03/17/2025 24:00', { problem: { key: 'hour24' } }],
      ['03/17/2025 24:30', { problem: { key: 'hour', hour: 24 } }],
      ['03/17/2025 25:00', { problem: { key: 'hour', hour: 25 } }],
      ['03/17/2025 10:60', { problem: { key: 'minute', minute: 60 } }],
      ['2025-03-17 10:00', { problem: { key: 'dateFormat', text: '2025-03-17 10:00' } }],
      ['17.03.2025 10:00', { problem: { key: 'dateFormat', text: '17.03.2025 10:00' } }],
      ['03/17/25 10:00', { problem: { key: 'dateFormat', text: '03/17/25 10:00' } }],
      ['03/17/2025 10h00', { problem: { key: 'dateFormat', text: '03/17/2025 10h00' } }],
      ['tomorrow', { problem: { key: 'dateFormat', text: 'tomorrow' } }],
    ]);
  });

  it('time: HH:MM on the 24-hour clock; 10.15 and 10h15 read as 10:15', () => {
    check(TIME, [
      ['14:30', { value: { hour: 14, minute: 30 } }],
      ['9:05', { value: { hour: 9, minute: 5 } }],
      ['00:00', { value: { hour: 0, minute: 0 } }],
      ['23:59', { value: { hour: 23, minute: 59 } }],
      ['10.15', { value: { hour: 10, minute: 15 } }],
      ['10h15', { value: { hour: 10, minute: 15 } }],
      [' 7:45 ', { value: { hour: 7, minute: 45 } }],
      ['', { value: null }],
      ['25:00', { problem: { key: 'hour', hour: 25 } }],
      ['24:00', { problem: { key: 'hour24' } }],
      ['24:01', { problem: { key: 'hour', hour: 24 } }],
      ['10:75', { problem: { key: 'minute', minute: 75 } }],
      ['1030', { problem: { key: 'timeFormat', text: '1030' } }],
      ['10:5', { problem: { key: 'timeFormat', text: '10:5' } }],
      ['2:30 PM', { problem: { key: 'timeFormat', text: '2:30 PM' } }],
      ['noon', { problem: { key: 'timeFormat', text: 'noon' } }],
    ]);
  });

  it("bool: the checkbox's true / false; unticked and never set is false", () => {
    check(BOOL, [
      ['true', { value: true }],
      ['false', { value: false }],
      ['', { value: false }],
      ['TRUE', { value: true }],
      ['maybe', { problem: { key: 'bool', text: 'maybe' } }],
    ]);
    check({ ...BOOL, isMandatory: true }, [['', { value: false }]]);
  });

  it('enum: a key of the options map', () => {
    check(ENUM, [
      ['1', { value: '1' }],
      ['0', { value: '0' }],
      ['11', { value: '11' }],
      ['', { value: null }],
      ['12', { problem: { key: 'enum', text: '12' } }],
      ['Home Phone', { problem: { key: 'enum', text: 'Home Phone' } }],
      ['constructor', { problem: { key: 'enum', text: 'constructor' } }],
    ]);
  });

  it('an empty mandatory field is required, for every type but bool', () => {
    for (const fieldType of FIELD_TYPES) {
      const f = field({ fieldType, isMandatory: true, options: { a: 'A' } });
      const r = parseFieldText(f, '');
      if (fieldType === 'bool') expect(r.ok, fieldType).to.equal(true);
      else expect(r, fieldType).to.deep.equal({ ok: false, problem: { key: 'required' } });
    }
    expect(parseFieldText({ ...INT, isMandatory: true }, '  ')).to.deep.equal({
      ok: false,
      problem: { key: 'required' },
    });
    expect(parseFieldText({ ...VARCHAR, isMandatory: true }, ' ').ok).to.equal(true); // a space is a value, as for the workspace
  });
});

describe('record fields: formatting and converting', () => {
  it('prints numbers in plain decimals, never in exponent form', () => {
    expect(plainNumber(16.64)).to.equal('16.64');
    expect(plainNumber(-0)).to.equal('0');
    expect(plainNumber(1e21)).to.equal('1000000000000000000000');
    expect(plainNumber(1.5e-7)).to.equal('0.00000015');
    expect(plainNumber(-2.5e22)).to.equal('-25000000000000000000000');
    expect(plainNumber(1.234e21)).to.equal('1234000000000000000000');
    for (const n of [1e21, 1.5e-7, 123.456, -9.87e-10, 5e300, Number.MAX_SAFE_INTEGER]) {
      expect(Number(plainNumber(n)), String(n)).to.equal(n);
    }
  });

  it('formats the model as the text the parser reads back to it', () => {
    const samples: Array<[RecordField, ModelValue, string]> = [
      [INT, 42, '42'],
      [INT, -3, '-3'],
      [FLOAT, 16.64, '16.64'],
      [FLOAT, 1e-7, '0.0000001'],
      [CHAR, 'c', 'c'],
      [VARCHAR, 'Hi', 'Hi'],
      [DATE, { year: 2025, month: 3, day: 7, hour: 9, minute: 5 }, '03/07/2025 09:05'],
      [TIME, { hour: 0, minute: 0 }, '00:00'],
      [BOOL, true, 'true'],
      [BOOL, false, 'false'],
      [ENUM, '9', '9'],
      [INT, null, ''],
      [DATE, null, ''],
    ];
    for (const [f, model, text] of samples) {
      expect(formatFieldValue(f, model)).to.equal(text);
      if (model !== null) expect(parseFieldText(f, text)).to.deep.equal({ ok: true, value: model });
    }
  });

  it('round-trips many numbers through text', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const n = Math.round((rnd() - 0.5) * 10 ** Math.floor(rnd() * 16));
      expect(parseFieldText(INT, formatFieldValue(INT, n))).to.deep.equal({
        ok: true,
        value: n === 0 ? 0 : n,
      });
      const x = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20);
      expect(parseFieldText(FLOAT, formatFieldValue(FLOAT, x))).to.deep.equal({
        ok: true,
        value: x === 0 ? 0 : x,
      });
    }
  });

  it("shows the workspace's value in the control's form", () => {
    expect(textFromWorkspace(FLOAT, 16.64)).to.equal('16.64');
    expect(textFromWorkspace(FLOAT, '16.64')).to.equal('16.64');
    expect(textFromWorkspace(INT, 0)).to.equal('0');
    expect(textFromWorkspace(ENUM, 1)).to.equal('1');
    expect(textFromWorkspace(BOOL, false)).to.equal('false');
    expect(textFromWorkspace(BOOL, 'true')).to.equal('true');
    expect(textFromWorkspace(TIME, '10:15')).to.equal('10:15');
    expect(textFromWorkspace(TIME, '10.15')).to.equal('10:15');
    expect(textFromWorkspace(DATE, '3/7/2021 9:05')).to.equal('03/07/2021 09:05');
    expect(textFromWorkspace(DATE, '2021-03-17 14:42:39')).to.equal('2021-03-17 14:42:39'); // shown as it is
    expect(textFromWorkspace(VARCHAR, null)).to.equal('');
    expect(textFromWorkspace(VARCHAR, undefined)).to.equal('');
  });

  it('writes a time back in the form the record used (the seed writes GSW_FROM as 10.15)', () => {
    const at = { hour: 11, minute: 5 };
    expect(toWireValue({ ...TIME, valueType: 'string', value: '10.15' }, at)).to.deep.equal({
      ok: true,
      value: '11.05',
    });
    expect(toWireValue({ ...TIME, valueType: 'string', value: '23:45' }, at)).to.deep.equal({
      ok: true,
      value: '11:05',
    });
    expect(toWireValue({ ...TIME, valueType: 'string' }, at)).to.deep.equal({
      ok: true,
      value: '11:05',
    });
  });

  it("converts to the field's valueType: enum with valueType number sends a number", () => {
    expect(toWireValue(ENUM, '9')).to.deep.equal({ ok: true, value: 9 });
    expect(toWireValue({ ...ENUM, valueType: 'string' }, '9')).to.deep.equal({
      ok: true,
      value: '9',
    });
    expect(toWireValue(INT, 3)).to.deep.equal({ ok: true, value: 3 });
    expect(toWireValue({ ...INT, valueType: 'string' }, 3)).to.deep.equal({ ok: true, value: '3' });
    expect(toWireValue({ ...FLOAT, valueType: 'string' }, 1e21)).to.deep.equal({
      ok: true,
      value: '1000000000000000000000',
    });
    expect(toWireValue(BOOL, true)).to.deep.equal({ ok: true, value: true });
    expect(toWireValue({ ...BOOL, valueType: 'string' }, false)).to.deep.equal({
      ok: true,
      value: 'false',
    });
    expect(toWireValue({ ...BOOL, valueType: 'number' }, true)).to.deep.equal({
      ok: false,
      problem: { key: 'valueType', valueType: 'number', fieldType: 'bool' },
    });
    expect(toWireValue(DATE, { year: 2025, month: 3, day: 7, hour: 9, minute: 5 })).to.deep.equal({
      ok: true,
      value: '03/07/2025 09:05',
    });
    expect(
      toWireValue(
        { ...DATE, valueType: 'number' },
        { year: 2025, month: 3, day: 7, hour: 9, minute: 5 },
      ),
    ).to.deep.equal({
      ok: false,
      problem: { key: 'valueType', valueType: 'number', fieldType: 'date' },
    });
    expect(toWireValue(field({ ...ENUM, options: { A: 'a' } }), 'A')).to.deep.equal({
      ok: false,
      problem: { key: 'valueType', valueType: 'number', fieldType: 'enum' },
    });
    expect(toWireValue(VARCHAR, null)).to.deep.equal({ ok: true, value: '' });
    expect(toWireValue(INT, null)).to.deep.equal({ ok: true, value: null });
  });

  it('everything it sends, the workspace takes — for every field type and valueType', () => {
    const texts: Record<string, string[]> = {
      int: ['0', '-12', '9007199254740991', ''],
      float: ['16.64', '.5', '-3', ''],
      char: ['x', '👍', ''],
      'var-char': ['hello', 'x'.repeat(255), ''],
      date: ['3/7/2025 9:05', '02/29/2024 23:59', ''],
      time: ['9:05', '10h15', ''],
      bool: ['true', 'false'],
      enum: ['1', '9', ''],
    };
    let sent = 0;
    for (const fieldType of FIELD_TYPES) {
      for (const valueType of VALUE_TYPES) {
        for (const isMandatory of [false, true]) {
          const f = field({
            fieldType,
            valueType,
            isMandatory,
            options: fieldType === 'enum' ? { ...PHONE_TYPES } : undefined,
          });
          for (const text of texts[fieldType]) {
            const r = wireFromText(f, text);
            if (!r.ok) continue;
            sent++;
            expect(
              checkWireValue(f, r.value),
              `${fieldType}/${valueType} ${text} → ${JSON.stringify(r.value)}`,
            ).to.deep.include({ ok: true });
          }
        }
      }
    }
    expect(sent).to.be.greaterThan(60);
  });
});

describe('record fields: problems in words', () => {
  const problems: FieldProblem[] = [
    { key: 'required' },
    { key: 'intFraction', text: '1.5' },
    { key: 'intNotNumber', text: 'abc' },
    { key: 'intRange', text: '1e99' },
    { key: 'separator', text: '1,000', suggestion: '1000' },
    { key: 'decimalComma', text: '16,64', suggestion: '16.64' },
    { key: 'floatNotNumber', text: 'abc' },
    { key: 'floatRange', text: '9e999' },
    { key: 'charLength', text: 'ab', count: 2 },
    { key: 'varCharLength', count: 300, max: 255 },
    { key: 'dateFormat', text: 'x' },
    { key: 'dateNoTime', text: '03/17/2025' },
    { key: 'month', month: 13 },
    { key: 'day', day: 31, month: 4, days: 30 },
    { key: 'leapDay', year: 2025 },
    { key: 'year', year: 1899, min: 1900 },
    { key: 'hour', hour: 25 },
    { key: 'hour24' },
    { key: 'minute', minute: 75 },
    { key: 'timeFormat', text: '1030' },
    { key: 'bool', text: 'x' },
    { key: 'enum', text: '12' },
    { key: 'valueType', valueType: 'number', fieldType: 'date' },
  ];

  it('are specific, in English and French, for every problem', () => {
    for (const p of problems) {
      for (const t of [en.recordFields, fr.recordFields]) {
        const text = problemMessage(p, 'Number of lines', t);
        expect(text, p.key).to.be.a('string').and.have.length.greaterThan(15);
        expect(text, p.key).not.to.match(/undefined|NaN|\[object/);
      }
    }
  });

  it('say what is wrong with the value itself', () => {
    const t = en.recordFields;
    expect(problemMessage({ key: 'intFraction', text: '1.5' }, 'N', t)).to.equal(
      'Enter a whole number — 1.5 has a fraction.',
    );
    expect(problemMessage({ key: 'month', month: 13 }, 'N', t)).to.contain('no month 13');
    expect(problemMessage({ key: 'leapDay', year: 2025 }, 'N', t)).to.equal(
      '2025 is not a leap year: February has 28 days.',
    );
    expect(problemMessage({ key: 'hour', hour: 25 }, 'N', t)).to.contain('no hour 25');
    expect(problemMessage({ key: 'charLength', text: 'ab', count: 2 }, 'N', t)).to.equal(
      'Enter exactly one character — “ab” has 2.',
    );
    expect(problemMessage({ key: 'required' }, 'Greeting', t)).to.equal(
      'Greeting is required: enter a value.',
    );
    expect(
      problemMessage({ key: 'decimalComma', text: '16,64', suggestion: '16.64' }, 'N', t),
    ).to.equal('Use a dot for decimals: write 16.64, not 16,64.');
  });
});
