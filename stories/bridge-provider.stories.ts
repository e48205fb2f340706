import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/index.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/bridge-state/bridge-state.js';

const meta: Meta = {
  title: 'Bridge/Provider',
  component: 'agent-bridge',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** `simulated`: the simulated workspace runs in this page, and every kit element inside shares the bridge. */
export const Simulated: StoryObj = {
  render: () =>
    html`<agent-bridge simulated><agent-bridge-state></agent-bridge-state></agent-bridge>`,
};

/**
 * A workspace origin nobody answers from (the page is not inside that workspace): after `timeout`
 * the initial sync fails, the provider fires `adk-bridge-error`, and the elements say why.
 */
export const NoWorkspace: StoryObj = {
  render:
    () => html`<agent-bridge host-origin="https://workspace.example.com" target="parent" timeout="1500">
    <agent-bridge-state></agent-bridge-state>
  </agent-bridge>`,
};
