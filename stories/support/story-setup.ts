// What the element stories share: the `<agent-bridge simulated>` ready handler that connects the
// scenario panel and runs a story's setup, and the waits a setup uses. A wait that never comes
// throws with what it waited for; the setup's outcome is written on the provider
// (`data-story-setup`: `pending`, `done`, or `failed` with `data-story-error`), so the canvas and
// the console say why a story shows nothing, and the stories' tests fail with that message
// (test/support/kit-stories.ts `storySetups`).
import { html, type TemplateResult } from 'lit';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { simulationOf, type Control } from '../../src/sim/index.js';

/** How long a story's setup may wait for a state (a loaded machine runs the stories' tests). */
export const WAIT_MS = 15_000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `cond` every 10 ms until it returns something truthy, and returns that. Throws
 * "`what` did not come within … s" when it never does.
 */
export async function waitFor<T>(
  cond: () => T | null | undefined | false,
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  for (const end = Date.now() + ms; ; await sleep(10)) {
    const value = cond();
    if (value) return value;
    if (Date.now() >= end) throw new Error(`${what} did not come within ${ms / 1000} s`);
  }
}

/** What every story's setup gets from the simulated workspace. */
export interface SimulatedSetup {
  provider: AgentBridgeElement;
  control: Control;
  bridge: AgentBridge;
}

/**
 * The `@adk-bridge-ready` handler of a story's `<agent-bridge simulated data-story-setup="pending">`:
 * connects a `<sim-scenario-panel>` beside the provider (if any) to its simulated workspace, runs
 * `setup` and marks the provider with the outcome.
 */
export function onBridgeReady(
  setup: (ctx: SimulatedSetup) => unknown | Promise<unknown>,
): (event: Event) => Promise<void> {
  return async (event) => {
    const provider = event.currentTarget as AgentBridgeElement;
    const sim = simulationOf(provider);
    const panel = provider.parentElement?.querySelector('sim-scenario-panel') as
      (HTMLElement & { host?: unknown }) | null;
    if (panel) panel.host = sim.host;
    try {
      await setup({ provider, control: sim.control, bridge: provider.bridge! });
      provider.dataset.storySetup = 'done';
    } catch (error) {
      provider.dataset.storySetup = 'failed';
      provider.dataset.storyError = error instanceof Error ? error.message : String(error);
      console.error('Story setup failed:', error);
    }
  };
}

/** `element` beside the simulated workspace's scenario panel (the Playground stories' layout). */
export function besidePanel(
  element: TemplateResult,
  elementColumn = 'minmax(18rem,1.4fr)',
): TemplateResult {
  return html`<div style="display:grid;grid-template-columns:minmax(18rem,1fr) ${elementColumn};gap:1rem;align-items:start">
    <sim-scenario-panel></sim-scenario-panel>${element}</div>`;
}

/** Clicks the button `[data-action="<action>"]` in `el`'s shadow root, as the agent would; throws when it is not shown. */
export function clickAction(el: HTMLElement, action: string): void {
  const button = el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button) throw new Error(`<${el.localName}> shows no ${action} action`);
  button.click();
}

type Sub = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * `el`'s sub-element `tag` (a panel's form or keypad) once it has rendered `ready`. A panel's
 * module is loaded with `import()` when the panel first opens: this waits for its element to be
 * defined, then rendered; it throws when that never comes.
 */
export async function subElement(el: HTMLElement, tag: string, ready: string): Promise<Sub> {
  const what = `<${tag}> rendering ${ready}`;
  await waitFor(() => customElements.get(tag), what);
  const sub = await waitFor(() => el.shadowRoot?.querySelector<Sub>(tag), what);
  await sub.updateComplete;
  await waitFor(() => sub.shadowRoot?.querySelector(ready), what);
  return sub;
}

/** Types `value` into the input `selector` of `sub`'s shadow root, as the agent would. */
export function typeInto(sub: HTMLElement, selector: string, value: string): void {
  const input = sub.shadowRoot?.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`<${sub.localName}> has no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
