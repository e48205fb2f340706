/**
 * `<call-actions>`' DTMF digits: typed ones are queued per call and sent one batch at a time
 * (`DtmfQueue`), each batch as the call's whole history under the element's DTMF key (see
 * dtmf.ts). It comes with the keypad's module (loaded when its panel is first opened), one per
 * element (`dtmfOf`), so a page that never uses the keypad never downloads it; what the element
 * carries up front is its `DtmfHost` (dtmf-host.ts).
 */
import type { AgentBridge } from '../../bridge/store.js';
import type { DtmfHost } from './dtmf-host.js';
import { DtmfQueue } from './dtmf-queue.js';

export class DtmfController {
  private readonly queue = new DtmfQueue();

  constructor(private readonly of: DtmfHost) {}

  /** What the keypad shows for `callId`: digits confirmed by this element, and on their way. */
  shown(callId: string | undefined): { confirmed: string; sending: string } {
    return this.queue.shown(callId);
  }

  /** Queues `digits` (typed on the followed call) and sends what waits, one batch at a time. */
  async send(digits = ''): Promise<void> {
    const call = this.of.call();
    if (digits && !call) return;
    const queue = this.queue;
    if (digits && call) queue.add(call.interactionId, digits);
    this.of.requestUpdate();
    const id = queue.callId;
    const now = this.of.interaction(id);
    const key = this.of.key();
    const batch = now && queue.takeReported(now.userData, key);
    if (!batch) return;
    const send = (b: AgentBridge) => b.setUserData(id, { [key]: batch.value });
    queue.settle(await this.of.send({ interactionId: id, send }, batch.digits));
    if (queue.queue) void this.send();
    else this.of.requestUpdate();
  }
}

const controllers = new WeakMap<DtmfHost, DtmfController>();

/** The DTMF controller of the element `host` stands for (made on first use). */
export function dtmfOf(host: DtmfHost): DtmfController {
  let c = controllers.get(host);
  if (!c) controllers.set(host, (c = new DtmfController(host)));
  return c;
}
