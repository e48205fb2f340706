import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Control } from '../src/sim/index.js';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/disposition-picker/disposition-picker.js';
import type { AgentBridge } from '../src/bridge/store.js';
import type { DispositionPickerElement } from '../src/components/disposition-picker/disposition-picker.js';
import { besidePanel, onBridgeReady, waitFor } from './support/story-setup.js';

interface Ctx {
  control: Control;
  bridge: AgentBridge;
  el: DispositionPickerElement;
  /** Waits until the followed interaction is in `state`. */
  reach: (state: string) => Promise<void>;
}

/** Clicks the tree's row `id` (`f:<folder>`, `c:<code path>`) once it is shown, as the agent would. */
async function clickRow(el: HTMLElement, id: string): Promise<void> {
  const row = await waitFor(
    () =>
      el.shadowRoot?.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`),
    `<disposition-picker>'s row ${id}`,
  );
  row.click();
}

interface StoryOptions {
  attrs?: Record<string, string>;
  panel?: boolean;
  timeout?: number;
  lang?: string;
}

/** `<agent-bridge simulated>` with `<disposition-picker>`; `setup` drives the simulated workspace to the story's state. */
function story(setup: (ctx: Ctx) => unknown | Promise<unknown>, opts: StoryOptions = {}): StoryObj {
  const key = `story-${Math.random().toString(36).slice(2)}`;
  const ready = onBridgeReady(({ provider, control, bridge }) => {
    const el = provider.querySelector('disposition-picker')!;
    return setup({
      control,
      bridge,
      el,
      // The element renders a burst of workspace events once, in the next task: wait for it.
      reach: async (s) => {
        await waitFor(() => el.interaction?.state === s, `the followed interaction in ${s}`);
        await el.updateComplete;
      },
    });
  });
  const attrs = opts.attrs ?? {};
  const picker = html`<disposition-picker storage-key=${key} lang=${opts.lang ?? nothing} ?required=${'required' in attrs}
      codes=${attrs.codes ?? nothing} interaction-id=${attrs['interaction-id'] ?? nothing}></disposition-picker>`;
  const element = html`<agent-bridge simulated data-story-setup="pending" timeout=${opts.timeout ?? 10000} @adk-bridge-ready=${ready}>${picker}</agent-bridge>`;
  return {
    render: () =>
      opts.panel ? besidePanel(element) : html`<div style="max-width:36rem">${element}</div>`,
  };
}

/** Starts the inbound ASAP callback and accepts it: the agent is talking. */
async function talking(ctx: Ctx): Promise<void> {
  ctx.control('startScenario', 'inbound-callback-asap');
  ctx.control('stepScenario');
  await ctx.reach('TALKING');
  // Synced too (the options say where a code is saved): a story that then silences the
  // workspace must not stall the bridge's own sync.
  await waitFor(() => ctx.bridge.state.sync === 'ready', 'the bridge synced');
}

const meta: Meta = {
  title: 'Elements/Disposition picker',
  component: 'disposition-picker',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Run any scenario in the panel; the picker follows the selected interaction (required: try Mark done). */
export const Playground = story(() => undefined, { panel: true, attrs: { required: '' } });

/** Without `<agent-bridge>`: a clear, disabled state. */
export const NotConnected: StoryObj = {
  render: () => html`<disposition-picker></disposition-picker>`,
};

/** Connected, no interaction yet. */
export const NoInteraction = story(() => undefined);

/** An interaction is ringing: codes from the workspace's options, as a tree. */
export const Ringing = story(async (ctx) => {
  ctx.control('startScenario', 'inbound-callback-asap');
  await ctx.reach('RINGING');
});

/** Talking, the tree with a category open and the focus in it. */
export const Talking = story(async (ctx) => {
  await talking(ctx);
  await clickRow(ctx.el, 'f:No sale');
});

/** Codes given by the page as a flat list. */
export const FlatList = story(talking, {
  attrs: {
    codes: JSON.stringify([
      { code: 'RES', label: 'Resolved' },
      { code: 'ESC', label: 'Escalated' },
      { code: 'CB', label: 'Callback requested' },
    ]),
  },
});

/** Type-ahead: the search has filtered the tree by path. */
export const Searching = story(async (ctx) => {
  await talking(ctx);
  const input = ctx.el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = 'no sale/w';
  input.dispatchEvent(new Event('input'));
});

/** A search that finds nothing says so and keeps the text. */
export const NoMatch = story(async (ctx) => {
  await talking(ctx);
  const input = ctx.el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = 'refund';
  input.dispatchEvent(new Event('input'));
});

/** Required: mark done is blocked (the workspace refuses it) until a code is saved. */
export const RequiredBlocked = story(talking, { attrs: { required: '' } });

/** A code chosen and saved, with a note; it is listed first as recently used. */
export const Saved = story(
  async (ctx) => {
    await talking(ctx);
    await ctx.bridge.setUserData(ctx.el.interaction!.interactionId, {
      DispositionNote: 'Wants a quote by email.',
    });
    await clickRow(ctx.el, 'f:Sale');
    await ctx.el.updateComplete;
    await clickRow(ctx.el, 'c:Sale/New');
  },
  { attrs: { required: '' } },
);

/** The workspace refuses the key (user-data write list): the choice stays, the error says why, Retry is there. */
export const SaveRefused = story(
  async (ctx) => {
    await talking(ctx);
    ctx.control(
      'configureSecurity',
      { 'service-client-api.user-data.write-allowed': ['DispositionNote'] },
      true,
    );
    await clickRow(ctx.el, 'c:Other');
  },
  { attrs: { required: '' } },
);

/** The workspace does not answer: after the timeout the choice stays, with Retry. */
export const SaveTimedOut = story(
  async (ctx) => {
    await talking(ctx);
    ctx.control('setSilent', true);
    await clickRow(ctx.el, 'c:Callback requested');
    // The workspace answers again once the save has timed out (not after a fixed delay: on a
    // loaded machine the save may go out after it, and be answered).
    try {
      await waitFor(
        () => ctx.el.shadowRoot?.querySelector('[part~="retry"]'),
        'the timed-out save with Retry',
      );
    } catch (error) {
      // What the picker and the bridge were at, for a failure seen only on a loaded machine.
      const root = ctx.el.shadowRoot!;
      const said = [...root.querySelectorAll('[role=status], [role=alert]')]
        .map((n) => n.textContent?.trim())
        .filter(Boolean);
      const chosen = root.querySelector('[aria-selected="true"]')?.textContent?.trim();
      const { connection, sync } = ctx.bridge.state;
      throw new Error(
        `${error instanceof Error ? error.message : error} (connection ${connection}, sync ${sync}, interaction ${ctx.el.interaction?.state}, chosen ${chosen}, said: ${said.join(' | ')})`,
        { cause: error },
      );
    } finally {
      ctx.control('setSilent', false);
    }
  },
  { timeout: 2000 },
);

/** The connection is down: the save fails and is retried by itself when the workspace reconnects (in 4 s). */
export const Disconnected = story(async (ctx) => {
  await talking(ctx);
  ctx.control('dropConnection');
  await waitFor(() => ctx.bridge.state.connection !== 'up', 'the connection down');
  await clickRow(ctx.el, 'c:Other');
  setTimeout(() => ctx.control('recoverConnection'), 4000);
});

/** The call has ended (IDLE): the workspace no longer takes user data; a choice is kept on this page and lifts the block. */
export const AfterRelease = story(
  async (ctx) => {
    await talking(ctx);
    ctx.control('stepScenario');
    await ctx.reach('IDLE');
    await clickRow(ctx.el, 'c:Other');
  },
  { attrs: { required: '' } },
);

/** Outbound preview record before the call: call result and Do Not Call wait for the call. */
export const OutboundPreview = story(async (ctx) => {
  ctx.control('startScenario', 'outbound-pull-preview');
  await ctx.reach('PREVIEWING');
});

/** Outbound call: call result from the workspace's list, Do Not Call asking for confirmation. */
export const OutboundCall = story(
  async (ctx) => {
    ctx.control('startScenario', 'outbound-pull-preview');
    ctx.control('stepScenario');
    ctx.control('stepScenario');
    await ctx.reach('TALKING');
    const dnc = await waitFor(
      () =>
        ctx.el.shadowRoot?.querySelector<HTMLButtonElement>(
          '[part~="do-not-call"]:not([disabled])',
        ),
      "<disposition-picker>'s Do Not Call",
    );
    dnc.click();
  },
  { attrs: { required: '' } },
);

/** Codes from the page that can't be read: the message says why, the workspace's codes are shown instead. */
export const BadCodes = story(talking, { attrs: { codes: '[{"code": "A", ' } });

/** French. */
export const French = story(talking, { attrs: { required: '' }, lang: 'fr' });
