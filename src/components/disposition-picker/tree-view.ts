/**
 * The code tree of `<disposition-picker>`: rendering and the WAI-ARIA APG tree view pattern
 * (roving tabindex, arrows, Home/End, `*`, Enter/Space, first-letter type-ahead), plus the
 * search box's filter. Keeps which categories are open and which row has focus; the moves
 * themselves are the pure `treeKeyAction` / `typeahead`.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { searchTree, typeahead } from './disposition-search.js';
import type { DispositionNode } from './disposition-tree.js';
import { ancestorIds, treeKeyAction, visibleRows, type TreeRow } from './tree-keys.js';

/** The id of the "recently used" group (`f:` + a character no label path uses). */
export const RECENT_ID = 'f:\u0000recent';
const TYPEAHEAD_RESET_MS = 600;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface TreeView {
  roots: DispositionNode[];
  rows: TreeRow[];
  /** Matching codes, best first, while searching. */
  matches: DispositionNode[];
  searching: boolean;
}

export interface TreeTexts {
  treeLabel: string;
  required: boolean;
}

export class TreeController implements ReactiveController {
  readonly expanded = new Set<string>([RECENT_ID]);
  focusedId: string | null = null;
  query = '';
  private buffer = '';
  private bufferTimer: ReturnType<typeof setTimeout> | undefined;
  private view: TreeView = { roots: [], rows: [], matches: [], searching: false };
  private rowIndex = new Map<string, TreeRow>();

  constructor(
    private readonly host: Host,
    private readonly onChoose: (node: DispositionNode) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.bufferTimer);
  }

  /** Another interaction is followed: no search text, categories closed, no focused row. */
  reset(): void {
    this.query = '';
    this.focusedId = null;
    this.buffer = '';
    clearTimeout(this.bufferTimer);
    this.expanded.clear();
    this.expanded.add(RECENT_ID);
  }

  /**
   * The rows to show: the recent group then the codes, or the search's filtered tree. `recent`
   * is read only while the search box is empty.
   */
  compute(
    roots: readonly DispositionNode[],
    recentCodes: () => readonly DispositionNode[],
    recentLabel: string,
  ): TreeView {
    const searching = this.query.trim() !== '';
    if (searching) {
      const found = searchTree(roots, this.query);
      this.view = {
        roots: found.roots,
        rows: visibleRows(found.roots, new Set(found.openIds)),
        matches: found.matches,
        searching,
      };
    } else {
      const recent = this.query ? [] : recentCodes();
      const group: DispositionNode[] = recent.length
        ? [
            {
              id: RECENT_ID,
              label: recentLabel,
              path: [recentLabel],
              code: null,
              children: recent.map((n) => ({ ...n, id: `r:${n.code}`, children: [] })),
            },
          ]
        : [];
      const all = [...group, ...roots];
      this.view = { roots: all, rows: visibleRows(all, this.expanded), matches: [], searching };
    }
    this.rowIndex = new Map(this.view.rows.map((r) => [r.node.id, r]));
    return this.view;
  }

  /** The agent typed in the search box. */
  search(text: string): void {
    this.query = text;
    this.host.requestUpdate();
  }

  /** The search box's keys: ↓ enters the tree, Enter takes the first match, Escape empties it. */
  searchKey(e: KeyboardEvent, first: DispositionNode | undefined): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.focusCurrent();
    } else if (e.key === 'Enter' && first) {
      e.preventDefault();
      this.onChoose(first);
    } else if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.query = '';
      this.host.requestUpdate();
    }
  }

  /** Opens the categories on the way to a code (to show the chosen one). */
  reveal(roots: readonly DispositionNode[], code: string | null): void {
    if (code === null) return;
    for (const id of ancestorIds(roots, `c:${code}`)) this.expanded.add(id);
  }

  async focusRow(id: string): Promise<void> {
    this.focusedId = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)
      ?.focus();
  }

  /** Focuses the tree's current row (from the search box's ↓). */
  focusCurrent(): void {
    const id = this.activeId();
    if (id) void this.focusRow(id);
  }

  private activeId(selected?: string | null): string | null {
    const rows = this.view.rows;
    if (this.focusedId && rows.some((r) => r.node.id === this.focusedId)) return this.focusedId;
    const chosen = selected ? rows.find((r) => r.node.code === selected) : undefined;
    return chosen?.node.id ?? rows[0]?.node.id ?? null;
  }

  private toggle(id: string, open: boolean): void {
    if (open) this.expanded.add(id);
    else this.expanded.delete(id);
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = item.dataset.id!;
    const rows = this.view.rows;
    const action = treeKeyAction(rows, id, e.key);
    if (action) {
      e.preventDefault();
      e.stopPropagation();
      if (action.type === 'focus') void this.focusRow(action.id);
      else if (action.type === 'expand' || action.type === 'collapse')
        this.toggle(action.id, action.type === 'expand');
      else if (action.type === 'expand-all') action.ids.forEach((x) => this.toggle(x, true));
      else this.choose(action.id);
      return;
    }
    if (e.key.length === 1 && e.key !== ' ') {
      e.preventDefault();
      clearTimeout(this.bufferTimer);
      this.buffer += e.key;
      this.bufferTimer = setTimeout(() => (this.buffer = ''), TYPEAHEAD_RESET_MS);
      const i = typeahead(
        rows.map((r) => r.node.label),
        rows.findIndex((r) => r.node.id === id),
        this.buffer,
      );
      if (i >= 0) void this.focusRow(rows[i].node.id);
    }
  };

  private readonly onClick = (e: MouseEvent) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const id = item.dataset.id!;
    const row = this.rowOf(id);
    if (!row) return;
    this.focusedId = id;
    const onTwisty = (e.target as HTMLElement).closest('[part~="twisty"]') !== null;
    if (row.node.code !== null && !onTwisty) this.choose(id);
    else if (row.node.children.length) this.toggle(id, !row.expanded);
  };

  private choose(id: string): void {
    const row = this.rowOf(id);
    if (row?.node.code != null) this.onChoose(row.node);
  }

  render(selected: string | null, texts: TreeTexts): TemplateResult {
    const active = this.activeId(selected);
    const item = (
      node: DispositionNode,
      row: TreeRow | undefined,
    ): TemplateResult | typeof nothing => {
      if (!row) return nothing;
      const kids = node.children.length > 0;
      const path =
        this.view.searching && node.path.length > 1 ? node.path.slice(0, -1).join(' › ') : '';
      // A treeitem is named by its content (ARIA: name from contents): the label and, while
      // searching, the path; the rule cannot see through the template, hence the exception.
      // eslint-disable-next-line lit-a11y/accessible-name
      return html`<li role="treeitem" part="item" data-id=${node.id} tabindex=${node.id === active ? 0 : -1}
          aria-level=${row.level} aria-setsize=${row.setSize} aria-posinset=${row.posInSet}
          aria-expanded=${ifDefined(kids ? String(row.expanded) : undefined)}
          aria-selected=${ifDefined(node.code !== null ? String(node.code === selected) : undefined)}>
        <span class="row" data-kind=${node.code !== null ? 'code' : 'category'}>
          <span part="twisty" aria-hidden="true">${kids ? (row.expanded ? '▾' : '▸') : ''}</span>
          <span class="label">${node.label}</span>
          ${path ? html`<span class="path muted">${path}</span>` : nothing}
        </span>
        ${kids && row.expanded ? html`<ul role="group">${node.children.map((c) => item(c, this.rowOf(c.id)))}</ul>` : nothing}
      </li>`;
    };
    return html`<ul id="tree" role="tree" part="tree" aria-label=${texts.treeLabel} aria-required=${texts.required ? 'true' : 'false'}
        @keydown=${this.onKeyDown} @click=${this.onClick}>
      ${this.view.roots.map((n) => item(n, this.rowOf(n.id)))}
    </ul>`;
  }

  private rowOf(id: string): TreeRow | undefined {
    return this.rowIndex.get(id);
  }
}
