/**
 * What `<callback-preview>` shows about a callback, as text: its times in the agent's and the
 * contact's zones with a relative form, and the user-data rows the page asked for. Pure (the
 * zones module is passed in, so luxon stays out of this module's imports).
 */
import type { UserData } from '../../bridge/api.js';
import type { CallbackInfo } from '../../bridge/models/callback.js';
import { displayValue, readCaseData, type CaseDataRow } from '../../bridge/models/case-data.js';
import { readOutboundRecord } from '../../bridge/models/outbound-record.js';
import type { Messages } from '../../i18n/messages.js';
import { keyLabel } from '../../internal/field-label.js';
import type { KeyLabel } from '../../internal/key-list.js';
import { callbackMoment, type ContactStage } from '../../internal/time/callback-moment.js';
import type { Zones } from '../../internal/time/time-controller.js';
import type { Zone } from '../../internal/time/zones.js';

type T = Messages['callbackPreview'];

export interface ZoneChoice {
  /** Time-zone name the page gives (`contact-time-zone`), an IANA name. */
  contactTimeZone?: string | null;
  /** User-data key holding the contact's IANA zone name (`contact-zone-key`). */
  contactZoneKey?: string | null;
  agentTimeZone?: string | null;
}

/**
 * The contact's zone, first found of: the page's `contact-time-zone`; the outbound record's
 * `GSW_TZ_NAME` / `GSW_TZ_OFFSET` (see zones.ts `contactZone`); the IANA name in user data
 * under `contact-zone-key`. `null` when none is known.
 */
export function contactZoneOf(
  z: Zones,
  userData: UserData,
  choice: ZoneChoice,
  now: number,
): Zone | null {
  const given = z.regionZone(choice.contactTimeZone);
  if (given) return given;
  const record = readOutboundRecord(userData);
  const fromRecord = record ? z.contactZone(record, now) : null;
  if (fromRecord) return fromRecord;
  const key = choice.contactZoneKey;
  const named = key ? userData[key] : undefined;
  return typeof named === 'string' ? z.regionZone(named.trim()) : null;
}

export interface CallbackTimes {
  /** Desired time (`start_time`) in the agent's zone, with the zone's name. */
  desiredAgent: string;
  /** …and in the contact's, when known and different. */
  desiredContact: string | null;
  /** "in 12 min", "3 min overdue", "now"; empty when there is no desired time. */
  relative: string;
  overdue: boolean;
  /** Window (`start_time` – `end_time`) in the agent's zone, and the contact's when different. */
  windowAgent: string;
  windowContact: string | null;
}

/** Where the contact stands and what the element saw (see `callbackMoment`); default: waiting. */
export interface CallbackTruth {
  stage: ContactStage;
  /** When the element first saw the call connected. */
  connectedAt?: number;
  /** The callback's new desired time (ISO), once the agent booked it again here. */
  booked?: string;
}

export function callbackTimes(
  z: Zones,
  info: Pick<CallbackInfo, 'startTime' | 'endTime'>,
  agent: Zone,
  contact: Zone | null,
  lang: string,
  now: number,
  t: T,
  truth: CallbackTruth = { stage: 'waiting' },
): CallbackTimes {
  // A booked callback is shown at its new time, without the old window.
  const startTime = truth.booked ?? info.startTime;
  const endTime = truth.booked ? null : info.endTime;
  const showContact = contact !== null && !z.sameOffset(agent, contact, startTime ?? now);
  const at = (iso: string | null, zone: Zone) => (iso ? z.formatMoment(iso, zone, lang) : '');
  const range = (zone: Zone) => {
    if (!startTime) return '';
    const from = z.formatInZone(startTime, zone, lang, 'dateTime');
    if (!endTime) return t.windowFrom(from);
    const sameDay =
      z.formatInZone(startTime, zone, lang, 'date') === z.formatInZone(endTime, zone, lang, 'date');
    return t.windowRange(
      from,
      z.formatInZone(endTime, zone, lang, sameDay ? 'timeZone' : 'dateTimeZone'),
    );
  };
  const moment = callbackMoment({
    stage: truth.stage,
    desired: startTime ? z.toMillis(startTime) : null,
    windowEnd: endTime ? z.toMillis(endTime) : null,
    connectedAt: truth.connectedAt,
    now,
  });
  const rel = 'at' in moment ? z.relativeTo(moment.at, now, lang) : null;
  const [text, amount] = rel && rel.when !== 'now' ? [rel.text, rel.amount] : ['', ''];
  let relative = '';
  if (moment.say === 'due') relative = moment.now ? t.now : text;
  else if (moment.say === 'overdue') {
    const late = t.overdue(amount);
    relative = moment.windowClosed ? `${late} · ${t.windowClosed}` : late;
  } else if (moment.say === 'calling') relative = t.calling;
  else if (moment.say === 'called') relative = t.called(z.formatMoment(moment.at, agent, lang));
  return {
    desiredAgent: at(startTime, agent),
    desiredContact: showContact ? at(startTime, contact) : null,
    relative,
    overdue: moment.say === 'overdue',
    windowAgent: range(agent),
    windowContact: showContact ? range(contact) : null,
  };
}

/** Rows of the keys that start with `prefix` (IVR-gathered data), labelled without the prefix. */
export function prefixedRows(userData: UserData, prefix: string | null | undefined): CaseDataRow[] {
  if (!prefix) return [];
  return Object.keys(userData)
    .filter((key) => key.startsWith(prefix) && key.length > prefix.length)
    .map((key) => ({
      key,
      label: keyLabel(key.slice(prefix.length)),
      value: displayValue(userData[key]),
    }))
    .filter((row) => row.value !== '');
}

/**
 * The case-information keys: the page's list, else the workspace's
 * `interaction.case-data.content` option (keys labelled by their humanised names).
 */
export function caseKeys(given: readonly KeyLabel[] | undefined, option: unknown): KeyLabel[] {
  if (given && given.length) return [...given];
  const list = Array.isArray(option)
    ? option
    : typeof option === 'string' && option.trim()
      ? option.split(',')
      : [];
  return list
    .map((k) => String(k).trim())
    .filter(Boolean)
    .map((key) => ({ key, label: keyLabel(key) }));
}

export { keyLabel, readCaseData };
