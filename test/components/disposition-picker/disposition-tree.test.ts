import { expect } from '@open-wc/testing';
import {
  buildDispositionTree,
  isNested,
  treeFromOptions,
  type DispositionNode,
} from '../../../src/components/disposition-picker/disposition-tree.js';
import { DISPOSITION_CODES } from '../../../src/sim/data/config-data.js';

const labels = (nodes: readonly DispositionNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.label]: labels(n.children) } : n.label));

describe('disposition-tree: reading codes', () => {
  it('reads the workspace option form: paths split on the folder separator, the whole path as the code', () => {
    const tree = buildDispositionTree(DISPOSITION_CODES);
    expect(labels(tree.roots)).to.deep.equal([
      { Sale: ['New', 'Upsell'] },
      { 'No sale': ['Not interested', 'Too expensive', 'Wrong number on file'] },
      'Callback requested',
      'Other',
    ]);
    const node = tree.codes.get('No sale/Too expensive')!;
    expect(node.path).to.deep.equal(['No sale', 'Too expensive']);
    expect(node.id).to.equal('c:No sale/Too expensive');
    expect(tree.roots[0].code).to.equal(null);
    expect(tree.problems).to.deep.equal([]);
    expect(isNested(tree)).to.equal(true);
  });

  it('reads the options through treeFromOptions, with another separator and a comma list', () => {
    const tree = treeFromOptions({
      'interaction.disposition.value-business-attribute': 'A>x, A>y, B',
      'interaction.disposition.folder-separator': '>',
    });
    expect(labels(tree.roots)).to.deep.equal([{ A: ['x', 'y'] }, 'B']);
    expect([...tree.codes.keys()]).to.deep.equal(['A>x', 'A>y', 'B']);
    expect(treeFromOptions({}).roots).to.deep.equal([]);
  });

  it('reads a flat list of objects, with categories as paths or label lists', () => {
    const tree = buildDispositionTree([
      { code: 'S1', label: 'Sold' },
      { code: 'N1', label: 'Busy', category: 'No contact' },
      { code: 'N2', label: 'Voicemail', category: ['No contact'] },
      { code: 'X' },
    ]);
    expect(labels(tree.roots)).to.deep.equal([
      'Sold',
      { 'No contact': ['Busy', 'Voicemail'] },
      'X',
    ]);
    expect(tree.codes.get('N2')!.path).to.deep.equal(['No contact', 'Voicemail']);
    expect(isNested(buildDispositionTree([{ code: 'a' }, 'b']))).to.equal(false);
  });

  it('reads nested categories; a category with a code is selectable and keeps its children', () => {
    const tree = buildDispositionTree([
      { label: 'Sale', code: 'SALE', children: [{ code: 'SALE_NEW', label: 'New' }, 'Upsell'] },
      { label: 'Service', children: [{ label: 'Billing', children: ['Refund'] }] },
    ]);
    expect(labels(tree.roots)).to.deep.equal([
      { Sale: ['New', 'Upsell'] },
      { Service: [{ Billing: ['Refund'] }] },
    ]);
    expect(tree.codes.get('SALE')!.children.length).to.equal(2);
    expect([...tree.codes.keys()]).to.deep.equal([
      'SALE',
      'SALE_NEW',
      'Sale/Upsell',
      'Service/Billing/Refund',
    ]);
  });

  it('makes a code with sub-codes selectable, whichever comes first', () => {
    const tree = buildDispositionTree(['Sale/New', 'Sale', 'Other', 'Other/Misc']);
    expect(tree.codes.get('Sale')!.children.map((c) => c.label)).to.deep.equal(['New']);
    expect(tree.codes.get('Other')!.children.map((c) => c.label)).to.deep.equal(['Misc']);
    expect(tree.roots.map((n) => n.id)).to.deep.equal(['c:Sale', 'c:Other']);
  });

  it('reads an object of code → label and JSON text', () => {
    expect(labels(buildDispositionTree({ OK: 'Resolved', KO: 'Unresolved' }).roots)).to.deep.equal([
      'Resolved',
      'Unresolved',
    ]);
    const tree = buildDispositionTree('[{"code":"A","label":"Alpha","category":"G"}]');
    expect(tree.codes.get('A')!.path).to.deep.equal(['G', 'Alpha']);
  });

  it('reports every kind of bad input and keeps the good entries', () => {
    const bad = buildDispositionTree('[{"code":');
    expect(bad.problems[0].kind).to.equal('json');
    expect(bad.roots).to.deep.equal([]);
    expect(buildDispositionTree(42).problems).to.deep.equal([{ kind: 'shape' }]);
    const tree = buildDispositionTree([
      'Ok',
      'Ok',
      '',
      { label: 'no code' },
      [1],
      { children: [] },
      ' / ',
      null,
      7,
    ]);
    expect([...tree.codes.keys()]).to.deep.equal(['Ok', '7']);
    expect(
      tree.problems.map((p) => (p.kind === 'entry' ? `${p.index}:${p.reason}` : p.kind)),
    ).to.deep.equal([
      '2:duplicate',
      '3:no-code',
      '4:no-code',
      '5:not-understood',
      '6:not-understood',
      '7:no-code',
      '8:not-understood',
    ]);
    expect(buildDispositionTree(undefined)).to.deep.include({ roots: [], problems: [] });
  });

  it('refuses absurd nesting without recursing forever', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i++) deep = { label: `L${i}`, children: [deep] };
    const tree = buildDispositionTree([deep]);
    expect(tree.codes.size).to.equal(0);
    expect(tree.problems.some((p) => p.kind === 'entry' && p.reason === 'too-deep')).to.equal(true);
  });
});
