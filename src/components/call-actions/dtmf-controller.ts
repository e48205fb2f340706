/**
 * `<call-actions>`' DTMF digits: typed ones are queued per call and sent one batch at a time
 * (`DtmfQueue`), each batch as the call's whole history under the element's DTMF key (see
 * dtmf.ts). The queue's module is loaded with `import()` with the first digits (digits come from
 * the keypad, itself loaded when its panel opens), so a page that never uses the keypad never
 * downloads it. So does dtmf.ts (digits, the reported history): what the keypad shows is worked
 * out in the keypad's module (`keypadPanel`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { CallRequest } from './call-requests.js';
import type { DtmfQueue } from './dtmf-queue.js';

/** The user-data key DTMF digits go under unless the element's `dtmf-key` says otherwise. */
export const DEFAULT_DTMF_KEY = 'DTMF';

export interface DtmfHost {
  /** The followed call, if any. */
  call(): Interaction | undefined;
  /** The interaction `id` as the bridge has it now. */
  interaction(id: string): Interaction | undefined;
  /** The user-data key the digits go under. */
  key(): string;
  /** Sends one batch as the element's `dtmf` action; resolves with its success. */
  send(plan: CallRequest, digits: string): Promise<boolean>;
}

export class DtmfController {
  private queue?: DtmfQueue;
  private loading?: Promise<DtmfQueue>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly of: DtmfHost,
  ) {}

  /** What the keypad shows for `callId`: digits confirmed by this element, and on their way. */
  shown(callId: string | undefined): { confirmed: string; sending: string } {
    return this.queue?.shown(callId) ?? { confirmed: '', sending: '' };
  }

  /** Queues `digits` (typed on the followed call) and sends what waits, one batch at a time. */
  async send(digits = ''): Promise<void> {
    const call = this.of.call();
    if (digits && !call) return;
    const queue = this.queue ?? (await this.load());
    if (digits && call) queue.add(call.interactionId, digits);
    this.host.requestUpdate();
    const id = queue.callId;
    const now = this.of.interaction(id);
    const key = this.of.key();
    const batch = now && queue.takeReported(now.userData, key);
    if (!batch) return;
    const send = (b: AgentBridge) => b.setUserData(id, { [key]: batch.value });
    queue.settle(await this.of.send({ interactionId: id, send }, batch.digits));
    if (queue.queue) void this.send();
    else this.host.requestUpdate();
  }

  private load(): Promise<DtmfQueue> {
    this.loading ??= import('./dtmf-queue.js').then((m) => (this.queue = new m.DtmfQueue()));
    return this.loading;
  }
}
