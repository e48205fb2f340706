import { expect } from '@open-wc/testing';
import {
  ancestorIds,
  buildDispositionTree,
  isNested,
  treeFromOptions,
  treeKeyAction,
  visibleRows,
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

describe('disposition-tree: rows and keys (APG tree view)', () => {
  const tree = buildDispositionTree(DISPOSITION_CODES);
  const ids = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => r.node.id);

  it('shows roots, and the children of open categories, with level, size and position', () => {
    const closed = visibleRows(tree.roots, new Set());
    expect(ids(closed)).to.deep.equal(['f:Sale', 'f:No sale', 'c:Callback requested', 'c:Other']);
    const open = visibleRows(tree.roots, new Set(['f:No sale']));
    expect(
      open.map((r) => [r.node.label, r.level, r.posInSet, r.setSize, r.expanded]),
    ).to.deep.equal([
      ['Sale', 1, 1, 4, false],
      ['No sale', 1, 2, 4, true],
      ['Not interested', 2, 1, 3, false],
      ['Too expensive', 2, 2, 3, false],
      ['Wrong number on file', 2, 3, 3, false],
      ['Callback requested', 1, 3, 4, false],
      ['Other', 1, 4, 4, false],
    ]);
    expect(open[2].parentId).to.equal('f:No sale');
  });

  it('moves, opens, closes, selects and opens siblings as the pattern says', () => {
    const rows = visibleRows(tree.roots, new Set(['f:No sale']));
    expect(treeKeyAction(rows, 'f:Sale', 'ArrowDown')).to.deep.equal({
      type: 'focus',
      id: 'f:No sale',
    });
    expect(treeKeyAction(rows, 'f:Sale', 'ArrowUp')).to.equal(null);
    expect(treeKeyAction(rows, 'c:Other', 'ArrowDown')).to.equal(null);
    expect(treeKeyAction(rows, 'c:Other', 'Home')).to.deep.equal({ type: 'focus', id: 'f:Sale' });
    expect(treeKeyAction(rows, 'f:Sale', 'End')).to.deep.equal({ type: 'focus', id: 'c:Other' });
    expect(treeKeyAction(rows, 'f:Sale', 'ArrowRight')).to.deep.equal({
      type: 'expand',
      id: 'f:Sale',
    });
    expect(treeKeyAction(rows, 'f:No sale', 'ArrowRight')).to.deep.equal({
      type: 'focus',
      id: 'c:No sale/Not interested',
    });
    expect(treeKeyAction(rows, 'c:Other', 'ArrowRight')).to.equal(null);
    expect(treeKeyAction(rows, 'f:No sale', 'ArrowLeft')).to.deep.equal({
      type: 'collapse',
      id: 'f:No sale',
    });
    expect(treeKeyAction(rows, 'c:No sale/Wrong number on file', 'ArrowLeft')).to.deep.equal({
      type: 'focus',
      id: 'f:No sale',
    });
    expect(treeKeyAction(rows, 'f:Sale', 'ArrowLeft')).to.equal(null);
    expect(treeKeyAction(rows, 'c:Other', 'Enter')).to.deep.equal({
      type: 'select',
      id: 'c:Other',
    });
    expect(treeKeyAction(rows, 'c:Other', ' ')).to.deep.equal({ type: 'select', id: 'c:Other' });
    expect(treeKeyAction(rows, 'f:Sale', 'Enter')).to.deep.equal({ type: 'expand', id: 'f:Sale' });
    expect(treeKeyAction(rows, 'f:No sale', ' ')).to.deep.equal({
      type: 'collapse',
      id: 'f:No sale',
    });
    expect(treeKeyAction(rows, 'c:Other', '*')).to.deep.equal({
      type: 'expand-all',
      ids: ['f:Sale'],
    });
    expect(treeKeyAction(rows, 'c:No sale/Wrong number on file', '*')).to.equal(null);
    expect(treeKeyAction(rows, 'gone', 'ArrowDown')).to.deep.equal({ type: 'focus', id: 'f:Sale' });
    expect(treeKeyAction([], 'gone', 'ArrowDown')).to.equal(null);
    expect(treeKeyAction(rows, 'f:Sale', 'x')).to.equal(null);
  });

  it('finds the categories on the way to a node', () => {
    const nested = buildDispositionTree(['A/B/C', 'A/D']);
    expect(ancestorIds(nested.roots, 'c:A/B/C')).to.deep.equal(['f:A', 'f:A\u241FB']);
    expect(ancestorIds(nested.roots, 'c:nope')).to.deep.equal([]);
  });
});
