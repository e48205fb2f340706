import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/bridge-state/bridge-state.js';
import { besidePanel, onBridgeReady } from './support/story-setup.js';

const meta: Meta = {
  title: 'Bridge/Live state',
  component: 'agent-bridge-state',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** The bridge on the in-page simulated workspace: start a scenario in the panel and watch the state follow. */
export const WithScenarioPanel: StoryObj = {
  render: () =>
    besidePanel(
      html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${onBridgeReady(() => undefined)}>
        <agent-bridge-state></agent-bridge-state>
      </agent-bridge>`,
      'minmax(18rem,1fr)',
    ),
};

/** Without a provider: the element says it is not connected, and never throws. */
export const NotConnected: StoryObj = {
  render: () => html`<agent-bridge-state></agent-bridge-state>`,
};
