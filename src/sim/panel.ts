/**
 * `<sim-scenario-panel>`: the simulated workspace's own controls, shown beside the client page:
 * scenarios with their next step, interactions and their states, toasts, connection and frame
 * state, client pages, the security options (editable), and the last events.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FRAME_STATES, type FrameState } from '../bridge/enums.js';
import type { SimHost } from './host.js';
import { setConnection, setFrameState } from './ops/system.js';
import { panelStrings as t } from './panel-strings.js';
import { panelStyles } from './panel.styles.js';
import './panel-toasts.js';
import { securityToText, textToSecurity } from './security-text.js';

/** Recording state and the DTMF digits pages attached (user data `DTMF`, as `<call-actions>` sends them by default). */
function callNotes(i: {
  media?: string;
  recordingState?: string;
  userData: Record<string, unknown>;
}): string {
  if (i.media !== 'voice') return '';
  const dtmf = i.userData.DTMF;
  return [
    i.recordingState ? `${t.recording} ${i.recordingState}` : '',
    typeof dtmf === 'string' && dtmf ? `${t.dtmf} ${dtmf}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

@customElement('sim-scenario-panel')
export class SimScenarioPanel extends LitElement {
  static override styles = panelStyles;

  /** The host to show and drive. */
  @property({ attribute: false }) host?: SimHost;

  @state() private securityText = '';
  @state() private notice = '';
  @state() private log: string[] = [];
  /** Bumped on every host change, so that child views re-render too. */
  @state() private revision = 0;
  private unsubscribe: Array<() => void> = [];
  private bound?: SimHost;

  override connectedCallback(): void {
    super.connectedCallback();
    this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unbind();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('host') && this.isConnected) this.bind();
  }

  private bind(): void {
    if (this.bound === this.host) return;
    this.unbind();
    const host = this.host;
    if (!host) return;
    this.bound = host;
    this.securityText = securityToText(host.securityOptions);
    this.unsubscribe.push(host.onChange(() => this.revision++));
    this.unsubscribe.push(
      host.onEvent((event, data) => {
        const d = data as {
          eventType?: string;
          frameState?: string;
          interaction?: { interactionId?: string; state?: string };
        } | null;
        const what = d?.eventType ?? (d?.frameState ? `frameState ${d.frameState}` : '');
        const ix = d?.interaction ? ` #${d.interaction.interactionId} ${d.interaction.state}` : '';
        this.log = [`${event}: ${what}${ix}`, ...this.log].slice(0, 20);
      }),
    );
  }

  private unbind(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.bound = undefined;
  }

  private act(fn: () => void): void {
    this.notice = '';
    try {
      fn();
    } catch (e) {
      this.notice = e instanceof Error ? e.message : String(e);
    }
    this.requestUpdate();
  }

  private renderScenarios(host: SimHost) {
    const status = host.scenarios.status();
    return html`<section aria-labelledby="scenarios">
      <h2 id="scenarios">${t.scenarios}</h2>
      ${
        status
          ? html`<p class="row" aria-live="polite">
            <span class="active">${status.title}</span>
            ${
              status.next
                ? html`<button type="button" @click=${() => this.act(() => host.scenarios.step())}>${t.next}: ${status.next.label}</button>
                  <button type="button" @click=${() => this.act(() => host.scenarios.run())}>${t.runAll}</button>`
                : html`<span>${t.finished}</span>`
            }
            <button type="button" @click=${() => this.act(() => host.scenarios.stop())}>${t.stop}</button>
          </p>`
          : ''
      }
      <ul role="list">
        ${host.scenarios.list().map(
          (s) => html`<li class="row">
          <button type="button" aria-label="${t.start}: ${s.title}" @click=${() => this.act(() => host.scenarios.start(s.name))}>${t.start}</button>
          <span>${s.title}</span>
        </li>`,
        )}
      </ul>
      ${this.notice ? html`<p role="alert">${this.notice}</p>` : ''}
    </section>`;
  }

  private renderInteractions(host: SimHost) {
    const list = host.workspace.hostList();
    const c = t.columns;
    return html`<section aria-labelledby="interactions">
      <h2 id="interactions">${t.interactions}</h2>
      ${
        list.length
          ? html`<table>
            <thead><tr><th scope="col">${c.id}</th><th scope="col">${c.media}</th><th scope="col">${c.state}</th><th scope="col">${c.callType}</th><th scope="col">${c.parties}</th><th scope="col">${c.call}</th></tr></thead>
            <tbody>${list.map((i) => html`<tr><td>${i.interactionId}</td><td>${i.media}</td><td>${i.state}</td><td>${i.callType ?? ''}</td><td>${(i.parties ?? []).map((p) => p.name).join(', ')}</td><td>${callNotes(i)}</td></tr>`)}</tbody>
          </table>`
          : html`<p>${t.noInteractions}</p>`
      }
    </section>`;
  }

  private renderConnection(host: SimHost) {
    const ws = host.workspace;
    return html`<section aria-labelledby="connection">
      <h2 id="connection">${t.connection}</h2>
      <p class="row">
        <span aria-live="polite">${ws.connection === 'CONNECTED' ? t.connected : ws.connection}</span>
        <span>${ws.microphoneMuted ? t.micMuted : t.micOn} · ${ws.speakerMuted ? t.speakerMuted : t.speakerOn}</span>
        <button type="button" ?disabled=${ws.connection === 'DISCONNECTED'} @click=${() => this.act(() => setConnection(ws, 'DISCONNECTED'))}>${t.drop}</button>
        <button type="button" ?disabled=${ws.connection === 'DOWN'} @click=${() => this.act(() => setConnection(ws, 'DOWN'))}>${t.down}</button>
        <button type="button" ?disabled=${ws.connection === 'CONNECTED'} @click=${() => this.act(() => setConnection(ws, 'RECONNECTED'))}>${t.recover}</button>
      </p>
      <p class="row">
        <label for="frame-state">${t.frameState}</label>
        <select id="frame-state" @change=${(e: Event) => this.act(() => setFrameState(ws, (e.target as HTMLSelectElement).value as FrameState))}>
          ${FRAME_STATES.map((s) => html`<option value=${s} ?selected=${ws.frames.stateOf(ws.frames.lastActive) === s}>${s}</option>`)}
        </select>
      </p>
    </section>`;
  }

  private renderSecurity(host: SimHost) {
    return html`<section aria-labelledby="security">
      <h2 id="security">${t.security}</h2>
      <label for="security-text">${t.securityHelp}</label>
      <textarea id="security-text" .value=${this.securityText} @input=${(e: Event) => (this.securityText = (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="row">
        <button type="button" @click=${() =>
          this.act(() => {
            host.setSecurityOptions(textToSecurity(this.securityText));
            this.notice = t.securityApplied;
          })}>${t.apply}</button>
      </p>
      <h3>${t.clients}</h3>
      ${
        host.clientList.length
          ? html`<ul role="list">${host.clientList.map((c) => html`<li>#${c.frameId} ${c.origin} (${host.workspace.frames.stateOf(c.frameId)}) — ${[...c.subscriptions.values()].flat().join(', ')}</li>`)}</ul>`
          : html`<p>${t.noClients}</p>`
      }
    </section>`;
  }

  override render() {
    const host = this.host;
    if (!host) return html`<div part="base"><p>${t.title}</p></div>`;
    // Toasts first (the agent must see them without scrolling), the event log last and folded.
    return html`<div part="base">
      <section aria-labelledby="toasts"><h2 id="toasts">${t.toasts}</h2><sim-toast-list .host=${host} .revision=${this.revision}></sim-toast-list></section>
      ${this.renderScenarios(host)} ${this.renderInteractions(host)}
      ${this.renderConnection(host)} ${this.renderSecurity(host)}
      <section aria-labelledby="events"><details><summary><h2 id="events">${t.events}</h2></summary><ol class="log" tabindex="0" aria-labelledby="events">${this.log.map((l) => html`<li>${l}</li>`)}</ol></details></section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-scenario-panel': SimScenarioPanel;
  }
}
