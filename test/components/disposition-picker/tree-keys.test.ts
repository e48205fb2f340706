import { expect } from '@open-wc/testing';
import { buildDispositionTree } from '../../../src/components/disposition-picker/disposition-tree.js';
import {
  ancestorIds,
  treeKeyAction,
  visibleRows,
} from '../../../src/components/disposition-picker/tree-keys.js';
import { DISPOSITION_CODES } from '../../../src/sim/data/config-data.js';

describe('tree-keys: rows and keys (APG tree view)', () => {
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
