/**
 * The outbound record `<call-actions>` reschedules, and its current reschedule as the workspace
 * reports it. Pure; what the element needs up front (the reschedule form's own planning is in
 * reschedule.ts, loaded with the form).
 */
import type { Interaction } from '../../bridge/api.js';
import type { OutboundKeys } from '../../bridge/models/keys.js';
import {
  readOutboundSchedule,
  type OutboundSchedule,
} from '../../bridge/models/outbound-schedule.js';

/**
 * Where a workspace reports a record's current reschedule in the interaction's user data. The
 * seed names none; `GSW_DATE_TIME` is the name Outbound Contact Server gives the field, and the
 * simulated workspace sets it (with `GSW_CALLBACK_TYPE`) on `rescheduleRecord`.
 */
export const RESCHEDULE_DATE_KEY = 'GSW_DATE_TIME';

export function reportedReschedule(
  userData: Readonly<Record<string, unknown>> | undefined,
): string | null {
  const v =
    userData && Object.prototype.hasOwnProperty.call(userData, RESCHEDULE_DATE_KEY)
      ? userData[RESCHEDULE_DATE_KEY]
      : undefined;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** An interaction and the schedule of the outbound record it carries. */
export interface RecordTarget {
  interaction: Interaction;
  record: OutboundSchedule & { recordHandle: number };
}

/**
 * The interaction whose outbound record a reschedule acts on: the call when its user data
 * carries the record (`GSW_RECORD_HANDLE`), else the previewed owner. `null` when neither does.
 * `saved`: the record fields the page knows for an interaction, shown over its user data.
 */
export function recordTarget(
  candidates: ReadonlyArray<Interaction | undefined>,
  keys?: Partial<OutboundKeys>,
  saved: (interactionId: string) => Readonly<Record<string, unknown>> | undefined = () => undefined,
): RecordTarget | null {
  for (const interaction of candidates) {
    if (!interaction || interaction.isConsultation) continue;
    // The record's fields this page read or saved (saved-record-fields.ts) over its user data.
    const fields = saved(interaction.interactionId);
    const record = readOutboundSchedule(
      fields ? { ...interaction.userData, ...fields } : interaction.userData,
      keys,
    );
    const recordHandle = record?.recordHandle ?? null;
    if (record && recordHandle !== null)
      return { interaction, record: { ...record, recordHandle } };
  }
  return null;
}
