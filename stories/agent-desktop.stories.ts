import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/sim/panel.js';
import { loadElements } from '../src/index.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import type {
  CustomToastElement,
  ToastSeverity,
} from '../src/components/custom-toast/custom-toast.js';
import type { AgentBridge } from '../src/bridge/store.js';
import { simulationOf, type Control } from '../src/sim/index.js';
import { waitFor } from './support/story-setup.js';

// The main entry defines elements on demand; this story shows them all at once.
await loadElements();

/** The desk as a walk-through step sees it: the simulated workspace, the bridge and the elements. */
interface Desk {
  control: Control;
  bridge: AgentBridge;
  el: (tag: string) => HTMLElement;
  /** The CRM's own notice, in the desk's `<custom-toast>`. */
  toast: (severity: ToastSeverity, title: string, message: string) => void;
}

interface Step {
  say: string;
  run: (desk: Desk) => Promise<unknown> | unknown;
}

const until = (cond: () => unknown, what: string) => waitFor(cond, `Walk-through: ${what}`);

/** The enabled control `selector` in `el`'s shadow root, once there. */
async function control(el: HTMLElement, selector: string, what: string): Promise<HTMLElement> {
  const find = () =>
    el.shadowRoot?.querySelector<HTMLElement>(
      `${selector}:not([disabled]):not([aria-disabled="true"])`,
    );
  await until(find, what);
  return find()!;
}

/** The agent presses an element's action (`data-action`), as they would. */
const press = async (el: HTMLElement, action: string) =>
  (await control(el, `[data-action="${action}"]`, `${el.localName} ${action}`)).click();

const selectedState = (d: Desk) => d.bridge.selected?.state;

/** Picks a disposition code in the tree, opening its folder first. */
async function pick(d: Desk, path: string): Promise<void> {
  const picker = d.el('disposition-picker');
  const folder = path.includes('/') ? path.split('/')[0] : '';
  const row = (id: string) =>
    picker.shadowRoot?.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`);
  if (folder && !row(`c:${path}`))
    (
      await control(
        picker,
        `[role="treeitem"][data-id="${CSS.escape(`f:${folder}`)}"]`,
        `folder ${folder}`,
      )
    ).click();
  (
    await control(picker, `[role="treeitem"][data-id="${CSS.escape(`c:${path}`)}"]`, `code ${path}`)
  ).click();
  const id = d.bridge.selected!.interactionId;
  await until(
    () =>
      d.bridge.interaction(id)?.userData.DispositionCode === path.split('/').pop() ||
      d.bridge.interaction(id)?.userData.DispositionCode === path,
    `disposition ${path} saved`,
  );
}

/** Mark done from `<call-actions>`, then wait until the workspace removed the case. */
async function markDone(d: Desk): Promise<void> {
  const id = d.bridge.selected!.interactionId;
  await press(d.el('call-actions'), 'markDone');
  await until(() => !d.bridge.interaction(id), 'mark done');
}

/** An inbound ASAP callback, from the CRM's reminder to mark done, with every element playing its part. */
const CALLBACK_WALK: Step[] = [
  {
    say: 'The CRM reminds the agent that a callback is due (custom-toast).',
    run: (d) => d.toast('info', 'Callback due now', 'The workspace offers it in a moment.'),
  },
  {
    say: 'The workspace offers the callback: callback-preview shows its type, times, number and data, with Accept.',
    run: async (d) => {
      d.control('startScenario', 'inbound-callback-asap');
      await control(d.el('callback-preview'), '[data-action="accept"]', 'the offer');
    },
  },
  {
    say: 'Accept: the agent talks to the customer; call-actions counts the call.',
    run: async (d) => {
      await press(d.el('callback-preview'), 'accept');
      await until(() => selectedState(d) === 'TALKING', 'talking');
    },
  },
  {
    say: 'Hold (call-actions).',
    run: async (d) => {
      await press(d.el('call-actions'), 'hold');
      await until(() => selectedState(d) === 'HELD', 'held');
    },
  },
  {
    say: 'Resume (call-actions).',
    run: async (d) => {
      await press(d.el('call-actions'), 'resume');
      await until(() => selectedState(d) === 'TALKING', 'resumed');
    },
  },
  {
    say: 'The disposition Sale/New, saved as user data (disposition-picker).',
    run: (d) => pick(d, 'Sale/New'),
  },
  {
    say: 'End call (call-actions).',
    run: async (d) => {
      await press(d.el('call-actions'), 'hangUp');
      await until(() => selectedState(d) === 'IDLE', 'released');
    },
  },
  {
    say: 'Mark done: the case closes, and the CRM says so.',
    run: async (d) => {
      await markDone(d);
      d.toast('success', 'Callback done', 'Disposition: Sale/New.');
    },
  },
];

/** A pulled outbound preview record: edited, called from its chain, a call result, mark done. */
const OUTBOUND_WALK: Step[] = [
  {
    say: 'A preview record arrives: record-fields-editor shows its fields and chain; call-actions is ready to call.',
    run: async (d) => {
      d.control('startScenario', 'outbound-pull-preview'); // its first step: the record arrives
      await control(
        d.el('record-fields-editor'),
        '[part~="field"][data-name="Custom_VarChar"] [part~="control"]',
        'the record',
      );
    },
  },
  {
    say: 'The agent notes a preference and saves the record (only the changed field is sent).',
    run: async (d) => {
      const editor = d.el('record-fields-editor');
      const input = (await control(
        editor,
        '[part~="field"][data-name="Custom_VarChar"] [part~="control"]',
        'the note field',
      )) as HTMLInputElement;
      input.value = 'Prefers mornings';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      (await control(editor, '[part~="save"]', 'Save')).click();
      const id = d.bridge.selected!.interactionId;
      await until(
        () => !(editor as HTMLElement & { dirty: boolean }).dirty && d.bridge.interaction(id),
        'saved',
      );
      d.toast('success', 'Record saved', 'Custom_VarChar: Prefers mornings.');
    },
  },
  {
    say: 'Call the record from its chain; the customer answers.',
    run: async (d) => {
      (await control(d.el('record-fields-editor'), '[part~="call"]', 'Call')).click();
      await until(() => selectedState(d) === 'TALKING', 'talking');
    },
  },
  {
    say: "The call result, from the workspace's list (disposition-picker).",
    run: async (d) => {
      const select = (await control(
        d.el('disposition-picker'),
        '[part~="call-result"]',
        'call result',
      )) as HTMLSelectElement;
      const option =
        [...select.options].find((o) => /answer/i.test(o.textContent ?? '')) ?? select.options[1];
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  },
  { say: 'The disposition Sale/Upsell (disposition-picker).', run: (d) => pick(d, 'Sale/Upsell') },
  {
    say: 'End call (call-actions).',
    run: async (d) => {
      await press(d.el('call-actions'), 'hangUp');
      await until(() => selectedState(d) === 'IDLE', 'released');
    },
  },
  {
    say: 'Mark done: the record is done.',
    run: async (d) => {
      await markDone(d);
      d.toast('success', 'Record done', 'Disposition: Sale/Upsell.');
    },
  },
];

/** Runs `steps` on the desk in `root`, saying each one in the desk's live region, `pause` ms apart. */
async function walk(root: ParentNode, steps: Step[], pause: number): Promise<void> {
  const provider = root.querySelector('agent-bridge') as AgentBridgeElement;
  const say = root.querySelector<HTMLElement>('[data-walk-status]')!;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-walk]')];
  await until(
    () => provider.bridge?.state.sync === 'ready' && provider.simulation,
    'the bridge sync',
  );
  const sim = simulationOf(provider);
  const toastEl = root.querySelector('custom-toast') as CustomToastElement;
  const desk: Desk = {
    control: sim.control,
    bridge: provider.bridge!,
    el: (tag) => root.querySelector<HTMLElement>(tag)!,
    toast: (severity, title, message) => {
      toastEl.severity = severity;
      void toastEl.show({ title, message });
    },
  };
  for (const b of buttons) b.disabled = true;
  try {
    for (const [i, step] of steps.entries()) {
      say.textContent = `Step ${i + 1} of ${steps.length}: ${step.say}`;
      await step.run(desk);
      await new Promise((r) => setTimeout(r, pause));
    }
    say.textContent = `Done: ${steps.length} steps.`;
  } catch (error) {
    say.textContent = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}

/** Hands the running simulated workspace to the scenario panel beside the desk. */
function connectPanel(event: Event): void {
  const provider = event.currentTarget as AgentBridgeElement;
  const panel = provider.closest('[data-desk]')?.querySelector('sim-scenario-panel') as
    (HTMLElement & { host?: unknown }) | null;
  if (panel) panel.host = provider.simulation?.host;
}

interface DeskArgs {
  pause: number;
}

const card =
  'background:var(--adk-color-surface,#fff);border:1px solid var(--adk-color-border,#d5d9e0);border-radius:6px;padding:0.75rem;display:grid;gap:0.75rem;align-content:start';
const h2 = 'font-size:1rem;margin:0';

function desk(args: DeskArgs) {
  const run = (steps: Step[]) => (e: Event) =>
    void walk((e.currentTarget as HTMLElement).closest('[data-desk]')!, steps, args.pause).catch(
      () => undefined,
    );
  return html`<div data-desk style="display:grid;grid-template-columns:minmax(22rem,25rem) minmax(0,1fr);gap:1rem;align-items:start;font-family:system-ui,sans-serif">
    <sim-scenario-panel style="min-width:0"></sim-scenario-panel>
    <agent-bridge simulated @adk-bridge-ready=${connectPanel}>
      <div style="display:grid;gap:1rem;min-width:0">
        <header style="display:flex;flex-wrap:wrap;gap:0.5rem 1rem;align-items:center;background:#24324a;color:#fff;padding:0.6rem 1rem;border-radius:6px">
          <h1 style="font-size:1.1rem;margin:0;flex:1">Acme CRM · Agent desktop</h1>
          <button type="button" data-walk @click=${run(CALLBACK_WALK)}>Walk a callback</button>
          <button type="button" data-walk @click=${run(OUTBOUND_WALK)}>Walk an outbound preview</button>
        </header>
        <p data-walk-status role="status" style="margin:0;min-height:1.5em"></p>
        <div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem;align-items:start">
          <div style="display:grid;gap:1rem">
            <section style=${card} aria-labelledby="desk-interaction">
              <h2 id="desk-interaction" style=${h2}>Interaction</h2>
              <custom-toast renderer="page" placement="inline"></custom-toast>
              <callback-preview callback-data-keys="Subject=Request, ContactTimeZone=Contact's time zone"></callback-preview>
              <call-actions></call-actions>
            </section>
            <section style=${card} aria-labelledby="desk-wrapup">
              <h2 id="desk-wrapup" style=${h2}>Wrap-up</h2>
              <disposition-picker required storage-key="agent-desktop-story"></disposition-picker>
            </section>
          </div>
          <div style="display:grid;gap:1rem">
            <section style=${card} aria-labelledby="desk-record">
              <h2 id="desk-record" style=${h2}>Customer record</h2>
              <record-fields-editor></record-fields-editor>
            </section>
            <section style=${card} aria-labelledby="desk-workspace">
              <h2 id="desk-workspace" style=${h2}>Workspace</h2>
              <agent-bridge-state></agent-bridge-state>
            </section>
          </div>
        </div>
      </div>
    </agent-bridge>
  </div>`;
}

const meta: Meta<DeskArgs> = {
  title: 'Agent desktop',
  tags: ['autodocs'],
  parameters: { layout: 'padded', docs: { story: { height: '60rem' } } },
  args: { pause: 1200 },
  argTypes: {
    pause: {
      description: "Milliseconds between the walk-through's steps.",
      control: { type: 'number', min: 0, step: 100 },
    },
  },
  render: (args) => desk(args),
};
export default meta;

/** Every element on one simulated workspace, laid out as an agent's CRM page: run a scenario in the panel, or a walk-through. */
export const AgentDesktop: StoryObj<DeskArgs> = {};

/** An inbound callback walked from the CRM's reminder to mark done: Accept, Hold, Resume, a disposition, End call, Mark done. */
export const CallbackWalkthrough: StoryObj<DeskArgs> = {
  play: ({ canvasElement, args }) => walk(canvasElement, CALLBACK_WALK, args.pause),
};

/** An outbound preview record walked through: edit and save, call from the chain, call result and disposition, End call, Mark done. */
export const OutboundPreviewWalkthrough: StoryObj<DeskArgs> = {
  play: ({ canvasElement, args }) => walk(canvasElement, OUTBOUND_WALK, args.pause),
};
