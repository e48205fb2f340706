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
import { isWebCallback } from './callback-kind.js';

/** One request: the interaction it is about, and how it is sent. */
export interface CallbackRequest {
  interactionId: string;
  send: (bridge: AgentBridge) => Promise<unknown>;
}

export interface CallbackActionInput {
  /** The callback (a web callback, or the voice callback itself). */
  main: Interaction;
  /** `customer_number`: what Call dials. */
  number: string | null;
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
      const number = input.number;
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
  zones: Pick<Zones, 'toRescheduleDate' | 'contactZone'>;
  main: Interaction;
  /** The chosen instant. */
  at: DateTime;
  /** The zone it was entered in, and whether that is the contact's. */
  zone: Zone;
  contactZone: boolean;
  scheduler?: CallbackScheduler | null;
  /** The user-data key the time is written to (`schedule-key`). */
  scheduleKey: string;
  now: number;
}

export type SchedulePlan =
  | (CallbackRequest & { ok: true; route: ScheduleRoute; detail: ScheduleRequestDetail })
  | { ok: false; reason: 'afterRelease'; detail: ScheduleRequestDetail };

/** The schedule form's request: its `adk-schedule-request` detail and how it is sent. */
export function planScheduleRequest(input: ScheduleInput): SchedulePlan {
  const { zones: z, main, at, scheduler } = input;
  const id = main.interactionId;
  const iso = at.toUTC().toISO() ?? '';
  const detail: ScheduleRequestDetail = {
    interactionId: id,
    at: iso,
    date: z.toRescheduleDate(at, input.zone),
    zone: input.zone.name,
    contactZone: input.contactZone,
  };
  const route = scheduleRoute(main, !!scheduler);
  if (route === null) return { ok: false, reason: 'afterRelease', detail };
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
        : (b) => b.setUserData(id, { [input.scheduleKey]: iso });
  return { ok: true, interactionId: id, route, detail, send };
}
