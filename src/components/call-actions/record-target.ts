/**
 * The outbound record `<call-actions>` reschedules, and its current reschedule as the workspace
 * reports it. Pure; loaded with record-controller.ts when the followed case first carries a
 * record (`carriesRecord`, up front, only looks for the handle's key); the reschedule form's own
 * planning is in reschedule.ts, loaded with the form.
 */
import type { Interaction } from '../../bridge/api.js';
import { MAX_TZ_OFFSET, outboundKeys, type OutboundKeys } from '../../bridge/models/keys.js';
import type { OutboundTimeZone } from '../../bridge/models/outbound-schedule.js';
import { isBlank, isRecord, own, toInteger, toText } from '../../bridge/models/values.js';

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

/**
 * An interaction that carries an outbound record: its handle and its time zone (what the toolbar
 * and the reschedule line need). The reschedule form reads the whole schedule itself
 * (`readOutboundSchedule` with `keys`: the calling window too), in its own module.
 */
export interface RecordTarget {
  interaction: Interaction;
  /** What the record is read from: the interaction's user data, the fields the page saved over it. */
  data: Readonly<Record<string, unknown>>;
  /** `GSW_RECORD_HANDLE`. */
  recordHandle: number;
  /** `GSW_TZ_OFFSET` and `GSW_TZ_NAME`, as `readOutboundSchedule` gives them; `null` unless the offset is readable. */
  timeZone: OutboundTimeZone | null;
  /** The deployment's renamed keys, if any. */
  keys: Partial<OutboundKeys> | undefined;
}

/**
 * The interaction whose outbound record a reschedule acts on: the call when its user data
 * carries the record (a readable `GSW_RECORD_HANDLE`), else the previewed owner. `null` when
 * neither does. Reads the handle and the zone as `readOutboundSchedule` does (whole numbers,
 * the offset within ±18 h; the name as text), without the rest of the schedule.
 * `saved`: the record fields the page read or saved for an interaction (saved-record-fields.ts),
 * read over its user data.
 */
export function recordTarget(
  candidates: ReadonlyArray<Interaction | undefined>,
  keys?: Partial<OutboundKeys>,
  saved: (interactionId: string) => Readonly<Record<string, unknown>> | undefined = () => undefined,
): RecordTarget | null {
  const k = outboundKeys(keys);
  for (const interaction of candidates) {
    if (!interaction || interaction.isConsultation || !isRecord(interaction.userData)) continue;
    const fields = saved(interaction.interactionId);
    const data = fields ? { ...interaction.userData, ...fields } : interaction.userData;
    const recordHandle = toInteger(own(data, k.recordHandle));
    if (recordHandle === null) continue;
    const offset = toInteger(own(data, k.tzOffset));
    const name = own(data, k.tzName);
    const timeZone =
      offset !== null && Math.abs(offset) <= MAX_TZ_OFFSET
        ? { name: isBlank(name) ? null : toText(name), offsetSeconds: offset }
        : null;
    return { interaction, data, recordHandle, timeZone, keys };
  }
  return null;
}
