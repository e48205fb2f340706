import { customElement, property, state } from 'lit/decorators.js';
import type { Interaction } from '../../bridge/api.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { dispositionPicker } from '../../i18n/en/disposition-picker.js';
import { clearInteractionDrafts } from '../../internal/drafts.js';
import { FollowController } from '../../internal/followed-interaction.js';
import { KitElement } from '../../internal/kit-element.js';
import { RequestController } from '../../internal/requests.js';
import { baseStyles } from '../../internal/styles.js';
import type { Words } from '../../internal/words.js';
import {
  pickerRequestId,
  selectDetail,
  type DispositionSaveDetail,
  type PickerRequest,
} from './disposition-picker.events.js';
import { dispositionPickerStyles } from './disposition-picker.styles.js';
import { renderPicker, renderPickerEmpty } from './disposition-picker.view.js';
import {
  codeLabel,
  pickerView,
  memoCodes,
  type PickerFacts,
  savedWords,
  type CodesSource,
  type Options,
} from './disposition-picker.view-model.js';
import type { DispositionInput, DispositionNode } from './disposition-tree.js';
import { OutboundController, outboundPrivileges } from './outbound-panel.js';
import { pickerSettings, type PickerSettings } from './picker-settings.js';
import { RecentCodes } from './recent-codes.js';
import { TreeController } from './tree-view.js';
import { isLive } from './wrapup-status.js';
import { WrapupController } from './wrapup-controller.js';

export { DEFAULT_CODE_KEY, DEFAULT_NOTE_KEY } from './picker-settings.js';

/**
 * Wrap-up for the followed interaction: a disposition code from a list or a tree (type-ahead
 * search, APG tree keyboard, recently used first), a note, and — on outbound records — the call
 * result and Do Not Call. Everything the agent enters is a draft in `localStorage` until the
 * workspace has it, so a failed save, a timeout or a reload loses nothing.
 *
 * `required` (or the option `interaction.disposition.is-mandatory`) blocks mark done
 * (`interaction.blockMarkdone`) while no code is saved; once the call is IDLE the workspace can no
 * longer take user data, so a code chosen then is kept on this page and lifts the block
 * (`wrapup-status.ts`); with several tabs, only the leading tab does (`markdone-block.ts`). On
 * another followed interaction the search text, open categories, the Do Not Call confirmation
 * and outcome lines go; drafts stay per interaction and come back.
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
 * @prop {string | null} interactionId - The `interaction-id` attribute.
 * @prop {Interaction | undefined} interaction - Read-only: the followed interaction.
 * @prop {DispositionInput | undefined} codes - The codes as a value (same forms as the attribute).
 * @prop {string | null} code - Read-only: the chosen code (draft or saved).
 * @prop {string} note - Read-only: the note (draft or saved).
 * @fires adk-disposition-select - Cancelable, before a code is chosen or cleared. `detail: { interactionId, code, label, path }`; `preventDefault()` keeps the previous code.
 * @fires adk-disposition-save - Cancelable, before a field is saved: `detail: { interactionId, field: 'code' | 'note' | 'callResult', value, local }`; `preventDefault()`: nothing is sent, the draft stays (not saved). `local`: the interaction is IDLE, so the value is kept on this page only and nothing is sent.
 * @fires adk-disposition-save-result - After the save: the same detail plus `{ ok, error? }`.
 * @fires adk-do-not-call - Cancelable, before Do Not Call is set or removed (`outbound.setDoNotCall` / `removeDoNotCall`): `detail: { interactionId, doNotCall }`.
 * @fires adk-do-not-call-result - After the workspace answered: the same detail plus `{ ok, error? }`.
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
export class DispositionPickerElement extends KitElement {
  static override strings = { dispositionPicker, actions, callResults };
  static override styles = [baseStyles, dispositionPickerStyles];

  @property({ attribute: 'interaction-id' }) interactionId: string | null = null;
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

  private readonly follow = new FollowController(this, {
    onFollow: () => {
      // Another interaction: search, open parts, outcomes go (drafts stay, per interaction).
      this.requests.clear();
      this.announcement = null;
      this.wrapup.followed();
      this.outbound.followed();
      this.tree.reset();
      const it = this.follow.interaction;
      if (it) this.tree.reveal(this.source.tree.roots, this.wrapup.field(it, 'code').value);
    },
    onBridgeChange: (s, c) => this.wrapup.bridgeChanged(s, c),
    onRemoved: clearInteractionDrafts,
  });
  private readonly requests = new RequestController<PickerRequest>(this, {
    id: pickerRequestId,
    interactionOf: (k) => k.interactionId,
  });
  private readonly tree = new TreeController(this, (node) => this.choose(node.code, node));
  private readonly outbound = new OutboundController(this, this.requests, () => this.locale.t);
  private readonly wrapup = new WrapupController(
    this,
    this.requests,
    () => ({
      bridge: this.follow.bridge,
      interaction: this.interaction,
      ...this.settings,
      saveDelay: this.saveDelay,
      warning: this.locale.t.dispositionPicker.markdoneWarning,
      callResult: this.outbound.callResult(this.interaction?.interactionId),
    }),
    () => this.locale.t,
    (d, ok) => this.settled(d, ok),
  );
  /** The codes, computed again only when the page's codes or the workspace's options change. */
  private readonly codesOf = memoCodes();

  get interaction(): Interaction | undefined {
    return this.follow.interaction;
  }

  get code(): string | null {
    return this.wrapup.value('code');
  }

  get note(): string {
    return this.wrapup.value('note') ?? '';
  }

  private get options(): Options {
    return this.follow.state?.options ?? {};
  }

  private get settings(): PickerSettings {
    return pickerSettings(this, this.options);
  }

  private get source(): CodesSource {
    return this.codesOf(this.codes, this.options);
  }

  protected override willUpdate(): void {
    this.outbound.load(this.follow.bridge, this.interaction);
  }

  protected override updated(): void {
    this.wrapup.syncBlock();
  }

  private choose(code: string | null, node?: DispositionNode): void {
    const it = this.interaction;
    if (!it) return;
    const detail = selectDetail(it.interactionId, code, node);
    if (!this.emit('adk-disposition-select', detail, { cancelable: true })) return;
    if (code !== null) new RecentCodes(this.settings.scope).use(code);
    this.announcement =
      code !== null ? (t) => t.dispositionPicker.chosen(this.labelOf(code)) : null;
    this.wrapup.edit('code', code);
  }

  private readonly labelOf = (c: string) =>
    codeLabel(this.source, c, this.locale.t.dispositionPicker);

  private settled(d: DispositionSaveDetail, ok: boolean): void {
    // A late answer about an interaction no longer followed is not announced.
    if (ok && d.interactionId === this.follow.key)
      this.announcement = savedWords(d, this.labelOf, this.outbound);
  }

  protected override render() {
    const { t: all, lang } = this.locale;
    const t = all.dispositionPicker;
    const it = this.interaction;
    if (!this.follow.state || !it)
      return renderPickerEmpty(t, !!this.follow.state, this.interactionId);
    const { required, scope } = this.settings;
    const { source } = this;
    const fields = this.wrapup.fields(it);
    const recent = () => new RecentCodes(scope).nodes(this.recentLimit, source.tree.codes);
    const view = this.tree.compute(source.tree.roots, recent, t.recentGroup);
    const facts: PickerFacts = {
      t: all,
      required,
      live: isLive(it),
      down: this.follow.state?.connection !== 'up',
      source,
      fields,
      labelOf: this.labelOf,
      query: this.tree.query,
      searching: view.searching,
      matches: view.matches.length,
      tree: this.tree.render(fields.code.value, { treeLabel: t.treeLabel, required }),
      outbound: this.outbound.render(this.follow.bridge, {
        t: t.outbound,
        interaction: it,
        result: fields.callResult,
        ...outboundPrivileges(this.options),
        onResult: (v) => this.wrapup.edit('callResult', v),
      }),
      ownBlock: this.wrapup.blocker.isOwn(it.interactionId),
      persistent: this.wrapup.store.persistent,
      blockError: this.wrapup.blocker.error(it.interactionId),
      dnc: this.outbound.dncMessage(it),
      announcement: this.announcement?.(all, lang) ?? '',
    };
    return renderPicker(pickerView(facts), {
      clear: () => this.choose(null),
      search: (text) => this.tree.search(text),
      searchKey: (e) => this.tree.searchKey(e, view.matches[0]),
      note: (text) => this.wrapup.edit('note', text),
      noteDone: () => this.wrapup.flushNote(),
      retry: () => this.wrapup.retry(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'disposition-picker': DispositionPickerElement;
  }
}
