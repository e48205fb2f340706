// Unit tests of record-field validation (seed 003 outbound.Field / updateRecordFields).
import { expect } from '@open-wc/testing';
import { FIELD_TYPES } from '../../src/bridge/enums.js';
import { fieldErrorTexts, parseFieldErrorText } from '../../src/bridge/field-error-texts.js';
import { seedRecordFields } from '../../src/sim/data/outbound-data.js';
import { parseDateTime, parseTime, toEpochMs } from '../../src/sim/datetime.js';
import { validateRecordUpdate } from '../../src/sim/record-fields.js';

const fields = seedRecordFields();
const v = (data: unknown) => validateRecordUpdate(fields, data);

describe('record fields', () => {
  it('has fields of all eight types, with the seed sample fields', () => {
    expect(new Set(fields.map((f) => f.fieldType))).to.deep.equal(new Set(FIELD_TYPES));
    const phoneType = fields.find((f) => f.name === 'GSW_PHONE_TYPE')!;
    expect(phoneType).to.deep.include({
      displayName: 'Phone Type',
      fieldType: 'enum',
      valueType: 'number',
      isEditable: true,
      isMandatory: false,
    });
    expect(phoneType.options).to.deep.equal({
      0: 'None',
      1: 'Home Phone',
      2: 'Direct Business Phone',
      3: 'Business With Extension',
      4: 'Mobile',
      5: 'Vacation Phone',
      6: 'Pager',
      7: 'Modem',
      8: 'Voice Mail',
      9: 'Pin Pager',
      10: 'Email Address',
      11: 'Instant Messaging',
    });
    // The seed's sample value, as printed ("10.15"); editable, as its updateRecordFields sample says.
    expect(fields.find((f) => f.name === 'GSW_FROM')).to.deep.include({
      displayName: 'Call From',
      value: '10.15',
      fieldType: 'time',
      isMandatory: true,
      isEditable: true,
    });
    expect(fields.find((f) => f.name === 'GSW_CUSTOM_STRING')).to.deep.include({
      fieldType: 'var-char',
      valueType: 'string',
      value: 'Custom message',
    });
  });

  it('accepts valid values of every type', () => {
    const r = v({
      Custom_Integer: 3,
      Custom_Float: 1.5,
      Custom_Character: 'x',
      Custom_VarChar: 'hello',
      Custom_Datetime: '02/29/2024 23:59',
      GSW_UNTIL: '00:00',
      Custom_Opt_In: true,
      GSW_PHONE_TYPE: 9,
      GSW_CUSTOM_STRING: 'Custom message',
    });
    expect(r.ok).to.equal(true);
    expect(v({ Custom_Opt_In: 'false' })).to.deep.equal({
      ok: true,
      values: { Custom_Opt_In: false },
    });
  });

  const refused: Array<[string, unknown, string]> = [
    ['Custom_Integer', 1.5, fieldErrorTexts.int('Custom_Integer', 1.5)],
    ['Custom_Integer', '3', fieldErrorTexts['value-type']('Custom_Integer', 'number', '3')],
    [
      'Custom_Float',
      Number.NaN,
      fieldErrorTexts['value-type']('Custom_Float', 'number', Number.NaN),
    ],
    ['Custom_Character', 'ab', fieldErrorTexts.char('Custom_Character', 'ab')],
    [
      'Custom_VarChar',
      'x'.repeat(256),
      fieldErrorTexts['var-char']('Custom_VarChar', 'x'.repeat(256)),
    ],
    ['Custom_VarChar', 5, fieldErrorTexts['value-type']('Custom_VarChar', 'string', 5)],
    [
      'Custom_Datetime',
      '2021-03-17 14:42',
      fieldErrorTexts.date('Custom_Datetime', '2021-03-17 14:42'),
    ],
    [
      'Custom_Datetime',
      '02/30/2021 10:00',
      fieldErrorTexts.date('Custom_Datetime', '02/30/2021 10:00'),
    ],
    ['GSW_UNTIL', '24:00', fieldErrorTexts.time('GSW_UNTIL', '24:00')],
    ['GSW_UNTIL', '9:30', fieldErrorTexts.time('GSW_UNTIL', '9:30')],
    ['Custom_Opt_In', 'yes', fieldErrorTexts['value-type']('Custom_Opt_In', 'boolean', 'yes')],
    ['GSW_PHONE_TYPE', 99, fieldErrorTexts.enum('GSW_PHONE_TYPE', 99)],
    ['GSW_PHONE', '+33647006', fieldErrorTexts['not-editable']('GSW_PHONE')],
    ['GSW_FROM', '10,15', fieldErrorTexts.time('GSW_FROM', '10,15')],
    ['Custom_Integer', null, fieldErrorTexts.mandatory('Custom_Integer')],
    ['Custom_String_with_default', '', fieldErrorTexts.mandatory('Custom_String_with_default')],
    ['No_Such_Field', 1, fieldErrorTexts.unknown('No_Such_Field')],
  ];
  for (const [name, value, text] of refused) {
    it(`refuses ${name} = ${JSON.stringify(value)} naming the field`, () => {
      expect(v({ [name]: value })).to.deep.equal({ ok: false, error: text });
      expect(parseFieldErrorText(text)?.field).to.equal(name);
    });
  }

  it('names the field in the example text', () => {
    expect(fieldErrorTexts.int('Custom_Integer', 1.5)).to.equal(
      "Error: Field 'Custom_Integer' expects an integer (got '1.5').",
    );
    expect(
      parseFieldErrorText("Error: Field 'Custom_Integer' expects an integer (got '1.5')."),
    ).to.deep.equal({ field: 'Custom_Integer', reason: 'int' });
    expect(parseFieldErrorText('Error: Interaction not found.')).to.equal(null);
  });

  it('clears a non-mandatory field with null, and fails whole on the first bad field', () => {
    expect(v({ Custom_VarChar: null })).to.deep.equal({
      ok: true,
      values: { Custom_VarChar: null },
    });
    expect(v({ Custom_VarChar: 'ok', Custom_Integer: 'x' }).ok).to.equal(false);
    expect(v(null).ok).to.equal(false);
    expect(v([1]).ok).to.equal(false);
  });

  it("accepts the seed's own updateRecordFields sample (a time written 10.15 or 23:45)", () => {
    const r = v({
      GSW_FROM: '10.15',
      GSW_UNTIL: '23:45',
      GSW_PHONE_TYPE: 9,
      GSW_CUSTOM_STRING: 'Custom message',
    });
    expect(r).to.deep.equal({
      ok: true,
      values: {
        GSW_FROM: '10.15',
        GSW_UNTIL: '23:45',
        GSW_PHONE_TYPE: 9,
        GSW_CUSTOM_STRING: 'Custom message',
      },
    });
    expect(
      v({ GSW_UNTIL: '23:45', GSW_PHONE_TYPE: 9, GSW_CUSTOM_STRING: 'Custom message' }).ok,
    ).to.equal(true);
  });
});

describe('outbound dates', () => {
  it('parses MM/DD/YYYY HH:MM strictly', () => {
    expect(parseDateTime('05/27/2021 10:55')).to.deep.equal({
      year: 2021,
      month: 5,
      day: 27,
      hour: 10,
      minute: 55,
    });
    for (const bad of [
      '5/27/2021 10:55',
      '05/27/21 10:55',
      '13/01/2021 10:00',
      '04/31/2021 10:00',
      '02/29/2021 10:00',
      '05/27/2021 10:60',
      '05/27/2021',
      ' 05/27/2021 10:55',
      42,
    ]) {
      expect(parseDateTime(bad), String(bad)).to.equal(null);
    }
    expect(parseTime('23:59')).to.deep.equal({ hour: 23, minute: 59 });
    // The type table's HH:MM and the seed samples' 10.15 are both times; nothing else is.
    expect(parseTime('10.15')).to.deep.equal({ hour: 10, minute: 15 });
    expect(parseTime('10,15')).to.equal(null);
    expect(parseTime('10h15')).to.equal(null);
  });

  it("reads a date in the record's time zone (GSW_TZ_OFFSET seconds east of UTC)", () => {
    expect(new Date(toEpochMs(parseDateTime('05/27/2021 10:55')!, 34200)).toISOString()).to.equal(
      '2021-05-27T01:25:00.000Z',
    );
  });
});
