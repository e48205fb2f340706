/**
 * Recently used disposition codes, most recent first, kept per page key through the kit's
 * storage helper (`src/internal/drafts.ts`: `localStorage`, memory when storage refuses) and
 * bounded (`MAX_STORED`). Codes the current list does not have are skipped when shown, not
 * deleted: another list (another campaign's) may still have them.
 */
import { readDraft, writeDraft, clearDraft, type DraftOptions } from '../../internal/drafts.js';

export const MAX_STORED = 20;
const PREFIX = 'adk-recent:disposition-picker/';

export class RecentCodes {
  private readonly key: string;

  constructor(
    scope: string,
    private readonly options: DraftOptions = {},
  ) {
    this.key = PREFIX + encodeURIComponent(scope);
  }

  /** All stored codes, most recent first. */
  all(): string[] {
    const v = readDraft<unknown>(this.key, this.options)?.value;
    return Array.isArray(v)
      ? [...new Set(v.filter((c): c is string => typeof c === 'string' && c !== ''))].slice(
          0,
          MAX_STORED,
        )
      : [];
  }

  /** Up to `limit` codes, most recent first, keeping only those `known` accepts. */
  list(limit: number, known: (code: string) => boolean = () => true): string[] {
    if (!(limit > 0)) return [];
    return this.all().filter(known).slice(0, limit);
  }

  /** Up to `limit` nodes of `codes`, most recently used first. */
  nodes<N>(limit: number, codes: ReadonlyMap<string, N>): N[] {
    return this.list(limit, (c) => codes.has(c)).map((c) => codes.get(c)!);
  }

  /** Puts `code` first (moving it if it was there), dropping the oldest beyond `MAX_STORED`. */
  use(code: string): void {
    if (!code) return;
    writeDraft(
      this.key,
      [code, ...this.all().filter((c) => c !== code)].slice(0, MAX_STORED),
      this.options,
    );
  }

  clear(): void {
    clearDraft(this.key, this.options);
  }
}
