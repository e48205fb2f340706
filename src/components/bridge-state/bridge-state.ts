import { LitElement, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { BridgeController } from '../../bridge/controller.js';
import type { BridgeState } from '../../bridge/state.js';
import { bridgeState } from '../../i18n/en/bridge-state.js';
import { LocaleController } from '../../i18n/localize.js';
import { baseStyles } from '../../internal/styles.js';
import { bridgeStateStyles } from './bridge-state.styles.js';

/**
 * A live view of the bridge: connection, sync, agent and state, tab (frame) state, the
 * interactions with their states, and mark-done blocks. For demos, stories and support pages.
 *
 * @summary Shows what the page's bridge knows, as it changes.
 *
 * @csspart base - The wrapper.
 * @csspart connection - The connection and sync status line (a polite live region).
 * @csspart interactions - The list of interactions.
 * @cssproperty --adk-bridge-state-gap - Space between and around the sections (default 0.5rem).
 */
@customElement('agent-bridge-state')
export class AgentBridgeStateElement extends LitElement {
  static override styles = [baseStyles, bridgeStateStyles];

  private readonly bridge = new BridgeController(this);
  private readonly locale = new LocaleController(this, { bridgeState });
  /** Updates once the strings of its language are there: a language may load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.whenReady(() => super.scheduleUpdate());
  }

  protected override render() {
    const t = this.locale.t.bridgeState;
    const state = this.bridge.state;
    if (!state) {
      return html`<section part="base" aria-label=${t.label}><p part="connection" role="status" data-state="none">${t.notConnected}</p></section>`;
    }
    return html`
      <section part="base" aria-label=${t.label}>
        <p part="connection" role="status" data-state=${state.connection}>
          ${t.connection[state.connection]}${state.connection === 'up' ? ` · ${t.sync[state.sync]}` : ''}
        </p>
        ${this.renderErrors(state)}
        <dl>
          <dt>${t.agent}</dt>
          <dd>${state.agent ? `${state.agent.firstname} ${state.agent.lastname} (${state.agent.username})` : t.noAgent}</dd>
          <dt>${t.agentState}</dt>
          <dd>${state.agentState?.displayName ?? '—'}</dd>
          <dt>${t.frameState}</dt>
          <dd>${state.frameState ?? '—'}</dd>
        </dl>
        <h2>${t.interactions}</h2>
        ${this.renderInteractions(state)}
      </section>
    `;
  }

  private renderErrors(state: BridgeState) {
    const errors = Object.entries(state.syncErrors);
    if (errors.length === 0) return nothing;
    return html`<ul class="danger">${errors.map(([part, text]) => html`<li>${this.locale.t.bridgeState.syncError(part, text)}</li>`)}</ul>`;
  }

  private renderInteractions(state: BridgeState) {
    const t = this.locale.t.bridgeState;
    const list = [...state.interactions.values()];
    if (list.length === 0)
      return html`<p part="interactions" class="muted">${t.noInteractions}</p>`;
    return html`<ul part="interactions">
      ${list.map((it) => {
        const blocked = state.markdoneBlocks[it.interactionId];
        return html`<li data-interaction-id=${it.interactionId}>
          ${t.interactionRow(it.interactionId, it.media ?? it.callType ?? '?', t.states[it.state] ?? it.state)}
          ${it.caseId && it.caseId === state.selectedCaseId ? html` · <em>${t.selected}</em>` : nothing}
          ${blocked !== undefined ? html` · <span class="danger">${t.markdoneBlocked(blocked)}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'agent-bridge-state': AgentBridgeStateElement;
  }
}
