/**
 * An outbound record (the GSW_* fields of seed 003's RECORDS_RETRIEVED and `getChainedRecords`
 * samples), read from an interaction's userData (numbers as strings) or a chained record
 * (numbers as numbers). Nothing throws; unreadable fields are `null` and listed in `problems`.
 */
import type { ChainedRecordsResult, Interaction, RecordField } from '../api.js';
import { CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST, PHONE_TYPES, type CallResult } from '../enums.js';
import type { OutboundKeys } from './keys.js';
import { outboundReader, readSchedule, type OutboundSchedule } from './outbound-schedule.js';
import { isRecord, readCoded, type Source } from './read.js';

export {
  parseTimeOfDay,
  formatTimeOfDay,
  readOutboundSchedule,
  type OutboundSchedule,
  type OutboundTimeZone,
} from './outbound-schedule.js';

export interface OutboundRecordInfo extends OutboundSchedule {
  phone: string | null;
  phoneType: number | null;
  /** From PHONE_TYPES (`1` → `Home Phone`). */
  phoneTypeLabel: string | null;
  attempts: number | null;
  callResult: CallResult | null;
  callResultCode: number | null;
  campaignName: string | null;
  campaignGroupName: string | null;
  callingList: string | null;
  chainId: number | null;
  /** `WWE_OUTBOUND_CAMP_TYPE`, e.g. `PreviewRecord`. */
  campaignType: string | null;
  /** `GSW_USER_EVENT`, e.g. `PreviewRecord`, `ChainedRecord`. */
  userEvent: string | null;
  problems: string[];
}

/** `null` when the source holds none of the outbound keys. */
export function readOutboundRecord(
  source: unknown,
  keys?: Partial<OutboundKeys>,
): OutboundRecordInfo | null {
  const found = outboundReader(source, keys);
  if (!found) return null;
  const { r, k } = found;
  const phoneType = readCoded(r, k.phoneType, PHONE_TYPES);
  const result = readCoded(r, k.callResult, CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST);
  const phone = r.text(k.phone);
  const attempts = r.int(k.attempts, 0);
  const { timeZone, from, until, recordHandle } = readSchedule(r, k);
  return {
    phone,
    phoneType: phoneType?.code ?? null,
    phoneTypeLabel: phoneType?.name ?? null,
    attempts,
    callResult: result?.name ?? null,
    callResultCode: result?.code ?? null,
    timeZone,
    from,
    until,
    recordHandle,
    campaignName: r.text(k.campaignName),
    campaignGroupName: r.text(k.campaignGroupName),
    callingList: r.text(k.callingList),
    chainId: r.int(k.chainId),
    campaignType: r.text(k.campType),
    userEvent: r.text(k.userEvent),
    problems: r.problems,
  };
}

/**
 * The record as the workspace holds it now: the interaction's GSW_* user data (what it carried
 * when it was offered) overlaid with the record's fields (`outbound.getRecordFields`, which each
 * successful `updateRecordFields` changes), so a saved `GSW_FROM` / `GSW_UNTIL` / `GSW_ATTEMPTS`
 * / `GSW_CALL_RESULT` shows at once. Fields without a value leave the user data's.
 */
export function recordAsSaved(
  userData: unknown,
  fields: readonly Pick<RecordField, 'name' | 'value'>[],
  keys?: Partial<OutboundKeys>,
): OutboundRecordInfo | null {
  const saved: Record<string, unknown> = {};
  for (const f of fields) if (f.value !== undefined && f.value !== null) saved[f.name] = f.value;
  return readOutboundRecord(isRecord(userData) ? { ...userData, ...saved } : null, keys);
}

const readAll = (records: unknown, keys?: Partial<OutboundKeys>): OutboundRecordInfo[] =>
  (Array.isArray(records) ? records : [])
    .map((record) => readOutboundRecord(record, keys))
    .filter((info): info is OutboundRecordInfo => info !== null);

/** The chain an interaction carries after RECORDS_RETRIEVED (`interaction.chainedRecords`), in order. */
export function readChainedRecords(
  interaction: Pick<Interaction, 'chainedRecords'> | null | undefined,
  keys?: Partial<OutboundKeys>,
): OutboundRecordInfo[] {
  return isRecord(interaction) ? readAll((interaction as Source).chainedRecords, keys) : [];
}

/** The records of an `outbound.getChainedRecords` answer (`[{ records: [...] }, …]`), flattened in order. */
export function chainFromGetChainedRecords(
  result: ChainedRecordsResult | unknown,
  keys?: Partial<OutboundKeys>,
): OutboundRecordInfo[] {
  if (!Array.isArray(result)) return [];
  return result.flatMap((group) => (isRecord(group) ? readAll(group.records, keys) : []));
}
