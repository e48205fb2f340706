import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { bridgeContext } from '../../bridge/context.js';
import { AgentBridge } from '../../bridge/store.js';
import type { HostTarget } from '../../bridge/client.js';
import { kitEvent } from '../../internal/events.js';
import type { InteractionLogKeys } from '../../internal/interaction-log.js';
import { parseScreenPopKeys } from '../../internal/screen-pop.js';
import { CrmEvents } from './crm-events.js';

/** What the simulated workspace's entry gives back (loaded on demand, never bundled with the kit). */
interface SimHandle {
  stop(): void;
  host?: unknown;
}
export interface SimulatedWorkspaceModule {
  startSimulatedWorkspace(init: { window: Window; options?: Record<string, unknown> }): SimHandle;
}

/** The simulated workspace's entry registers itself here when a page imports it. */
export const SIMULATED_WORKSPACE_KEY = Symbol.for('agent-desk-kit/simulated-workspace');

/** Where `simulated` mode loads the simulated workspace from when the page has not imported it. */
let simulatedWorkspaceUrl: string | undefined;
export function setSimulatedWorkspaceModule(url: string): void {
  simulatedWorkspaceUrl = url;
}

async function loadSimulatedWorkspace(): Promise<SimulatedWorkspaceModule> {
  const registered = (globalThis as Record<symbol, SimulatedWorkspaceModule | undefined>)[
    SIMULATED_WORKSPACE_KEY
  ];
  if (registered) return registered;
  if (!simulatedWorkspaceUrl) {
    throw new Error(
      "simulated mode needs the simulated workspace: import the kit's sim entry first, or call setSimulatedWorkspaceModule(url)",
    );
  }
  return (await import(/* @vite-ignore */ simulatedWorkspaceUrl)) as SimulatedWorkspaceModule;
}

/**
 * Provides the page's `AgentBridge` to every kit element inside it.
 *
 * @summary The connection to the agent workspace, shared by all elements below it.
 *
 * @attr host-origin - The workspace's exact origin, e.g. `https://workspace.example.com`. Messages go only there and are accepted only from there.
 * @attr target - Where the workspace window is: `parent` (default, the page is in the workspace's iframe), `opener` (a popup the workspace opened), `self` (an in-page host), or a CSS selector of an `<iframe>` holding the workspace.
 * @attr timeout - Milliseconds to wait for an answer before a request fails with a timeout (default 10000).
 * @attr simulated - Starts the simulated workspace in this page and connects to it (stories, quick demos). Ignores `host-origin` and `target`. Uses the simulated workspace entry the page imported (`sim` entry), else the URL given to `setSimulatedWorkspaceModule`.
 * @attr screen-pop-keys - User-data keys a screen pop carries, comma or space separated; `GSW_*` takes every key starting with `GSW_`. Or set the `screenPopKeys` property (a list).
 * @prop {AgentBridge | undefined} bridge - The provided bridge. Set it to provide a bridge made elsewhere; otherwise the element makes one from its attributes.
 * @prop {string[]} screenPopKeys - The keys of `screen-pop-keys`, as a list.
 * @prop {Partial<InteractionLogKeys>} logKeys - Where the call log reads the disposition code and note and a callback's new time: `{ codeKey, noteKey, scheduleKey }` (defaults: the option `interaction.disposition.key-name` else `DispositionCode`, `DispositionNote`, `CallbackScheduledTime` — the elements' own defaults).
 * @fires adk-bridge-ready - After the initial sync. `detail: { bridge }`.
 * @fires adk-bridge-error - When the bridge could not be made or the whole initial sync failed. `detail: { error }`.
 * @fires adk-screen-pop - An interaction arrived (or was there at the first sync): open its record. Once per interaction, from the leading tab only (seed 003, several tabs). `detail: { interactionId, kind: 'callback' | 'web-callback' | 'outbound-record' | 'inbound-call', party: { name, number }, userData (the screen-pop-keys), interaction }`.
 * @fires adk-interaction-log - An interaction was marked done: what a CRM saves as an activity. Once, from the leading tab only. `detail: { interactionId, caseId, kind, media, direction, party, start, answer, end, done, durations: { talk, hold, afterCallWork } (s), disposition: { code, note }, callResult, record: { handle, campaign }, callback: { scheduledFor, type }, recording }`.
 * @slot - The page content that uses the bridge.
 */
@customElement('agent-bridge')
export class AgentBridgeElement extends LitElement {
  static override styles = css`:host { display: contents; }`;

  @property({ attribute: 'host-origin' }) hostOrigin = '';
  @property() target = 'parent';
  @property({ type: Number }) timeout = 10_000;
  @property({ type: Boolean }) simulated = false;
  @property({ attribute: false }) bridge: AgentBridge | undefined;
  @property({
    attribute: 'screen-pop-keys',
    converter: { fromAttribute: (v: string | null) => parseScreenPopKeys(v) },
  })
  screenPopKeys: string[] = [];
  @property({ attribute: false }) logKeys: Partial<InteractionLogKeys> = {};

  /** In `simulated` mode, the running simulated workspace (its `host` drives scenarios); else undefined. */
  get simulation(): SimHandle | undefined {
    return this.sim;
  }

  private readonly provider = new ContextProvider(this, { context: bridgeContext });
  /** The bridge this element made (and must close), as opposed to one a page set. */
  private own: AgentBridge | undefined;
  private sim: SimHandle | undefined;
  private generation = 0;
  private readonly crm = new CrmEvents(this, () => ({
    screenPopKeys: this.screenPopKeys,
    logKeys: this.logKeys,
    now: Date.now,
  }));
  private crmFollows: { bridge: AgentBridge; stop(): void } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.bridge || this.bridge === this.own) void this.build();
    this.followCrm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
    this.followCrm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bridge')) {
      if (this.own && this.bridge !== this.own) this.teardown(); // a page-provided bridge replaces ours
      this.provider.setValue(this.bridge);
      this.followCrm();
    }
    const config = ['hostOrigin', 'target', 'timeout', 'simulated'] as const;
    if (
      this.isConnected &&
      this.hasUpdated &&
      config.some((k) => changed.has(k)) &&
      (!this.bridge || this.bridge === this.own)
    )
      void this.build();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private async build(): Promise<void> {
    this.teardown();
    const generation = ++this.generation;
    try {
      let hostOrigin = this.hostOrigin;
      let target: HostTarget = this.resolveTarget();
      if (this.simulated) {
        const mod = await loadSimulatedWorkspace();
        if (generation !== this.generation) return;
        hostOrigin = location.origin;
        target = 'self';
        this.sim = mod.startSimulatedWorkspace({
          window,
          options: {
            'service-client-api.accepted-web-content-origins': `${location.origin} (*, auth.getJwtToken)`,
          },
        });
      }
      const bridge = new AgentBridge({ hostOrigin, target, timeoutMs: this.timeout });
      this.own = bridge;
      this.bridge = bridge;
      const state = await bridge.connect();
      if (generation !== this.generation) return;
      if (state.sync === 'failed')
        this.dispatchEvent(
          kitEvent('bridge-error', {
            error: new Error(Object.values(state.syncErrors)[0] ?? 'sync failed'),
          }),
        );
      else this.dispatchEvent(kitEvent('bridge-ready', { bridge }));
    } catch (error) {
      if (generation === this.generation) this.dispatchEvent(kitEvent('bridge-error', { error }));
    }
  }

  /** The CRM events follow the provided bridge while the element is connected. */
  private followCrm(): void {
    const bridge = this.isConnected ? this.bridge : undefined;
    if (this.crmFollows?.bridge === bridge) return;
    this.crmFollows?.stop();
    this.crmFollows = bridge ? { bridge, stop: this.crm.attach(bridge) } : undefined;
  }

  private resolveTarget(): HostTarget {
    const t = this.target.trim();
    if (t === '' || t === 'parent' || t === 'opener' || t === 'self')
      return (t || 'parent') as HostTarget;
    return () => {
      const el = (this.getRootNode() as ParentNode).querySelector?.(t) ?? document.querySelector(t);
      return el instanceof HTMLIFrameElement ? el.contentWindow : null;
    };
  }

  private teardown(): void {
    this.generation++;
    if (this.own) {
      this.own.close();
      if (this.bridge === this.own) this.bridge = undefined;
      this.own = undefined;
    }
    this.sim?.stop();
    this.sim = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'agent-bridge': AgentBridgeElement;
  }
}
