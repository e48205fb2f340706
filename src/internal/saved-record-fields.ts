/**
 * The outbound record fields the workspace gave this page, per bridge and interaction: the values
 * of `outbound.getRecordFields` and those a successful `outbound.updateRecordFields` set. The
 * workspace sends no event after `updateRecordFields` (seed 003: the fields go to Outbound
 * Contact Server when the record is marked done), so what one element read or saved (the record
 * form) is shared here, and every element that shows the record (`<call-actions>`' calling
 * window) shows it at once, over the GSW_* user data the record was offered with.
 *
 * An element follows the store with `SavedRecordFieldsController` (re-rendered on each change
 * while connected). Entries go with their interaction: each write drops those the bridge no
 * longer holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgentBridge } from '../bridge/store.js';

export type RecordValues = Readonly<Record<string, unknown>>;

export class SavedRecordFields extends EventTarget {
  private readonly byId = new Map<string, RecordValues>();

  constructor(private readonly bridge: AgentBridge) {
    super();
  }

  /** The values known for the record of interaction `id`. */
  get(id: string | undefined): RecordValues | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The workspace gave or took `values` for the record of interaction `id`. */
  set(id: string, values: RecordValues): void {
    const live = this.bridge.state.interactions;
    for (const known of [...this.byId.keys()]) if (!live.has(known)) this.byId.delete(known);
    this.byId.set(id, { ...this.byId.get(id), ...values });
    this.dispatchEvent(new Event('change'));
  }

  /** How many interactions have values (tests). */
  get size(): number {
    return this.byId.size;
  }
}

const stores = new WeakMap<AgentBridge, SavedRecordFields>();

/** The bridge's store (created on first use; it goes with the bridge). */
export function savedRecordFields(bridge: AgentBridge): SavedRecordFields {
  let store = stores.get(bridge);
  if (!store) stores.set(bridge, (store = new SavedRecordFields(bridge)));
  return store;
}

/** Re-renders the host when the store of its bridge changes, while the host is connected. */
export class SavedRecordFieldsController implements ReactiveController {
  private store: SavedRecordFields | undefined;
  private readonly onChange = () => this.host.requestUpdate();
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bridge: () => AgentBridge | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The values known for interaction `id`'s record on the host's bridge; while the host is
   * connected, it follows the store. (An update that runs after removal reads without
   * listening: a listener added then would keep the removed element alive with the bridge.)
   */
  get(id: string | undefined): RecordValues | undefined {
    const bridge = this.bridge();
    const store = bridge ? savedRecordFields(bridge) : undefined;
    if (this.connected && store !== this.store) {
      this.store?.removeEventListener('change', this.onChange);
      store?.addEventListener('change', this.onChange);
      this.store = store;
    }
    return store?.get(id);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.store?.removeEventListener('change', this.onChange);
    this.store = undefined;
  }
}
