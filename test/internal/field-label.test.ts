// Field and key names read as words when the workspace gives no display name.
import { expect } from '@open-wc/testing';
import { fieldLabel, keyLabel } from '../../src/internal/field-label.js';

describe('internal/field-label', () => {
  it('humanises a name without a display name; keeps a display name as given', () => {
    expect(keyLabel('CustomerName')).to.equal('Customer name');
    expect(keyLabel('IVR_Reason')).to.equal('IVR reason');
    expect(fieldLabel({ name: 'Custom_Character' })).to.equal('Custom character');
    expect(fieldLabel({ name: 'GSW_FROM', displayName: 'Call From' })).to.equal('Call From');
    expect(fieldLabel({ name: 'Custom_Date', displayName: '  ' })).to.equal('Custom date');
  });
});
