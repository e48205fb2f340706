/**
 * Drafts: what the agent typed that the workspace has not accepted yet. Kept in `localStorage`
 * so that a failed save or a page reload never loses it; removed when the workspace took the
 * value, when the agent discards it, when the interaction it is tied to is done
 * (`clearInteractionDrafts`, on REMOVED), or when it is the oldest of more than `MAX_DRAFTS`
 * (a shift of thousands of interactions never fills the page's storage). One helper for every element (disposition,
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
  /** The interaction the draft goes with (`clearInteractionDrafts`), when it is tied to one. */
  interactionId?: string;
}

/**
 * At most this many drafts are kept (storage and memory together): writing one more evicts the
 * oldest (by `savedAt`). A shift of thousands of interactions never fills the page's storage.
 */
export const MAX_DRAFTS = 100;

export interface DraftOptions {
  /** Default: `globalThis.localStorage` when it can be used. */
  storage?: Storage | null;
  now?: () => number;
  /** How many drafts are kept at most (default `MAX_DRAFTS`). */
  maxDrafts?: number;
}

export interface DraftWriteOptions extends DraftOptions {
  /** The interaction the draft dies with: `clearInteractionDrafts(id)` removes it (mark done, REMOVED). */
  interactionId?: string;
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

function readText(key: string, storage: Storage | null): string | null {
  let text: string | null | undefined = memory.get(key);
  if (text === undefined && storage) {
    try {
      text = storage.getItem(key);
    } catch {
      text = null;
    }
  }
  return text ?? null;
}

export function readDraft<T>(key: string, opts?: DraftOptions): Draft<T> | null {
  const text = readText(key, storageOf(opts));
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Draft<T>>;
    if (
      !parsed ||
      typeof parsed !== 'object' ||
      !('value' in parsed) ||
      typeof parsed.savedAt !== 'number'
    )
      return null;
    const draft: Draft<T> = { value: parsed.value as T, savedAt: parsed.savedAt };
    if (typeof parsed.interactionId === 'string') draft.interactionId = parsed.interactionId;
    return draft;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, value: T, opts?: DraftWriteOptions): DraftWrite {
  const draft: Draft<T> = { value, savedAt: (opts?.now ?? Date.now)() };
  if (opts?.interactionId !== undefined) draft.interactionId = opts.interactionId;
  const text = JSON.stringify(draft);
  const storage = storageOf(opts);
  if (readText(key, storage) === null) evictOldest(storage, (opts?.maxDrafts ?? MAX_DRAFTS) - 1);
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

/** Removes every draft tied to `interactionId` (written with `{ interactionId }`): it is done. */
export function clearInteractionDrafts(interactionId: string, opts?: DraftOptions): number {
  let cleared = 0;
  for (const key of listDrafts(DRAFT_PREFIX, opts)) {
    if (readDraft(key, opts)?.interactionId === interactionId) {
      clearDraft(key, opts);
      cleared++;
    }
  }
  return cleared;
}

/** Keeps at most `keep` drafts: the oldest (by `savedAt`; unreadable ones first) go. */
function evictOldest(storage: Storage | null, keep: number): void {
  const opts = { storage };
  const keys = listDrafts(DRAFT_PREFIX, opts);
  if (keys.length <= keep) return;
  const aged = keys.map((key) => ({ key, at: readDraft(key, opts)?.savedAt ?? -Infinity }));
  aged.sort((a, b) => a.at - b.at);
  for (const { key } of aged.slice(0, aged.length - Math.max(0, keep))) clearDraft(key, opts);
}
