import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/call-actions/call-actions.js';
import '../src/components/interaction-list/interaction-list.js';
import type { AgentBridge } from '../src/bridge/store.js';
import type { Control } from '../src/sim/index.js';
import { besidePanel, onBridgeReady, waitFor } from './support/story-setup.js';

/** What a story's setup gets: the simulated workspace's control and the bridge. */
interface StoryContext {
  control: Control;
  bridge: AgentBridge;
  /** Waits until the bridge holds `count` interactions, and `also` holds (if given). */
  reach: (count: number, also?: (bridge: AgentBridge) => boolean) => Promise<void>;
}

async function reach(
  bridge: AgentBridge,
  count: number,
  also: (bridge: AgentBridge) => boolean = () => true,
): Promise<void> {
  await waitFor(
    () => bridge.state.interactions.size === count && also(bridge),
    `${count} interaction(s) in the workspace`,
  );
}

/** Starts `name` and runs `steps` more of its steps. */
async function scenario(control: Control, name: string, steps = 0): Promise<void> {
  await control('startScenario', name);
  for (let i = 0; i < steps; i++) await control('stepScenario');
}

/**
 * `<agent-bridge simulated>` with `<interaction-list>` (and what `beside` adds, e.g. a
 * `<call-actions>` that follows the selection); `setup` drives the simulated workspace.
 */
function story(
  setup: (ctx: StoryContext) => unknown | Promise<unknown>,
  { beside = html``, panel = false }: { beside?: TemplateResult; panel?: boolean } = {},
): StoryObj {
  const ready = onBridgeReady(({ control, bridge }) =>
    setup({ control, bridge, reach: (n, also) => reach(bridge, n, also) }),
  );
  const element = html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${ready}>
    <div style="display:grid;gap:1rem;max-width:40rem">
      <interaction-list></interaction-list>${beside}
    </div>
  </agent-bridge>`;
  return { render: () => (panel ? besidePanel(element) : element) };
}

const meta: Meta = {
  title: 'Elements/Interaction list',
  component: 'interaction-list',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Start scenarios in the simulated workspace's panel, one after another, and switch between them. */
export const Playground = story(() => undefined, {
  panel: true,
  beside: html`<call-actions></call-actions>`,
});

/** No open interaction. */
export const Empty = story(() => undefined);

/** One inbound callback, ringing: it is the selected case. */
export const One = story(async ({ control, reach }) => {
  await scenario(control, 'inbound-callback-asap');
  await reach(1);
});

/**
 * A connected callback, then an inbound call: the newest case is selected, and the call actions
 * beside the list follow it. Choose the callback (click, or Up then Enter) and they follow it.
 */
export const Two = story(
  async ({ control, reach }) => {
    await scenario(control, 'inbound-callback-asap', 1);
    await scenario(control, 'customer-hangs-up', 1);
    await reach(2);
  },
  { beside: html`<call-actions></call-actions>` },
);

/** Five at once: a callback, an agent-preview callback, a web callback, an inbound call, an outbound record. */
export const Five = story(async ({ control, reach }) => {
  await scenario(control, 'inbound-callback-asap', 1);
  await scenario(control, 'scheduled-callback-preview');
  await scenario(control, 'web-callback-preview');
  await scenario(control, 'customer-hangs-up', 1);
  await control('offerRecord', 'pull');
  await reach(5);
});

/** An inbound call on hold while the agent consults agent 5002: the consultation is under its call. */
export const Consultation = story(async ({ control, reach }) => {
  await scenario(control, 'consult-transfer', 3);
  await reach(2, (b) => [...b.state.interactions.values()].some((ix) => ix.isConsultation));
});

/** A web callback the agent accepted and called: the call is under the web callback. */
export const WebCallback = story(async ({ control, reach }) => {
  await scenario(control, 'web-callback-preview', 2);
  await reach(2);
});

/** Without a provider: a clear "not connected" state; it never throws. */
export const NotConnected: StoryObj = { render: () => html`<interaction-list></interaction-list>` };
