/**
 * Type-ahead over disposition codes: a search box that filters the tree by label and path, and
 * the tree's own first-letters type-ahead. Pure: no DOM.
 *
 * Matching folds case and accents (`é` = `e`) and splits the query into words at spaces and at
 * path separators (`/`, `>`, `›`): a code matches when every word is found in its path
 * (`no sale/exp` finds `No sale › Too expensive`). Any text is a valid query; nothing in it is
 * read as a pattern.
 */
import type { DispositionNode } from './disposition-tree.js';

/** Lower case, no accents, single spaces. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, folded. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s/>›»\\|]+/)
    .filter((w) => w !== '');
}

export interface SearchResult {
  /** The filtered tree: matching codes and the categories on their way (new node objects). */
  roots: DispositionNode[];
  /** Matching codes, best first: label starts with the query, then a word of the label does, then the rest. */
  matches: DispositionNode[];
  /** Category ids of the filtered tree (to show them open). */
  openIds: string[];
}

function score(node: DispositionNode, words: readonly string[], whole: string): number {
  const label = fold(node.label);
  if (label.startsWith(whole)) return 0;
  if (words.every((w) => label.split(' ').some((part) => part.startsWith(w)))) return 1;
  if (words.every((w) => label.includes(w))) return 2;
  return 3;
}

/**
 * Filters `roots` by `query`. A category matches when its own path does, and then keeps all its
 * codes; a code matches on its path. An empty query gives the tree unchanged and no matches.
 */
export function searchTree(roots: readonly DispositionNode[], query: string): SearchResult {
  const words = queryWords(query);
  if (words.length === 0) return { roots: [...roots], matches: [], openIds: [] };
  const whole = fold(query);
  const found: Array<{ node: DispositionNode; order: number; score: number }> = [];
  const openIds: string[] = [];
  const pathMatches = (node: DispositionNode) => {
    const hay = fold(node.path.join(' / '));
    return words.every((w) => hay.includes(w));
  };
  const collect = (node: DispositionNode) => {
    if (node.code !== null)
      found.push({ node, order: found.length, score: score(node, words, whole) });
    node.children.forEach(collect);
  };
  const filter = (nodes: readonly DispositionNode[]): DispositionNode[] => {
    const out: DispositionNode[] = [];
    for (const node of nodes) {
      if (node.children.length > 0 && pathMatches(node)) {
        collect(node);
        openIds.push(node.id);
        out.push(node);
        continue;
      }
      const children = filter(node.children);
      const self = node.code !== null && pathMatches(node);
      if (self) found.push({ node, order: found.length, score: score(node, words, whole) });
      if (children.length > 0) openIds.push(node.id);
      if (self || children.length > 0) out.push({ ...node, children });
    }
    return out;
  };
  const filtered = filter(roots);
  const matches = found.sort((a, b) => a.score - b.score || a.order - b.order).map((f) => f.node);
  return { roots: filtered, matches, openIds };
}

/**
 * The tree's type-ahead (APG): the next row, after the focused one and wrapping, whose label
 * starts with the typed characters. A buffer of one repeated character cycles through the rows
 * starting with it. Returns the row index, or -1 when none matches.
 */
export function typeahead(labels: readonly string[], focusedIndex: number, buffer: string): number {
  const wanted = fold(buffer);
  if (wanted === '' || labels.length === 0) return -1;
  const cycling = wanted.length > 1 && [...wanted].every((c) => c === wanted[0]);
  const prefix = cycling ? wanted[0] : wanted;
  // A longer buffer keeps the current row if it still matches; a single letter moves on.
  const start = prefix.length > 1 && !cycling ? focusedIndex : focusedIndex + 1;
  for (let k = 0; k < labels.length; k++) {
    const i = (((start + k) % labels.length) + labels.length) % labels.length;
    if (fold(labels[i]).startsWith(prefix)) return i;
  }
  return -1;
}
