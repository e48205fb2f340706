import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/panel.js';
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/record-fields-editor/record-fields-editor.js';
import type { RecordFieldsEditorElement } from '../src/components/record-fields-editor/record-fields-editor.js';
import { clearDraft, listDrafts } from '../src/internal/drafts.js';
import type { Control } from '../src/sim/index.js';
import { besidePanel, onBridgeReady, waitFor } from './support/story-setup.js';

/** What a story's setup gets: the simulated workspace's control and the element. */
interface StoryContext {
  control: Control;
  el: RecordFieldsEditorElement;
  /** Offers a pull preview record and waits until the element shows its fields; returns the interaction id. */
  offer: () => Promise<string>;
  /** Types into a field as the agent would, then leaves it. */
  type: (name: string, text: string) => Promise<void>;
}

const control = (el: HTMLElement, name: string) =>
  el.shadowRoot?.querySelector(
    `[part~="field"][data-name="${name}"] [part~="control"]`,
  ) as HTMLInputElement | null;

async function typeField(el: RecordFieldsEditorElement, name: string, text: string): Promise<void> {
  const input = control(el, name);
  if (!input) throw new Error(`<record-fields-editor> shows no field ${name}`);
  input.value = text;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

/** `<agent-bridge simulated>` with `<record-fields-editor>`; `setup` drives the simulated workspace to the story's state. */
function story(
  setup: (ctx: StoryContext) => unknown,
  opts: { panel?: boolean; lang?: string; timeout?: number } = {},
): StoryObj {
  const ready = onBridgeReady(({ provider, control: ctl }) => {
    for (const key of listDrafts('adk-draft:record-fields')) clearDraft(key); // every story starts clean
    const el = provider.querySelector('record-fields-editor')!;
    const offer = async () => {
      const id = ctl('offerRecord', 'pull') as string;
      await waitFor(() => control(el, 'Custom_Integer'), "the offered record's fields");
      return id;
    };
    return setup({ control: ctl, el, offer, type: (n, t) => typeField(el, n, t) });
  });
  const element = html`<agent-bridge simulated data-story-setup="pending" lang=${opts.lang ?? 'en'} timeout=${opts.timeout ?? 10000} @adk-bridge-ready=${ready}>
    <record-fields-editor></record-fields-editor></agent-bridge>`;
  return {
    render: () => (opts.panel ? besidePanel(element, 'minmax(22rem,1.6fr)') : element),
  };
}

const meta: Meta = {
  title: 'Elements/Record fields editor',
  component: 'record-fields-editor',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Offer records from the simulated workspace's panel (outbound pull preview) and edit them. */
export const Playground = story(({ offer }) => offer(), { panel: true });

/** A previewed record: every field type, read-only and mandatory fields, the contact's time and the chain. */
export const Editing = story(({ offer }) => offer());

/** Bad input of every kind, each with its own message, once the agent left the field. */
export const InvalidInput = story(async ({ offer, type }) => {
  await offer();
  await type('Custom_Integer', '1.5');
  await type('Custom_Float', '16,64');
  await type('Custom_Character', 'ab');
  await type('Custom_Datetime', '13/45/2025 10:00');
  await type('GSW_UNTIL', '25:00');
  await type('Custom_String_with_default', '');
});

/** The agent pressed Save on a form with problems: nothing is sent, the first problem has focus. */
export const SaveBlocked = story(async ({ offer, type, el }) => {
  await offer();
  await type('Custom_Datetime', '02/29/2025 10:00');
  await el.save();
});

/** Two unsaved changes: the status counts them; they are already kept as a draft. */
export const Dirty = story(async ({ offer, type }) => {
  await offer();
  await type('Custom_Integer', '3');
  await type('GSW_PHONE_TYPE', '4');
});

/** Saving: the workspace is slow to answer (the Save button waits). */
export const Saving = story(
  async ({ offer, type, el, control: ctl }) => {
    await offer();
    await type('Custom_Integer', '3');
    ctl('setAnswerDelay', 600_000);
    void el.save();
  },
  { timeout: 600_000 },
);

/** Saved: only the changed fields were sent, each as its valueType. */
export const Saved = story(async ({ offer, type, el }) => {
  await offer();
  await type('Custom_Integer', '3');
  await type('GSW_PHONE_TYPE', '9');
  await el.save();
});

/** The workspace refused one field (made read-only under the agent): the message is on that field, every edit is kept. */
export const SaveRejected = story(async ({ offer, type, el, control: ctl }) => {
  const id = await offer();
  await type('Custom_VarChar', 'Call after 6pm');
  await type('Custom_Integer', '3');
  ctl('patchRecordField', id, 'Custom_VarChar', { isEditable: false });
  await el.save();
});

/** The workspace did not answer (timeout 2 s here): the edits are kept; Save again once it answers. */
export const SaveTimedOut = story(
  async ({ offer, type, el, control: ctl }) => {
    await offer();
    await type('Custom_Character', 'z');
    ctl('setSilent', true);
    await el.save();
    ctl('setSilent', false);
  },
  { timeout: 2000 },
);

/** After a reload in the middle of editing: the draft comes back, bad values included. */
export const RestoredAfterReload = story(async ({ offer, type, el }) => {
  await offer();
  await type('Custom_Integer', '1.5');
  await type('Custom_VarChar', 'Prefers mornings');
  const parent = el.parentElement!;
  el.remove(); // what a reload does to the element; the draft stays in localStorage
  const again = document.createElement('record-fields-editor');
  parent.append(again);
});

/** The fields could not be loaded (the workspace refuses `outbound.getRecordFields` to this page). */
export const LoadFailed = story(async ({ control: ctl, el }) => {
  ctl('configureSecurity', {
    'service-client-api.accepted-web-content-origins': `${location.origin} (agent.*, interaction.*, configuration.*, system.*, media.*, voice.*, outbound.getChainedRecords)`,
  });
  ctl('offerRecord', 'pull');
  await waitFor(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the load error');
});

/** The selected interaction is a callback, not an outbound record. */
export const NotOutbound = story(({ control: ctl }) => {
  ctl('startScenario', 'inbound-callback-asap');
  ctl('stepScenario');
});

/** No interaction yet. */
export const NoInteraction = story(() => undefined);

/** En français : les messages, les indications et les boutons suivent la langue de la page. */
export const French = story(
  async ({ offer, type }) => {
    await offer();
    await type('Custom_Float', '16,64');
    await type('Custom_Datetime', '02/29/2025 10:00');
  },
  { lang: 'fr' },
);

/** Without a provider: the element says it is not connected, and never throws. */
export const NotConnected: StoryObj = {
  render: () => html`<record-fields-editor></record-fields-editor>`,
};
