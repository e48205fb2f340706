/**
 * The simulated agent workspace: the HOST side of the Service Client API, for the demo, the
 * stories and the tests. Its own entry point — `src/bridge/**` and `src/components/**` must
 * never import it statically, so it never reaches the production bundle.
 */
import type { SimClock } from './clock.js';
import { attachControl, runControl } from './control.js';
import { SimHost } from './host.js';
import type { SecurityOptions } from './security.js';

export { SimHost, DEFAULT_SECURITY_OPTIONS } from './host.js';
export type { SimHostOptions, SimClient } from './host.js';
export { ManualClock, RealClock } from './clock.js';
export type { SimClock } from './clock.js';
export { SCENARIOS, ScenarioRunner, scenarioByName } from './scenarios.js';
export type { Scenario, ScenarioStatus, ScenarioStep } from './scenarios.js';
export { OUTBOUND_PREVIEW_TABLE, tableRows } from './outbound-table.js';
export type { ExpectedEvent, TableRow } from './outbound-table.js';
export { CONTROL_COMMANDS, attachControl, isControlMessage, runControl } from './control.js';
export type { ControlMessage, ControlResult } from './control.js';
export { SecurityPolicy, parseOriginRules } from './security.js';
export type { SecurityOptions } from './security.js';
export { Workspace } from './workspace.js';

export interface SimulatedWorkspace {
  host: SimHost;
  /** Runs a control command directly (same names as the control channel's). */
  control(command: string, ...args: unknown[]): unknown;
  stop(): void;
}

/**
 * In-page mode: host and client in the SAME window (stories, quick demos). The host ignores
 * its own answers and events (they carry "WWE Server"); the client ignores requests. Control
 * commands posted by the page itself are accepted too.
 */
export function startSimulatedWorkspace(
  opts: {
    window?: Window;
    options?: SecurityOptions;
    clock?: SimClock;
    connectDelayMs?: number | null;
    /** The strict profile (default true): see `SimHostOptions.strict`. */
    strict?: boolean;
  } = {},
): SimulatedWorkspace {
  const win = opts.window ?? window;
  const host = new SimHost({
    window: win,
    options: opts.options,
    clock: opts.clock,
    connectDelayMs: opts.connectDelayMs,
    strict: opts.strict,
  });
  const detach = attachControl(host, { window: win, allowSelf: true });
  return {
    host,
    control: (command, ...args) => runControl(host, command, args),
    stop: () => {
      detach();
      host.stop();
    },
  };
}

/**
 * Importing this entry registers it where `<agent-bridge simulated>` looks before loading it by
 * URL (`Symbol.for('agent-desk-kit/simulated-workspace')`), so a page that bundles the sim
 * itself is used as is.
 */
(globalThis as Record<symbol, unknown>)[Symbol.for('agent-desk-kit/simulated-workspace')] = {
  startSimulatedWorkspace,
};
