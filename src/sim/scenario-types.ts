/** The shape of a scripted scenario (see `scenarios.ts`). */
import type { ExpectedEvent } from './outbound-table.js';
import type { SimInteraction, Workspace } from './workspace.js';

export interface ScenarioContext {
  ws: Workspace;
  /** Interaction ids by role (`main`, `call`, `consult`, `preview`…), filled as steps run. */
  ids: Record<string, string>;
  /** The interaction playing a role, if it is still there. */
  get(role: string): SimInteraction | undefined;
}

export interface ScenarioStep {
  name: string;
  /** What the panel's button says. */
  label: string;
  run(ctx: ScenarioContext): void;
  /**
   * True once the state is already past this step — e.g. the page accepted the call itself —
   * so `step()` moves on instead of failing.
   */
  done?(ctx: ScenarioContext): boolean;
}

export interface Scenario {
  name: string;
  title: string;
  steps: ScenarioStep[];
  /** The interaction events a full run produces (eventType, state, callType, capabilities). */
  expected: ExpectedEvent[];
}
