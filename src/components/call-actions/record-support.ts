/**
 * What `<call-actions>` keeps up front of its outbound record support: whether the followed case
 * carries a record, and the loading of the rest (record-controller.ts: the record target, the
 * fields the page saved, the reschedule and its cancel) with `import()` the first time it does.
 * A page whose calls carry no record never downloads it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import type { OutboundKeys } from '../../bridge/models/keys.js';
import { RECORD_HANDLE_KEY } from '../../bridge/models/record-handle.js';
import { lazyModule } from '../../internal/lazy-module.js';
import type { RecordController, RecordHost } from './record-controller.js';

/**
 * `ix` is no consultation and its user data has the record handle's key (`GSW_RECORD_HANDLE`, or
 * the deployment's name for it in `keys`), whatever its value: record-target.ts reads it.
 */
export function carriesRecord(
  ix: Interaction | undefined,
  keys: Partial<OutboundKeys> | undefined,
): boolean {
  const key = keys?.recordHandle || RECORD_HANDLE_KEY;
  // Nothing of the bridge's readers (values.ts): they would come up front with it.
  const data: unknown = ix?.userData;
  return (
    !!ix && !ix.isConsultation && typeof data === 'object' && !!data && Object.hasOwn(data, key)
  );
}

/** record-controller.ts, loaded once per page (again after a failed load). */
const loadRecords = lazyModule(() => import('./record-controller.js'));

export class RecordSupport {
  /** The record controller, once a followed case carried a record. */
  controller: RecordController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly of: RecordHost,
  ) {}

  /**
   * For the host's `willUpdate`: reads the followed record (`candidates`: the call, its owner). A
   * record that came while the update waited for nothing (the state moved on) loads for the next.
   */
  follow(
    candidates: ReadonlyArray<Interaction | undefined>,
    keys: Partial<OutboundKeys> | undefined,
  ): void {
    this.controller?.follow(candidates, keys);
    void this.wanted(candidates, keys)?.then(() => this.controller && this.host.requestUpdate());
  }

  /**
   * Loads the record controller when one of `candidates` carries a record and it is not there
   * yet; resolves once it is (or failed to load: then without it, and the next call tries again).
   */
  wanted(
    candidates: ReadonlyArray<Interaction | undefined>,
    keys: Partial<OutboundKeys> | undefined,
  ): Promise<void> | undefined {
    if (this.controller || !candidates.some((ix) => carriesRecord(ix, keys))) return undefined;
    return loadRecords().then(
      (m) => void (this.controller ??= new m.RecordController(this.host, this.of)),
      () => undefined,
    );
  }
}
