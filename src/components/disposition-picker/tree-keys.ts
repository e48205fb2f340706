/**
 * The visible rows of a disposition tree and the ARIA tree pattern's keyboard moves over them
 * (WAI-ARIA APG tree view). Pure: no DOM. The tree itself is read in `disposition-tree.ts`.
 */
import type { DispositionNode } from './disposition-tree.js';

export interface TreeRow {
  node: DispositionNode;
  level: number;
  parentId: string | null;
  setSize: number;
  posInSet: number;
  expanded: boolean;
}

/** The rows a person sees: roots, and the children of expanded nodes, in order. */
export function visibleRows(
  roots: readonly DispositionNode[],
  expanded: ReadonlySet<string>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly DispositionNode[], level: number, parentId: string | null) => {
    nodes.forEach((node, i) => {
      const open = node.children.length > 0 && expanded.has(node.id);
      rows.push({ node, level, parentId, setSize: nodes.length, posInSet: i + 1, expanded: open });
      if (open) walk(node.children, level + 1, node.id);
    });
  };
  walk(roots, 1, null);
  return rows;
}

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'expand-all'; ids: string[] }
  | { type: 'select'; id: string }
  | null;

/**
 * What a key does on the focused row (WAI-ARIA APG tree view): ↓/↑ next/previous row; → opens
 * a closed category or moves to its first child; ← closes an open category or moves to the
 * parent; Home/End first/last row; Enter/Space chooses a code or opens/closes a category;
 * `*` opens every sibling category. Printable keys are type-ahead (see `typeahead`).
 */
export function treeKeyAction(
  rows: readonly TreeRow[],
  focusedId: string,
  key: string,
): TreeAction {
  const i = rows.findIndex((r) => r.node.id === focusedId);
  if (i < 0) return rows.length ? { type: 'focus', id: rows[0].node.id } : null;
  const row = rows[i];
  const hasKids = row.node.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return i + 1 < rows.length ? { type: 'focus', id: rows[i + 1].node.id } : null;
    case 'ArrowUp':
      return i > 0 ? { type: 'focus', id: rows[i - 1].node.id } : null;
    case 'Home':
      return { type: 'focus', id: rows[0].node.id };
    case 'End':
      return { type: 'focus', id: rows[rows.length - 1].node.id };
    case 'ArrowRight':
      if (!hasKids) return null;
      return row.expanded
        ? { type: 'focus', id: row.node.children[0].id }
        : { type: 'expand', id: row.node.id };
    case 'ArrowLeft':
      if (hasKids && row.expanded) return { type: 'collapse', id: row.node.id };
      return row.parentId ? { type: 'focus', id: row.parentId } : null;
    case 'Enter':
    case ' ':
      if (row.node.code !== null) return { type: 'select', id: row.node.id };
      return hasKids ? { type: row.expanded ? 'collapse' : 'expand', id: row.node.id } : null;
    case '*': {
      const ids = rows
        .filter((r) => r.parentId === row.parentId && r.node.children.length > 0 && !r.expanded)
        .map((r) => r.node.id);
      return ids.length ? { type: 'expand-all', ids } : null;
    }
    default:
      return null;
  }
}

/** Every ancestor category id of a node (to open the way to it). */
export function ancestorIds(roots: readonly DispositionNode[], id: string): string[] {
  const trail: string[] = [];
  const find = (nodes: readonly DispositionNode[]): boolean => {
    for (const n of nodes) {
      if (n.id === id) return true;
      trail.push(n.id);
      if (find(n.children)) return true;
      trail.pop();
    }
    return false;
  };
  return find(roots) ? trail : [];
}
