import { expect } from '@open-wc/testing';
import { keyListConverter, parseKeyList } from '../../src/internal/key-list.js';

describe('internal/key-list', () => {
  it('reads JSON objects and strings, labels defaulting to the key', () => {
    expect(
      parseKeyList(
        '[{"key":"CustomerName","label":"Customer"},"AccountNumber",{"key":" "},{"label":"x"}]',
      ),
    ).to.deep.equal([
      { key: 'CustomerName', label: 'Customer' },
      { key: 'AccountNumber', label: 'AccountNumber' },
    ]);
  });

  it('reads a comma-separated list of key=Label, and arrays given as properties', () => {
    expect(parseKeyList('CustomerName=Customer, AccountNumber ,, Note=a=b')).to.deep.equal([
      { key: 'CustomerName', label: 'Customer' },
      { key: 'AccountNumber', label: 'AccountNumber' },
      { key: 'Note', label: 'a=b' },
    ]);
    expect(parseKeyList([{ key: 'A', label: 'Alpha' }, 'B=Beta', 'A'])).to.deep.equal([
      { key: 'A', label: 'Alpha' },
      { key: 'B', label: 'Beta' },
    ]);
  });

  it('gives nothing for broken JSON or other values', () => {
    expect(parseKeyList('[{"key":')).to.deep.equal([]);
    expect(parseKeyList(42)).to.deep.equal([]);
    expect(parseKeyList('')).to.deep.equal([]);
    expect(keyListConverter.fromAttribute!(null, undefined)).to.equal(undefined);
    expect(keyListConverter.fromAttribute!('A', undefined)).to.deep.equal([
      { key: 'A', label: 'A' },
    ]);
  });
});
