import { expect } from '@open-wc/testing';
import { buildDispositionTree } from '../../../src/components/disposition-picker/disposition-tree.js';
import {
  fold,
  queryWords,
  searchTree,
  typeahead,
} from '../../../src/components/disposition-picker/disposition-search.js';
import { DISPOSITION_CODES } from '../../../src/sim/data/config-data.js';

describe('disposition-search', () => {
  const tree = buildDispositionTree([...DISPOSITION_CODES, 'Réclamation/Délai']);
  const codes = (q: string) => searchTree(tree.roots, q).matches.map((n) => n.code);

  it('folds case, accents and spaces, and splits queries at spaces and path separators', () => {
    expect(fold('  Délai  DE   Réponse ')).to.equal('delai de reponse');
    expect(queryWords('no sale/exp')).to.deep.equal(['no', 'sale', 'exp']);
    expect(queryWords('Sale › New')).to.deep.equal(['sale', 'new']);
    expect(queryWords('   ')).to.deep.equal([]);
  });

  it('matches labels and paths, best first', () => {
    expect(codes('exp')).to.deep.equal(['No sale/Too expensive']);
    expect(codes('no sale/exp')).to.deep.equal(['No sale/Too expensive']);
    expect(codes('delai')).to.deep.equal(['Réclamation/Délai']);
    // label prefix first, then a word of the label, then the path only
    expect(codes('n')).to.deep.equal([
      'Sale/New',
      'No sale/Not interested',
      'No sale/Wrong number on file',
      'No sale/Too expensive',
      'Réclamation/Délai',
    ]);
    expect(codes('sale')).to.deep.equal([
      'Sale/New',
      'Sale/Upsell',
      'No sale/Not interested',
      'No sale/Too expensive',
      'No sale/Wrong number on file',
    ]);
  });

  it('gives the filtered tree with its categories open', () => {
    const r = searchTree(tree.roots, 'wrong');
    expect(r.roots.map((n) => n.label)).to.deep.equal(['No sale']);
    expect(r.roots[0].children.map((n) => n.label)).to.deep.equal(['Wrong number on file']);
    expect(r.openIds).to.deep.equal(['f:No sale']);
    // a category that matches keeps all its codes
    expect(searchTree(tree.roots, 'no sale').roots[0].children.length).to.equal(3);
  });

  it('takes any text as a plain query and tells when nothing matches', () => {
    for (const q of ['.*', '(', '[a-z]+', '\\', '%', '😀', 'x'.repeat(5000)])
      expect(codes(q), q).to.deep.equal([]);
    const empty = searchTree(tree.roots, '  ');
    expect(empty.roots).to.deep.equal(tree.roots);
    expect(empty.matches).to.deep.equal([]);
  });

  it('finds the next row by its first letters, wrapping, and cycles on a repeated letter', () => {
    const labels = ['Sale', 'No sale', 'Not interested', 'Callback requested', 'Other', 'Nothing'];
    expect(typeahead(labels, 0, 'n')).to.equal(1);
    expect(typeahead(labels, 1, 'n')).to.equal(2);
    expect(typeahead(labels, 5, 'n')).to.equal(1);
    expect(typeahead(labels, 1, 'not')).to.equal(2);
    expect(typeahead(labels, 2, 'not')).to.equal(2);
    expect(typeahead(labels, 2, 'nn')).to.equal(5);
    expect(typeahead(labels, 0, 'z')).to.equal(-1);
    expect(typeahead(labels, 0, '')).to.equal(-1);
    expect(typeahead([], 0, 'a')).to.equal(-1);
  });
});
