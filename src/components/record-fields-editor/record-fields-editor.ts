import { type PropertyValues } from 'lit';
import { focusAfterUpdate } from '../../internal/focus.js';
import { customElement, property } from 'lit/decorators.js';
import type { Interaction } from '../../bridge/api.js';
import { readOutboundRecord, type OutboundRecordInfo } from '../../bridge/models/index.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { recordFields } from '../../i18n/en/record-fields.js';
import { clearInteractionDrafts } from '../../internal/drafts.js';
import { FollowController } from '../../internal/followed-interaction.js';
import { KitElement } from '../../internal/kit-element.js';
import { errorReason, RequestController } from '../../internal/requests.js';
import { baseStyles } from '../../internal/styles.js';
import { TimeController } from '../../internal/time/time-controller.js';
import { ChainLoader } from './record-chain.js';
import {
  recordRequestId,
  type RecordRequest,
  type ValidityDetail,
} from './record-fields-editor.events.js';
import { recordFieldsEditorStyles } from './record-fields-editor.styles.js';
import { renderRecordFieldsEditor } from './record-fields-editor.view.js';
import {
  absence,
  callStatus,
  fieldErrors,
  pendingCall,
  saveFailure,
  statusLine,
  type Notice,
} from './record-fields-editor.view-model.js';
import { RecordForm } from './record-form.js';
import { fieldControl } from './field-control.js';

export type {
  RecordSaveDetail,
  RecordSaveResultDetail,
  ValidityDetail,
} from './record-fields-editor.events.js';

/**
 * The outbound record of an interaction as a form: every field of `outbound.getRecordFields`
 * with a native control by `fieldType`, validated as the agent types, saved through
 * `outbound.updateRecordFields` (only the changed fields, each converted to its `valueType`).
 * The agent's edits are kept as a draft in `localStorage` (keyed by the record), so a failed
 * save, another interaction or a page reload loses nothing. Below the form: the contact's local
 * time and calling window, and the record's chain of numbers with a Call action each.
 *
 * @summary Edits an outbound record's fields without ever losing what the agent typed.
 *
 * @attr interaction-id - Pins the element to one interaction; without it, it follows the selected one.
 * @prop {string | null} interactionId - The `interaction-id` attribute.
 * @prop {boolean} valid - Read-only: no field has a problem (changed fields, empty mandatory ones, workspace rejections).
 * @prop {Record<string, string>} errors - Read-only: field name → the problem in words, for every field that has one (shown or not yet).
 * @prop {boolean} dirty - Read-only: some field differs from the workspace's value.
 *
 * @fires adk-validity-change - `{ valid, errors }` when the form's validity or its set of problems changes.
 * @fires adk-record-save - Before a save is sent; cancelable (`preventDefault()`: nothing is sent, the edits stay). `detail: { interactionId, values }` (the changed fields, converted).
 * @fires adk-record-save-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 *
 * @csspart connection - Says that the workspace connection is down, while it is (a polite live region).
 * @csspart base - The wrapper.
 * @csspart field - One field (label, control, hint, message); `data-type`, `data-invalid`, `data-readonly` describe it.
 * @csspart label - A field's label.
 * @csspart control - A field's input, select or checkbox.
 * @csspart hint - A field's format hint.
 * @csspart message - A field's problem (a polite live region).
 * @csspart status - The save status line (a polite live region).
 * @csspart error - A failed save (an alert).
 * @csspart actions - The Save and Reset buttons.
 * @csspart save - The Save button.
 * @csspart reset - The Reset button.
 * @csspart clock - The contact's time section; `local-time` and `window` inside it.
 * @csspart local-time - The contact's local time.
 * @csspart window - The calling window; `data-inside` says whether now is within it.
 * @csspart chain - The chain of records.
 * @csspart call - A Call button.
 * @csspart call-status - The Call action's progress or failure (a polite live region).
 * @cssproperty --adk-record-fields-columns - The field grid's column template (default: auto-fill, 16rem minimum).
 */
@customElement('record-fields-editor')
export class RecordFieldsEditorElement extends KitElement {
  static override strings = { recordFields, actions, callResults };
  static override styles = [baseStyles, recordFieldsEditorStyles];

  /** The interaction to edit; without it, the selected interaction. */
  @property({ attribute: 'interaction-id' }) interactionId: string | null = null;

  private readonly follow = new FollowController(this, {
    onFollow: () => {
      // Another interaction: the last one's outcome lines go; its draft stays in storage.
      this.requests.clear();
      this.notice = null;
    },
    onRemoved: clearInteractionDrafts,
  });
  private readonly requests = new RequestController<RecordRequest>(this, {
    id: recordRequestId,
    interactionOf: (k) => k.interactionId,
  });
  private readonly time = new TimeController(this, { tickSeconds: 30 });
  private readonly form = new RecordForm(this, () => this.follow.bridge, this.requests);
  private readonly chain = new ChainLoader(() => this.requestUpdate());
  private interaction: Interaction | undefined;
  private record: OutboundRecordInfo | null = null;
  private chainRecords: OutboundRecordInfo[] = [];
  private notice: Notice | null = null;
  private noticeCount = 0;
  private lastValidity = '';
  /** Stable, so that a field whose entry did not change is not rendered again (guard). */
  private readonly handlers = {
    field: {
      input: (name: string, text: string) => {
        this.notice = null;
        this.form.setText(name, text);
      },
      leave: (name: string) => this.form.touch(name),
    },
    save: () => void this.save(),
    reset: () => this.reset(),
    retry: () => void this.form.load(),
    call: (r: OutboundRecordInfo) => void this.callRecord(r.recordHandle!, r.phone ?? ''),
  };

  get valid(): boolean {
    return this.form.summary.valid;
  }

  get errors(): Readonly<Record<string, string>> {
    return fieldErrors(this.form.entries, this.form.summary, this.locale.t.recordFields);
  }

  get dirty(): boolean {
    return this.form.summary.changedCount > 0;
  }

  /**
   * Saves the changed fields (as the Save button does): `adk-record-save`, then
   * `adk-record-save-result`. Resolves once the workspace answered.
   */
  async save(): Promise<void> {
    this.notice = null;
    const { outcome, count } = await this.form.save();
    const invalid = outcome === 'invalid' ? this.form.firstInvalid() : undefined;
    if (invalid) focusAfterUpdate(this, fieldControl(invalid));
    if (outcome !== 'failed' && outcome !== 'busy')
      [this.notice, this.noticeCount] = [outcome, count];
    this.requestUpdate();
  }

  /** Back to the workspace's values (drops the draft). */
  reset(): void {
    this.form.reset();
    if (this.form.saveKey) this.requests.clear(this.form.saveKey);
    this.notice = 'reset';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const bridge = this.follow.bridge;
    const interaction = this.follow.interaction;
    if (interaction !== this.interaction) {
      this.interaction = interaction; // the store's interactions are immutable: read again only when it changed
      this.record = interaction ? readOutboundRecord(interaction.userData) : null;
    }
    const id = bridge && this.interaction && this.record ? this.interaction.interactionId : null;
    this.form.follow(id, this.record);
    this.chainRecords = id ? this.chain.records(bridge, this.interaction) : [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.form.phase !== 'ready') return;
    const detail: ValidityDetail = { valid: this.valid, errors: this.errors };
    const key = JSON.stringify([detail.valid, Object.keys(detail.errors)]);
    if (key !== this.lastValidity) {
      this.lastValidity = key;
      this.emit('adk-validity-change', detail);
    }
  }

  protected override render() {
    const { t, lang } = this.locale;
    const r = t.recordFields;
    const ix = this.interaction;
    const form = this.form;
    const saveKey = form.saveKey;
    const saving = !!saveKey && this.requests.isPending(saveKey);
    return renderRecordFieldsEditor(
      {
        t,
        lang,
        say: absence(!!this.follow.bridge, ix?.interactionId, !!this.record, r),
        form: {
          phase: form.phase,
          loadFailed:
            form.phase === 'failed' ? r.loadFailed(errorReason(form.loadError, t.actions)) : '',
          entries: form.entries,
          saving,
          status: statusLine(
            {
              summary: form.summary,
              notice: this.notice,
              noticeCount: this.noticeCount,
              saving,
              restored: form.restored,
            },
            r,
          ),
          error: saveFailure(saveKey ? this.requests.outcome(saveKey) : undefined, r, t.actions),
          memoryOnly: form.storedIn === 'memory',
        },
        record: form.saved(ix?.userData),
        down: this.follow.state?.connection !== 'up',
        zones: this.time.zones,
        now: this.time.now(),
        chain: {
          records: this.chainRecords,
          currentHandle: this.record?.recordHandle ?? null,
          canCall: !!ix?.capabilities?.includes('CALL'),
          pendingHandle: pendingCall(this.requests.pending, ix?.interactionId),
          error: this.chain.error,
          status: callStatus(this.requests.latest, ix?.interactionId, r, t.actions),
        },
      },
      this.handlers,
    );
  }

  private async callRecord(handle: number, phone: string): Promise<void> {
    const bridge = this.follow.bridge;
    const interactionId = this.interaction?.interactionId;
    if (!bridge || !interactionId) return;
    await this.requests.run({ kind: 'call', interactionId, handle, phone }, () =>
      bridge.request('outbound.callPreviewRecord', interactionId, handle),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-fields-editor': RecordFieldsEditorElement;
  }
}
