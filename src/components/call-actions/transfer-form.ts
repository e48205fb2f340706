import { framed } from './panel-frame.js';
import { html, nothing } from 'lit';
import { focusAfterUpdate } from '../../internal/focus.js';
import { customElement, property, state } from 'lit/decorators.js';
import type { TargetQuery } from '../../bridge/api.js';
import { actions } from '../../i18n/en/actions.js';
import { callActions } from '../../i18n/en/call-actions.js';
import { callPanels } from '../../i18n/en/call-panels.js';
import { KitElement } from '../../internal/kit-element.js';
import { blockStyles } from '../../internal/styles.js';
import { actionButton } from './action-button.js';
import { actionButtonStyles } from './call-actions.styles.js';
import { formStyles } from './form.styles.js';
import {
  TARGET_KINDS,
  buildTargetQuery,
  type TargetError,
  type TargetKind,
} from './transfer-target.js';

import type { TargetAction } from './call-actions.events.js';
import {
  entryOf,
  recentTargets,
  searchDirectory,
  suggestions,
  type DirectoryEntry,
  type TargetDirectory,
} from './target-directory.js';

/** How long typing pauses before the page's directory is searched (ms). */
const SEARCH_DELAY_MS = 150;
import type { PanelBody } from './call-actions.view.js';
import type { TargetSubmitDetail } from './call-actions.events.js';

export type { TargetAction };
const TARGET_ACTIONS: readonly TargetAction[] = ['transfer', 'conference', 'consult'];

/**
 * The target form inside `<call-actions>` (internal): a target type (a plain number or one of
 * the seed's AGENT, AGENT_GROUP, SKILL, INTERACTION_QUEUE, ROUTING_POINT, CUSTOM_CONTACT), a
 * destination, and Transfer now / Conference now / Consult. As the agent types, the
 * destination offers the targets used recently and the page's directory (`directory`);
 * choosing one sets its target type too. The destination is checked when an
 * action is pressed; its error is tied to the field and announced. Tells its parent the action
 * on a checked target (`target-submit`, `{ action, target }`).
 *
 * @csspart target-form - The form.
 * @csspart field-error - The destination's error.
 * @csspart suggestions - The destinations offered as the agent types (a `<datalist>`).
 * @csspart action - The three action buttons.
 */
@customElement('adk-call-target-form')
export class CallTargetFormElement extends KitElement {
  static override strings = { actions, callActions, callPanels };
  static override styles = [blockStyles, actionButtonStyles, formStyles];

  /** Why each action is not available (`null` = available). */
  @property({ attribute: false }) reasons: Record<TargetAction, string | null> = {
    transfer: null,
    conference: null,
    consult: null,
  };
  @property({ attribute: false }) pending: ReadonlySet<string> = new Set();
  /** The page's directory (a list, or a search function). */
  @property({ attribute: false }) directory: TargetDirectory | undefined;

  @state() private kind: TargetKind = 'number';
  @state() private destination = '';
  @state() private error: TargetError | null = null;
  @state() private offered: DirectoryEntry[] = [];
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private search: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.suggest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.search?.abort();
  }

  /** Recent targets and the directory's entries for what is typed (the latest search wins). */
  private async suggest(): Promise<void> {
    this.search?.abort();
    const search = (this.search = new AbortController());
    const query = this.destination;
    const found = await searchDirectory(this.directory, query, search.signal).catch(() => []);
    if (search.signal.aborted || !this.isConnected) return;
    this.offered = suggestions(recentTargets.entries, found, query);
  }

  /** Focuses the target type once the form is rendered (it may be asked before its first render). */
  override focus(): void {
    focusAfterUpdate(this, '#kind');
  }

  protected override render() {
    const t = { ...this.locale.t.callPanels, actions: this.locale.t.callActions.actions };
    const phone = this.kind === 'number' || this.kind === 'CUSTOM_CONTACT';
    return html`
      <form part="target-form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.validate();
      }}>
        <fieldset>
          <legend>${t.target.legend}</legend>
          <label for="kind">${t.target.kind}</label>
          <select id="kind" @change=${(e: Event) => {
            this.kind = (e.target as HTMLSelectElement).value as TargetKind;
            this.error = null;
          }}>
            ${TARGET_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${t.target.kinds[k]}</option>`)}
          </select>
          <label for="destination">${t.target.destination}</label>
          <input id="destination" autocomplete="off" inputmode=${phone ? 'tel' : 'text'} .value=${this.destination}
            list="targets" aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="destination-error"
            @input=${(e: Event) => this.typed((e.target as HTMLInputElement).value)} />
          <datalist id="targets" part="suggestions">
            ${this.offered.map((o) => html`<option value=${o.destination} label=${`${o.label ?? o.destination} · ${t.target.kinds[o.kind]}`}></option>`)}
          </datalist>
          <p id="destination-error" part="field-error" aria-live="polite">${this.error ? t.target.errors[this.error] : nothing}</p>
          <div class="buttons">
            ${TARGET_ACTIONS.map((action) =>
              actionButton({
                action,
                label: t.actions[action],
                reason: this.reasons[action],
                pending: this.pending.has(action),
                onClick: () => this.act(action),
              }),
            )}
          </div>
        </fieldset>
      </form>
    `;
  }

  private typed(value: string): void {
    this.destination = value;
    // A suggestion chosen: its target type comes with it.
    const chosen = this.offered.find((o) => o.destination === value);
    if (chosen) this.kind = chosen.kind;
    if (this.error) this.validate();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.suggest(), SEARCH_DELAY_MS);
  }

  private validate(): TargetQuery | null {
    const r = buildTargetQuery(this.kind, this.destination);
    this.error = r.ok ? null : r.error;
    return r.ok ? r.query : null;
  }

  private act(action: TargetAction): void {
    const query = this.validate();
    if (query === null) {
      this.renderRoot.querySelector<HTMLInputElement>('#destination')?.focus();
      return;
    }
    this.tell('target-submit', { action, target: query });
  }
}

/**
 * The transfer panel's body in `<call-actions>` (loaded with this module, see panel-controller.ts).
 * A target the workspace accepted is remembered for the page (`recentTargets`).
 */
export const transferPanel: PanelBody = framed((v, h) => {
  const submit = async ({ detail }: CustomEvent<TargetSubmitDetail>) => {
    if (await h.target(detail.action, detail.target))
      recentTargets.remember(entryOf(detail.target));
  };
  return html`<adk-call-target-form .reasons=${{ transfer: v.reason('transfer'), conference: v.reason('conference'), consult: v.reason('consult') }}
    .pending=${v.pendingSet} .directory=${v.directory} @target-submit=${submit}></adk-call-target-form>`;
});

declare global {
  interface HTMLElementTagNameMap {
    'adk-call-target-form': CallTargetFormElement;
  }
}
