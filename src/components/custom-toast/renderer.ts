/**
 * Which renderer shows a toast. `page` is always possible; `workspace` needs a bridge. `auto`
 * takes the workspace when the bridge is synced, the connection is up, the workspace is another
 * window (an in-page simulated workspace has nothing to show toasts in) and
 * `system.getAllowedServices` lists `system.popupToast` (or could not be read: then the
 * request itself decides, and a refusal falls back to the page). With several tabs (seed 003)
 * only the leading tab asks the workspace: in a following or negotiating tab `auto` shows the
 * toast in the page, so two tabs of one page never pop the same workspace toast twice.
 */
import type { AgentBridge } from '../../bridge/store.js';

export const TOAST_RENDERERS = ['auto', 'workspace', 'page'] as const;
export type ToastRendererChoice = (typeof TOAST_RENDERERS)[number];
export type ToastRenderer = Exclude<ToastRendererChoice, 'auto'>;

const allowed = new WeakMap<AgentBridge, Promise<boolean | undefined>>();

/** Whether the workspace lets this page pop toasts; undefined when it would not say. Asked once per bridge. */
export function popupToastAllowed(bridge: AgentBridge): Promise<boolean | undefined> {
  let p = allowed.get(bridge);
  if (!p) {
    p = bridge.request('system.getAllowedServices').then(
      (list) => (Array.isArray(list) ? list.includes('system.popupToast') : undefined),
      () => undefined,
    );
    allowed.set(bridge, p);
  }
  return p;
}

/** Waits (up to `ms`) for a sync under way to end, so that a toast opened at page load finds the workspace. */
function syncEnded(bridge: AgentBridge, ms = 3000): Promise<void> {
  if (bridge.state.sync !== 'syncing') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => (off(), clearTimeout(timer), resolve());
    const off = bridge.subscribe((state) => void (state.sync !== 'syncing' && done()));
    const timer = setTimeout(done, ms);
  });
}

export async function chooseRenderer(
  choice: ToastRendererChoice,
  bridge: AgentBridge | undefined,
): Promise<ToastRenderer> {
  if (choice === 'page' || !bridge) return 'page';
  if (choice === 'workspace') return 'workspace';
  await syncEnded(bridge);
  const { sync, connection } = bridge.state;
  if (sync !== 'ready' || connection !== 'up' || bridge.client.hostIsSelf || !bridge.leading)
    return 'page';
  return (await popupToastAllowed(bridge)) === false ? 'page' : 'workspace';
}
