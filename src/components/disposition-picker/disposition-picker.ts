import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Interaction } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { readOutboundRecord } from '../../bridge/models/outbound-record.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { dispositionPicker } from '../../i18n/en/disposition-picker.js';
import { LocaleController } from '../../i18n/localize.js';
import { errorReason } from '../../internal/actions.js';
import { kitEvent } from '../../internal/events.js';
import { baseStyles } from '../../internal/styles.js';
import type { Words } from '../../internal/words.js';
import { dispositionPickerStyles } from './disposition-picker.styles.js';
import {
  buildDispositionTree,
  treeFromOptions,
  type DispositionInput,
  type DispositionNode,
  type DispositionTree,
} from './disposition-tree.js';
import { OutboundController } from './outbound-panel.js';
import { RecentCodes } from './recent-codes.js';
import { TreeController } from './tree-view.js';
import { isLive, optionFlag } from './wrapup-status.js';
import {
  WrapupController,
  type FieldView,
  type SaveDetail,
  type WrapupField,
} from './wrapup-controller.js';

/** `detail` of `adk-disposition-select`. */
export interface SelectDetail {
  interactionId: string;
  code: string | null;
  label: string | null;
  path: readonly string[];
}

export const DEFAULT_CODE_KEY = 'DispositionCode';
export const DEFAULT_NOTE_KEY = 'DispositionNote';

/**
 * Wrap-up for the followed interaction: a disposition code from a list or a tree (type-ahead
 * search, APG tree keyboard, recently used first), a note, and — on outbound records — the call
 * result and Do Not Call. Everything the agent enters is a draft in `localStorage` until the
 * workspace has it, so a failed save, a timeout or a reload loses nothing.
 *
 * User data written: the code under `code-key` (else the option `interaction.disposition.key-name`,
 * else `DispositionCode`, the seed's `IWAttachedDataInformation` example), deleted when cleared; the
 * note under `note-key` (default `DispositionNote`: the seeds name no key). `required` (or the
 * option `interaction.disposition.is-mandatory`) blocks mark done (`interaction.blockMarkdone`)
 * while no code is saved; once the call is IDLE the workspace can no longer take user data, so
 * a code chosen then is kept on this page only and lifts the block (see `wrapup-status.ts`).
 *
 * @summary Disposition code, note, call result and Do Not Call, saved without losing input.
 *
 * @attr interaction-id - The interaction to qualify; default: the workspace's selected one.
 * @attr codes - Codes as JSON (list of strings `Category/Code`, of `{ code, label, category }`, of `{ label, children }`, or an object code → label). Default: the option `interaction.disposition.value-business-attribute`.
 * @attr code-key - User-data key of the code (precedence: this, then the option `interaction.disposition.key-name`, then `DispositionCode`).
 * @attr note-key - User-data key of the note (default `DispositionNote`).
 * @attr required - Blocks mark done until a code is saved (also on when the option `interaction.disposition.is-mandatory` is `true`).
 * @attr recent-limit - How many recently used codes to show first (default 5; 0 hides them).
 * @attr storage-key - Page key of the drafts and recent codes (default: the page's path).
 * @attr save-delay - Milliseconds without typing before the note is saved (default 800).
 * @prop {DispositionInput | undefined} codes - The codes as a value (same forms as the attribute).
 * @prop {string | null} code - Read-only: the chosen code (draft or saved).
 * @prop {string} note - Read-only: the note (draft or saved).
 * @fires adk-disposition-select - Cancelable, before a code is chosen or cleared. `detail: { interactionId, code, label, path }`; `preventDefault()` keeps the previous code.
 * @fires adk-disposition-save - After each save: `detail: { interactionId, field: 'code' | 'note' | 'callResult', value, status: 'saved' | 'failed' | 'local', error? }`. `local`: kept on this page only (the interaction is IDLE).
 * @csspart base - The wrapper.
 * @csspart current - The chosen code with its save status and Clear.
 * @csspart search - The search box.
 * @csspart tree - The code tree (`role="tree"`).
 * @csspart item - A row of the tree (`role="treeitem"`).
 * @csspart twisty - A row's open/closed mark.
 * @csspart note - The note's text area.
 * @csspart notices - Notes about the codes, the call's end, mark-done blocking and storage.
 * @csspart outbound - The call result and Do Not Call group.
 * @csspart call-result - The call result select.
 * @csspart do-not-call - The Do Not Call toggle (`aria-pressed`).
 * @csspart confirm - The Do Not Call confirmation (Escape cancels).
 * @csspart errors - What failed and why (`role="alert"`).
 * @csspart retry - The Retry button.
 * @csspart status - The polite live region.
 * @cssproperty --adk-disposition-picker-tree-height - Maximum height of the code tree before it scrolls (default 16rem).
 */
@customElement('disposition-picker')
export class DispositionPickerElement extends LitElement {
  static override styles = [baseStyles, dispositionPickerStyles];

  @property({ attribute: 'interaction-id' }) interactionId: string | undefined;
  @property({ converter: { fromAttribute: (v: string | null) => v ?? undefined } }) codes:
    DispositionInput | undefined;
  @property({ attribute: 'code-key' }) codeKey: string | undefined;
  @property({ attribute: 'note-key' }) noteKey: string | undefined;
  @property({ type: Boolean }) required = false;
  @property({ type: Number, attribute: 'recent-limit' }) recentLimit = 5;
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 800;

  /** What the polite live region says, worded when rendered (so in the element's language then). */
  @state() private announcement: Words | null = null;

  private readonly locale = new LocaleController(this, { dispositionPicker, actions, callResults });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }
  private readonly link = new BridgeController(this, {
    onChange: (s, c) => this.wrapup.bridgeChanged(s, c),
  });
  private readonly tree = new TreeController(this, (node) => this.choose(node.code, node));
  private readonly outbound = new OutboundController(this, () => this.locale.t);
  private readonly wrapup = new WrapupController(
    this,
    () => ({
      bridge: this.link.bridge,
      interaction: this.interaction,
      scope: this.scope,
      codeKey: this.effectiveCodeKey,
      noteKey: this.noteKey || DEFAULT_NOTE_KEY,
      required: this.isRequired,
      saveDelay: this.saveDelay,
      warning: this.locale.t.dispositionPicker.markdoneWarning,
      callResult: this.interaction
        ? this.outbound.callResult(this.interaction.interactionId)
        : null,
    }),
    () => this.locale.t,
    (d) => this.settled(d),
  );
  private codeTree:
    { input: unknown; options: unknown; tree: DispositionTree; usedWorkspace: boolean } | undefined;
  private revealedFor: string | undefined;

  /** The followed interaction. */
  get interaction(): Interaction | undefined {
    const bridge = this.link.bridge;
    return this.interactionId ? bridge?.interaction(this.interactionId) : bridge?.selected;
  }

  get code(): string | null {
    const it = this.interaction;
    return it ? this.wrapup.field(it, 'code').value : null;
  }

  get note(): string {
    const it = this.interaction;
    return (it && this.wrapup.field(it, 'note').value) ?? '';
  }

  private get options() {
    return this.link.state?.options ?? {};
  }

  private get effectiveCodeKey(): string {
    const option = this.options['interaction.disposition.key-name'];
    return (
      this.codeKey ||
      (typeof option === 'string' && option.trim() !== '' ? option.trim() : DEFAULT_CODE_KEY)
    );
  }

  private get isRequired(): boolean {
    return (
      this.required || optionFlag(this.options['interaction.disposition.is-mandatory']) === true
    );
  }

  private get scope(): string {
    return this.storageKey || globalThis.location?.pathname || 'page';
  }

  /** The codes: the page's (property or attribute), else the workspace's; memoised. */
  private get codesTree(): { tree: DispositionTree; usedWorkspace: boolean } {
    const options = this.options;
    const c = this.codeTree;
    if (c && c.input === this.codes && c.options === options) return c;
    const sep = options['interaction.disposition.folder-separator'];
    let tree = treeFromOptions(options);
    let usedWorkspace = false;
    if (this.codes !== undefined && this.codes !== null && this.codes !== '') {
      const page = buildDispositionTree(
        this.codes,
        typeof sep === 'string' && sep ? sep : undefined,
      );
      usedWorkspace = page.codes.size === 0 && page.problems.length > 0 && tree.codes.size > 0;
      if (usedWorkspace) tree = { ...tree, problems: [...page.problems, ...tree.problems] };
      else tree = page;
    }
    this.codeTree = { input: this.codes, options, tree, usedWorkspace };
    return this.codeTree;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const it = this.interaction;
    const bridge = this.link.bridge;
    if (bridge && it && readOutboundRecord(it.userData)) this.outbound.load(bridge, it);
    if (it && this.revealedFor !== it.interactionId) {
      this.revealedFor = it.interactionId;
      this.tree.reveal(this.codesTree.tree.roots, this.wrapup.field(it, 'code').value);
    }
  }

  protected override updated(): void {
    this.wrapup.syncBlock();
  }

  private choose(code: string | null, node?: DispositionNode): void {
    const it = this.interaction;
    if (!it) return;
    const detail: SelectDetail = {
      interactionId: it.interactionId,
      code,
      label: node?.label ?? null,
      path: node?.path ?? [],
    };
    if (!this.dispatchEvent(kitEvent('disposition-select', detail, { cancelable: true }))) return;
    if (code !== null) new RecentCodes(this.scope).use(code);
    this.announcement =
      code !== null ? (t) => t.dispositionPicker.chosen(this.labelOf(code)) : null;
    this.wrapup.edit('code', code);
  }

  private labelOf(code: string): string {
    const node = this.codesTree.tree.codes.get(code);
    return node ? node.path.join(' › ') : this.locale.t.dispositionPicker.notInList(code);
  }

  private settled(d: SaveDetail): void {
    const { field, value } = d;
    if (d.status === 'saved') {
      this.announcement = (t) =>
        field === 'note'
          ? t.dispositionPicker.savedNote
          : field === 'callResult'
            ? t.dispositionPicker.outbound.savedResult(this.outbound.resultLabel(String(value), t))
            : value === null
              ? t.dispositionPicker.clearedCode
              : t.dispositionPicker.savedCode(this.labelOf(value));
    } else if (d.status === 'local') {
      this.announcement = (t) => t.dispositionPicker.status.local;
    }
    this.dispatchEvent(kitEvent('disposition-save', d));
    this.requestUpdate();
  }

  private onSearchKey(e: KeyboardEvent, first: DispositionNode | undefined): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.tree.focusCurrent();
    } else if (e.key === 'Enter' && first) {
      e.preventDefault();
      this.choose(first.code, first);
    } else if (e.key === 'Escape' && this.tree.query) {
      e.preventDefault();
      this.tree.query = '';
      this.requestUpdate();
    }
  }

  protected override render() {
    const t = this.locale.t.dispositionPicker;
    const state = this.link.state;
    const it = this.interaction;
    if (!state || !it) {
      const text = !state
        ? t.notConnected
        : this.interactionId
          ? t.unknownInteraction(this.interactionId)
          : t.noInteraction;
      return html`<section part="base" aria-label=${t.label}><p part="status" role="status">${text}</p></section>`;
    }
    const required = this.isRequired;
    const { tree, usedWorkspace } = this.codesTree;
    const code = this.wrapup.field(it, 'code');
    const note = this.wrapup.field(it, 'note');
    const result = this.wrapup.field(it, 'callResult');
    const recent = this.tree.query
      ? []
      : new RecentCodes(this.scope)
          .list(this.recentLimit, (c) => tree.codes.has(c))
          .map((c) => tree.codes.get(c)!);
    const view = this.tree.compute(tree.roots, recent, t.recentGroup);
    const canSetResult =
      optionFlag(this.options['privilege.outbound.can-set-call-result']) !== false;
    const canDoNotCall =
      optionFlag(this.options['privilege.outbound.can-mark-do-not-call']) !== false;
    return html`<section part="base" aria-labelledby="title">
      <p id="title" class="title">${t.label}${required ? html` <span class="muted">(${t.required})</span>` : nothing}</p>
      ${this.renderNotices(it, tree, usedWorkspace, code)}
      <p part="current" aria-live="off">
        <span>${t.current}</span> <strong>${code.value === null ? t.none : this.labelOf(code.value)}</strong>
        <span class="field-status" data-status=${code.status}>${t.status[code.status]}</span>
        ${code.value !== null ? html`<button type="button" @click=${() => this.choose(null)} aria-label=${t.clearLabel(this.labelOf(code.value))}>${t.clear}</button>` : nothing}
      </p>
      ${
        tree.codes.size === 0
          ? html`<p class="warning">${t.noCodes}</p>`
          : html`
        <label for="search">${t.searchLabel}</label>
        <input id="search" part="search" type="search" autocomplete="off" aria-controls="tree" aria-describedby="search-hint search-count"
          .value=${live(this.tree.query)} @input=${(e: InputEvent) => {
            this.tree.query = (e.target as HTMLInputElement).value;
            this.requestUpdate();
          }}
          @keydown=${(e: KeyboardEvent) => this.onSearchKey(e, view.matches[0])}>
        <span id="search-hint" class="hint muted">${t.searchHint}</span>
        <span id="search-count" class="hint" role="status">${view.searching ? (view.matches.length ? t.matches(view.matches.length) : t.noMatch(this.tree.query.trim())) : ''}</span>
        ${this.tree.render(code.value, { treeLabel: t.treeLabel, required })}`
      }
      <label for="note">${t.noteLabel}</label>
      <textarea id="note" part="note" rows="3" aria-describedby="note-status" .value=${live(note.value ?? '')}
        @input=${(e: InputEvent) => this.wrapup.edit('note', (e.target as HTMLTextAreaElement).value)} @blur=${() => this.wrapup.flushNote()}></textarea>
      <span id="note-status" class="hint muted">${note.status === 'empty' ? t.noteHint : t.status[note.status]}</span>
      ${
        readOutboundRecord(it.userData)
          ? this.outbound.render(this.link.bridge, {
              t: t.outbound,
              interaction: it,
              result,
              canSetResult,
              canDoNotCall,
              onResult: (v) => this.wrapup.edit('callResult', v),
            })
          : nothing
      }
      ${this.renderErrors(it, { code, note, callResult: result })}
      <p part="status" role="status" class="visually-hidden">${this.announcement?.(this.locale.t, this.locale.lang) ?? ''} ${this.outbound.dncMessage(it).failed ? '' : this.outbound.dncMessage(it).text}</p>
    </section>`;
  }

  private renderNotices(
    it: Interaction,
    tree: DispositionTree,
    usedWorkspace: boolean,
    code: FieldView,
  ) {
    const t = this.locale.t.dispositionPicker;
    const problems = tree.problems.map((p) =>
      p.kind === 'json'
        ? t.codesInvalidJson(p.detail)
        : p.kind === 'shape'
          ? t.codesInvalidShape
          : null,
    );
    const entries = tree.problems.flatMap((p) =>
      p.kind === 'entry' ? [t.entryProblem(p.index, p.reason, p.value)] : [],
    );
    const notes = [
      ...problems.filter((p): p is string => p !== null),
      ...(entries.length ? [t.codesSkipped(entries)] : []),
      ...(usedWorkspace ? [t.usingWorkspaceCodes] : []),
      ...(!isLive(it) ? [t.idle] : []),
      ...(this.wrapup.isOwnBlock(it.interactionId) ? [t.blocked] : []),
      ...(this.isRequired && !isLive(it) && code.status === 'local' && code.value !== null
        ? [t.unblockedLocal]
        : []),
      ...(!this.wrapup.store.persistent ? [t.notPersistent] : []),
    ];
    return notes.length
      ? html`<ul part="notices" class="notices">${notes.map((n) => html`<li>${n}</li>`)}</ul>`
      : nothing;
  }

  private renderErrors(it: Interaction, fields: Record<WrapupField, FieldView>) {
    const t = this.locale.t.dispositionPicker;
    const lines: string[] = [];
    for (const [name, f] of Object.entries(fields) as Array<[WrapupField, FieldView]>) {
      if (f.status === 'failed' && f.error !== null) lines.push(t.saveFailed[name](f.error));
      else if (f.status === 'unsaved' && f.restored) lines.push(t.restored[name]);
    }
    const block = this.wrapup.blockErrors.get(it.interactionId);
    if (block) lines.push(t.blockFailed(errorReason(block.error, this.locale.t.actions)));
    const dnc = this.outbound.dncMessage(it);
    if (dnc.failed) lines.push(dnc.text);
    const retry = lines.some((l) => l !== dnc.text);
    return html`<div part="errors" role="alert">
      ${lines.map((l) => html`<p class="danger">${l}</p>`)}
      ${retry ? html`<button type="button" part="retry" aria-label=${t.retryLabel} @click=${() => this.wrapup.retry()}>${t.retry}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disposition-picker': DispositionPickerElement;
  }
}
