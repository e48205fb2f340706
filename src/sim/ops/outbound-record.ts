/**
 * Record operations of the Outbound namespace: call result, Do Not Call, reschedule, chained
 * records, record fields (seed 003).
 *
 * Reschedule storage (our choice; the seed only says "set the schedule information on the
 * record"): the record and the interaction's user data get `GSW_DATE_TIME` (the date as given,
 * MM/DD/YYYY HH:MM in the record's time zone) and `GSW_CALLBACK_TYPE` (CAMPAIGN / PERSONAL),
 * the names OCS uses for a reschedule; ATTACHED_DATA_CHANGED reports it. cancelReschedule
 * removes both.
 */
import type { ChainedRecordsResult, RecordField } from '../../bridge/api.js';
import { OUTBOUND_CALL_RESULT_LIST, RESCHEDULE_TYPES, isOneOf } from '../../bridge/enums.js';
import { formatOffset, parseDateTime, toEpochMs } from '../datetime.js';
import { fail, texts } from '../host-errors.js';
import { validateRecordUpdate } from '../record-fields.js';
import type { Workspace } from '../workspace.js';
import { requireCall, requireOutbound } from './outbound.js';

const KNOWN_RESULTS = new Set(Object.values(OUTBOUND_CALL_RESULT_LIST));

/** `setCallResult`: a number string (the seed: "which must be a number") from the list. */
export function setCallResult(ws: Workspace, id: unknown, value: unknown): void {
  const ix = requireCall(ws, id);
  if (ix.sim.record.doNotCall) fail(texts.doNotCallSet(ix.interactionId));
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d+$/.test(text.trim())) fail(texts.callResultNumber(value));
  const n = Number(text);
  if (!KNOWN_RESULTS.has(n)) fail(texts.callResultUnknown(value));
  ix.sim.record.callResult = n;
  ws.changed();
}

export function getCallResult(ws: Workspace, id: unknown): number | null {
  return requireOutbound(ws, id).sim.record.callResult;
}

export function setDoNotCall(ws: Workspace, id: unknown, on: boolean): void {
  const ix = requireCall(ws, id);
  ix.sim.record.doNotCall = on;
  ws.changed();
}

function chainRecord(ws: Workspace, id: unknown, handle: unknown) {
  const ix = requireOutbound(ws, id);
  const record = ix.sim.record.chain.find((r) => r.GSW_RECORD_HANDLE === Number(handle));
  if (handle === null || handle === '' || !record)
    fail(texts.recordNotInChain(handle, ix.interactionId));
  return { ix, record };
}

/** `rescheduleRecord`: strict MM/DD/YYYY HH:MM in the record's zone (GSW_TZ_OFFSET), in the future. */
export function rescheduleRecord(
  ws: Workspace,
  id: unknown,
  handle: unknown,
  date: unknown,
  type: unknown,
): void {
  const { ix, record } = chainRecord(ws, id, handle);
  if (ix.sim.record.doNotCall) fail(texts.doNotCallSet(ix.interactionId));
  if (!isOneOf(RESCHEDULE_TYPES, type)) fail(texts.rescheduleType(type));
  const parsed = parseDateTime(date);
  if (!parsed) fail(texts.rescheduleDate(date));
  const offset = Number(record.GSW_TZ_OFFSET ?? 0);
  if (toEpochMs(parsed, offset) <= ws.clock.now()) {
    fail(
      texts.reschedulePast(
        date as string,
        `${String(record.GSW_TZ_NAME ?? 'UTC')}, ${formatOffset(offset)}`,
      ),
    );
  }
  record.GSW_DATE_TIME = date as string;
  record.GSW_CALLBACK_TYPE = type;
  ix.sim.record.reschedule = { handle: Number(handle), date: date as string, type };
  ix.userData.GSW_DATE_TIME = date as string;
  ix.userData.GSW_CALLBACK_TYPE = type;
  ws.emitInteraction('ATTACHED_DATA_CHANGED', ix);
}

export function cancelReschedule(ws: Workspace, id: unknown): void {
  const ix = requireOutbound(ws, id);
  const r = ix.sim.record.reschedule;
  if (!r) fail(texts.notRescheduled(ix.interactionId));
  const record = ix.sim.record.chain.find((c) => c.GSW_RECORD_HANDLE === r.handle);
  if (record) {
    delete record.GSW_DATE_TIME;
    delete record.GSW_CALLBACK_TYPE;
  }
  ix.sim.record.reschedule = null;
  delete ix.userData.GSW_DATE_TIME;
  delete ix.userData.GSW_CALLBACK_TYPE;
  ws.emitInteraction('ATTACHED_DATA_CHANGED', ix);
}

/** The seed's sample shape: `[{ records: [...] }]`. */
export function getChainedRecords(ws: Workspace, id: unknown): ChainedRecordsResult {
  return [{ records: structuredClone(requireOutbound(ws, id).sim.record.chain) }];
}

export function getRecordFields(ws: Workspace, id: unknown): RecordField[] {
  return structuredClone(requireOutbound(ws, id).sim.record.fields);
}

/** `updateRecordFields`: all-or-nothing; the values also land on the dialled chain record. */
export function updateRecordFields(ws: Workspace, id: unknown, data: unknown): void {
  const ix = requireOutbound(ws, id);
  const result = validateRecordUpdate(ix.sim.record.fields, data);
  if (!result.ok) fail(result.error);
  const handle = Number(ix.userData.GSW_RECORD_HANDLE);
  const chained =
    ix.sim.record.chain.find((r) => r.GSW_RECORD_HANDLE === handle) ?? ix.sim.record.chain[0];
  for (const [name, value] of Object.entries(result.values)) {
    ix.sim.record.fields.find((f) => f.name === name)!.value = value;
    chained[name] = value;
  }
  ws.changed();
}
