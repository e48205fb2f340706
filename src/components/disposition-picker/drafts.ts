/**
 * The wrap-up drafts of one interaction (disposition code, note, call result): what the agent
 * chose or typed that the workspace does not have yet. Stored through the kit's drafts helper
 * (`src/internal/drafts.ts`: `localStorage`, memory when storage refuses) under
 * `adk-draft:disposition-picker/<page key>/<interaction id>`.
 *
 * A field's draft is written the moment the agent acts, before any request, and leaves only
 * when the workspace has the same value (`settle`) or the agent discards it — so a failed save,
 * a timeout or a page reload loses nothing.
 *
 * Identity: interaction ids are the workspace's, and a new workspace session numbers them from
 * 1 again, so a draft also records the interaction's case id: a draft of interaction `1` in case
 * A is not shown on interaction `1` of case B. Drafts untouched for `maxAgeMs` (14 days) are
 * dropped the next time one of this page's drafts is written; a draft also goes when its
 * interaction is done (REMOVED: `clearInteractionDrafts`).
 *
 * Read once: an interaction's draft is read from storage the first time it is asked for, then
 * kept (`cache`) and kept up to date by this object's own writes; a render reads no storage
 * (issue 11). What another tab writes arrives as a `storage` event: `forget` the interaction
 * then, and its draft is read again.
 */
import {
  clearDraft,
  draftKey,
  listDrafts,
  readDraft,
  writeDraft,
  type DraftOptions,
} from '../../internal/drafts.js';

/** A field's draft: the text, or `null` when the agent cleared it. */
export type DraftValue = string | null;

export interface WrapupDraft {
  caseId: string | null;
  fields: Record<string, DraftValue>;
}

export interface WrapupDraftOptions extends DraftOptions {
  maxAgeMs?: number;
  /**
   * The drafts read so far, by interaction id (`null`: none). Default: a map of this object's;
   * an element passes one it holds per interaction, so that a removed interaction's goes.
   */
  cache?: Map<string, WrapupDraft | null>;
}

export const DRAFT_ELEMENT = 'disposition-picker';
const DAY = 86_400_000;

function valid(v: unknown): WrapupDraft | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Record<string, unknown>;
  if (typeof d.fields !== 'object' || d.fields === null || Array.isArray(d.fields)) return null;
  const fields: Record<string, DraftValue> = {};
  for (const [k, val] of Object.entries(d.fields as Record<string, unknown>)) {
    if (typeof val === 'string' || val === null) fields[k] = val;
  }
  return { caseId: typeof d.caseId === 'string' && d.caseId !== '' ? d.caseId : null, fields };
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export class WrapupDrafts {
  private readonly maxAgeMs: number;
  private readonly cache: Map<string, WrapupDraft | null>;
  /** False once a write could be kept in memory only (a reload would lose it). */
  persistent = true;

  constructor(
    readonly scope: string,
    private readonly options: WrapupDraftOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 14 * DAY;
    this.cache = options.cache ?? new Map();
  }

  private key(interactionId: string): string {
    return draftKey(DRAFT_ELEMENT, this.scope, interactionId);
  }

  /** The interaction's draft, unless it belongs to another case (an old session's interaction with the same id). */
  get(interactionId: string, caseId?: string | null): WrapupDraft | undefined {
    let draft = this.cache.get(interactionId);
    if (draft === undefined) {
      draft = valid(readDraft<unknown>(this.key(interactionId), this.options)?.value);
      this.cache.set(interactionId, draft);
    }
    if (!draft || (draft.caseId && caseId && draft.caseId !== caseId)) return undefined;
    return draft;
  }

  /** One field's draft: `undefined` when there is none (the workspace's value stands). */
  field(
    interactionId: string,
    caseId: string | null | undefined,
    name: string,
  ): DraftValue | undefined {
    const fields = this.get(interactionId, caseId)?.fields;
    return fields && has(fields, name) ? fields[name] : undefined;
  }

  set(
    interactionId: string,
    caseId: string | null | undefined,
    name: string,
    value: DraftValue,
  ): void {
    const old = this.get(interactionId, caseId);
    this.write(interactionId, {
      caseId: old?.caseId ?? caseId ?? null,
      fields: { ...old?.fields, [name]: value },
    });
    this.prune();
  }

  /** The workspace now holds `saved`: the field's draft goes if it still says the same (a later edit stays). */
  settle(
    interactionId: string,
    caseId: string | null | undefined,
    name: string,
    saved: DraftValue,
  ): void {
    const current = this.field(interactionId, caseId, name);
    if (current === undefined || (current ?? '') !== (saved ?? '')) return;
    this.discard(interactionId, caseId, name);
  }

  /** Drops one field's draft, or the interaction's whole draft. */
  discard(interactionId: string, caseId: string | null | undefined, name?: string): void {
    const draft = this.get(interactionId, caseId);
    if (!draft) return;
    const fields = { ...draft.fields };
    if (name !== undefined) delete fields[name];
    if (name !== undefined && Object.keys(fields).length > 0)
      this.write(interactionId, { ...draft, fields });
    else this.clear(interactionId);
  }

  /** Reads the interaction's draft (every draft, without an id) from storage again next time: another tab wrote it. */
  forget(interactionId?: string): void {
    if (interactionId === undefined) this.cache.clear();
    else this.cache.delete(interactionId);
  }

  /** The interaction id of a storage key of this page key's drafts; `undefined` for another key. */
  interactionOf(key: string): string | undefined {
    const prefix = `${draftKey(DRAFT_ELEMENT, this.scope)}/`;
    return key.startsWith(prefix) ? decodeURIComponent(key.slice(prefix.length)) : undefined;
  }

  /** The interaction ids that have a draft on this page key. */
  interactionIds(): string[] {
    const prefix = `${draftKey(DRAFT_ELEMENT, this.scope)}/`;
    return listDrafts(prefix, this.options).map((k) => this.interactionOf(k)!);
  }

  private write(interactionId: string, draft: WrapupDraft): void {
    // Tied to the interaction: gone once it is done (REMOVED), whatever element is there.
    const opts = { ...this.options, interactionId };
    this.persistent = writeDraft(this.key(interactionId), draft, opts) === 'storage';
    this.cache.set(interactionId, draft);
  }

  private clear(interactionId: string): void {
    clearDraft(this.key(interactionId), this.options);
    this.cache.set(interactionId, null);
  }

  private prune(): void {
    const oldest = (this.options.now ?? Date.now)() - this.maxAgeMs;
    for (const id of this.interactionIds()) {
      const key = this.key(id);
      const saved = readDraft<unknown>(key, this.options);
      if (saved && saved.savedAt < oldest) {
        clearDraft(key, this.options);
        this.cache.delete(id);
      }
    }
  }
}
