/**
 * Scripted scenarios, step by step: `start(name)` runs the first step, `step()` the next one,
 * `run()` all that remain. A step the page has already caused (it accepted the call itself) is
 * skipped, so scenarios and the page's own requests move the same interactions along.
 *
 * Each scenario exports its expected interaction events (eventType, state, callType,
 * capabilities); the outbound ones are the seed's table rows.
 */
import type { Scenario, ScenarioContext, ScenarioStep } from './scenario-types.js';
import {
  connectionDown,
  connectionDrop,
  consultConference,
  consultTransfer,
  customerHangsUp,
  inboundCallbackAsap,
  scheduledCallbackPreview,
  webCallbackPreview,
} from './scenario-defs/voice-scenarios.js';
import {
  directPushPreview,
  pullPreview,
  pullPreviewCancel,
  pullPreviewReject,
  pushPreview,
  pushPreviewReject,
} from './scenario-defs/outbound-scenarios.js';
import type { Workspace } from './workspace.js';

export type { Scenario, ScenarioContext, ScenarioStep } from './scenario-types.js';

export const SCENARIOS: readonly Scenario[] = [
  inboundCallbackAsap,
  scheduledCallbackPreview,
  webCallbackPreview,
  pullPreview,
  pullPreviewReject,
  pullPreviewCancel,
  pushPreview,
  pushPreviewReject,
  directPushPreview,
  customerHangsUp,
  consultTransfer,
  consultConference,
  connectionDrop,
  connectionDown,
];

export function scenarioByName(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}

export interface ScenarioStatus {
  name: string;
  title: string;
  /** Names of the steps already run or skipped. */
  done: string[];
  next: { name: string; label: string } | null;
  ids: Record<string, string>;
}

export class ScenarioRunner {
  private active: {
    scenario: Scenario;
    ctx: ScenarioContext;
    index: number;
    done: string[];
  } | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly onChange: () => void = () => {},
  ) {}

  list(): Array<{ name: string; title: string; steps: Array<{ name: string; label: string }> }> {
    return SCENARIOS.map((s) => ({
      name: s.name,
      title: s.title,
      steps: s.steps.map(({ name, label }) => ({ name, label })),
    }));
  }

  /** Starts a scenario and runs its first step. */
  start(name: string): ScenarioStatus {
    const scenario = scenarioByName(name);
    if (!scenario)
      throw new Error(
        `Unknown scenario '${name}'. Known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
      );
    const ids: Record<string, string> = {};
    const ctx: ScenarioContext = {
      ws: this.ws,
      ids,
      get: (role) => (ids[role] ? this.ws.interactions.get(ids[role]) : undefined),
    };
    this.active = { scenario, ctx, index: 0, done: [] };
    return this.step();
  }

  /** Runs the next step that isn't done yet; the status says what comes next. */
  step(): ScenarioStatus {
    const a = this.active;
    if (!a) throw new Error('No scenario is running.');
    this.skipDone();
    const step: ScenarioStep | undefined = a.scenario.steps[a.index];
    if (step) {
      a.index++;
      a.done.push(step.name);
      try {
        step.run(a.ctx);
      } finally {
        this.skipDone();
        this.onChange();
      }
    }
    return this.status()!;
  }

  /** Runs every remaining step. */
  run(): ScenarioStatus {
    if (!this.active) throw new Error('No scenario is running.');
    while (this.status()?.next) this.step();
    return this.status()!;
  }

  stop(): void {
    this.active = null;
    this.onChange();
  }

  status(): ScenarioStatus | null {
    const a = this.active;
    if (!a) return null;
    this.skipDone();
    const next = a.scenario.steps[a.index];
    return {
      name: a.scenario.name,
      title: a.scenario.title,
      done: [...a.done],
      next: next ? { name: next.name, label: next.label } : null,
      ids: { ...a.ctx.ids },
    };
  }

  private skipDone(): void {
    const a = this.active;
    if (!a) return;
    for (let s = a.scenario.steps[a.index]; s?.done?.(a.ctx); s = a.scenario.steps[a.index]) {
      a.index++;
      a.done.push(s.name);
    }
  }
}
