/**
 * What `<call-actions>`' keypad needs of the element, and the default DTMF key: all of DTMF that
 * the element carries up front. The digits' queue and sending (dtmf-controller.ts, dtmf-queue.ts)
 * come with the keypad's module, loaded when its panel is first opened.
 */
import type { Interaction } from '../../bridge/api.js';
import type { CallRequest } from './call-requests.js';

/** The user-data key DTMF digits go under unless the element's `dtmf-key` says otherwise. */
export const DEFAULT_DTMF_KEY = 'DTMF';

export interface DtmfHost {
  /** Asks the element to render again. */
  requestUpdate(): void;
  /** The followed call, if any. */
  call(): Interaction | undefined;
  /** The interaction `id` as the bridge has it now. */
  interaction(id: string): Interaction | undefined;
  /** The user-data key the digits go under. */
  key(): string;
  /** Sends one batch as the element's `dtmf` action; resolves with its success. */
  send(plan: CallRequest, digits: string): Promise<boolean>;
}
