import { expect } from '@open-wc/testing';
import {
  ackKey,
  dataKeyOf,
  fieldKey,
  idOfAckKey,
  idOfFieldKey,
  saveKey,
} from '../../../src/components/disposition-picker/wrapup-fields.js';

const keys = { codeKey: 'DispositionCode', noteKey: 'DispositionNote' };

describe('wrapup-fields: the keys a wrap-up field is known by', () => {
  it('reads the interaction back from a field key, whatever the id holds', () => {
    for (const id of ['0001', 'a@b', '{"x":1}'])
      expect(idOfFieldKey(fieldKey(id, 'callResult'))).to.equal(id);
    expect(fieldKey('1', 'code')).to.not.equal(fieldKey('1', 'note'));
  });

  it('keys an acknowledged value also by its user-data key (another key is another value)', () => {
    expect(ackKey('1', 'code', keys)).to.not.equal(ackKey('1', 'code', { ...keys, codeKey: 'X' }));
    expect(ackKey('1', 'callResult', keys)).to.equal(
      ackKey('1', 'callResult', { codeKey: 'X', noteKey: 'Y' }),
    );
    expect(idOfAckKey(ackKey('a"b@c', 'note', keys))).to.equal('a"b@c');
  });

  it('names the user-data key of the code and the note, and the save request of a field', () => {
    expect(dataKeyOf('code', keys)).to.equal('DispositionCode');
    expect(dataKeyOf('note', keys)).to.equal('DispositionNote');
    expect(saveKey('1', 'note')).to.deep.equal({ kind: 'save', interactionId: '1', field: 'note' });
  });
});
