import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { simulationOf, type Control } from '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/callback-preview/callback-preview.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridge } from '../src/bridge/store.js';
import type { CallbackPreviewElement } from '../src/components/callback-preview/callback-preview.js';

/** What a story's setup gets: the simulated workspace's control, the bridge and the element. */
interface StoryContext {
  control: Control;
  bridge: AgentBridge;
  el: CallbackPreviewElement;
  /** Waits until the element shows `phase` (its `data-phase`). */
  reach: (phase: string) => Promise<void>;
}

async function reach(el: CallbackPreviewElement, phase: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector(`[part~="base"][data-phase="${phase}"]`)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface StoryOptions {
  panel?: boolean;
  offerTimeout?: number;
  rejectReasons?: string;
}

/** `<agent-bridge simulated>` with `<callback-preview>`; `setup` drives the simulated workspace to the story's state. */
function story(
  setup: (ctx: StoryContext) => unknown | Promise<unknown>,
  options: StoryOptions = {},
): StoryObj {
  const ready = async (event: Event) => {
    const provider = event.currentTarget as AgentBridgeElement;
    const sim = simulationOf(provider);
    const panel = provider.parentElement?.querySelector('sim-scenario-panel') as
      (HTMLElement & { host?: unknown }) | null;
    if (panel) panel.host = sim.host;
    const el = provider.querySelector('callback-preview')!;
    await setup({ control: sim.control, bridge: provider.bridge!, el, reach: (p) => reach(el, p) });
  };
  const element = html`<agent-bridge simulated @adk-bridge-ready=${ready}>
    <callback-preview ivr-key-prefix="IVR_" callback-data-keys="Subject=Request, ContactTimeZone=Contact's time zone"
      offer-timeout=${options.offerTimeout ?? nothing} reject-reasons=${options.rejectReasons ?? nothing}></callback-preview>
  </agent-bridge>`;
  return {
    render: () =>
      options.panel
        ? html`<div style="display:grid;grid-template-columns:minmax(18rem,1fr) minmax(18rem,1.4fr);gap:1rem;align-items:start">
          <sim-scenario-panel></sim-scenario-panel>${element}</div>`
        : element,
  };
}

const click = (el: HTMLElement, action: string) =>
  (el.shadowRoot!.querySelector(`[data-action="${action}"]`) as HTMLButtonElement).click();

const meta: Meta = {
  title: 'Elements/Callback preview',
  component: 'callback-preview',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Start any scenario in the simulated workspace's panel and handle the callback. */
export const Playground = story(() => undefined, {
  panel: true,
  rejectReasons: 'busy=Agent busy, wrong-skill=Wrong skill',
});

/** An inbound ASAP callback rings, with the countdown before the workspace returns it. */
export const Ringing = story(
  async ({ control, reach }) => {
    control('startScenario', 'inbound-callback-asap');
    await reach('offered');
  },
  { offerTimeout: 45 },
);

/** A scheduled callback offered for agent preview (seed 001 "Delayed (Agent Preview)"): accepting dials. */
export const AgentPreview = story(async ({ control, reach }) => {
  control('startScenario', 'scheduled-callback-preview');
  await reach('offered');
});

/** A web callback invitation: Reject takes a reason (seed 000 DeclineCallback). */
export const WebCallbackInvited = story(
  async ({ control, reach }) => {
    control('startScenario', 'web-callback-preview');
    await reach('offered');
  },
  { rejectReasons: 'busy=Agent busy, wrong-skill=Wrong skill' },
);

/** The web callback preview (seed 004): Call, Done, Schedule a callback. */
export const Previewing = story(async ({ control, reach }) => {
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  await reach('previewing');
});

/** Scheduling a callback: date and time in the contact's zone, shown in the agent's too. */
export const Scheduling = story(async ({ control, el, reach }) => {
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  await reach('previewing');
  click(el, 'schedule');
});

/** Scheduling a callback at a time already past: the form says so, beside the field. */
export const SchedulePast = story(async ({ control, el, reach }) => {
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  await reach('previewing');
  click(el, 'schedule');
  await el.updateComplete;
  let form: HTMLElement | null = null;
  for (let i = 0; i < 300 && !form?.shadowRoot?.querySelector('input[name="time"]'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    form = el.shadowRoot!.querySelector('adk-schedule-form');
  }
  const set = (name: string, value: string) => {
    const input = form!.shadowRoot!.querySelector(`input[name="${name}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  set('date', '2020-01-15');
  set('time', '10:30');
});

/** The web callback's call rings at the contact. */
export const Dialing = story(async ({ control, reach }) => {
  control('setConnectDelay', null);
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  control('stepScenario');
  await reach('dialing');
});

/** Connected to the contact: Done waits for the end of the call. */
export const Talking = story(async ({ control, reach }) => {
  control('setConnectDelay', null);
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  control('stepScenario');
  control('stepScenario');
  await reach('talking');
});

/** The voice callback's call ended: Done or Schedule. */
export const Released = story(async ({ control, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  control('stepScenario');
  await reach('released');
});

/** Done refused by the workspace (a disposition is mandatory): the failure in words. */
export const ActionError = story(async ({ control, el, reach }) => {
  control('configureOptions', {
    'interaction-workspace': { 'interaction.disposition.is-mandatory': 'true' },
  });
  control('startScenario', 'web-callback-preview');
  control('stepScenario');
  await reach('previewing');
  click(el, 'done');
});

/** The workspace lost its real-time connection: every action says why it waits. */
export const Disconnected = story(async ({ control, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  await reach('offered');
  control('dropConnection');
});

/** Nobody accepted in time: the workspace returned the offer (5 s here). */
export const Returned = story(
  async ({ control, reach }) => {
    control('configureOptions', { 'interaction-workspace': { 'callback.offer-timeout': '5' } });
    control('startScenario', 'inbound-callback-asap');
    await reach('offered');
  },
  { offerTimeout: 5 },
);

/** Without a provider: a clear "not connected" state; it never throws. */
export const NotConnected: StoryObj = { render: () => html`<callback-preview></callback-preview>` };
