/**
 * A callback interaction's user data (seed 002 "Callback Interaction" resource) as a typed view.
 * Times: see `parseInstant` for what is accepted. Nothing throws; unreadable fields are `null`
 * and listed in `problems`.
 */
import {
  CALL_RESULTS,
  CALLBACK_STATUSES,
  CALLBACK_TYPES,
  DESIRED_RESPONSE_TYPES,
  OUTBOUND_CALL_RESULT_LIST,
  type CallbackStatus,
  type CallbackType,
  type CallResult,
  type DesiredResponseType,
} from '../enums.js';
import { callbackKeys, type CallbackKeys } from './keys.js';
import { parseInstant } from './instant.js';
import { FieldReader, isBlank, isRecord, rawText, readCoded } from './read.js';

export interface CallbackInfo {
  /** `callback_type` name; `UNKNOWN` when absent or not a known type. */
  type: CallbackType;
  typeCode: number | null;
  status: CallbackStatus | null;
  statusCode: number | null;
  /** ISO 8601 UTC, e.g. `2021-03-17T14:42:39.000Z`. */
  startTime: string | null;
  endTime: string | null;
  /** The customer's phone number, VoIP address or email address, exactly as received. */
  customerNumber: string | null;
  attempts: number | null;
  callResult: CallResult | null;
  callResultCode: number | null;
  desiredResponseType: DesiredResponseType | null;
  dn: string | null;
  location: string | null;
  callbackServerId: string | null;
  customerId: string | null;
  /** Times that were present but unreadable, as received (stringified if not text). */
  raw: { startTime?: string; endTime?: string };
  /** `"<key>: <why>"` for each field present but unreadable. */
  problems: string[];
}

/** The keys that mark data as a callback's; `customer_id` is common to every interaction. */
const MARKERS: ReadonlyArray<keyof CallbackKeys> = [
  'callbackType',
  'callbackStatus',
  'startTime',
  'endTime',
  'customerNumber',
  'attempts',
  'callResult',
  'desiredResponseType',
  'dn',
  'location',
  'callbackServerId',
];

/** `null` when `userData` holds none of the callback keys (customer id alone is not enough). */
export function readCallbackInfo(
  userData: unknown,
  keys?: Partial<CallbackKeys>,
): CallbackInfo | null {
  if (!isRecord(userData)) return null;
  const k = callbackKeys(keys);
  const r = new FieldReader(userData);
  if (!MARKERS.some((m) => r.has(k[m]))) return null;

  const raw: CallbackInfo['raw'] = {};
  const time = (field: 'startTime' | 'endTime'): string | null => {
    const v = r.get(k[field]);
    if (isBlank(v)) return null;
    const parsed = parseInstant(v);
    if (parsed.ok) return parsed.iso;
    raw[field] = rawText(v);
    return r.problem(k[field], parsed.reason);
  };

  const type = readCoded(r, k.callbackType, CALLBACK_TYPES);
  const status = readCoded(r, k.callbackStatus, CALLBACK_STATUSES);
  const result = readCoded(r, k.callResult, CALL_RESULTS, OUTBOUND_CALL_RESULT_LIST);
  const response = r.text(k.desiredResponseType);
  const responseType =
    response === null
      ? null
      : (DESIRED_RESPONSE_TYPES.find((t) => t.toLowerCase() === response.trim().toLowerCase()) ??
        r.problem(k.desiredResponseType, `unknown response type "${response}"`));

  return {
    type: type?.name ?? 'UNKNOWN',
    typeCode: type?.code ?? null,
    status: status?.name ?? null,
    statusCode: status?.code ?? null,
    startTime: time('startTime'),
    endTime: time('endTime'),
    customerNumber: r.text(k.customerNumber),
    attempts: r.int(k.attempts, 0),
    callResult: result?.name ?? null,
    callResultCode: result?.code ?? null,
    desiredResponseType: responseType,
    dn: r.text(k.dn),
    location: r.text(k.location),
    callbackServerId: r.text(k.callbackServerId),
    customerId: r.text(k.customerId),
    raw,
    problems: r.problems,
  };
}
