/**
 * One handler per request of `REQUEST_NAMES` (src/bridge/api.ts): parameters in the seed's
 * signature order (PROTOCOL.md), result as the seed's samples show it. A handler throws a
 * `HostFailure` to answer with `errorMessage`.
 */
import type { RequestName } from '../bridge/api.js';
import { OUTBOUND_CALL_RESULT_LIST } from '../bridge/enums.js';
import { AGENT_STATES } from './data/agent-data.js';
import { queryOptions, contextualSections } from './config-options.js';
import { fail, HostFailure } from './host-errors.js';
import * as agent from './ops/agent.js';
import * as ix from './ops/interaction.js';
import * as misc from './ops/misc.js';
import * as outbound from './ops/outbound.js';
import * as record from './ops/outbound-record.js';
import * as system from './ops/system.js';
import * as voice from './ops/voice.js';
import type { SecurityPolicy } from './security.js';
import type { Workspace } from './workspace.js';

export interface CallContext {
  ws: Workspace;
  policy: SecurityPolicy;
  origin: string;
  clientId: number | null;
}

export type Handler = (ctx: CallContext, p: unknown[]) => unknown;

/** Runs a pure option query, turning its thrown text into a host failure. */
function options(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    if (e instanceof HostFailure) throw e;
    return fail(e instanceof Error ? e.message : String(e));
  }
}

export const HANDLERS: Record<RequestName, Handler> = {
  'agent.get': ({ ws }) => ws.agent,
  'agent.getState': ({ ws }) => agent.getState(ws),
  'agent.getStateList': () => structuredClone([...AGENT_STATES]),
  'agent.setState': ({ ws }, p) => agent.setAgentState(ws, p[0]),

  'configuration.getOption': ({ ws }, p) => options(() => queryOptions(ws.sections, p[0])),
  'configuration.getContextualOption': ({ ws }, p) => {
    const target = ws.require(p[1]);
    return options(() =>
      queryOptions(contextualSections(ws.sections, ws.transactions, target.userData), p[0]),
    );
  },

  'email.create': ({ ws }, p) => misc.createEmail(ws, p[0], p[1]),

  'interaction.completeConference': ({ ws }, p) => voice.completeConference(ws, p[0]),
  'interaction.completeTransfer': ({ ws }, p) => voice.completeTransfer(ws, p[0]),
  'interaction.consult': ({ ws }, p) => void voice.consult(ws, p[0], p[1], p[2]),
  'interaction.deleteUserData': ({ ws, policy }, p) => ix.deleteUserData(ws, policy, p[0], p[1]),
  'interaction.getByInteractionId': ({ ws }, p) => {
    const found = ws.find(p[0]);
    return found ? ws.snapshot(found) : null;
  },
  'interaction.getInteractions': ({ ws }) => ws.list(),
  'interaction.selectCaseByCaseId': ({ ws }, p) => ix.selectCase(ws, p[0]),
  'interaction.setUserData': ({ ws, policy }, p) => ix.setUserData(ws, policy, p[0], p[1]),
  'interaction.markdone': ({ ws }, p) => ix.markdone(ws, p[0]),
  'interaction.blockMarkdone': ({ ws }, p) => ix.blockMarkdone(ws, p[0], p[1]),
  'interaction.unblockMarkdone': ({ ws }, p) => ix.unblockMarkdone(ws, p[0]),
  'interaction.singleStepConference': ({ ws }, p) =>
    voice.singleStepConference(ws, p[0], p[1], p[2]),
  'interaction.singleStepTransfer': ({ ws }, p) => voice.singleStepTransfer(ws, p[0], p[1], p[2]),
  'interaction.accept': ({ ws }, p) => ix.accept(ws, p[0]),
  'interaction.reject': ({ ws }, p) => ix.reject(ws, p[0]),

  'media.getMediaList': ({ ws }) => agent.mediaList(ws),
  'media.getMediaByName': ({ ws }, p) => agent.mediaOf(ws, String(p[0])),
  'media.setState': ({ ws }, p) => agent.setMediaState(ws, p[0], p[1]),

  'system.amIVisible': ({ ws }) => ws.visible,
  'system.closeDialog': ({ ws }, p) => system.closeDialog(ws, p[0]),
  'system.closeToast': ({ ws }, p) => system.closeToast(ws, p[0]),
  'system.closeViewInApplicationMenuBar': ({ ws }, p) => system.closeView(ws, p[0]),
  'system.getAllowedServices': ({ policy, origin }) => policy.allowedServices(origin) ?? [],
  // Per frame: the asking frame's own state (frames.ts).
  'system.isFrameLeading': ({ ws, clientId }) => ws.frames.stateOf(clientId) === 'LEADING',
  'system.isFrameFollowing': ({ ws, clientId }) => ws.frames.stateOf(clientId) === 'FOLLOWING',
  'system.isFrameNegotiating': ({ ws, clientId }) => ws.frames.stateOf(clientId) === 'NEGOTIATING',
  'system.isFrameLeadingOrNegotiating': ({ ws, clientId }) =>
    ws.frames.stateOf(clientId) !== 'FOLLOWING',
  'system.isLastActiveFrame': ({ ws, clientId }) => ws.frames.isLastActive(clientId),
  'system.openDialog': ({ ws, clientId }, p) => system.openDialog(ws, p[0], p[1], clientId),
  'system.popupToast': ({ ws, clientId }, p) => system.popupToast(ws, p[0], clientId),
  'system.triggerActivity': ({ ws }) => void (ws.lastActivity = ws.clock.now()),
  'system.updateViewInApplicationMenuBar': ({ ws }, p) => system.updateView(ws, p[0]),
  'system.updateToast': ({ ws }, p) => system.updateToast(ws, p[0], p[1]),

  'voice.answer': ({ ws }, p) => voice.answer(ws, p[0]),
  'voice.dial': ({ ws }, p) => void voice.dial(ws, p[0], p[1]),
  'voice.dialEx': ({ ws }, p) => void voice.dial(ws, p[0], p[1]),
  'voice.hangUp': ({ ws }, p) => voice.hangUp(ws, p[0]),
  'voice.hold': ({ ws }, p) => voice.hold(ws, p[0]),
  'voice.resume': ({ ws }, p) => voice.resume(ws, p[0]),
  'voice.pauseCallRecording': ({ ws }, p) => voice.recording(ws, p[0], 'pause'),
  'voice.resumeCallRecording': ({ ws }, p) => voice.recording(ws, p[0], 'resume'),
  'voice.startCallRecording': ({ ws }, p) => voice.recording(ws, p[0], 'start'),
  'voice.stopCallRecording': ({ ws }, p) => voice.recording(ws, p[0], 'stop'),
  'voice.isMicrophoneMute': ({ ws }) => ws.microphoneMuted,
  'voice.muteMicrophone': ({ ws }) => void ((ws.microphoneMuted = true), ws.changed()),
  'voice.unmuteMicrophone': ({ ws }) => void ((ws.microphoneMuted = false), ws.changed()),
  'voice.isSpeakerMute': ({ ws }) => ws.speakerMuted,
  'voice.muteSpeaker': ({ ws }) => void ((ws.speakerMuted = true), ws.changed()),
  'voice.unmuteSpeaker': ({ ws }) => void ((ws.speakerMuted = false), ws.changed()),

  'outbound.getCampaigns': ({ ws }) => structuredClone(ws.campaigns),
  'outbound.getPreviewRecord': ({ ws }, p) => misc.getPreviewRecord(ws, p[0]),
  'outbound.callPreviewRecord': ({ ws }, p) => void outbound.callPreviewRecord(ws, p[0], p[1]),
  'outbound.rejectPreviewRecord': ({ ws }) => outbound.endPreview(ws, 'REJECTED'),
  'outbound.cancelPreviewRecord': ({ ws }) => outbound.endPreview(ws, 'CANCELED'),
  'outbound.startDirectPushPreview': ({ ws }) => void ((ws.directPushActive = true), ws.changed()),
  'outbound.stopDirectPushPreview': ({ ws }) => void ((ws.directPushActive = false), ws.changed()),
  // Exactly the seed's sample list (enums.ts).
  'outbound.getListOfCallResults': () => ({ ...OUTBOUND_CALL_RESULT_LIST }),
  'outbound.setCallResult': ({ ws }, p) => record.setCallResult(ws, p[0], p[1]),
  'outbound.getCallResult': ({ ws }, p) => record.getCallResult(ws, p[0]),
  'outbound.setDoNotCall': ({ ws }, p) => record.setDoNotCall(ws, p[0], true),
  'outbound.removeDoNotCall': ({ ws }, p) => record.setDoNotCall(ws, p[0], false),
  'outbound.rescheduleRecord': ({ ws }, p) => record.rescheduleRecord(ws, p[0], p[1], p[2], p[3]),
  'outbound.cancelReschedule': ({ ws }, p) => record.cancelReschedule(ws, p[0]),
  'outbound.getChainedRecords': ({ ws }, p) => record.getChainedRecords(ws, p[0]),
  'outbound.getRecordFields': ({ ws }, p) => record.getRecordFields(ws, p[0]),
  'outbound.updateRecordFields': ({ ws }, p) => record.updateRecordFields(ws, p[0], p[1]),

  'auth.getJwtToken': ({ ws }) => misc.getJwtToken(ws),
  'messenger.broadcastMessage': ({ ws }, p) => misc.broadcastMessage(ws, p[0], p[1]),
};

/** Requests that still answer while the real-time connection is down: local read-outs. */
export const LOCAL_REQUESTS: ReadonlySet<string> = new Set([
  'system.isFrameLeading',
  'system.isFrameFollowing',
  'system.isFrameNegotiating',
  'system.isFrameLeadingOrNegotiating',
  'system.isLastActiveFrame',
  'system.amIVisible',
]);
