/**
 * The call log (issue 15): what a CRM writes as an activity when an interaction is marked done.
 * `observeTimeline` follows an interaction's states as the bridge reports them; `buildInteractionLog`
 * makes the record. Pure; no DOM; times are epoch ms given by the caller.
 *
 * Choices (the seeds have no "answered at" or hold time; see README "Choices"):
 * - kind: what the interaction was when first seen (user data added later does not change it);
 * - the moments its state changed: call-moments.ts (shared with the elements' live timers);
 * - start: the interaction's `startDate`, else when it was first seen;
 * - answer: when it was first seen TALKING; end: when it was first seen IDLE (released) after
 *   that, else its `endDate` (a page reloaded during after-call work), else at mark done. The
 *   durations come from this page's clock, never mixed with the workspace's but in that case;
 * - hold: the time spent HELD; talk: from answer to end, less hold; after-call work: from end to
 *   mark done. Durations in whole seconds.
 * - A call dialled from another interaction (a web callback's call: its `parentInteraction`) is
 *   logged as that interaction: its kind, case and contact, the call's own times.
 */
import type { Interaction, UserDataValue } from '../bridge/api.js';
import type { Direction, RecordingState } from '../bridge/enums.js';
import { toIsoInstant } from '../bridge/models/instant.js';
import { readOutboundRecord } from '../bridge/models/outbound-record.js';
import { observeMoments, type CallMoments } from './call-moments.js';
import { partyLabel, type PartyLabel } from './call-status.js';
import { interactionKind, type InteractionKind } from './screen-pop.js';

/** What was seen of an interaction over time: its kind, the moments its state changed, itself. */
export interface InteractionTimeline extends CallMoments {
  kind: InteractionKind;
  /** The first readable `startDate` the workspace reported. */
  startedAt: number | null;
  /** The interaction as last reported (the REMOVED event's own copy may carry less). */
  last: Interaction;
}

/** The timeline after the workspace reported `ix` at `now`. */
export function observeTimeline(
  prev: InteractionTimeline | undefined,
  ix: Interaction,
  now: number,
): InteractionTimeline {
  const kind = prev?.kind ?? interactionKind(ix);
  const startedAt = prev?.startedAt ?? (Date.parse(toIsoInstant(ix.startDate) ?? '') || null);
  return { ...observeMoments(prev, ix, now), startedAt, kind, last: ix };
}

export interface InteractionLogKeys {
  /** The disposition code's user-data key (the picker's `code-key`). */
  codeKey: string;
  /** The disposition note's user-data key. */
  noteKey: string;
  /** Where a callback's new scheduled time is written (`<callback-preview schedule-key>`). */
  scheduleKey: string;
}

export const DEFAULT_LOG_KEYS: InteractionLogKeys = {
  codeKey: 'DispositionCode',
  noteKey: 'DispositionNote',
  scheduleKey: 'CallbackScheduledTime',
};

export interface InteractionLogDetail {
  interactionId: string;
  caseId: string | null;
  kind: InteractionKind;
  /** The channel (`voice`, `webcallback`, `outboundpreview`…), when known. */
  media: string | null;
  direction: Direction | null;
  party: PartyLabel;
  /** ISO 8601 UTC. */
  start: string;
  answer: string | null;
  end: string | null;
  done: string;
  /** Whole seconds. */
  durations: { talk: number; hold: number; afterCallWork: number };
  disposition: { code: string | null; note: string | null };
  /** The outbound call result's name (`GSW_CALL_RESULT`, e.g. `Answer`). */
  callResult: string | null;
  /** The outbound record: its handle and campaign. */
  record: { handle: number | null; campaign: string | null } | null;
  /** A callback scheduled on this interaction: when (ISO UTC, or the record's own text) and its type. */
  callback: { scheduledFor: string; type: string | null } | null;
  recording: RecordingState | null;
}

const text = (v: UserDataValue | undefined): string | null =>
  typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** The log of an interaction marked done at `doneAt`. */
export function buildInteractionLog(
  timeline: InteractionTimeline,
  doneAt: number,
  keys: InteractionLogKeys = DEFAULT_LOG_KEYS,
  parent?: Interaction,
): InteractionLogDetail {
  const own = timeline.last;
  const ix: Interaction = parent
    ? {
        ...own,
        caseId: own.caseId ?? parent.caseId,
        contact: own.contact ?? parent.contact,
        userData: { ...parent.userData, ...own.userData },
      }
    : own;
  const ud = ix.userData ?? {};
  const start = timeline.startedAt ?? timeline.firstSeen;
  const answer = timeline.answeredAt;
  const end =
    answer === null
      ? null
      : (timeline.endedAt ?? (Date.parse(toIsoInstant(ix.endDate) ?? '') || doneAt));
  const hold =
    timeline.holdMs + (timeline.heldSince !== null ? (end ?? doneAt) - timeline.heldSince : 0);
  const record = readOutboundRecord(ud);
  const scheduled = toIsoInstant(ud[keys.scheduleKey]);
  const recordSchedule = text(ud.GSW_DATE_TIME);
  return {
    interactionId: ix.interactionId,
    caseId: ix.caseId ?? null,
    kind: parent ? interactionKind(parent) : timeline.kind,
    media: ix.media ?? null,
    direction: ix.direction ?? null,
    party: partyLabel(ix),
    start: iso(start)!,
    answer: iso(answer),
    end: iso(end),
    done: iso(doneAt)!,
    durations: {
      talk: answer !== null && end !== null ? seconds(end - answer - hold) : 0,
      hold: seconds(hold),
      afterCallWork: end !== null ? seconds(doneAt - end) : 0,
    },
    disposition: { code: text(ud[keys.codeKey]), note: text(ud[keys.noteKey]) },
    callResult: record?.callResult ?? null,
    record: record ? { handle: record.recordHandle, campaign: record.campaignName } : null,
    callback: scheduled
      ? { scheduledFor: scheduled, type: null }
      : recordSchedule
        ? { scheduledFor: recordSchedule, type: text(ud.GSW_CALLBACK_TYPE) }
        : null,
    recording: ix.recordingState ?? null,
  };
}
