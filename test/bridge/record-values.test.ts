// Unit tests of the shared record-value rules (src/bridge/record-values.ts), which both the
// simulated workspace and the record editor use.
import { expect } from '@open-wc/testing';
import type { RecordField } from '../../src/bridge/api.js';
import {
  VAR_CHAR_MAX,
  charCount,
  checkDateTimeText,
  checkTimeText,
  checkWireValue,
  daysInMonth,
  formatDateTimeText,
  formatTimeText,
  isEnumKey,
  isLeapYear,
} from '../../src/bridge/record-values.js';
import { recordAsSaved } from '../../src/bridge/models/outbound-record.js';

const field = (over: Partial<RecordField>): RecordField => ({
  name: 'F',
  isMandatory: false,
  isEditable: true,
  fieldType: 'var-char',
  valueType: 'string',
  ...over,
});

describe('record values: dates and times', () => {
  it('knows leap years and month lengths', () => {
    expect([2024, 2000, 1996].map(isLeapYear)).to.deep.equal([true, true, true]);
    expect([2025, 1900, 2100].map(isLeapYear)).to.deep.equal([false, false, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
  });

  it('reads strict MM/DD/YYYY HH:MM and says what is wrong, in reading order', () => {
    expect(checkDateTimeText('03/17/2021 14:42')).to.deep.equal({
      ok: true,
      value: { year: 2021, month: 3, day: 17, hour: 14, minute: 42 },
    });
    const problem = (t: unknown, lenient = false) => {
      const r = checkDateTimeText(t, { lenient });
      return r.ok ? null : r.problem;
    };
    expect(problem('13/45/2025 10:00')).to.deep.equal({ kind: 'month', month: 13 });
    expect(problem('00/10/2025 10:00')).to.deep.equal({ kind: 'month', month: 0 });
    expect(problem('02/29/2025 10:00')).to.deep.equal({ kind: 'leap-day', year: 2025 });
    expect(problem('02/29/2024 10:00')).to.equal(null);
    expect(problem('04/31/2025 10:00')).to.deep.equal({ kind: 'day', day: 31, month: 4, days: 30 });
    expect(problem('01/00/2025 10:00')).to.deep.equal({ kind: 'day', day: 0, month: 1, days: 31 });
    expect(problem('01/01/1899 10:00')).to.deep.equal({ kind: 'year', year: 1899 });
    expect(problem('01/01/2025')).to.deep.equal({ kind: 'no-time' });
    expect(problem('01/01/2025 24:00')).to.deep.equal({ kind: 'hour', hour: 24 });
    expect(problem('01/01/2025 10:60')).to.deep.equal({ kind: 'minute', minute: 60 });
    for (const bad of [
      '2025-01-01 10:00',
      '1/1/2025 10:00',
      '01/01/25 10:00',
      ' 01/01/2025 10:00',
      '01-01-2025 10:00',
      '',
      5,
      null,
    ]) {
      expect(problem(bad), String(bad)).to.deep.equal({ kind: 'format' });
    }
    expect(problem(' 1/7/2025  9:05 ', true)).to.equal(null);
    expect(checkDateTimeText('1/7/2025 9:05', { lenient: true })).to.deep.equal({
      ok: true,
      value: { year: 2025, month: 1, day: 7, hour: 9, minute: 5 },
    });
  });

  it('reads HH:MM, and HH.MM as the seed samples write it (10.15)', () => {
    expect(checkTimeText('00:00')).to.deep.equal({ ok: true, value: { hour: 0, minute: 0 } });
    expect(checkTimeText('23:59').ok).to.equal(true);
    expect(checkTimeText('25:00')).to.deep.equal({
      ok: false,
      problem: { kind: 'hour', hour: 25 },
    });
    expect(checkTimeText('10:75')).to.deep.equal({
      ok: false,
      problem: { kind: 'minute', minute: 75 },
    });
    expect(checkTimeText('9:30')).to.deep.equal({ ok: false, problem: { kind: 'format' } });
    expect(checkTimeText('9:30', { lenient: true }).ok).to.equal(true);
    expect(checkTimeText('10.15')).to.deep.equal({ ok: true, value: { hour: 10, minute: 15 } });
    expect(checkTimeText('10,15')).to.deep.equal({ ok: false, problem: { kind: 'format' } });
    expect(checkTimeText('10.5')).to.deep.equal({ ok: false, problem: { kind: 'format' } });
  });

  it('formats back to the wire form', () => {
    expect(formatDateTimeText({ year: 2025, month: 3, day: 7, hour: 9, minute: 5 })).to.equal(
      '03/07/2025 09:05',
    );
    expect(formatTimeText({ hour: 0, minute: 0 })).to.equal('00:00');
  });
});

describe('record values: what the workspace takes (checkWireValue)', () => {
  it('counts characters as code points', () => {
    expect(charCount('é')).to.equal(1);
    expect(charCount('👍')).to.equal(1);
    expect(charCount('ab')).to.equal(2);
  });

  it('checks editable, mandatory and valueType first', () => {
    expect(checkWireValue(field({ isEditable: false }), 'x')).to.deep.include({
      ok: false,
      reason: 'not-editable',
    });
    expect(checkWireValue(field({ isMandatory: true }), '')).to.deep.include({
      ok: false,
      reason: 'mandatory',
    });
    expect(checkWireValue(field({ isMandatory: true }), null)).to.deep.include({
      ok: false,
      reason: 'mandatory',
    });
    expect(checkWireValue(field({}), '')).to.deep.equal({ ok: true, value: '' });
    expect(checkWireValue(field({}), undefined)).to.deep.equal({ ok: true, value: null });
    expect(checkWireValue(field({ fieldType: 'int', valueType: 'number' }), '3')).to.deep.include({
      ok: false,
      reason: 'value-type',
    });
    expect(
      checkWireValue(field({ fieldType: 'float', valueType: 'number' }), Number.NaN),
    ).to.deep.include({ ok: false, reason: 'value-type' });
    expect(checkWireValue(field({}), 5)).to.deep.include({ ok: false, reason: 'value-type' });
    expect(
      checkWireValue(field({ fieldType: 'bool', valueType: 'boolean' }), 'true'),
    ).to.deep.equal({ ok: true, value: true });
    expect(
      checkWireValue(field({ fieldType: 'bool', valueType: 'boolean' }), 'yes'),
    ).to.deep.include({ ok: false, reason: 'value-type' });
  });

  const cases: Array<[Partial<RecordField>, unknown, boolean]> = [
    [{ fieldType: 'int', valueType: 'number' }, 3, true],
    [{ fieldType: 'int', valueType: 'number' }, 1.5, false],
    [{ fieldType: 'int', valueType: 'number' }, 2 ** 53, false],
    [{ fieldType: 'int', valueType: 'string' }, '-12', true],
    [{ fieldType: 'int', valueType: 'string' }, '1.0', false],
    [{ fieldType: 'float', valueType: 'number' }, 16.64, true],
    [{ fieldType: 'float', valueType: 'string' }, '16.64', true],
    [{ fieldType: 'float', valueType: 'string' }, '16,64', false],
    [{ fieldType: 'float', valueType: 'string' }, '1e5', false],
    [{ fieldType: 'float', valueType: 'string' }, '9'.repeat(400), false],
    [{ fieldType: 'char' }, 'x', true],
    [{ fieldType: 'char' }, '👍', true],
    [{ fieldType: 'char' }, 'ab', false],
    [{ fieldType: 'var-char' }, 'x'.repeat(VAR_CHAR_MAX), true],
    [{ fieldType: 'var-char' }, 'x'.repeat(VAR_CHAR_MAX + 1), false],
    [{ fieldType: 'var-char' }, '👍'.repeat(VAR_CHAR_MAX), true],
    [{ fieldType: 'date' }, '02/29/2024 23:59', true],
    [{ fieldType: 'date' }, '02/29/2025 23:59', false],
    [{ fieldType: 'date' }, '2/9/2024 23:59', false],
    [{ fieldType: 'time' }, '23:45', true],
    [{ fieldType: 'time' }, '24:00', false],
    [{ fieldType: 'bool', valueType: 'boolean' }, false, true],
    [{ fieldType: 'bool', valueType: 'string' }, 'true', true],
    [{ fieldType: 'bool', valueType: 'string' }, 'yes', false],
    [{ fieldType: 'enum', valueType: 'number', options: { 1: 'Home', 9: 'Pin Pager' } }, 9, true],
    [{ fieldType: 'enum', valueType: 'number', options: { 1: 'Home' } }, 2, false],
    [{ fieldType: 'enum', valueType: 'string', options: { A: 'a' } }, 'A', true],
    [{ fieldType: 'enum', valueType: 'string', options: { A: 'a' } }, 'toString', false],
  ];
  for (const [over, value, accepted] of cases) {
    it(`${accepted ? 'takes' : 'refuses'} ${over.fieldType}/${over.valueType ?? 'string'} ${JSON.stringify(value)?.slice(0, 20)}`, () => {
      const r = checkWireValue(field(over), value);
      expect(r.ok).to.equal(accepted);
      if (!r.ok) expect(r.reason).to.equal(over.fieldType);
    });
  }

  it('reads enum keys as own keys only', () => {
    expect(isEnumKey({ options: { 1: 'a' } }, 1)).to.equal(true);
    expect(isEnumKey({ options: { 1: 'a' } }, '1')).to.equal(true);
    expect(isEnumKey({ options: { 1: 'a' } }, 'constructor')).to.equal(false);
    expect(isEnumKey({}, '1')).to.equal(false);
  });
});

describe('record as saved', () => {
  it("reads the record's fields over the user data it was offered with", () => {
    const userData = {
      GSW_FROM: '0',
      GSW_UNTIL: '86399',
      GSW_ATTEMPTS: '0',
      GSW_CALL_RESULT: '28',
    };
    const saved = recordAsSaved(userData, [
      { name: 'GSW_FROM', value: '10.15' },
      { name: 'GSW_UNTIL', value: '23:45' },
      { name: 'GSW_ATTEMPTS', value: 2 },
      { name: 'GSW_CALL_RESULT', value: null },
    ])!;
    expect([saved.from, saved.until, saved.attempts]).to.deep.equal([36900, 85500, 2]);
    expect(saved.callResultCode, 'a field without a value leaves the user data').to.equal(28);
    expect(recordAsSaved(undefined, [])).to.equal(null);
    expect(recordAsSaved({ Other: 1 }, [])).to.equal(null);
  });
});
