/**
 * Mark done blocked while a required disposition is missing (seed 003
 * `interaction.blockMarkdone` / `unblockMarkdone`), for `WrapupController`: blocks and lifts on
 * the followed interaction as `markdoneBlockNeeded` says, remembers which blocks are its own (it
 * lifts only those, or one with its own warning), and lifts its own when the element goes.
 *
 * With several tabs, only the leading tab blocks and lifts (an automatic action, seed 003).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { RequestController } from '../../internal/requests.js';
import type { PickerRequest } from './disposition-picker.events.js';
import { isLive, markdoneBlockNeeded } from './wrapup-status.js';

/** What the blocking rule reads, as the wrap-up's configuration says it now. */
export interface BlockConfig {
  bridge: AgentBridge | undefined;
  interaction: Interaction | undefined;
  required: boolean;
  /** The mark-done warning (catalogue text). */
  warning: string;
}

/** The code as the workspace holds it and as chosen (draft or saved). */
export interface CodeFacts {
  workspace: string | null;
  value: string | null;
}

const blockKey = (interactionId: string): PickerRequest => ({ kind: 'block', interactionId });

export class MarkdoneBlocker {
  /** Interactions this element blocked (dropped when the interaction leaves the workspace). */
  private readonly own: Set<string>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly requests: RequestController<PickerRequest>,
    private readonly config: () => BlockConfig,
  ) {
    this.own = interactionScope(host).hold(new Set());
  }

  /** The last block/unblock failure of the interaction (retried on the next sync or `retry()`). */
  error(id: string): { error: unknown } | undefined {
    const o = this.requests.outcome(blockKey(id));
    return o?.phase === 'failed' ? { error: o.error } : undefined;
  }

  /** Forgets the last failure, so the next `sync` tries again. */
  clearError(id: string): void {
    this.requests.clear(blockKey(id));
  }

  /** A block with no element left to lift it would trap the agent: lifts ours. */
  liftOwn(): void {
    const bridge = this.config().bridge;
    for (const id of this.own)
      if (bridge?.interaction(id)) void bridge.unblockMarkdone(id).catch(() => {});
    this.own.clear();
  }

  /** Blocks or unblocks mark done on the followed interaction as the rule says (after each render). */
  sync(code: (it: Interaction) => CodeFacts): void {
    const cfg = this.config();
    const { bridge, interaction: it } = cfg;
    if (!bridge || !it || bridge.state.connection !== 'up' || !bridge.interaction(it.interactionId))
      return;
    // An automatic action: the leading tab's alone (seed 003, several tabs); it moves with it.
    if (!bridge.leading) return;
    const id = it.interactionId;
    const block = this.requests.outcome(blockKey(id));
    if (block?.phase === 'pending' || block?.phase === 'failed') return;
    const chosen = code(it);
    const need = markdoneBlockNeeded({
      required: cfg.required,
      consultation: !!it.isConsultation,
      live: isLive(it),
      workspaceCode: chosen.workspace,
      chosenCode: chosen.value,
    });
    const current = bridge.state.markdoneBlocks[id];
    if (need && current === undefined) {
      void this.run(
        id,
        () => bridge.blockMarkdone(id, cfg.warning),
        () => this.own.add(id),
      );
    } else if (!need && current !== undefined && (this.own.has(id) || current === cfg.warning)) {
      void this.run(
        id,
        () => bridge.unblockMarkdone(id),
        () => this.own.delete(id),
      );
    }
  }

  /** Mark done on the interaction is blocked by this element (or with its warning). */
  isOwn(id: string): boolean {
    const cfg = this.config();
    const current = cfg.bridge?.state.markdoneBlocks[id];
    return current !== undefined && (this.own.has(id) || current === cfg.warning);
  }

  private async run(id: string, request: () => Promise<void>, done: () => void): Promise<void> {
    // Called from the host's `updated()`: start after it, so the pending state is a new update.
    await Promise.resolve();
    const r = await this.requests.run(blockKey(id), request);
    // Not for an interaction gone meanwhile: its per-interaction state was dropped.
    if (r.ok && this.config().bridge?.interaction(id)) done();
  }
}
