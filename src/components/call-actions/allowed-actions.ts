/**
 * Which of `<call-actions>`'s actions the workspace's state allows, and why not. Pure: from the
 * interactions (state, consultation, capabilities), the connection, mark-done blocks, the
 * reported mute states and the outbound record, to one `Allowance` per action. A disallowed
 * action carries a `reason` key of the catalogue (`callActions.reasons`) and its `detail`.
 *
 * Capabilities: when the workspace lists an interaction's `capabilities` in a state where the
 * seed's outbound preview table lists capabilities (`bridge/models/capabilities.ts`), End
 * (HANGUP), Hold (HOLD) and Mark done (MARK_DONE) also need theirs. The seed names no
 * capability for the other actions (resume, transfer…): their state rules apply alone.
 */
import type { Interaction } from '../../bridge/api.js';
import type { Capability } from '../../bridge/enums.js';
import type { ConnectionState } from '../../bridge/state.js';
import { capabilityAllows } from '../../bridge/models/capabilities.js';
import { isLive, type CallContext } from '../../internal/call-status.js';
import type { Disabled } from '../../internal/disabled.js';

export const CALL_ACTIONS = [
  'hangUp',
  'hold',
  'resume',
  'transfer',
  'conference',
  'consult',
  'completeTransfer',
  'completeConference',
  'endConsult',
  'dtmf',
  'recordStart',
  'recordStop',
  'recordPause',
  'recordResume',
  'microphone',
  'speaker',
  'reschedule',
  'cancelReschedule',
  'markDone',
] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];

export const DISABLED_REASONS = [
  'notConnected',
  'disconnected',
  'pending',
  'noCall',
  'ringing',
  'notLive',
  'notTalking',
  'notHeld',
  'capability',
  'consultActive',
  'noConsult',
  'consultNotReady',
  'recording',
  'muteNeedsCall',
  'noRecord',
  'noTimeZone',
  'notRescheduled',
  'markdoneBlocked',
  'callActive',
  'isConsultation',
] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

export type Allowance = { allowed: true } | ({ allowed: false } & Disabled<DisabledReason>);

export interface ActionInput {
  /** An `<agent-bridge>` provides a bridge. */
  bridge: boolean;
  connection: ConnectionState;
  context: CallContext;
  markdoneBlocks: Readonly<Record<string, string>>;
  /** The mute states the workspace reported (`voice.isMicrophoneMute` / `isSpeakerMute`); `null` = not known. */
  mute: { microphone: boolean | null; speaker: boolean | null };
  /** The outbound record of the call or its preview, when there is one. */
  record: { timeZone: boolean; rescheduled: boolean } | null;
  pending: ReadonlySet<CallAction>;
}

const ok: Allowance = { allowed: true };
const no = (reason: DisabledReason, detail?: string): Allowance => ({
  allowed: false,
  reason,
  ...(detail !== undefined ? { detail } : {}),
});

/** The capability an action needs when the interaction lists its capabilities. */
const CAPABILITY: Partial<Record<CallAction, Capability>> = {
  hangUp: 'HANGUP',
  hold: 'HOLD',
  markDone: 'MARK_DONE',
  endConsult: 'HANGUP',
};

function capability(ix: Interaction, action: CallAction): Allowance {
  const needed = CAPABILITY[action];
  return needed && !capabilityAllows(ix, needed) ? no('capability', needed) : ok;
}

/** The interaction that Mark done closes: the owner of a child call (web callback), else the call, else the previewed owner. */
export function markDoneTarget(ctx: CallContext): Interaction | undefined {
  if (
    ctx.call &&
    ctx.owner &&
    (ctx.call.parentInteraction ?? ctx.call.parentInteractionId) === ctx.owner.interactionId
  )
    return ctx.owner;
  return ctx.call ?? ctx.owner;
}

function callRule(
  action: CallAction,
  call: Interaction | undefined,
  consult: Interaction | undefined,
): Allowance {
  if (!call) return no('noCall');
  const state = call.state;
  if (state === 'RINGING' || state === 'INVITED') return no('ringing');
  switch (action) {
    case 'hangUp':
      return isLive(call) ? capability(call, action) : no('notLive', state);
    case 'hold':
      return state === 'TALKING' ? capability(call, action) : no('notTalking', state);
    case 'resume':
      return state === 'HELD' ? capability(call, action) : no('notHeld', state);
    case 'transfer':
    case 'conference':
    case 'consult':
      if (call.isConsultation) return no('isConsultation');
      if (state !== 'TALKING' && state !== 'HELD') return no('notLive', state);
      return consult && isLive(consult) ? no('consultActive') : ok;
    case 'dtmf':
      return state === 'TALKING' ? ok : no('notTalking', state);
    case 'completeTransfer':
    case 'completeConference':
      if (!consult || !isLive(consult)) return no('noConsult');
      return consult.state === 'DIALING' || consult.state === 'TALKING'
        ? ok
        : no('consultNotReady', consult.state);
    case 'endConsult':
      return consult && isLive(consult) ? capability(consult, action) : no('noConsult');
    default: {
      // Recording: a connected or held call, and the recording state the workspace reported.
      if (state !== 'TALKING' && state !== 'HELD') return no('notLive', state);
      const rec = call.recordingState ?? 'STOPPED';
      const from: Record<string, string[]> = {
        recordStart: ['STOPPED'],
        recordStop: ['RECORDING', 'PAUSED'],
        recordPause: ['RECORDING'],
        recordResume: ['PAUSED'],
      };
      return from[action].includes(rec) ? ok : no('recording', rec);
    }
  }
}

function markDoneRule(input: ActionInput): Allowance {
  const target = markDoneTarget(input.context);
  if (!target) return no('noCall');
  if (target.isConsultation) return no('isConsultation');
  const warning = input.markdoneBlocks[target.interactionId];
  if (warning !== undefined) return no('markdoneBlocked', warning);
  const call = input.context.call;
  if ((call && isLive(call)) || isLive(target)) return no('callActive');
  if (!capabilityAllows(target, 'MARK_DONE')) return no('capability', 'MARK_DONE');
  return target.state === 'RINGING' || target.state === 'INVITED' ? no('ringing') : ok;
}

function muteRule(input: ActionInput, device: 'microphone' | 'speaker'): Allowance {
  // Unmuting is always possible; muting only makes sense during a call.
  if (input.mute[device] === true) return ok;
  const call = input.context.call;
  return call && isLive(call) ? ok : no('muteNeedsCall');
}

function recordRule(input: ActionInput, action: 'reschedule' | 'cancelReschedule'): Allowance {
  if (!input.context.call && !input.context.owner) return no('noCall');
  if (input.context.call?.isConsultation) return no('isConsultation');
  if (!input.record) return no('noRecord');
  if (action === 'reschedule') return input.record.timeZone ? ok : no('noTimeZone');
  return input.record.rescheduled ? ok : no('notRescheduled');
}

export function allowedActions(input: ActionInput): Record<CallAction, Allowance> {
  const { call, consult } = input.context;
  const out = {} as Record<CallAction, Allowance>;
  for (const action of CALL_ACTIONS) {
    if (!input.bridge) out[action] = no('notConnected');
    else if (input.connection !== 'up') out[action] = no('disconnected', input.connection);
    else if (input.pending.has(action)) out[action] = no('pending');
    else if (action === 'markDone') out[action] = markDoneRule(input);
    else if (action === 'microphone' || action === 'speaker') out[action] = muteRule(input, action);
    else if (action === 'reschedule' || action === 'cancelReschedule')
      out[action] = recordRule(input, action);
    else out[action] = callRule(action, call, consult);
  }
  return out;
}
