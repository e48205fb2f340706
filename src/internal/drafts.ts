/**
 * Drafts: what the agent typed that the workspace has not accepted yet. Kept in `localStorage`
 * so that a failed save or a page reload never loses it; removed only when the workspace took
 * the value, or when the agent discards it. One helper for every element (disposition,
 * note, record fields): keys are namespaced `adk-draft:<element>/<scope…>`.
 *
 * Nothing here throws. When storage is unavailable (a sandboxed frame, a full quota, storage
 * disabled), drafts live in memory for this page, and `writeDraft` says so (`'memory'`) so the
 * element can tell the agent that a reload would lose them.
 */

export const DRAFT_PREFIX = 'adk-draft:';

export interface Draft<T> {
  value: T;
  /** Epoch ms of the last write. */
  savedAt: number;
}

export interface DraftOptions {
  /** Default: `globalThis.localStorage` when it can be used. */
  storage?: Storage | null;
  now?: () => number;
}

/** Where a draft was kept: in `storage` (survives a reload) or only in `memory` (this page). */
export type DraftWrite = 'storage' | 'memory';

const memory = new Map<string, string>();

function defaultStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null; // SecurityError in an opaque-origin frame
  }
}

const storageOf = (opts?: DraftOptions) =>
  opts && 'storage' in opts ? (opts.storage ?? null) : defaultStorage();

/** `draftKey('record-fields', 'Campaign', 283)` → `adk-draft:record-fields/Campaign/283`; blank parts are skipped. */
export function draftKey(
  element: string,
  ...scope: Array<string | number | null | undefined>
): string {
  const parts = [element, ...scope]
    .filter((p) => p !== null && p !== undefined && String(p) !== '')
    .map((p) => encodeURIComponent(String(p)));
  return `${DRAFT_PREFIX}${parts.join('/')}`;
}

export function readDraft<T>(key: string, opts?: DraftOptions): Draft<T> | null {
  let text: string | null | undefined = memory.get(key);
  const storage = storageOf(opts);
  if (text === undefined && storage) {
    try {
      text = storage.getItem(key);
    } catch {
      text = null;
    }
  }
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Draft<T>>;
    return parsed &&
      typeof parsed === 'object' &&
      'value' in parsed &&
      typeof parsed.savedAt === 'number'
      ? { value: parsed.value as T, savedAt: parsed.savedAt }
      : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T, opts?: DraftOptions): DraftWrite {
  const text = JSON.stringify({ value, savedAt: (opts?.now ?? Date.now)() } satisfies Draft<T>);
  const storage = storageOf(opts);
  if (storage) {
    try {
      storage.setItem(key, text);
      memory.delete(key);
      return 'storage';
    } catch {
      // quota or disabled: fall through to memory
    }
  }
  memory.set(key, text);
  return 'memory';
}

export function clearDraft(key: string, opts?: DraftOptions): void {
  memory.delete(key);
  try {
    storageOf(opts)?.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** The keys of the drafts under a prefix (e.g. `draftKey('record-fields')`), storage and memory. */
export function listDrafts(prefix: string = DRAFT_PREFIX, opts?: DraftOptions): string[] {
  const keys = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
  const storage = storageOf(opts);
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) keys.add(k);
    }
  } catch {
    // storage unreadable: memory only
  }
  return [...keys].sort();
}
