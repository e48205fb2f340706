import { customElement, property, state } from 'lit/decorators.js';
import type { Interaction } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { actions } from '../../i18n/en/actions.js';
import { interactionList } from '../../i18n/en/interaction-list.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import { MomentsById } from '../../internal/call-moments.js';
import { KitElement } from '../../internal/kit-element.js';
import { rovingTarget } from '../../internal/roving-toolbar.js';
import { RequestController } from '../../internal/requests.js';
import { baseStyles } from '../../internal/styles.js';
import { ClockController } from '../../internal/time/clock.js';
import type { Words } from '../../internal/words.js';
import { interactionRows, selectedRow, type InteractionRow } from './interaction-rows.js';
import { interactionListStyles } from './interaction-list.styles.js';
import { renderInteractionList } from './interaction-list.view.js';
import { interactionListView, partyText } from './interaction-list.view-model.js';

export type {
  InteractionSelectDetail,
  InteractionSelectResultDetail,
} from './interaction-list.events.js';

/**
 * The agent's open interactions, to switch between them: each with its kind in words (callback,
 * web callback, outbound record, inbound or outbound call, consultation), its party, its state
 * and a live timer; a consultation, or the call of a web callback or of an outbound preview, is
 * shown under its parent. The row of the workspace's selected case is marked selected; choosing
 * another sends `interaction.selectCaseByCaseId` (seed 003), and the other elements follow the
 * workspace's selection by themselves. The list shows what the workspace reported: the selection
 * moves when the workspace says CASE_SELECTED, not when the agent chooses.
 *
 * Keyboard (ARIA practices' single-select listbox): one tab stop; Up, Down, Home and End move
 * the focus; Enter, Space or a click select. Moving does not select: selecting is a request to
 * the workspace, which the agent makes on purpose.
 *
 * - Timer: from the moment the page saw a call answered (the Interaction type has no
 *   "connected at"; see call-moments.ts, which the call log and `<call-actions>`' timers read
 *   too), frozen when it ends; before that, or for an interaction that is no call, since it
 *   arrived (`startDate`, its creation; else since the page first saw it).
 * - An interaction without a `caseId` is listed but can't be selected (`aria-disabled`).
 *
 * @summary The open interactions, to switch the workspace between them.
 *
 * @attr label - The list's visible label and accessible name (default: the catalogue's "Open interactions").
 * @prop {string | null} label - The `label` attribute.
 * @prop {() => number} now - The clock the timers read (tests and stories: the workspace's clock).
 * @fires adk-interaction-select - Before `interaction.selectCaseByCaseId` is sent; cancelable (`preventDefault()`: nothing is sent). `detail: { caseId, interactionId }`.
 * @fires adk-interaction-select-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 * @csspart base - The wrapper.
 * @csspart label - The list's visible label (it names the listbox).
 * @csspart listbox - The list (`role="listbox"`).
 * @csspart option - One open interaction and its children (`role="option"`; `aria-selected` marks the selected case, `data-kind` names its kind).
 * @csspart child - A child interaction (consultation, a web callback's call) inside its parent's option.
 * @csspart kind - The interaction's kind in words.
 * @csspart party - The party: name, number.
 * @csspart state - The state in words (`data-status`: ringing, dialing, connected, held, ready, ended).
 * @csspart timer - The live timer (`data-since`: connected, talked, arrived).
 * @csspart connection - Says that the workspace connection is down, while it is (a polite live region).
 * @csspart empty - Says there is no open interaction, or no bridge.
 * @csspart feedback - The last selection's progress and result (a polite live region).
 * @csspart error - The last failure, in words (an assertive live region).
 * @cssproperty --adk-interaction-list-gap - Space between and around the rows (default 0.5rem).
 */
@customElement('interaction-list')
export class InteractionListElement extends KitElement {
  static override strings = { actions, interactionList };
  static override styles = [baseStyles, interactionListStyles];

  @property() label: string | null = null;
  @property({ attribute: false }) now: () => number = Date.now;

  /** The row the agent moved to last: it keeps the tab stop while it is listed. */
  @state() private focused: string | undefined;

  private readonly bridge = new BridgeController(this);
  /** Keyed by case id. */
  private readonly requests = new RequestController<string>(this);
  private readonly clock = new ClockController(this, { now: () => this.now() });
  /** Dropped with their interaction (BridgeController prunes the scope on REMOVED and syncs). */
  private readonly moments = interactionScope(this).hold(new MomentsById());
  /** What each selection request is called, by case id (worded when rendered). */
  private readonly labels = new Map<string, Words>();
  private rows: InteractionRow[] = [];

  protected override willUpdate(): void {
    const interactions = this.bridge.state?.interactions ?? new Map<string, Interaction>();
    const now = this.clock.now();
    this.rows = interactionRows(interactions);
    for (const ix of interactions.values()) this.moments.observe(ix, now);
    // Every row has a running timer (arrival, or connected); a frozen one doesn't mind a tick.
    this.clock.tickSeconds = this.rows.length ? 1 : 0;
  }

  protected override render() {
    const { t, lang } = this.locale;
    const pending = this.rows.find((r) => {
      const caseId = r.interaction.caseId;
      return caseId !== undefined && this.requests.isPending(caseId);
    });
    const view = interactionListView({
      t,
      state: this.bridge.state,
      rows: this.rows,
      moments: this.moments,
      now: this.clock.now(),
      label: this.label,
      focused: this.focused,
      pending: pending?.interaction.interactionId,
      regions: this.requests.regions(
        (caseId) => this.labels.get(caseId)?.(t, lang) ?? caseId,
        t.actions,
      ),
    });
    return renderInteractionList(view, {
      select: (id) => void this.select(id),
      key: (event, id) => void this.key(event, id),
      focus: (id) => (this.focused = id),
    });
  }

  /** Selects the case of row `id` through the workspace, unless it is selected already. */
  private async select(id: string): Promise<void> {
    this.focused = id;
    const bridge = this.bridge.bridge;
    const ix = bridge?.interaction(id);
    const caseId = ix?.caseId;
    if (!bridge || !ix || !caseId || selectedRow(bridge.state) === id) return;
    this.labels.set(caseId, (t) => t.interactionList.select(partyText(ix, t.interactionList)));
    await this.requests.request(
      'adk-interaction-select',
      { caseId, interactionId: id },
      caseId,
      () => bridge.selectCase(caseId),
    );
  }

  private async key(event: KeyboardEvent, id: string): Promise<void> {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.select(id);
    }
    const ids = this.rows.map((r) => r.interaction.interactionId);
    const index = ids.indexOf(id);
    const move = rovingTarget(event.key, index, ids.length, {
      wrap: false,
      orientation: 'vertical',
    });
    if (move === null) return;
    event.preventDefault();
    const to = ids[move];
    if (to === undefined) return;
    this.focused = to;
    await this.updateComplete;
    this.shadowRoot
      ?.querySelector<HTMLElement>(`[part="option"][data-id="${CSS.escape(to)}"]`)
      ?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'interaction-list': InteractionListElement;
  }
}
