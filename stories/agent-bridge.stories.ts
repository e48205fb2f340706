import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/bridge-state/bridge-state.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';

/** Hands the running simulated workspace to the scenario panel beside the bridge. */
function connectPanel(event: Event): void {
  const provider = event.currentTarget as AgentBridgeElement;
  const panel = provider.parentElement?.querySelector('sim-scenario-panel') as
    (HTMLElement & { host?: unknown }) | null;
  if (panel) panel.host = provider.simulation?.host;
}

const meta: Meta = {
  title: 'Bridge/Live state',
  component: 'agent-bridge-state',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** The bridge on the in-page simulated workspace: start a scenario in the panel and watch the state follow. */
export const WithScenarioPanel: StoryObj = {
  render: () => html`
    <div style="display:grid;grid-template-columns:minmax(18rem,1fr) minmax(18rem,1fr);gap:1rem;align-items:start">
      <sim-scenario-panel></sim-scenario-panel>
      <agent-bridge simulated @adk-bridge-ready=${connectPanel}>
        <agent-bridge-state></agent-bridge-state>
      </agent-bridge>
    </div>
  `,
};

/** Without a provider: the element says it is not connected, and never throws. */
export const NotConnected: StoryObj = {
  render: () => html`<agent-bridge-state></agent-bridge-state>`,
};
