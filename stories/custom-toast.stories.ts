import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/custom-toast/custom-toast.js';
import type {
  CustomToastElement,
  ToastButtonClickDetail,
} from '../src/components/custom-toast/custom-toast.js';
import { showToast } from '../src/components/custom-toast/show-toast.js';
import { besidePanel, onBridgeReady } from './support/story-setup.js';

const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="#1f5fbf"/><path d="M6 8a4 4 0 0 1 8 0v3l1.5 2h-11L6 11z M8.5 14.5a1.5 1.5 0 0 0 3 0" fill="#fff"/></svg>')}`;
const CALLBACK = { Account: 'ACC-100482', Phone: '+1 555 0100', 'Time zone': 'America/New_York' };

const meta: Meta = {
  title: 'Elements/Custom toast',
  component: 'custom-toast',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Every field of `system.popupToast`: icon, title, subject, message, key/value list, buttons in the seed's order ([2] [3] … [1]). In the flow (`placement="inline"`). */
export const AllFields: StoryObj = {
  render:
    () => html`<custom-toast open renderer="page" placement="inline" heading="Callback due in 5 min" icon=${ICON}
    subject="Grace Hopper" message="She asked to be called back about her renewal." .keyValues=${CALLBACK}
    .buttons=${['Call now', 'Open the record', 'Snooze']}></custom-toast>`,
};

/** Only a title: the seed's lone OK button. */
export const TitleOnly: StoryObj = {
  render: () =>
    html`<custom-toast open renderer="page" placement="inline" heading="Record saved"></custom-toast>`,
};

/** Show/Dismiss mode: Show brings the page forward. */
export const ShowDismiss: StoryObj = {
  render:
    () => html`<custom-toast open renderer="page" placement="inline" show-dismiss heading="New email from Grace Hopper"
    subject="Re: renewal" message="Can we move the call to Friday?"></custom-toast>`,
};

/** The four severities: warnings and errors are announced assertively. */
export const Severities: StoryObj = {
  render: () => html`<div style="display:grid;gap:0.75rem;max-width:24rem">
    <custom-toast open renderer="page" placement="inline" severity="info" heading="Campaign Spring renewals started"></custom-toast>
    <custom-toast open renderer="page" placement="inline" severity="success" heading="Callback scheduled" message="Friday 10:30 (America/New_York)"></custom-toast>
    <custom-toast open renderer="page" placement="inline" severity="warning" heading="The contact's calling hours end in 10 min"></custom-toast>
    <custom-toast open renderer="page" placement="inline" severity="error" heading="Call failed" message="The number is not valid."></custom-toast>
  </div>`,
};

/** Declarative: the message and the buttons come from the element's content. */
export const FromContent: StoryObj = {
  render:
    () => html`<custom-toast open renderer="page" placement="inline" heading="Callback due in 5 min">
    Grace Hopper asked to be called back about her renewal.
    <button slot="button">Call now</button>
    <button slot="button">Snooze</button>
  </custom-toast>`,
};

/** A button's action is running (`waitUntil`): the buttons wait, the timer is held, the status says what happens. */
export const ActionPending: StoryObj = {
  render: () => {
    const pending = (e: Event) =>
      (e as CustomEvent<ToastButtonClickDetail>).detail.waitUntil(new Promise(() => undefined));
    const start = (el: CustomToastElement) =>
      (
        el.shadowRoot!.querySelector('[part~="button"][data-index="0"]') as HTMLButtonElement | null
      )?.click();
    return html`<custom-toast open renderer="page" placement="inline" heading="Callback due in 5 min" .buttons=${['Call now', 'Snooze']}
      @adk-toast-button-click=${pending} @adk-toast-show=${(e: Event) => {
        const el = e.currentTarget as CustomToastElement;
        setTimeout(() => start(el), 50);
      }}></custom-toast>`;
  },
};

/** The action failed: the toast stays, with the reason (announced assertively). */
export const ActionFailed: StoryObj = {
  render: () => {
    const fail = (e: Event) =>
      (e as CustomEvent<ToastButtonClickDetail>).detail.waitUntil(
        Promise.reject(new Error('Error: Interaction not found.')),
      );
    const start = (el: CustomToastElement) =>
      (
        el.shadowRoot!.querySelector('[part~="button"][data-index="0"]') as HTMLButtonElement | null
      )?.click();
    return html`<custom-toast open renderer="page" placement="inline" severity="warning" heading="Callback due in 5 min" .buttons=${['Call now', 'Snooze']}
      @adk-toast-button-click=${fail} @adk-toast-show=${(e: Event) => {
        const el = e.currentTarget as CustomToastElement;
        setTimeout(() => start(el), 50);
      }}></custom-toast>`;
  },
};

/** In French: the element follows the page's (or its own) `lang`. */
export const French: StoryObj = {
  render: () =>
    html`<custom-toast lang="fr" open renderer="page" placement="inline" show-dismiss heading="Rappel dans 5 min" subject="Grace Hopper"></custom-toast>`,
};

/** The page's stack in a corner: auto-close (20 s, held while hovered or focused), sticky, and a queue beyond three. */
export const Stack: StoryObj = {
  render: () => {
    const more = () =>
      showToast(
        {
          title: `Callback ${Math.floor(Math.random() * 900 + 100)} due`,
          message: 'Closes after 8 s unless hovered.',
          autoClose: 8000,
          buttons: ['Call now', 'Snooze'],
        },
        { renderer: 'page', placement: 'bottom-end' },
      );
    return html`<p><button type="button" @click=${more}>Add a toast</button></p>
      <custom-toast open renderer="page" heading="Closes by itself" message="auto-close 20 s" auto-close="20000"></custom-toast>
      <custom-toast open renderer="page" severity="warning" heading="Sticky" message="Stays until the agent acts." sticky auto-close="3000" .buttons=${['Got it']}></custom-toast>
      <custom-toast open renderer="page" heading="Third" message="Up to three show at once."></custom-toast>
      <custom-toast open renderer="page" heading="Queued" message="Shows when one closes."></custom-toast>`;
  },
};

/** From code: `showToast(params)` and its handle (update, close, the clicked button). */
export const FromCode: StoryObj = {
  render: () => {
    const out = document.createElement('output');
    const run = async () => {
      const toast = showToast(
        {
          title: 'Callback due in 5 min',
          subject: 'Grace Hopper',
          buttons: ['Call now', 'Snooze'],
          autoClose: 20000,
        },
        { id: 'callback-42', renderer: 'page', placement: 'top-end' },
      );
      setTimeout(() => void toast.update({ title: 'Callback due in 4 min' }), 3000);
      const click = await toast.clicked;
      out.textContent = click
        ? `Clicked: ${click.label} (button ${click.index + 1})`
        : 'Closed without a choice';
    };
    return html`<p><button type="button" @click=${run}>Raise the callback toast</button> ${out}</p>`;
  },
};

/**
 * In the workspace: `renderer="workspace"` asks the (in-page) simulated workspace, whose panel
 * shows the toast as the workspace would; its buttons come back as `adk-toast-button-click`.
 */
export const InTheWorkspace: StoryObj = {
  render: () => {
    const ready = onBridgeReady(({ provider }) => {
      const toast = provider.querySelector('custom-toast')!;
      toast.addEventListener('adk-toast-button-click', (e) => {
        provider.querySelector('output')!.textContent =
          `Clicked in the workspace: ${(e as CustomEvent).detail.label}`;
      });
      toast.open = true;
    });
    return besidePanel(
      html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${ready}>
        <custom-toast renderer="workspace" heading="Callback due in 5 min" subject="Grace Hopper" .keyValues=${CALLBACK} .buttons=${['Call now', 'Open the record', 'Snooze']}></custom-toast>
        <output></output>
      </agent-bridge>`,
      'minmax(18rem,1fr)',
    );
  },
};

/** Bad input: no title. The element reports it (`adk-toast-error`) and shows nothing; the page goes on. */
export const MissingTitle: StoryObj = {
  render: () => {
    const out = document.createElement('output');
    return html`<custom-toast open renderer="page" placement="inline" @adk-toast-error=${(e: Event) => (out.textContent = (e as CustomEvent).detail.message)}></custom-toast>${out}`;
  },
};
