import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/index.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/click-to-dial/click-to-dial.js';
import type { ClickToDialElement } from '../src/components/click-to-dial/click-to-dial.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import { waitFor } from './support/story-setup.js';

const meta: Meta = {
  title: 'Elements/Click to dial',
  component: 'click-to-dial',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** A CRM's customer list: `tel:` links and numbers in `data-phone`, shown readable (`format`), with the record's id as user data. */
const customers = html`<ul>
  <li data-user-data='{"CrmRecordId":"ACC-100482"}'>Grace Hopper — <a href="tel:+14155550123">+14155550123</a></li>
  <li data-user-data='{"CrmRecordId":"ACC-200917"}'>Alan Turing — <a href="tel:+442071838750">+442071838750</a></li>
  <li data-user-data='{"CrmRecordId":"ACC-300551"}'>Marie Curie — <span data-phone="0142685300">0142685300</span></li>
</ul>`;

/** Clicks the first number of the story's `<click-to-dial>`, and waits until the element says something. */
async function clickFirst(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector<ClickToDialElement>('click-to-dial')!;
  const provider = canvas.querySelector<AgentBridgeElement>('agent-bridge')!;
  await waitFor(() => provider.bridge?.state.sync === 'ready', 'the bridge sync');
  el.querySelector<HTMLElement>('a, [data-phone]')!.click();
  await waitFor(
    () => [...el.shadowRoot!.querySelectorAll('[part]')].some((p) => p.textContent?.trim()),
    '<click-to-dial> saying what the click did',
  );
}

/** The numbers as the page wrote them, shown readable: national in the default country (`FR`), international otherwise. */
export const CustomerList: StoryObj = {
  render: () =>
    html`<agent-bridge simulated><click-to-dial default-country="FR" format>${customers}</click-to-dial></agent-bridge>`,
};

/** A click dials through the workspace (`voice.dial`, E.164, with the record's id): the element says so. */
export const Dialing: StoryObj = {
  render: () =>
    html`<agent-bridge simulated><click-to-dial default-country="FR" format>${customers}</click-to-dial></agent-bridge>`,
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => clickFirst(canvasElement),
};

/** `confirm`: the agent is asked first. */
export const Confirm: StoryObj = {
  render: () =>
    html`<agent-bridge simulated><click-to-dial confirm default-country="FR" format>${customers}</click-to-dial></agent-bridge>`,
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => clickFirst(canvasElement),
};

/** Not a phone number: nothing is dialed, and the element says why. */
export const NotANumber: StoryObj = {
  render: () =>
    html`<agent-bridge simulated><click-to-dial default-country="FR"><a href="tel:12345678901234567890">Head office</a></click-to-dial></agent-bridge>`,
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => clickFirst(canvasElement),
};
