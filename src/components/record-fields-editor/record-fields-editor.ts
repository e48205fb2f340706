import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Interaction } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { readOutboundRecord, type OutboundRecordInfo } from '../../bridge/models/index.js';
import { actions } from '../../i18n/en/actions.js';
import { callResults } from '../../i18n/en/call-results.js';
import { recordFields } from '../../i18n/en/record-fields.js';
import { LocaleController } from '../../i18n/localize.js';
import { ActionController, errorReason, outcomeText } from '../../internal/actions.js';
import { kitEvent } from '../../internal/events.js';
import { baseStyles } from '../../internal/styles.js';
import { TimeController } from '../../internal/time/time-controller.js';
import { renderField } from './field-control.js';
import { ChainLoader, renderChain, renderClock } from './record-chain.js';
import { recordFieldsEditorStyles } from './record-fields-editor.styles.js';
import { RecordForm } from './record-form.js';
import { problemMessage } from './problem-messages.js';

export interface ValidityDetail {
  valid: boolean;
  errors: Readonly<Record<string, string>>;
}
export interface RecordSavedDetail {
  interactionId: string;
  values: Readonly<Record<string, string | number | boolean | null>>;
}
export interface RecordSaveFailedDetail {
  interactionId: string;
  error: unknown;
  message: string;
}

type Notice = 'saved' | 'invalid' | 'nothing' | 'reset' | null;

/**
 * The outbound record of an interaction as a form: every field of `outbound.getRecordFields`
 * with a native control by `fieldType`, validated as the agent types, saved through
 * `outbound.updateRecordFields` (only the changed fields, each converted to its `valueType`).
 * The agent's edits are kept as a draft in `localStorage`, so a failed save or a page reload
 * loses nothing. Below the form: the contact's local time and calling window, and the record's
 * chain of numbers with a Call action each.
 *
 * @summary Edits an outbound record's fields without ever losing what the agent typed.
 *
 * @attr interaction-id - Pins the element to one interaction; without it, it follows the selected one.
 * @prop {boolean} valid - Read-only: no field has a problem (changed fields, empty mandatory ones, workspace rejections).
 * @prop {Record<string, string>} errors - Read-only: field name → the problem in words, for every field that has one (shown or not yet).
 * @prop {boolean} dirty - Read-only: some field differs from the workspace's value.
 *
 * @fires adk-validity-change - `{ valid, errors }` when the form's validity or its set of problems changes.
 * @fires adk-record-saved - `{ interactionId, values }` after the workspace accepted a save.
 * @fires adk-record-save-failed - `{ interactionId, error, message }` when the workspace refused or did not answer.
 *
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
export class RecordFieldsEditorElement extends LitElement {
  static override styles = [baseStyles, recordFieldsEditorStyles];

  /** The interaction to edit; without it, the selected interaction. */
  @property({ attribute: 'interaction-id' }) interactionId: string | null = null;

  private readonly bridgeCtl = new BridgeController(this);
  private readonly locale = new LocaleController(this, { recordFields, actions, callResults });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }
  private readonly time = new TimeController(this, { tickSeconds: 30 });
  private readonly actions = new ActionController<string>(this);
  private readonly form = new RecordForm(this, () => this.bridgeCtl.bridge, this.actions);
  private readonly chain = new ChainLoader(() => this.requestUpdate());
  private interaction: Interaction | undefined;
  private record: OutboundRecordInfo | null = null;
  private chainRecords: OutboundRecordInfo[] = [];
  private notice: Notice = null;
  private noticeCount = 0;
  private lastValidity = '';
  /** Stable, so that a field whose entry did not change is not rendered again (guard). */
  private readonly handlers = {
    input: (name: string, text: string) => {
      this.notice = null;
      this.form.setText(name, text);
    },
    leave: (name: string) => this.form.touch(name),
  };

  get valid(): boolean {
    return this.form.summary.valid;
  }

  get errors(): Readonly<Record<string, string>> {
    const t = this.locale.t.recordFields;
    const out: Record<string, string> = {};
    const { problems, rejected } = this.form.summary;
    for (const e of this.form.entries) {
      const name = e.field.name;
      if (rejected[name]) out[name] = t.host[rejected[name]];
      else if (problems[name])
        out[name] = problemMessage(problems[name], e.field.displayName ?? name, t);
    }
    return out;
  }

  get dirty(): boolean {
    return this.form.summary.changedCount > 0;
  }

  /** Saves the changed fields (as the Save button does). Resolves once the workspace answered. */
  async save(): Promise<void> {
    this.notice = null;
    const { outcome, count, values, error } = await this.form.save();
    const interactionId = this.form.interactionId ?? '';
    if (outcome === 'invalid') this.focusField(this.form.firstInvalid());
    if (outcome === 'invalid' || outcome === 'nothing' || outcome === 'saved')
      [this.notice, this.noticeCount] = [outcome, count];
    if (outcome === 'saved')
      this.dispatchEvent(
        kitEvent<RecordSavedDetail>('record-saved', { interactionId, values: values ?? {} }),
      );
    if (outcome === 'failed') {
      const message = this.locale.t.recordFields.status.failed(
        errorReason(error, this.locale.t.actions),
      );
      this.dispatchEvent(
        kitEvent<RecordSaveFailedDetail>('record-save-failed', { interactionId, error, message }),
      );
    }
    this.requestUpdate();
  }

  /** Back to the workspace's values (drops the draft). */
  reset(): void {
    this.form.reset();
    this.actions.clear('save');
    this.notice = 'reset';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const bridge = this.bridgeCtl.bridge;
    const interaction = bridge
      ? this.interactionId
        ? bridge.interaction(this.interactionId)
        : bridge.selected
      : undefined;
    if (interaction !== this.interaction) {
      this.interaction = interaction; // the store's interactions are immutable: read again only when it changed
      this.record = interaction ? readOutboundRecord(interaction.userData) : null;
    }
    const id = bridge && this.interaction && this.record ? this.interaction.interactionId : null;
    if (id !== this.form.interactionId) this.notice = null;
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
      this.dispatchEvent(kitEvent('validity-change', detail));
    }
  }

  protected override render() {
    const t = this.locale.t.recordFields;
    const bridge = this.bridgeCtl.bridge;
    const say = (text: string) =>
      html`<section part="base" aria-label=${t.label}><p part="status" role="status">${text}</p></section>`;
    if (!bridge) return say(t.notConnected);
    if (!this.interaction) return say(t.noInteraction);
    if (!this.record) return say(t.notOutbound(this.interaction.interactionId));
    return html`<section part="base" aria-label=${t.label}>
      ${this.renderForm()}
      ${guard(
        [this.record, this.time.zones, Math.floor(this.time.now() / 60_000), this.locale.lang, t],
        () => renderClock(this.record, this.time.zones, this.time.now(), this.locale.lang, t),
      )}
      ${this.renderChainSection()}
    </section>`;
  }

  private renderChainSection() {
    const view = {
      records: this.chainRecords,
      currentHandle: this.record?.recordHandle ?? null,
      canCall: !!this.interaction?.capabilities?.includes('CALL'),
      pendingHandle: this.pendingCall(),
      error: this.chain.error,
      status: this.callStatus(),
    };
    return guard([...Object.values(view), this.locale.t], () =>
      renderChain(
        {
          ...view,
          call: (r) => void this.callRecord(r.recordHandle!, r.phone ?? ''),
        },
        this.locale.t.recordFields,
        this.locale.t.actions,
        this.locale.t.callResults,
      ),
    );
  }

  private renderForm() {
    const t = this.locale.t.recordFields;
    const form = this.form;
    if (form.phase === 'failed') {
      return html`<div part="status" role="alert">${t.loadFailed(errorReason(form.loadError, this.locale.t.actions))}
        <button type="button" @click=${() => void form.load()}>${t.retry}</button></div>`;
    }
    if (form.phase !== 'ready') return html`<p part="status" role="status">${t.loading}</p>`;
    if (form.entries.length === 0) return html`<p part="status" role="status">${t.noFields}</p>`;
    const saving = this.actions.isPending('save');
    return html`<form novalidate aria-labelledby="fields-title" @submit=${(e: Event) => {
      e.preventDefault();
      void this.save();
    }}>
      <h3 id="fields-title">${t.fieldsTitle}</h3>
      <p class="hint legend"><span class="required" aria-hidden="true">*</span> ${t.required}</p>
      <div class="grid">${repeat(
        form.entries,
        (e) => e.field.name,
        (e, i) => guard([e, i, t], () => renderField(e, i, t, this.handlers)),
      )}</div>
      <div part="actions" class="actions">
        <button type="submit" part="save" aria-disabled=${saving ? 'true' : 'false'}>${t.save}</button>
        <button type="button" part="reset" @click=${() => this.reset()}>${t.reset}</button>
      </div>
      ${this.renderStatus()}
    </form>`;
  }

  private renderStatus() {
    const t = this.locale.t.recordFields;
    const s = t.status;
    const outcome = this.actions.outcome('save');
    const summary = this.form.summary;
    const notices = {
      saved: s.saved(this.noticeCount),
      invalid: s.invalid(this.noticeCount),
      nothing: s.nothingToSave,
      reset: s.reset,
    };
    const pending = outcome?.phase === 'pending';
    const restored = !this.notice && !pending && this.form.restored > 0 && summary.changedCount > 0;
    const repeatsRestored = restored && this.form.restored === summary.changedCount;
    const parts = [
      pending
        ? s.saving(Object.keys(summary.changes).length)
        : this.notice
          ? notices[this.notice]
          : restored
            ? s.restored(this.form.restored)
            : '',
      !pending && this.notice !== 'invalid' && !repeatsRestored && summary.changedCount > 0
        ? s.dirty(summary.changedCount)
        : '',
    ];
    const failed =
      outcome?.phase === 'failed'
        ? s.failed(errorReason(outcome.error, this.locale.t.actions))
        : '';
    return html`
      <p part="status" role="status">${parts.filter(Boolean).join(' ')}</p>
      ${failed ? html`<p part="error" role="alert" class="danger">${failed}</p>` : nothing}
      ${this.form.storedIn === 'memory' ? html`<p class="warning" role="note">${s.memoryOnly}</p>` : nothing}`;
  }

  private pendingCall(): number | null {
    const pending = [...this.actions.pending].find((a) => a.startsWith('call:'));
    return pending ? Number(pending.slice(5)) : null;
  }

  /** The newest Call outcome in words ("Calling +33647004…", "Calling +33647004 failed: …"). */
  private callStatus(): string {
    const latest = this.actions.latest;
    if (!latest || !latest.action.startsWith('call:') || latest.phase === 'done') return '';
    const handle = Number(latest.action.slice(5));
    const phone = this.chainPhones.get(handle) ?? String(handle);
    return outcomeText(
      latest,
      this.locale.t.recordFields.chain.callAction(phone),
      this.locale.t.actions,
    );
  }

  private readonly chainPhones = new Map<number, string>();

  private async callRecord(handle: number, phone: string): Promise<void> {
    const bridge = this.bridgeCtl.bridge;
    const id = this.interaction?.interactionId;
    if (!bridge || !id) return;
    this.chainPhones.set(handle, phone);
    await this.actions.run(`call:${handle}`, () =>
      bridge.request('outbound.callPreviewRecord', id, handle),
    );
  }

  private focusField(name: string | undefined): void {
    if (!name) return;
    void this.updateComplete.then(() => {
      const field = this.renderRoot.querySelector(
        `[part~="field"][data-name="${CSS.escape(name)}"] [part~="control"]`,
      ) as HTMLElement | null;
      field?.focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-fields-editor': RecordFieldsEditorElement;
  }
}
