/**
 * What `<disposition-picker>` shows, from what it knows: which codes (the page's or the
 * workspace's), the notices above the tree and the failure lines of the alert region. Pure: no
 * DOM, unit-tested in `test/components/disposition-picker/view-model.test.ts`.
 */
import type { BridgeState } from '../../bridge/state.js';
import type { TemplateResult, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { errorReason } from '../../internal/requests.js';
import type { Words } from '../../internal/words.js';
import type { DispositionSaveDetail, WrapupField } from './disposition-picker.events.js';
import {
  buildDispositionTree,
  treeFromOptions,
  type DispositionInput,
  type DispositionTree,
} from './disposition-tree.js';
import type { PickerView } from './disposition-picker.view.js';
import type { FieldView } from './wrapup-controller.js';

/** The workspace's options, as the bridge read them. */
export type Options = BridgeState['options'];

export interface CodesSource {
  tree: DispositionTree;
  /** The page's codes were unusable: the workspace's are shown. */
  usedWorkspace: boolean;
}

/** The codes: the page's (property or attribute), else the workspace's options'. */
export function resolveCodes(
  codes: DispositionInput | undefined | null,
  options: Options,
): CodesSource {
  const sep = options['interaction.disposition.folder-separator'];
  const workspace = treeFromOptions(options);
  if (codes === undefined || codes === null || codes === '')
    return { tree: workspace, usedWorkspace: false };
  const page = buildDispositionTree(codes, typeof sep === 'string' && sep ? sep : undefined);
  const usedWorkspace =
    page.codes.size === 0 && page.problems.length > 0 && workspace.codes.size > 0;
  return usedWorkspace
    ? {
        tree: { ...workspace, problems: [...page.problems, ...workspace.problems] },
        usedWorkspace,
      }
    : { tree: page, usedWorkspace };
}

/** `resolveCodes`, computed again only when the codes or the options change. */
export function memoCodes(): (
  codes: DispositionInput | undefined,
  options: Options,
) => CodesSource {
  let last: { codes: unknown; options: unknown; source: CodesSource } | undefined;
  return (codes, options) => {
    if (!last || last.codes !== codes || last.options !== options)
      last = { codes, options, source: resolveCodes(codes, options) };
    return last.source;
  };
}

/** A code as the agent reads it: its path in the tree, or "not in the list" when the tree lacks it. */
export function codeLabel(
  source: CodesSource,
  code: string,
  t: Messages['dispositionPicker'],
): string {
  const node = source.tree.codes.get(code);
  return node ? node.path.join(' › ') : t.notInList(code);
}

export interface NoticeInputs {
  source: CodesSource;
  /** The workspace link is down (one notice says so, until it is back). */
  down?: boolean;
  /** The interaction is live (not IDLE). */
  live: boolean;
  /** Mark done is blocked by this element. */
  ownBlock: boolean;
  required: boolean;
  code: FieldView;
  /** Drafts reach `localStorage` (false: memory only). */
  persistent: boolean;
}

/** The notes above the tree: unreadable codes, the call's end, mark-done blocking, storage. */
export function pickerNotices(t: Messages['dispositionPicker'], n: NoticeInputs): string[] {
  const { tree, usedWorkspace } = n.source;
  const notes: string[] = n.down ? [t.connectionDown] : [];
  for (const p of tree.problems) {
    if (p.kind === 'json') notes.push(t.codesInvalidJson(p.detail));
    else if (p.kind === 'shape') notes.push(t.codesInvalidShape);
  }
  const entries = tree.problems.flatMap((p) =>
    p.kind === 'entry' ? [t.entryProblem(p.index, p.reason, p.value)] : [],
  );
  if (entries.length) notes.push(t.codesSkipped(entries));
  if (usedWorkspace) notes.push(t.usingWorkspaceCodes);
  if (!n.live) notes.push(t.idle);
  if (n.ownBlock) notes.push(t.blocked);
  if (n.required && !n.live && n.code.status === 'local' && n.code.value !== null)
    notes.push(t.unblockedLocal);
  if (!n.persistent) notes.push(t.notPersistent);
  return notes;
}

export interface ErrorInputs {
  fields: Record<WrapupField, FieldView>;
  /** Blocking or unblocking mark done failed. */
  blockError: { error: unknown } | undefined;
  /** The last Do Not Call outcome in words. */
  dnc: { text: string; failed: boolean };
}

/** The alert region's lines (what failed and why, drafts not saved) and whether Retry applies. */
export function pickerErrors(t: Messages, e: ErrorInputs): { lines: string[]; retry: boolean } {
  const tp = t.dispositionPicker;
  const lines: string[] = [];
  for (const [name, f] of Object.entries(e.fields) as Array<[WrapupField, FieldView]>) {
    if (f.status === 'failed' && f.error !== null) lines.push(tp.saveFailed[name](f.error));
    else if (f.status === 'unsaved' && f.restored) lines.push(tp.restored[name]);
  }
  if (e.blockError) lines.push(tp.blockFailed(errorReason(e.blockError.error, t.actions)));
  const retry = lines.length > 0;
  if (e.dnc.failed) lines.push(e.dnc.text);
  return { lines, retry };
}

/** What the polite region says once a field was saved (or kept on this page). */
export function savedWords(
  { field, value, local }: DispositionSaveDetail,
  labelOf: (code: string) => string,
  results: { resultLabel: (value: string, t: Messages) => string },
): Words {
  return (t) => {
    const tp = t.dispositionPicker;
    if (local) return tp.status.local;
    if (field === 'note') return tp.savedNote;
    if (field === 'callResult')
      return tp.outbound.savedResult(results.resultLabel(String(value), t));
    return value === null ? tp.clearedCode : tp.savedCode(labelOf(value));
  };
}

/** What the element knows at a render. */
export interface PickerFacts {
  t: Messages;
  required: boolean;
  live: boolean;
  /** The workspace link is down. */
  down?: boolean;
  source: CodesSource;
  fields: Record<WrapupField, FieldView>;
  labelOf: (code: string) => string;
  /** The tree's search text and what it found. */
  query: string;
  searching: boolean;
  matches: number;
  tree: TemplateResult;
  outbound: TemplateResult | typeof nothing;
  ownBlock: boolean;
  persistent: boolean;
  blockError: { error: unknown } | undefined;
  dnc: { text: string; failed: boolean };
  /** The last announcement, worded. */
  announcement: string;
}

export function pickerView(f: PickerFacts): PickerView {
  const t = f.t.dispositionPicker;
  const { code, note } = f.fields;
  return {
    t,
    required: f.required,
    notices: pickerNotices(t, { ...f, code }),
    code,
    codeLabel: code.value === null ? null : f.labelOf(code.value),
    hasCodes: f.source.tree.codes.size > 0,
    query: f.query,
    searching: f.searching,
    matches: f.matches,
    tree: f.tree,
    note,
    outbound: f.outbound,
    errors: pickerErrors(f.t, f),
    status: `${f.announcement} ${f.dnc.failed ? '' : f.dnc.text}`,
  };
}
