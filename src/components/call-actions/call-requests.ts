/**
 * What `<call-actions>` sends for each action: the interaction it names (the `interactionId` of
 * `adk-call-action`) and the bridge calls. Pure: plans, no DOM; the element runs them through
 * its `RequestController`. Loaded with the first action (call-sender.ts); DTMF plans its own
 * requests (dtmf-controller.ts).
 */
import type { TargetQuery } from '../../bridge/api.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { CallContext } from '../../internal/call-status.js';
import type { CallAction } from './allowed-actions.js';
import type { TargetAction } from './call-actions.events.js';

export type Device = 'microphone' | 'speaker';
export type MuteState = Record<Device, boolean | null>;

/** One request: the interaction it is about, and how it is sent. */
export interface CallRequest {
  interactionId: string;
  send: (bridge: AgentBridge) => Promise<unknown>;
}

/**
 * The request for a toolbar action on the followed call (`ctx`), or null when there is nothing
 * to act on. `record` is the outbound record's interaction (cancelReschedule), `done` mark
 * done's target. DTMF, mute and the panel actions have their own plans.
 */
export function planCallAction(
  action: CallAction,
  ctx: CallContext,
  targets: { record?: string; done?: string } = {},
): CallRequest | null {
  const id = ctx.call?.interactionId;
  const consult = ctx.consult?.interactionId;
  const on = (interactionId: string | undefined, send: CallRequest['send']) =>
    interactionId ? { interactionId, send } : null;
  switch (action) {
    case 'hangUp':
      return on(id, (b) => b.hangUp(id!));
    case 'hold':
      return on(id, (b) => b.hold(id!));
    case 'resume':
      return on(id, (b) => b.resume(id!));
    case 'recordStart':
      return on(id, (b) => b.startRecording(id!));
    case 'recordStop':
      return on(id, (b) => b.stopRecording(id!));
    case 'recordPause':
      return on(id, (b) => b.pauseRecording(id!));
    case 'recordResume':
      return on(id, (b) => b.resumeRecording(id!));
    case 'completeTransfer':
      return on(consult, (b) => b.completeTransfer(consult!));
    case 'completeConference':
      return on(consult, (b) => b.completeConference(consult!));
    case 'endConsult': {
      // voice.hangUp(consultation), then voice.resume(main) if it was held.
      const wasHeld = ctx.call?.state === 'HELD';
      return on(consult, async (b) => {
        await b.hangUp(consult!);
        if (wasHeld && id) await b.resume(id);
      });
    }
    case 'cancelReschedule':
      return on(targets.record, (b) => b.request('outbound.cancelReschedule', targets.record!));
    case 'markDone':
      return on(targets.done, (b) => b.markDone(targets.done!));
    default:
      return null;
  }
}

const TARGET_METHODS = {
  transfer: 'singleStepTransfer',
  conference: 'singleStepConference',
  consult: 'consult',
} as const;

/** Transfer, conference or consult the call `callId` to `target`. */
export function planTargetAction(
  action: TargetAction,
  callId: string,
  target: TargetQuery,
): CallRequest {
  return { interactionId: callId, send: (b) => b[TARGET_METHODS[action]](callId, target) };
}

/** Reschedules the record `recordHandle` of interaction `id` (seed 003 `outbound.rescheduleRecord`). */
export function planRescheduleRequest(
  id: string,
  recordHandle: number,
  rescheduleDate: string,
  type: RescheduleType,
): CallRequest {
  return { interactionId: id, send: (b) => b.reschedule(id, recordHandle, rescheduleDate, type) };
}

/** The Service Client API method that flips `device`'s mute (seed 003 `voice.*`). */
export function muteMethod(device: Device, muted: boolean) {
  if (device === 'microphone') return muted ? 'voice.unmuteMicrophone' : 'voice.muteMicrophone';
  return muted ? 'voice.unmuteSpeaker' : 'voice.muteSpeaker';
}

/**
 * Flips `device`'s mute (`muted`: as last reported) during call `callId`; `read` reads both
 * states again after the answer, whatever it was (mute-controller.ts shows what is reported).
 */
export function planMuteToggle(
  device: Device,
  muted: boolean,
  callId: string,
  read: (bridge: AgentBridge) => Promise<void>,
): CallRequest {
  const method = muteMethod(device, muted);
  return {
    interactionId: callId,
    send: async (b) => {
      try {
        return await b.request(method);
      } finally {
        await read(b);
      }
    },
  };
}
