import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/call-actions/call-actions.js';
import type { AgentBridge } from '../src/bridge/store.js';
import type { Control } from '../src/sim/index.js';
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
  el: HTMLElement;
  /** Waits until the bridge's selected interaction is in `state` (or there is none, for `none`). */
  reach: (state: string) => Promise<void>;
}

async function reach(bridge: AgentBridge, state: string): Promise<void> {
  await waitFor(
    () => (state === 'none' ? !bridge.selected : bridge.selected?.state === state),
    `The workspace's selected interaction in ${state}`,
  );
}

/**
 * `<agent-bridge simulated>` with `<call-actions>`; `setup` drives the simulated workspace to the
 * story's state (a setup that fails says why: stories/support/story-setup.ts).
 */
function story(
  setup: (ctx: StoryContext) => unknown | Promise<unknown>,
  withPanel = false,
): StoryObj {
  const ready = onBridgeReady(({ provider, control, bridge }) => {
    const el = provider.querySelector('call-actions')!;
    return setup({
      control,
      bridge,
      el,
      // The element renders a burst of workspace events once, in the next task: wait for it.
      reach: async (s) => {
        await reach(bridge, s);
        await el.updateComplete;
      },
    });
  });
  const element = html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${ready}><call-actions></call-actions></agent-bridge>`;
  return { render: () => (withPanel ? besidePanel(element) : element) };
}

const click = clickAction;

/** `MM/DD/YYYY 10:30` a week from now: a reschedule date (`rescheduleRecord`) in the future whatever the record's zone. */
function nextWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} 10:30`;
}

const meta: Meta = {
  title: 'Elements/Call actions',
  component: 'call-actions',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Start any scenario in the simulated workspace's panel and use the actions. */
export const Playground = story(() => undefined, true);

/** An inbound callback rings: the actions wait for the agent to accept it. */
export const Ringing = story(async ({ control, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  await reach('RINGING');
});

/** A pulled preview record: ready to call; the callback can be rescheduled in the contact's zone. */
export const Previewing = story(async ({ control, el, reach }) => {
  control('offerRecord', 'pull');
  await reach('PREVIEWING');
  click(el, 'panel-reschedule');
});

/** An agent-preview callback the agent accepted: the workspace dials the contact. */
export const Dialing = story(async ({ control, reach }) => {
  control('setConnectDelay', null);
  control('startScenario', 'scheduled-callback-preview');
  control('stepScenario');
  await reach('DIALING');
});

/** Connected: the duration runs; DTMF keypad open. */
export const Talking = story(async ({ control, el, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  await reach('TALKING');
  click(el, 'panel-keypad');
});

/** The transfer panel: a target type and a destination; Transfer pressed with no destination says what is missing. */
export const Transfer = story(async ({ control, el, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  await reach('TALKING');
  click(el, 'panel-transfer');
  const form = await subElement(el, 'adk-call-target-form', '[data-action="transfer"]');
  (form.shadowRoot!.querySelector('[data-action="transfer"]') as HTMLButtonElement).click();
});

/** On hold, recording; the keypad the agent had open says why digits can't be sent now. */
export const Held = story(async ({ control, bridge, el, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  await reach('TALKING');
  click(el, 'panel-keypad');
  await subElement(el, 'adk-dtmf-keypad', '[part="key"]');
  const id = bridge.selected!.interactionId;
  await bridge.startRecording(id);
  await bridge.hold(id);
});

/**
 * A preview record already rescheduled (the workspace reports its date): Cancel reschedule is
 * possible; the agent opened the form again and typed a date in the past, which it refuses.
 */
export const Rescheduled = story(async ({ control, bridge, el, reach }) => {
  control('offerRecord', 'pull');
  await reach('PREVIEWING');
  const preview = bridge.selected!;
  await bridge.reschedule(
    preview.interactionId,
    Number(preview.userData?.GSW_RECORD_HANDLE),
    nextWeek(),
    'PERSONAL',
  );
  click(el, 'panel-reschedule');
  const form = await subElement(el, 'adk-reschedule-form', '#date');
  typeInto(form, '#date', '2020-01-15');
});

/** A consultation with agent 5002: complete the transfer or the conference, or end it and return. */
export const Consulting = story(async ({ control, reach }) => {
  control('startScenario', 'consult-transfer');
  control('stepScenario');
  control('stepScenario');
  control('stepScenario');
  await reach('HELD');
});

/** The customer hung up: ready to call again, mark done. */
export const Released = story(async ({ control, reach }) => {
  control('startScenario', 'customer-hangs-up');
  control('stepScenario');
  control('stepScenario');
  await reach('IDLE');
});

/** Mark done blocked by the disposition picker (or anyone): disabled, with the reason. */
export const MarkDoneBlocked = story(async ({ control, bridge, reach }) => {
  control('startScenario', 'customer-hangs-up');
  control('stepScenario');
  control('stepScenario');
  await reach('IDLE');
  await bridge.blockMarkdone(bridge.selected!.interactionId, 'Choose a disposition code first.');
});

/** The customer hangs up while Hold is on its way: the workspace refuses it, and says why. */
export const ActionFailed = story(async ({ control, bridge, el, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  await reach('TALKING');
  control('remoteRelease', bridge.selected!.interactionId);
  click(el, 'hold');
});

/** The workspace lost its real-time connection: every action says so. */
export const Disconnected = story(async ({ control, reach }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
  await reach('TALKING');
  control('dropConnection');
});

/** Without a provider: a clear "not connected" state; it never throws. */
export const NotConnected: StoryObj = { render: () => html`<call-actions></call-actions>` };
