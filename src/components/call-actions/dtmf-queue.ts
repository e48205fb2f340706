/**
 * The digits `<call-actions>` has to send on one call: typed ones wait while one batch is on its
 * way, then go together (each `setUserData` carries the whole history, see `dtmf.ts`). Pure: the
 * element sends what `take` gives and reports back with `settle`.
 */
import { appendDtmf, reportedDtmf } from './dtmf.js';

export class DtmfQueue {
  /** The call the digits are for; typing on another call starts afresh. */
  callId = '';
  /** Typed, not sent yet. */
  queue = '';
  /** On their way. */
  inFlight = '';
  /** The history the workspace accepted last, from this element. */
  confirmed: string | null = null;
  private sending = '';

  /** Digits typed on call `callId`. */
  add(callId: string, digits: string): void {
    if (this.callId !== callId) {
      this.callId = callId;
      this.queue = this.inFlight = '';
      this.confirmed = null;
    }
    this.queue += digits;
  }

  /** The next batch to send (`value`: the history to attach), or null while one is on its way or none waits. */
  take(reported: string): { digits: string; value: string } | null {
    if (this.inFlight || !this.queue) return null;
    const value = appendDtmf(this.confirmed ?? reported, this.queue);
    this.inFlight = this.queue;
    this.queue = '';
    this.sending = value;
    return { digits: this.inFlight, value };
  }

  /** `take`, from the history the workspace reports for the call (`userData[key]`, see dtmf.ts). */
  takeReported(
    userData: Readonly<Record<string, unknown>> | undefined,
    key: string,
  ): { digits: string; value: string } | null {
    return this.take(reportedDtmf(userData, key));
  }

  /** The batch's answer. A failure is shown; what was typed meanwhile is not sent blindly. */
  settle(ok: boolean): void {
    if (ok) this.confirmed = this.sending;
    else this.queue = '';
    this.inFlight = '';
  }

  /** What the keypad shows for `callId`: confirmed history and digits on their way. */
  shown(callId: string | undefined): { confirmed: string; sending: string } {
    return callId !== undefined && callId === this.callId
      ? { confirmed: this.confirmed ?? '', sending: this.inFlight + this.queue }
      : { confirmed: '', sending: '' };
  }
}
