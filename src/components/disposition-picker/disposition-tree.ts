/**
 * Disposition codes as a tree (category → code), read from what a page gives or from the
 * workspace's options. Pure: no DOM. Its rows and keyboard moves are `tree-keys.ts`.
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
import { shortText } from '../../bridge/models/value-text.js';

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
const short = (v: unknown): string => shortText(v, 60);

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
