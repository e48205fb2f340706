/**
 * Disposition codes as a tree (category → code), read from what a page gives or from the
 * workspace's options, and the ARIA tree pattern's keyboard moves over it. Pure: no DOM.
 *
 * Accepted input (property, JSON attribute, or option value):
 * - a list of strings: `['Sale/New', 'Other']` — the folder separator (`/`, or the option
 *   `interaction.disposition.folder-separator`) splits a category path from the code's label;
 *   the code written to user data is the whole string (`Sale/New`), unique where a leaf label
 *   (`New`) might not be;
 * - a list of objects `{ code, label?, category? }` — `category` a path string or a list of labels;
 * - a list of categories `{ label, children: [...] , code? }`, nested (a category with a `code` is
 *   selectable too);
 * - an object `{ code: label }`;
 * - a string: JSON of any of the above, else a comma-separated list (the workspace's list-option form).
 *
 * Bad entries are skipped and reported as `problems`; the good ones are kept.
 */

export interface DispositionCodeSpec {
  code: string;
  label?: string;
  category?: string | readonly string[];
}
export interface DispositionCategorySpec {
  label: string;
  code?: string;
  children: readonly DispositionEntry[];
}
export type DispositionEntry = string | DispositionCodeSpec | DispositionCategorySpec;
export type DispositionInput =
  readonly DispositionEntry[] | Readonly<Record<string, string>> | string;

export interface DispositionNode {
  /** Unique in the tree: `c:<code>` for a code, `f:<path>` for a category without one. */
  id: string;
  label: string;
  /** Labels from the root down to this node, itself included. */
  path: readonly string[];
  /** The value written to user data; `null` for a category that is not itself a code. */
  code: string | null;
  children: DispositionNode[];
}

export type CodeProblem =
  | { kind: 'json'; detail: string }
  | { kind: 'shape' }
  | {
      kind: 'entry';
      index: number;
      reason: 'no-code' | 'duplicate' | 'not-understood' | 'too-deep';
      value: string;
    };

export interface DispositionTree {
  roots: DispositionNode[];
  /** Every selectable node by its code. */
  codes: ReadonlyMap<string, DispositionNode>;
  problems: CodeProblem[];
}

export const DEFAULT_SEPARATOR = '/';
const MAX_DEPTH = 16;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;
const short = (v: unknown): string => {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

class Builder {
  readonly roots: DispositionNode[] = [];
  readonly codes = new Map<string, DispositionNode>();
  readonly problems: CodeProblem[] = [];

  constructor(private readonly separator: string) {}

  private folder(path: readonly string[]): DispositionNode[] {
    let level = this.roots;
    const walked: string[] = [];
    for (const label of path) {
      walked.push(label);
      // A code of that label at this level takes sub-codes: it becomes a selectable category.
      let node = level.find((n) => n.label === label);
      if (!node) {
        node = {
          id: `f:${walked.join('\u241F')}`,
          label,
          path: [...walked],
          code: null,
          children: [],
        };
        level.push(node);
      }
      level = node.children;
    }
    return level;
  }

  addCode(
    index: number,
    code: string,
    label: string,
    category: readonly string[],
    raw: unknown,
  ): void {
    if (this.codes.has(code)) {
      this.problems.push({ kind: 'entry', index, reason: 'duplicate', value: code });
      return;
    }
    if (category.length >= MAX_DEPTH) {
      this.problems.push({ kind: 'entry', index, reason: 'too-deep', value: short(raw) });
      return;
    }
    const level = this.folder(category);
    const path = [...category, label];
    // A category of that name already there becomes selectable (a code with sub-codes).
    const existing = level.find((n) => n.label === label && n.code === null);
    const node = existing ?? { id: '', label, path, code: null, children: [] };
    node.id = `c:${code}`;
    node.code = code;
    if (!existing) level.push(node);
    this.codes.set(code, node);
  }

  splitPath(value: string): string[] {
    const parts = this.separator ? value.split(this.separator) : [value];
    return parts.map((p) => p.trim()).filter((p) => p !== '');
  }

  entry(index: number, entry: unknown, category: readonly string[], depth: number): void {
    if (depth > MAX_DEPTH) {
      this.problems.push({ kind: 'entry', index, reason: 'too-deep', value: short(entry) });
      return;
    }
    if (typeof entry === 'string' && entry.trim() === '') return this.fail(index, 'no-code', entry);
    const asText = text(entry);
    if (asText !== null) {
      const parts = this.splitPath(asText);
      if (parts.length === 0) return this.fail(index, 'no-code', entry);
      const code = [...category, ...parts].join(this.separator || DEFAULT_SEPARATOR);
      return this.addCode(
        index,
        category.length ? code : asText,
        parts[parts.length - 1],
        [...category, ...parts.slice(0, -1)],
        entry,
      );
    }
    if (!isObject(entry)) return this.fail(index, 'not-understood', entry);
    if (Array.isArray(entry.children)) {
      const label = text(entry.label) ?? text(entry.code);
      if (label === null) return this.fail(index, 'not-understood', entry);
      const path = [...category, label];
      const code = text(entry.code);
      if (code !== null) this.addCode(index, code, label, category, entry);
      else this.folder(path);
      entry.children.forEach((child) => this.entry(index, child, path, depth + 1));
      return;
    }
    const code = text(entry.code);
    if (code === null) return this.fail(index, 'no-code', entry);
    const cat = Array.isArray(entry.category)
      ? entry.category.map(text).filter((p): p is string => p !== null)
      : text(entry.category) !== null
        ? this.splitPath(text(entry.category)!)
        : [];
    this.addCode(index, code, text(entry.label) ?? code, [...category, ...cat], entry);
  }

  private fail(index: number, reason: 'no-code' | 'not-understood', value: unknown): void {
    this.problems.push({ kind: 'entry', index, reason, value: short(value) });
  }
}

/** Reads any accepted input (see the module's doc) into a tree; never throws. */
export function buildDispositionTree(
  input: unknown,
  separator: string = DEFAULT_SEPARATOR,
): DispositionTree {
  const b = new Builder(separator);
  let value = input;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^[[{]/.test(trimmed)) {
      try {
        value = JSON.parse(trimmed);
      } catch (e) {
        b.problems.push({ kind: 'json', detail: e instanceof Error ? e.message : String(e) });
        value = [];
      }
    } else {
      value = trimmed === '' ? [] : trimmed.split(',');
    }
  }
  if (Array.isArray(value)) value.forEach((entry, i) => b.entry(i + 1, entry, [], 0));
  else if (isObject(value))
    Object.entries(value).forEach(([code, label], i) =>
      b.entry(i + 1, { code, label: text(label) ?? code }, [], 0),
    );
  else if (value !== undefined && value !== null) b.problems.push({ kind: 'shape' });
  return { roots: b.roots, codes: b.codes, problems: b.problems };
}

/** The codes of the workspace's options (`interaction.disposition.value-business-attribute`, `.folder-separator`). */
export function treeFromOptions(
  options: Readonly<Record<string, string | readonly string[]>>,
): DispositionTree {
  const sep = options['interaction.disposition.folder-separator'];
  const separator = typeof sep === 'string' && sep !== '' ? sep : DEFAULT_SEPARATOR;
  return buildDispositionTree(
    options['interaction.disposition.value-business-attribute'] ?? [],
    separator,
  );
}

/** True when any node has children (a tree rather than a flat list). */
export const isNested = (tree: DispositionTree): boolean =>
  tree.roots.some((n) => n.children.length > 0);

// ——— The visible rows and the ARIA tree pattern's keys ———

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
