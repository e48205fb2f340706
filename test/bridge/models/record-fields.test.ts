import { expect } from '@open-wc/testing';
import { PHONE_TYPES } from '../../../src/bridge/enums.js';
import {
  checkRecordField,
  normaliseRecordField,
  normaliseRecordFields,
  recordFieldOptions,
} from '../../../src/bridge/models/record-fields.js';
import { GET_RECORD_FIELDS_ANSWER } from './seed-samples.js';

const [callFrom, customString, phoneType] = GET_RECORD_FIELDS_ANSWER.data;

describe('models/record-fields', () => {
  it('reads the three fields of the getRecordFields sample', () => {
    const { fields, rejected } = normaliseRecordFields(GET_RECORD_FIELDS_ANSWER.data);
    expect(rejected).to.deep.equal([]);
    expect(fields.map((f) => f.name)).to.deep.equal([
      'GWS_FROM',
      'GSW_CUSTOM_STRING',
      'GSW_PHONE_TYPE',
    ]);
    expect(fields.map((f) => f.fieldType)).to.deep.equal(['time', 'var-char', 'enum']);
    expect(fields.map((f) => f.valueType)).to.deep.equal(['string', 'string', 'number']);
  });

  it('reads `type` as fieldType and drops it from the result', () => {
    expect(normaliseRecordField(callFrom)).to.deep.equal({
      name: 'GWS_FROM',
      displayName: 'Call From',
      value: '10.15',
      isMandatory: true,
      isEditable: false,
      fieldType: 'time',
      valueType: 'string',
    });
  });

  it('defaults displayName to name', () => {
    const field = normaliseRecordField(customString)!;
    expect(field.displayName).to.equal('GSW_CUSTOM_STRING');
    expect([field.value, field.isEditable, field.isMandatory]).to.deep.equal([
      'Custom message',
      true,
      false,
    ]);
    expect(field).not.to.have.property('options');
  });

  it('keeps the enum field’s 12 options and gives them in numeric order', () => {
    const field = normaliseRecordField(phoneType)!;
    expect(field.value).to.equal(null);
    expect(Object.keys(field.options!)).to.have.length(12);
    expect(field.options).to.deep.equal({ ...PHONE_TYPES });
    const options = recordFieldOptions(field);
    expect(options.map((o) => o.value)).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    expect(options[4]).to.deep.equal({ value: '4', label: 'Mobile' });
  });

  it('rejects unknown field and value types with a reason', () => {
    const datetime = checkRecordField({ ...customString, fieldType: 'datetime' });
    expect(datetime).to.deep.equal({
      ok: false,
      reason: 'GSW_CUSTOM_STRING: unknown fieldType "datetime"',
    });
    const integer = checkRecordField({ ...customString, valueType: 'integer' });
    expect(integer).to.deep.equal({
      ok: false,
      reason: 'GSW_CUSTOM_STRING: unknown valueType "integer"',
    });
    expect(normaliseRecordField({ ...customString, fieldType: undefined })).to.equal(null);
    expect(normaliseRecordField({ ...customString, valueType: undefined })).to.equal(null);
  });

  it('rejects fields without a name, and non-objects', () => {
    expect(checkRecordField({ ...customString, name: '' })).to.deep.equal({
      ok: false,
      reason: 'field without a name: ""',
    });
    for (const v of [null, undefined, 'GSW_PHONE', 3, []])
      expect(normaliseRecordField(v)).to.equal(null);
  });

  it('reads types in any case and "true" flags', () => {
    const field = normaliseRecordField({
      name: 'X',
      fieldType: 'VAR-CHAR',
      valueType: 'String',
      isMandatory: 'true',
      isEditable: 'no',
    })!;
    expect([field.fieldType, field.valueType, field.isMandatory, field.isEditable]).to.deep.equal([
      'var-char',
      'string',
      true,
      false,
    ]);
  });

  it('gives enum fields options even when the host sends none or odd ones', () => {
    expect(
      normaliseRecordField({ name: 'E', fieldType: 'enum', valueType: 'number' })!.options,
    ).to.deep.equal({});
    const odd = normaliseRecordField({
      name: 'E',
      fieldType: 'enum',
      valueType: 'number',
      options: { 1: 'One', 2: 2, 3: null, 4: { x: 1 } },
    })!;
    expect(odd.options).to.deep.equal({ 1: 'One', 2: '2' });
  });

  it('orders non-numeric option values after numeric ones, by label', () => {
    const options = recordFieldOptions({ options: { b: 'Beta', 10: 'Ten', a: 'Alpha', 2: 'Two' } });
    expect(options.map((o) => o.value)).to.deep.equal(['2', '10', 'a', 'b']);
    expect(recordFieldOptions({})).to.deep.equal([]);
  });

  it('lists the usable fields and the rejected ones by index', () => {
    const { fields, rejected } = normaliseRecordFields([
      callFrom,
      { name: 'Y', fieldType: 'blob', valueType: 'string' },
      null,
      phoneType,
    ]);
    expect(fields.map((f) => f.name)).to.deep.equal(['GWS_FROM', 'GSW_PHONE_TYPE']);
    expect(rejected.map((r) => r.index)).to.deep.equal([1, 2]);
    expect(rejected[0].reason).to.equal('Y: unknown fieldType "blob"');
    expect(normaliseRecordFields('nope')).to.deep.equal({ fields: [], rejected: [] });
  });
});
