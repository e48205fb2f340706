/**
 * Where a transfer or consultation can go, offered as the agent types: the page's own directory
 * (the Service Client API has no target search, so a page gives its list of agents, queues and
 * numbers, or a function that searches its own directory) and the targets this page used
 * recently. Pure, except the recent list, which lives for the page (in memory only: a list of
 * numbers an agent called does not go to storage).
 */
import type { TargetQuery } from '../../bridge/api.js';
import type { TargetKind } from './transfer-target.js';

/** A destination a page offers: a target kind of the seed (or `number`), the destination, a name. */
export interface DirectoryEntry {
  kind: TargetKind;
  destination: string;
  /** What the agent reads, e.g. "Billing team" (default: the destination). */
  label?: string;
}

/** A list, or a search over the page's own directory (called as the agent types; may be aborted). */
export type TargetDirectory =
  | readonly DirectoryEntry[]
  | ((query: string, signal: AbortSignal) => Promise<readonly DirectoryEntry[]>);

export const SUGGESTION_LIMIT = 8;
export const RECENT_LIMIT = 5;

const key = (e: DirectoryEntry) => `${e.kind}\u0000${e.destination}`;

/** The entries whose label or destination contains `query` (any case; spaces and dashes in numbers ignored). */
export function matchEntries(
  entries: readonly DirectoryEntry[],
  query: string,
  limit = SUGGESTION_LIMIT,
): DirectoryEntry[] {
  const q = query.trim().toLowerCase();
  const digits = (s: string) => s.replace(/[\s().-]/g, '');
  const hit = (e: DirectoryEntry) =>
    !q ||
    (e.label ?? '').toLowerCase().includes(q) ||
    e.destination.toLowerCase().includes(q) ||
    (digits(q) !== '' && digits(e.destination).includes(digits(q)));
  return entries.filter(hit).slice(0, limit);
}

/** Recent first, then the directory's matches, each destination once, at most `limit`. */
export function suggestions(
  recent: readonly DirectoryEntry[],
  found: readonly DirectoryEntry[],
  query: string,
  limit = SUGGESTION_LIMIT,
): DirectoryEntry[] {
  const seen = new Set<string>();
  const out: DirectoryEntry[] = [];
  for (const e of [...matchEntries(recent, query, limit), ...found]) {
    if (seen.has(key(e))) continue;
    seen.add(key(e));
    out.push(e);
    if (out.length === limit) break;
  }
  return out;
}

/** The directory's entries for `query`: a list is matched here, a function searches. */
export async function searchDirectory(
  directory: TargetDirectory | undefined,
  query: string,
  signal: AbortSignal,
): Promise<readonly DirectoryEntry[]> {
  if (!directory) return [];
  if (typeof directory !== 'function') return matchEntries(directory, query);
  return (await directory(query, signal)).slice(0, SUGGESTION_LIMIT);
}

/** The entry a target query was made from (to remember it). */
export function entryOf(query: TargetQuery, label?: string): DirectoryEntry {
  if (typeof query === 'string') return { kind: 'number', destination: query, label };
  return { kind: query.type ?? query.target ?? 'number', destination: query.destination, label };
}

/** The targets used on this page, most recent first, each once, at most `RECENT_LIMIT`. */
export class RecentTargets {
  private list: DirectoryEntry[] = [];
  get entries(): readonly DirectoryEntry[] {
    return this.list;
  }
  remember(entry: DirectoryEntry): void {
    this.list = [entry, ...this.list.filter((e) => key(e) !== key(entry))].slice(0, RECENT_LIMIT);
  }
  clear(): void {
    this.list = [];
  }
}

/** The page's recent targets, shared by every `<call-actions>` on it. */
export const recentTargets = new RecentTargets();
