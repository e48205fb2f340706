/**
 * Saves what the agent chose or typed (code, note, call result) for the followed interaction,
 * never losing it, and keeps mark done blocked while a required disposition is missing.
 *
 * - Every edit is a draft first (`WrapupDrafts`, in `localStorage`), then a request: code and
 *   call result at once, the note after `saveDelay` ms without typing and on blur.
 * - A failed request keeps the draft and its error (said in words by `errorReason`); `retry()`
 *   sends again; so does every completed sync (after the workspace's RECONNECTED).
 * - A draft restored after a reload is shown as not saved, not sent by itself: the workspace's
 *   value may have changed since; the agent retries.
 * - Code and note need a live interaction (seed: `setUserData` — "for voice, not IDLE"); on an
 *   IDLE one the draft is kept on this page (`local`) and no request is sent. See
 *   `wrapup-status.ts` for how that meets mark-done blocking (`markdone-block.ts` does it).
 */
import { interactionScope } from '../../bridge/per-interaction.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import type { BridgeState, Change } from '../../bridge/state.js';
import type { AgentBridge } from '../../bridge/store.js';
import { errorReason, type RequestController } from '../../internal/requests.js';
import type { Messages } from '../../i18n/messages.js';
import {
  WRAPUP_FIELDS,
  type DispositionSaveDetail,
  type PickerRequest,
  type WrapupField,
} from './disposition-picker.events.js';
import { WrapupDrafts, type DraftValue, type WrapupDraft } from './drafts.js';
import { MarkdoneBlocker } from './markdone-block.js';
import {
  ackKey,
  dataKeyOf,
  fieldKey,
  idOfAckKey,
  idOfFieldKey,
  saveKey,
  sendField,
  type WrapupKeys,
} from './wrapup-fields.js';
import {
  fieldStatus,
  fieldValue,
  isLive,
  userDataText,
  type FieldInputs,
  type FieldStatus,
} from './wrapup-status.js';

export { WRAPUP_FIELDS, type WrapupField };

export interface WrapupConfig extends WrapupKeys {
  bridge: AgentBridge | undefined;
  interaction: Interaction | undefined;
  /** The page key drafts are kept under. */
  scope: string;
  required: boolean;
  saveDelay: number;
  /** The mark-done warning (catalogue text). */
  warning: string;
  /** The workspace's call result for the interaction, as last read (`outbound.getCallResult`). */
  callResult: string | null;
}

export interface FieldView extends FieldInputs {
  value: string | null;
  status: FieldStatus;
  /** The draft came from an earlier visit (not edited since this element started). */
  restored: boolean;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export class WrapupController implements ReactiveController {
  private drafts: WrapupDrafts | undefined;
  /** The drafts read so far (`WrapupDrafts`: read once, not per render), by interaction. */
  private readonly draftCache: Map<string, WrapupDraft | null>;
  /** Values the workspace accepted, for when its events don't show them (a read-allowed list). */
  private readonly acked: Map<string, string | null>;
  private readonly again: Set<string>;
  /** Fields edited since the interaction was last followed (the others' drafts are "restored"). */
  private readonly touched: Set<string>;
  private noteTimer: ReturnType<typeof setTimeout> | undefined;
  private noteTarget: Interaction | undefined;
  /** Mark done blocked while a required code is missing. */
  readonly blocker: MarkdoneBlocker;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly requests: RequestController<PickerRequest>,
    private readonly config: () => WrapupConfig,
    private readonly t: () => Messages,
    private readonly onSettled: (detail: DispositionSaveDetail, ok: boolean) => void,
  ) {
    host.addController(this);
    // Dropped when their interaction leaves the workspace (per-interaction.ts).
    const scope = interactionScope(host);
    this.acked = scope.hold(new Map(), idOfAckKey);
    this.again = scope.hold(new Set(), idOfFieldKey);
    this.touched = scope.hold(new Set(), idOfFieldKey);
    this.draftCache = scope.hold(new Map());
    this.blocker = new MarkdoneBlocker(host, requests, config);
  }

  /** The followed interaction changed: a pending note is saved now; drafts found on return are "restored". */
  followed(): void {
    this.flushNote();
    this.touched.clear();
  }

  get store(): WrapupDrafts {
    const scope = this.config().scope;
    if (this.drafts?.scope !== scope) {
      this.draftCache.clear();
      this.drafts = new WrapupDrafts(scope, { cache: this.draftCache });
    }
    return this.drafts;
  }

  hostConnected(): void {
    // Drafts another tab wrote while the element was away are read again.
    this.draftCache.clear();
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.onStorage);
    this.flushNote();
    this.blocker.liftOwn();
  }

  /**
   * Another tab of the page wrote or removed a draft (the drafts are read once, not per render):
   * it is read again, and shown if it is the followed interaction's. `key` null: storage cleared.
   */
  private readonly onStorage = (e: StorageEvent): void => {
    const id = e.key === null ? undefined : this.store.interactionOf(e.key);
    if (e.key !== null && id === undefined) return;
    this.store.forget(id);
    if (id === undefined || id === this.config().interaction?.interactionId)
      this.host.requestUpdate();
  };

  workspace(it: Interaction, field: WrapupField): string | null {
    const cfg = this.config();
    const k = ackKey(it.interactionId, field, cfg);
    if (field === 'callResult') return this.acked.has(k) ? this.acked.get(k)! : cfg.callResult;
    const dataKey = dataKeyOf(field, cfg);
    if (it.userData && hasOwn(it.userData, dataKey)) return userDataText(it.userData, dataKey);
    return this.acked.get(k) ?? null;
  }

  field(it: Interaction, field: WrapupField): FieldView {
    const k = fieldKey(it.interactionId, field);
    const outcome = this.requests.outcome(saveKey(it.interactionId, field));
    const inputs: FieldInputs = {
      draft: this.store.field(it.interactionId, it.caseId, field),
      workspace: this.workspace(it, field),
      saving:
        this.requests.isPending(saveKey(it.interactionId, field)) ||
        (field === 'note' &&
          this.noteTimer !== undefined &&
          this.noteTarget?.interactionId === it.interactionId),
      error: outcome?.phase === 'failed' ? errorReason(outcome.error, this.t().actions) : null,
      live: field === 'callResult' || isLive(it),
    };
    return {
      ...inputs,
      value: fieldValue(inputs),
      status: fieldStatus(inputs),
      restored: !this.touched.has(k) && inputs.draft !== undefined,
    };
  }

  /** Every field of the interaction. */
  fields(it: Interaction): Record<WrapupField, FieldView> {
    return {
      code: this.field(it, 'code'),
      note: this.field(it, 'note'),
      callResult: this.field(it, 'callResult'),
    };
  }

  /** A field's value (draft or the workspace's) on the followed interaction. */
  value(field: WrapupField): string | null {
    const it = this.config().interaction;
    return it ? this.field(it, field).value : null;
  }

  /** The agent chose or typed: a draft now, a request now (code, call result) or soon (note). */
  edit(field: WrapupField, value: DraftValue): void {
    const it = this.config().interaction;
    if (!it) return;
    this.touched.add(fieldKey(it.interactionId, field));
    this.store.set(it.interactionId, it.caseId, field, value);
    this.host.requestUpdate();
    if (field !== 'note') {
      void this.save(it, field);
      return;
    }
    if (this.noteTarget && this.noteTarget.interactionId !== it.interactionId) this.flushNote();
    clearTimeout(this.noteTimer);
    this.noteTarget = it;
    this.noteTimer = setTimeout(() => this.flushNote(), Math.max(0, this.config().saveDelay));
  }

  /** Saves a note waiting for its debounce now (blur, leaving). */
  flushNote(): void {
    const it = this.noteTarget;
    clearTimeout(this.noteTimer);
    this.noteTimer = undefined;
    this.noteTarget = undefined;
    if (it) void this.save(it, 'note');
  }

  /** Sends every field of the followed interaction that the workspace does not have yet. */
  retry(onlyFailed = false): void {
    const it = this.config().interaction;
    if (!it) return;
    this.blocker.clearError(it.interactionId);
    for (const field of WRAPUP_FIELDS) {
      const f = this.field(it, field);
      if (f.status === 'failed' || (!onlyFailed && f.status === 'unsaved'))
        void this.save(it, field);
    }
    this.host.requestUpdate();
  }

  /** From the bridge's change feed: a completed sync (connect, RECONNECTED) retries what failed. */
  bridgeChanged(state: BridgeState, change: Change): void {
    if (change.kind === 'sync' && state.sync === 'ready') {
      this.retry(true);
    }
  }

  async save(it: Interaction, field: WrapupField): Promise<void> {
    const cfg = this.config();
    const bridge = cfg.bridge;
    if (!bridge) return;
    const id = it.interactionId;
    const k = fieldKey(id, field);
    const key = saveKey(id, field);
    if (this.requests.isPending(key)) {
      this.again.add(k);
      return;
    }
    const value = this.store.field(id, it.caseId, field);
    if (value === undefined) return;
    const fresh = bridge.interaction(id) ?? it;
    // Not live: the workspace can't take it; the page is told (`local`), nothing is sent.
    const local = field !== 'callResult' && !isLive(fresh);
    const detail: DispositionSaveDetail = { interactionId: id, field, value, local };
    const r = await this.requests.request('adk-disposition-save', detail, key, () =>
      local ? Promise.resolve() : sendField(bridge, id, field, value, cfg),
    );
    if (!('vetoed' in r)) {
      if (r.ok && !local) {
        // Remembered only while the interaction is there (its per-interaction state goes with it).
        if (bridge.interaction(id))
          this.acked.set(ackKey(id, field, cfg), value === '' ? null : value);
        this.store.settle(id, it.caseId, field, value);
      }
      this.onSettled(detail, r.ok);
    }
    if (this.again.delete(k)) void this.save(bridge.interaction(id) ?? fresh, field);
  }

  /** Blocks or unblocks mark done on the followed interaction as the rule says; call after each render. */
  syncBlock(): void {
    this.blocker.sync((it) => this.field(it, 'code'));
  }
}
