import { expect } from '@open-wc/testing';
import { PHONE_TYPES } from '../../../src/bridge/enums.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import {
  optionLabel,
  phoneTypeName,
} from '../../../src/components/record-fields-editor/phone-types.js';

describe('record-fields-editor phone types', () => {
  const phoneType = { name: 'GSW_PHONE_TYPE' };

  it('names every seed 003 GSW_PHONE_TYPE code, in English as the seed spells them', () => {
    expect(en.recordFields.phoneTypes).to.deep.equal({ ...PHONE_TYPES });
    for (const code of Object.keys(PHONE_TYPES)) {
      expect(phoneTypeName(code, fr.recordFields.phoneTypes), code)
        .to.be.a('string')
        .and.not.equal('');
      expect(phoneTypeName(Number(code), fr.recordFields.phoneTypes)).to.equal(
        phoneTypeName(code, fr.recordFields.phoneTypes),
      );
    }
    expect(phoneTypeName(4, fr.recordFields.phoneTypes)).to.equal('Mobile');
    expect(phoneTypeName(12, fr.recordFields.phoneTypes)).to.equal(null);
    expect(phoneTypeName(null, fr.recordFields.phoneTypes)).to.equal(null);
  });

  it("says the standard options of GSW_PHONE_TYPE in the agent's language", () => {
    expect(optionLabel(phoneType, '1', 'Home Phone', fr.recordFields.phoneTypes)).to.equal(
      'Téléphone du domicile',
    );
    expect(optionLabel(phoneType, '8', 'Voice Mail', en.recordFields.phoneTypes)).to.equal(
      'Voice Mail',
    );
  });

  it("keeps the workspace's own labels, and every other field's options, as given", () => {
    expect(optionLabel(phoneType, '1', 'Maison', fr.recordFields.phoneTypes)).to.equal('Maison');
    expect(optionLabel(phoneType, '1', 'Mobile', fr.recordFields.phoneTypes)).to.equal('Mobile'); // another code's name
    expect(optionLabel(phoneType, '42', 'Satellite', fr.recordFields.phoneTypes)).to.equal(
      'Satellite',
    );
    expect(
      optionLabel({ name: 'Custom_Enum' }, '1', 'Home Phone', fr.recordFields.phoneTypes),
    ).to.equal('Home Phone');
  });
});
