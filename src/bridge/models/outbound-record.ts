/**
 * An outbound record (the GSW_* fields of seed 003's RECORDS_RETRIEVED and `getChainedRecords`
 * samples), read from an interaction's userData (numbers as strings) or a chained record
 * (numbers as numbers). Nothing throws; unreadable fields are `null` and listed in `problems`.
 */
import type { ChainedRecordsResult, Interaction, RecordField } from '../api.js';
import { CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST, PHONE_TYPES, type CallResult } from '../enums.js';
import { outboundKeys, type OutboundKeys } from './keys.js';
import { FieldReader, isBlank, isRecord, show, type Source } from './read.js';

export interface OutboundTimeZone {
  /** `GSW_TZ_NAME`, e.g. `ACT`; `null` when only the offset is given. */
  name: string | null;
  /** `GSW_TZ_OFFSET`: seconds east of UTC (ACT: 34200 = +09:30). */
  offsetSeconds: number;
}

export interface OutboundRecordInfo {
  phone: string | null;
  phoneType: number | null;
  /** From PHONE_TYPES (`1` → `Home Phone`). */
  phoneTypeLabel: string | null;
  attempts: number | null;
  callResult: CallResult | null;
  callResultCode: number | null;
  /** `null` unless the offset is readable. */
  timeZone: OutboundTimeZone | null;
  /** Calling window in seconds of the record's day (`GSW_FROM` 0 … `GSW_UNTIL` 86399). */
  from: number | null;
  until: number | null;
  recordHandle: number | null;
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

const MAX_OFFSET = 18 * 3600;
const DAY = 86400;

/**
 * Seconds of day from a number or digit string (`0`, `"86399"`), or from the `HH:MM` / `HH.MM`
 * strings that `updateRecordFields` sends for GSW_FROM / GSW_UNTIL (`'23:45'`, `'10.15'`).
 * `null` when unreadable.
 */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) value = Number(value);
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= DAY ? value : null;
  const m = typeof value === 'string' ? /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value) : null;
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return (h < 24 && min < 60) || (h === 24 && min === 0) ? h * 3600 + min * 60 : null;
}

/** `34200` → `09:30`, `86399` → `23:59` (seconds dropped); `''` for `null`. */
export function formatTimeOfDay(seconds: number | null | undefined): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '';
  const minutes = Math.floor(Math.max(0, Math.min(seconds, DAY)) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `null` when the source holds none of the outbound keys. */
export function readOutboundRecord(
  source: unknown,
  keys?: Partial<OutboundKeys>,
): OutboundRecordInfo | null {
  if (!isRecord(source)) return null;
  const k = outboundKeys(keys);
  const r = new FieldReader(source);
  if (!Object.values(k).some((key) => r.has(key))) return null;

  const windowEdge = (key: string): number | null => {
    const v = r.get(key);
    if (isBlank(v)) return null;
    return parseTimeOfDay(v) ?? r.problem(key, `expected seconds of day or HH:MM, got ${show(v)}`);
  };
  const phoneType = r.coded(k.phoneType, PHONE_TYPES);
  const result = r.coded(k.callResult, CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST);
  const offset = r.int(k.tzOffset, -MAX_OFFSET, MAX_OFFSET);
  const tzName = r.text(k.tzName);
  if (offset === null && tzName !== null && !r.has(k.tzOffset))
    r.problem(k.tzOffset, `missing for time zone ${tzName}`);

  return {
    phone: r.text(k.phone),
    phoneType: phoneType?.code ?? null,
    phoneTypeLabel: phoneType?.name ?? null,
    attempts: r.int(k.attempts, 0),
    callResult: result?.name ?? null,
    callResultCode: result?.code ?? null,
    timeZone: offset === null ? null : { name: tzName, offsetSeconds: offset },
    from: windowEdge(k.from),
    until: windowEdge(k.until),
    recordHandle: r.int(k.recordHandle),
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
