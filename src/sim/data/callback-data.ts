/**
 * User data of the simulated callbacks and calls: seed 002's callback fields (`callback_type`
 * 1 ASAP / 2 SCHEDULED, `start_time` / `end_time` ISO UTC, `customer_number`, `attempts`,
 * `callback_status`, `desired_response_type`), case keys (`IW_CaseUid`, `IW_BundleUid`), case
 * data and IVR keys, and the contact's time zone.
 */
import type { UserData } from '../../bridge/api.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** A deterministic UUID-shaped id, so that tests can predict it. */
export function simUid(kind: number, n: number): string {
  return `${String(kind).padStart(8, '0')}-5e1d-4c0d-8a11-${String(n).padStart(12, '0')}`;
}

export interface CaseKeys {
  caseId: string;
  bundleId: string;
}

export function callbackUserData(
  kind: 'ASAP' | 'SCHEDULED',
  now: number,
  keys: CaseKeys,
): UserData {
  const start = kind === 'ASAP' ? now - 5 * 60_000 : now;
  return {
    callback_type: kind === 'ASAP' ? 1 : 2,
    callback_status: 5, // SUBMITTED_TO_AGT
    start_time: iso(start),
    end_time: iso(start + 2 * 3600_000),
    customer_number: '+14155550123',
    attempts: kind === 'ASAP' ? 0 : 1,
    desired_response_type: 'Voice',
    IW_CaseUid: keys.caseId,
    IW_BundleUid: keys.bundleId,
    CustomerName: 'Grace Hopper',
    AccountNumber: 'ACC-100482',
    IVR_Language: 'English',
    IVR_CallReason: kind === 'ASAP' ? 'Billing question' : 'Contract renewal',
    ContactTimeZone: 'America/Los_Angeles',
  };
}

export function webCallbackUserData(now: number, keys: CaseKeys): UserData {
  return {
    callback_type: 2,
    callback_status: 5,
    start_time: iso(now),
    end_time: iso(now + 3600_000),
    customer_number: '+442071838750',
    attempts: 0,
    desired_response_type: 'Voice',
    IW_CaseUid: keys.caseId,
    IW_BundleUid: keys.bundleId,
    CustomerName: 'Alan Turing',
    AccountNumber: 'ACC-200917',
    Subject: 'Please call me about my order',
    ContactTimeZone: 'Europe/London',
  };
}

export function inboundCallUserData(keys: CaseKeys): UserData {
  return {
    IW_CaseUid: keys.caseId,
    IW_BundleUid: keys.bundleId,
    CustomerName: 'Katherine Johnson',
    AccountNumber: 'ACC-300551',
    IVR_Language: 'English',
    IVR_CallReason: 'Technical support',
    ContactTimeZone: 'America/New_York',
  };
}
