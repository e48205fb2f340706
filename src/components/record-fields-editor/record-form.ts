/**
 * The record form's behaviour, apart from its looks: loads `outbound.getRecordFields` for an
 * interaction, keeps one entry per field with the agent's text, stores the agent's changes as a
 * draft on every edit (so a failed save or a reload loses nothing), saves only the changed
 * fields through `outbound.updateRecordFields`, maps a rejection onto its field, and resets to
 * the workspace's values.
 *
 * Drafts are keyed by the record, not the interaction (`record-draft.ts`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordField } from '../../bridge/api.js';
import { isBridgeError } from '../../bridge/errors.js';
import { parseFieldErrorText } from '../../bridge/field-error-texts.js';
import {
  normaliseRecordFields,
  recordAsSaved,
  type OutboundRecordInfo,
} from '../../bridge/models/index.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { RequestController } from '../../internal/requests.js';
import { savedRecordFields } from '../../internal/saved-record-fields.js';
import { clearDraft, type DraftWrite } from '../../internal/drafts.js';
import {
  draftTexts,
  entryFor,
  summarise,
  withText,
  withTouched,
  type FieldEntry,
  type FormSummary,
} from './form-state.js';
import { draftTextsAt, recordDraftKey, storeDraft } from './record-draft.js';
import type { RecordRequest } from './record-fields-editor.events.js';

export type LoadPhase = 'idle' | 'loading' | 'ready' | 'failed';

/** `vetoed`: a page cancelled `adk-record-save`, nothing was sent. */
export type SaveOutcome = 'saved' | 'failed' | 'invalid' | 'nothing' | 'busy' | 'vetoed';

export class RecordForm implements ReactiveController {
  interactionId: string | null = null;
  phase: LoadPhase = 'idle';
  loadError: unknown;
  entries: FieldEntry[] = [];
  /** Where the last draft went: `memory` means a reload would lose it. */
  storedIn: DraftWrite = 'storage';
  /** How many changes a draft brought back at the last load. */
  restored = 0;
  private key: string | null = null;
  private loadSeq = 0;
  private summaryOf: { entries: FieldEntry[]; summary: FormSummary } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bridge: () => AgentBridge | undefined,
    private readonly requests: RequestController<RecordRequest>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get summary(): FormSummary {
    if (this.summaryOf?.entries !== this.entries)
      this.summaryOf = { entries: this.entries, summary: summarise(this.entries) };
    return this.summaryOf.summary;
  }

  /** The record as the workspace holds it now: these fields over `userData` (`recordAsSaved`). */
  saved(userData: unknown): OutboundRecordInfo | null {
    return recordAsSaved(
      userData,
      this.entries.map((e) => e.field),
    );
  }

  /** Follows an interaction: loads its fields when it is another one than the current. */
  follow(id: string | null, record: OutboundRecordInfo | null): void {
    if (id === this.interactionId) return;
    this.interactionId = id;
    this.key = id ? recordDraftKey(id, record) : null;
    this.entries = [];
    this.restored = 0;
    this.phase = 'idle';
    if (id) void this.load();
  }

  async load(): Promise<void> {
    const bridge = this.bridge();
    const id = this.interactionId;
    if (!bridge || !id) return;
    const seq = ++this.loadSeq;
    this.phase = 'loading';
    this.host.requestUpdate();
    try {
      const raw = await bridge.request('outbound.getRecordFields', id);
      if (seq !== this.loadSeq) return;
      const fields = normaliseRecordFields(raw).fields;
      savedRecordFields(bridge).set(id, Object.fromEntries(fields.map((f) => [f.name, f.value])));
      this.show(fields);
      this.phase = 'ready';
    } catch (error) {
      if (seq !== this.loadSeq) return;
      this.loadError = error;
      this.phase = 'failed';
    }
    this.host.requestUpdate();
  }

  private show(fields: RecordField[]): void {
    const texts = this.key ? draftTextsAt(this.key) : {};
    this.entries = fields.map((f) =>
      entryFor(f, typeof texts[f.name] === 'string' ? texts[f.name] : undefined),
    );
    this.restored = Object.keys(draftTexts(this.entries)).length;
  }

  entry(name: string): FieldEntry | undefined {
    return this.entries.find((e) => e.field.name === name);
  }

  /** The agent typed or chose: the new text, stored as a draft at once. */
  setText(name: string, text: string): void {
    this.replace(name, (e) => withText(e, text));
    this.persist();
  }

  /** The agent left the control: its problem shows from now on. */
  touch(name: string): void {
    this.replace(name, withTouched);
  }

  touchAll(): void {
    if (this.entries.some((e) => !e.touched)) this.entries = this.entries.map(withTouched);
    this.host.requestUpdate();
  }

  /** Back to the workspace's values; the draft is dropped (the agent asked for it). */
  reset(): void {
    if (this.key) clearDraft(this.key);
    this.entries = this.entries.map((e) => entryFor(e.field));
    this.restored = 0;
    this.host.requestUpdate();
  }

  /** The save of the followed interaction (its key in the element's requests). */
  get saveKey(): RecordRequest | null {
    return this.interactionId ? { kind: 'save', interactionId: this.interactionId } : null;
  }

  /**
   * Saves the changed fields: `adk-record-save` (cancelable) before, `adk-record-save-result`
   * after. Invalid or unchanged forms are not sent.
   */
  async save(): Promise<{ outcome: SaveOutcome; count: number }> {
    const bridge = this.bridge();
    const id = this.interactionId;
    const key = this.saveKey;
    if (!bridge || !id || !key || this.phase !== 'ready' || this.requests.isPending(key))
      return { outcome: 'busy', count: 0 };
    this.touchAll();
    const summary = this.summary;
    if (!summary.valid)
      return {
        outcome: 'invalid',
        count: Object.keys(summary.problems).length + Object.keys(summary.rejected).length,
      };
    const sent = summary.changes;
    const names = Object.keys(sent);
    if (names.length === 0) return { outcome: 'nothing', count: 0 };
    const sentTexts = new Map(names.map((n) => [n, this.entry(n)!.text]));
    const result = await this.requests.request(
      'adk-record-save',
      { interactionId: id, values: sent },
      key,
      () => bridge.request('outbound.updateRecordFields', id, sent),
    );
    if ('vetoed' in result) return { outcome: 'vetoed', count: names.length };
    const done = { outcome: (result.ok ? 'saved' : 'failed') as SaveOutcome, count: names.length };
    if (result.ok) savedRecordFields(bridge).set(id, sent); // shown at once by the other elements
    // Another interaction meanwhile: this one's draft keeps the edits; nothing here to update.
    if (id !== this.interactionId) return done;
    if (result.ok) {
      // The workspace holds the sent values now; text typed while the save ran stays a change.
      this.entries = this.entries.map((e) => {
        if (!sentTexts.has(e.field.name)) return e;
        const fresh = entryFor({ ...e.field, value: sent[e.field.name] });
        return e.text === sentTexts.get(e.field.name)
          ? fresh
          : { ...fresh, text: e.text, touched: true };
      });
      this.persist();
    } else {
      this.markRejected(result.error);
    }
    this.host.requestUpdate();
    return done;
  }

  /** The first field the form would not save, for focus. */
  firstInvalid(): string | undefined {
    const s = this.summary;
    return this.entries.find((e) => s.problems[e.field.name] || s.rejected[e.field.name])?.field
      .name;
  }

  private markRejected(error: unknown): void {
    const text = isBridgeError(error) ? (error as { hostMessage?: string }).hostMessage : undefined;
    const hit = text ? parseFieldErrorText(text) : null;
    if (hit) this.replace(hit.field, (e) => ({ ...withTouched(e), rejected: hit.reason }));
  }

  private replace(name: string, change: (e: FieldEntry) => FieldEntry): void {
    const i = this.entries.findIndex((e) => e.field.name === name);
    if (i < 0) return;
    const next = change(this.entries[i]);
    if (next === this.entries[i]) return;
    this.entries = [...this.entries.slice(0, i), next, ...this.entries.slice(i + 1)];
    this.host.requestUpdate();
  }

  private persist(): void {
    if (this.key && this.interactionId)
      this.storedIn = storeDraft(this.key, this.interactionId, draftTexts(this.entries));
  }
}
