/**
 * Outbound preview records and their calls, event for event as the seed's "Outbound preview
 * events" table lists them (eventType, state, callType, capabilities), for Pull Preview, Push
 * Preview and Direct Push Preview. The table's rows are data in `../outbound-table.ts`.
 *
 * Choices where the table is silent: the pull mode's call connects with the push mode's
 * ESTABLISHED row (TALKING, HANGUP + HOLD); RECORDS_RETRIEVED follows the PREVIEWING row (seed
 * "Chain of records events"); a rejected direct push invitation is REMOVED REJECTED like the
 * push mode's "Rejected" row; a rejected / canceled preview leaves with a plain REMOVED at mark
 * done. Preview interactions carry media `outboundpreview`; the calls are `voice`.
 */
import type { Interaction } from '../../bridge/api.js';
import type { Capability, CallType } from '../../bridge/enums.js';
import { fail, texts } from '../host-errors.js';
import {
  caseUidFor,
  seedChain,
  seedPreviewUserData,
  seedRecordFields,
} from '../data/outbound-data.js';
import type { OutboundMode, OutboundRecord, SimInteraction, Workspace } from '../workspace.js';
import { DIALING_CAPS, newVoice, scheduleConnect } from './voice.js';

export const PREVIEW_CAPS: Capability[] = ['CALL', 'PREVIEW_RECORD', 'CANCEL_RECORD'];
const CAMP_TYPES: Record<OutboundMode, string> = {
  pull: 'PreviewRecord',
  push: 'PushPreview',
  'direct-push': 'DirectPushPreview',
};

/** callType of the preview interaction once it is being previewed. */
function previewCallType(mode: OutboundMode): CallType {
  return mode === 'push' ? 'OUTBOUND_PUSH_PREVIEW' : 'OUTBOUND_PREVIEW';
}

/** A record arrives: pull → ADDED/PREVIEWING; push → ADDED/INVITED (OUTBOUND_PUSH); direct → ADDED/INVITED. */
export function offerRecord(
  ws: Workspace,
  mode: OutboundMode,
  campaign = 'Outbound Campaign Custom',
): SimInteraction {
  const n = ws.recordSets++;
  const chain = seedChain(n);
  const record: OutboundRecord = {
    mode,
    campaign,
    chain,
    fields: seedRecordFields(),
    callResult: null,
    doNotCall: false,
    hadCall: false,
    reschedule: null,
  };
  record.fields.find((f) => f.name === 'GSW_PHONE')!.value = String(chain[0].GSW_PHONE);
  const invited = mode !== 'pull';
  const ix: SimInteraction = {
    interactionId: ws.nextInteractionId(),
    caseId: caseUidFor(n),
    parentInteractionId: null,
    userData: seedPreviewUserData(chain, CAMP_TYPES[mode]),
    state: invited ? 'INVITED' : 'PREVIEWING',
    previousState: 'UNKNOWN',
    capabilities: invited
      ? mode === 'push'
        ? ['ACCEPT_PREVIEW', 'REJECT']
        : ['ACCEPT', 'REJECT']
      : [...PREVIEW_CAPS],
    parties: [{ name: String(chain[0].GSW_PHONE) }],
    startDate: null,
    endDate: null,
    callType: mode === 'push' ? 'OUTBOUND_PUSH' : 'OUTBOUND_PREVIEW',
    isMainCaseInteraction: true,
    media: 'outboundpreview',
    sim: { kind: 'preview', markdoneBlock: null, record },
  };
  ws.add(ix, invited ? 'INVITED' : 'PREVIEWING');
  if (!invited) recordsRetrieved(ws, ix);
  return ix;
}

/** RECORDS_RETRIEVED: the interaction with its whole chain (seed "Chain of records events"). */
export function recordsRetrieved(ws: Workspace, ix: SimInteraction): void {
  const chainedRecords = structuredClone(ix.sim.record!.chain);
  ws.emitInteraction('RECORDS_RETRIEVED', ix, { chainedRecords } as Partial<Interaction>);
}

/** Push / direct push "Accepted": PREVIEWING. */
export function acceptPushPreview(ws: Workspace, ix: SimInteraction): void {
  if (ix.state !== 'INVITED') fail(texts.cannotAccept(ix.state));
  ws.transition(ix, 'PREVIEWING', 'PREVIEWING', PREVIEW_CAPS, previewCallType(ix.sim.record!.mode));
  recordsRetrieved(ws, ix);
}

/** Push "Rejected": REMOVED REJECTED OUTBOUND_PUSH_PREVIEW. */
export function rejectPushPreview(ws: Workspace, ix: SimInteraction): void {
  if (ix.state !== 'INVITED') fail(texts.cannotReject(ix.state));
  ws.remove(ix, 'REJECTED', [], previewCallType(ix.sim.record!.mode));
}

/** The record being previewed (reject/cancelPreviewRecord take no id): the newest one. */
function currentPreview(ws: Workspace): SimInteraction {
  const previews = [...ws.interactions.values()].filter(
    (ix) => ix.sim.kind === 'preview' && ix.state === 'PREVIEWING',
  );
  return previews[previews.length - 1] ?? fail(texts.noPreviewRecord());
}

/** "Reject record" / "Cancel record": STATE_CHANGE REJECTED / CANCELED. */
export function endPreview(ws: Workspace, how: 'REJECTED' | 'CANCELED'): void {
  const ix = currentPreview(ws);
  const caps: Capability[] = ix.sim.record!.mode === 'push' ? [] : ['MARK_DONE'];
  ws.transition(ix, 'STATE_CHANGE', how, caps, previewCallType(ix.sim.record!.mode));
}

/** "Make call from preview": the call is a NEW interaction (seed `rescheduleRecord` note). */
export function callPreviewRecord(
  ws: Workspace,
  id: unknown,
  recordHandle: unknown,
): SimInteraction {
  const preview = ws.require(id);
  const record = preview.sim.record;
  if (preview.sim.kind !== 'preview' || !record) fail(texts.notOutbound(preview.interactionId));
  if (preview.state !== 'PREVIEWING') fail(texts.notPreviewing(preview.state));
  const chained = record.chain.find((r) => r.GSW_RECORD_HANDLE === Number(recordHandle));
  if (recordHandle === null || recordHandle === '' || !chained)
    fail(texts.recordNotInChain(recordHandle, preview.interactionId));
  const phone = String(chained.GSW_PHONE);
  const call = newVoice(
    ws,
    {
      state: 'DIALING',
      direction: 'OUT',
      callType: 'OUTBOUND',
      caseId: preview.caseId,
      dnis: phone,
      parties: [{ name: phone }],
      capabilities: DIALING_CAPS,
      userData: {
        ...preview.userData,
        GSW_RECORD_HANDLE: String(chained.GSW_RECORD_HANDLE),
        GSW_PHONE: phone,
      },
    },
    { record, previewId: preview.interactionId },
  );
  record.hadCall = true;
  if (record.mode === 'direct-push') {
    // The table's odd row: the preview is REMOVED (REJECTED, REJECT_RECORD, CANCEL_RECORD) first.
    ws.remove(preview, 'REJECTED', ['REJECT_RECORD', 'CANCEL_RECORD'], 'OUTBOUND_PREVIEW');
    call.sim.pendingPreview = preview;
  }
  ws.add(call, 'DIALING');
  if (record.mode === 'pull') ws.remove(preview, 'IDLE', [], 'OUTBOUND_PREVIEW');
  scheduleConnect(ws, call);
  return call;
}

/** Mark done of an outbound call: MARKDONE_APPLY, then REMOVED (push: the preview too). */
export function markDoneOutbound(ws: Workspace, call: SimInteraction): void {
  ws.transition(call, 'MARKDONE_APPLY', 'IDLE', ['MARK_DONE']);
  const preview = call.sim.previewId ? ws.find(call.sim.previewId) : undefined;
  if (preview && call.sim.record?.mode === 'push')
    ws.remove(preview, 'IDLE', [], 'OUTBOUND_PUSH_PREVIEW');
  ws.remove(call, 'IDLE', []);
}

export function requireOutbound(
  ws: Workspace,
  id: unknown,
): SimInteraction & { sim: { record: OutboundRecord } } {
  const ix = ws.require(id);
  if (!ix.sim.record) fail(texts.notOutbound(ix.interactionId));
  return ix as SimInteraction & { sim: { record: OutboundRecord } };
}

/** seed: "The interaction should have an active or completed call." */
export function requireCall(
  ws: Workspace,
  id: unknown,
): SimInteraction & { sim: { record: OutboundRecord } } {
  const ix = requireOutbound(ws, id);
  if (ix.sim.kind !== 'voice') fail(texts.noCall(ix.interactionId));
  return ix;
}
