/**
 * The user-data key names the normalisers read. Defaults are the seeds' names: seed 002
 * (Callback Interaction resource) for callbacks, seed 003 (RECORDS_RETRIEVED sample) for
 * outbound records. A deployment that renamed a key passes a `Partial<…>` override.
 */

import { RECORD_HANDLE_KEY } from './record-handle.js';

export interface CallbackKeys {
  callbackType: string;
  callbackStatus: string;
  startTime: string;
  endTime: string;
  customerNumber: string;
  attempts: string;
  callResult: string;
  desiredResponseType: string;
  dn: string;
  location: string;
  callbackServerId: string;
  /** A common interaction field (seed 002); alone it does not make data a callback. */
  customerId: string;
}

export const DEFAULT_CALLBACK_KEYS: Readonly<CallbackKeys> = Object.freeze({
  callbackType: 'callback_type',
  callbackStatus: 'callback_status',
  startTime: 'start_time',
  endTime: 'end_time',
  customerNumber: 'customer_number',
  attempts: 'attempts',
  callResult: 'call_result',
  desiredResponseType: 'desired_response_type',
  dn: 'dn',
  location: 'location',
  callbackServerId: 'callback_server_id',
  customerId: 'customer_id',
});

export interface OutboundKeys {
  phone: string;
  phoneType: string;
  attempts: string;
  callResult: string;
  tzName: string;
  tzOffset: string;
  from: string;
  until: string;
  recordHandle: string;
  campaignName: string;
  campaignGroupName: string;
  callingList: string;
  chainId: string;
  campType: string;
  userEvent: string;
}

/** The range of `GSW_TZ_OFFSET` (seconds east of UTC): at most 18 hours either way. */
export const MAX_TZ_OFFSET = 18 * 3600;

export const DEFAULT_OUTBOUND_KEYS: Readonly<OutboundKeys> = Object.freeze({
  phone: 'GSW_PHONE',
  phoneType: 'GSW_PHONE_TYPE',
  attempts: 'GSW_ATTEMPTS',
  callResult: 'GSW_CALL_RESULT',
  tzName: 'GSW_TZ_NAME',
  tzOffset: 'GSW_TZ_OFFSET',
  from: 'GSW_FROM',
  until: 'GSW_UNTIL',
  recordHandle: RECORD_HANDLE_KEY,
  campaignName: 'GSW_CAMPAIGN_NAME',
  campaignGroupName: 'GSW_CAMPAIGN_GROUP_NAME',
  callingList: 'GSW_CALLING_LIST',
  chainId: 'GSW_CHAIN_ID',
  campType: 'WWE_OUTBOUND_CAMP_TYPE',
  userEvent: 'GSW_USER_EVENT',
});

/** Defaults overlaid with the non-empty string overrides (a blank override keeps the default). */
function withOverrides<K extends object>(defaults: Readonly<K>, overrides?: Partial<K>): K {
  const keys = { ...defaults } as K;
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (name in defaults && typeof value === 'string' && value !== '')
      (keys as Record<string, string>)[name] = value;
  }
  return keys;
}

export const callbackKeys = (overrides?: Partial<CallbackKeys>): CallbackKeys =>
  withOverrides(DEFAULT_CALLBACK_KEYS, overrides);

export const outboundKeys = (overrides?: Partial<OutboundKeys>): OutboundKeys =>
  withOverrides(DEFAULT_OUTBOUND_KEYS, overrides);
