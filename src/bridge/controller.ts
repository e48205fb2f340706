import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pruneInteractions } from './per-interaction.js';
import { deferToNextTask } from './render-batch.js';
import { bridgeContext } from './context.js';
import type { BridgeState, Change } from './state.js';
import type { AgentBridge } from './store.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface BridgeControllerOptions {
  /** Re-render only for changes this returns true for (default: every change). */
  filter?: (change: Change, state: BridgeState) => boolean;
  /** Called after the bridge changed and before the host re-renders. */
  onChange?: (state: BridgeState, change: Change) => void;
}

/**
 * Gives an element the page's bridge and re-renders it on every change the bridge reports.
 * Subscribes in `hostConnected`, unsubscribes in `hostDisconnected` and when the provided
 * bridge is swapped, so a removed element leaves no listener behind. Prunes the host's
 * per-interaction state (`per-interaction.ts`) after every REMOVED, every sync and
 * when it attaches.
 */
export class BridgeController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof bridgeContext, Host>;
  private subscribed: AgentBridge | undefined;
  private off: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly options: BridgeControllerOptions = {},
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: bridgeContext,
      subscribe: true,
      callback: () => this.attach(),
    });
  }

  /** The provided bridge, or undefined when the element has no `<agent-bridge>` above it. */
  get bridge(): AgentBridge | undefined {
    return this.consumer.value;
  }

  get state(): BridgeState | undefined {
    return this.consumer.value?.state;
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  private attach(): void {
    const bridge = this.connected ? this.consumer.value : undefined;
    if (bridge === this.subscribed) return;
    this.detach();
    if (!bridge) return;
    this.subscribed = bridge;
    this.prune(bridge.state);
    this.off = bridge.subscribe((state, change) => {
      if (change.eventType === 'REMOVED' || (change.kind === 'sync' && state.sync !== 'syncing'))
        this.prune(state);
      if (this.options.filter && !this.options.filter(change, state)) return;
      this.options.onChange?.(state, change);
      deferToNextTask(this.host); // one render for a burst of events (render-batch.ts)
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  /** Drops the host's per-interaction state for interactions the workspace no longer has. */
  private prune(state: BridgeState): void {
    pruneInteractions(this.host, (id) => state.interactions.has(id));
  }

  private detach(): void {
    this.off?.();
    this.off = undefined;
    this.subscribed = undefined;
  }
}
