/**
 * What `<callback-preview>` sends for each request: the interaction it names and the bridge
 * calls. Pure: plans, no DOM (the zones module is passed in); the element runs them through its
 * `RequestController`. One plan per request: `planCallbackAction` (Accept, Reject, Call, Done)
 * and `planScheduleRequest` (the schedule form's request).
 *
 * Scheduling a callback (seed 003): the Service Client API has no reschedule for a Genesys
 * callback. An outbound record is rescheduled with `outbound.rescheduleRecord` (in the record's
 * zone, PERSONAL), which works in any state; any other callback gets the time as user data
 * (`interaction.setUserData`), which the workspace refuses once the voice call is IDLE ("for
 * voice, this means the interaction is not in the IDLE state"). So without a page scheduler,
 * such a callback can be scheduled only while its call is live. A page's `scheduler` (e.g. one
 * that calls the deployment's callback service) replaces both, in every state.
 */
import type { Interaction, UserData } from '../../bridge/api.js';
import { readCallbackInfo } from '../../bridge/models/callback.js';
import type { CallbackKeys } from '../../bridge/models/keys.js';
import {
  readOutboundRecord,
  type OutboundRecordInfo,
} from '../../bridge/models/outbound-record.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { Zones } from '../../internal/time/time-controller.js';
import type { DateTime, Zone } from '../../internal/time/zones.js';
import type {
  CallbackAction,
  CallbackScheduler,
  ScheduleRequestDetail,
} from './callback-preview.events.js';
import { contactZoneOf, type ZoneChoice } from './callback-details.js';
import { isWebCallback } from './callback-kind.js';

/** One request: the interaction it is about, and how it is sent. */
export interface CallbackRequest {
  interactionId: string;
  send: (bridge: AgentBridge) => Promise<unknown>;
}

export interface CallbackActionInput {
  /** The callback (a web callback, or the voice callback itself). */
  main: Interaction;
  /** Renamed seed 002 keys (Call dials `customer_number`). */
  callbackKeys?: Partial<CallbackKeys>;
  /** Reject: a reason key, written under `reasonKey` before `interaction.reject`. */
  reason?: string;
  reasonKey?: string;
}

/** The request for Accept, Reject, Call or Done on `main`; null when it can't be made (Call without a number). */
export function planCallbackAction(
  action: CallbackAction,
  input: CallbackActionInput,
): CallbackRequest | null {
  const id = input.main.interactionId;
  switch (action) {
    case 'accept':
      return { interactionId: id, send: (b) => b.accept(id) };
    case 'reject': {
      const { reason, reasonKey } = input;
      return {
        interactionId: id,
        send: async (b) => {
          if (reason && reasonKey) await b.setUserData(id, { [reasonKey]: reason });
          await b.reject(id);
        },
      };
    }
    case 'call': {
      const number = readCallbackInfo(input.main.userData, input.callbackKeys)?.customerNumber;
      if (!number) return null;
      // The web callback's call carries its id (seed 004: the call is linked to its preview).
      return {
        interactionId: id,
        send: (b) => b.dial(number, { IW_WebcallbackInteractionId: id }),
      };
    }
    case 'done':
      return { interactionId: id, send: (b) => b.markDone(id) };
  }
}

/** The outbound record that carries the callback, when it can be rescheduled (a handle and a zone). */
export function reschedulableRecord(
  userData: UserData,
): (OutboundRecordInfo & { recordHandle: number }) | null {
  const record = readOutboundRecord(userData);
  return record?.recordHandle != null && record.timeZone
    ? { ...record, recordHandle: record.recordHandle }
    : null;
}

/** How a schedule request is sent: the page's scheduler, the outbound record, or user data. */
export type ScheduleRoute = 'scheduler' | 'record' | 'userData';

/**
 * How the callback `main` would be scheduled now, or `null` when it can't be: a voice callback
 * whose call ended (IDLE), without a page scheduler or an outbound record (see the module
 * comment).
 */
export function scheduleRoute(
  main: Pick<Interaction, 'state' | 'media' | 'userData'>,
  hasScheduler: boolean,
): ScheduleRoute | null {
  if (hasScheduler) return 'scheduler';
  if (reschedulableRecord(main.userData)) return 'record';
  if (!isWebCallback(main) && main.state === 'IDLE') return null;
  return 'userData';
}

export interface ScheduleInput {
  zones: Zones;
  main: Interaction;
  /** The chosen instant. */
  at: DateTime;
  /**
   * The element's settings: how the entry zone is chosen (the contact's when known, else the
   * agent's), the page's scheduler, the user-data key the time is written to (`schedule-key`).
   */
  options: ZoneChoice & { scheduler?: CallbackScheduler | null; scheduleKey: string };
  now: number;
}

/** A plan also says the zone the instant was entered in (`zone`), to word it back. */
type Planned = { detail: ScheduleRequestDetail; zone: Zone };
export type SchedulePlan =
  | (CallbackRequest & Planned & { ok: true; route: ScheduleRoute })
  | (Planned & { ok: false; reason: 'afterRelease' });

/** The schedule form's request: its `adk-schedule-request` detail and how it is sent. */
export function planScheduleRequest(input: ScheduleInput): SchedulePlan {
  const { zones: z, main, at, options } = input;
  const scheduler = options.scheduler;
  const id = main.interactionId;
  const iso = at.toUTC().toISO() ?? '';
  const contact = contactZoneOf(z, main.userData, options, input.now);
  const zone = contact ?? z.agentZone(options.agentTimeZone);
  const detail: ScheduleRequestDetail = {
    interactionId: id,
    at: iso,
    date: z.toRescheduleDate(at, zone),
    zone: zone.name,
    contactZone: contact !== null,
  };
  const route = scheduleRoute(main, !!scheduler);
  if (route === null) return { ok: false, reason: 'afterRelease', detail, zone };
  const record = reschedulableRecord(main.userData);
  const send: CallbackRequest['send'] =
    route === 'scheduler'
      ? async () => scheduler!(detail)
      : route === 'record'
        ? (b) =>
            b.reschedule(
              id,
              record!.recordHandle,
              z.toRescheduleDate(at, z.contactZone(record, input.now)!),
              'PERSONAL',
            )
        : (b) => b.setUserData(id, { [options.scheduleKey]: iso });
  return { ok: true, interactionId: id, route, detail, zone, send };
}
