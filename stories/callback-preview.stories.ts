import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Control } from '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/callback-preview/callback-preview.js';
import type { AgentBridge } from '../src/bridge/store.js';
import type { CallbackPreviewElement } from '../src/components/callback-preview/callback-preview.js';
import {
  besidePanel,
  clickAction,
  onBridgeReady,
  subElement,
  typeInto,
  waitFor,
} from './support/story-setup.js';

/** What a story's setup gets: the simulated workspace's control, the bridge and the element. */
interface StoryContext {
  control: Control;
  bridge: AgentBridge;
  el: CallbackPreviewElement;
  /** Waits until the element shows `phase` (its `data-phase`). */
  reach: (phase: string) => Promise<void>;
}

async function reach(el: CallbackPreviewElement, phase: string): Promise<void> {
  await waitFor(
    () => el.shadowRoot?.querySelector(`[part~="base"][data-phase="${phase}"]`),
    `<callback-preview> in phase ${phase}`,
  );
  await el.updateComplete;
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
  const ready = onBridgeReady(({ provider, control, bridge }) => {
    const el = provider.querySelector('callback-preview')!;
    return setup({ control, bridge, el, reach: (p) => reach(el, p) });
  });
  const element = html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${ready}>
    <callback-preview ivr-key-prefix="IVR_" callback-data-keys="Subject=Request, ContactTimeZone=Contact's time zone"
      offer-timeout=${options.offerTimeout ?? nothing} reject-reasons=${options.rejectReasons ?? nothing}></callback-preview>
  </agent-bridge>`;
  return { render: () => (options.panel ? besidePanel(element) : element) };
}

const click = clickAction;

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
  const form = await subElement(el, 'adk-schedule-form', 'input[name="time"]');
  typeInto(form, 'input[name="date"]', '2020-01-15');
  typeInto(form, 'input[name="time"]', '10:30');
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

/**
 * The voice callback's call ended: Done. Schedule says why it can't any more: the Service Client
 * API has no callback reschedule, and the workspace refuses user data on an ended call.
 */
export const Released = story(async ({ control, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  control('stepScenario');
  await reach('released');
});

/** A page gives its own `scheduler` (e.g. its callback service): Schedule works after the call too. */
export const PageScheduler = story(async ({ control, el, reach }) => {
  el.scheduler = async (request) => {
    console.info(`[story] the page schedules #${request.interactionId} at ${request.at}`);
  };
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
