/**
 * `<callback-preview>`'s view model: from what the element knows (the bridge's state, the
 * callback it follows, requests, the open form, the zones module) to the plain
 * `CallbackPreviewView` its template renders. Pure.
 */
import type { Interaction } from '../../bridge/api.js';
import { readCallbackInfo } from '../../bridge/models/callback.js';
import type { CallbackKeys } from '../../bridge/models/keys.js';
import type { BridgeState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import { resolveCall } from '../../internal/call-status.js';
import type { KeyLabel } from '../../internal/key-list.js';
import type { OutcomeRegions } from '../../internal/requests.js';
import type { Zones } from '../../internal/time/time-controller.js';
import { contactZoneOf, type ZoneChoice } from './callback-details.js';
import { callbackKind } from './callback-kind.js';
import { contactStage, type CallbackLife } from './callback-life.js';
import { scheduleRoute } from './callback-requests.js';
import type { CallbackPreviewView, Resolved, ScheduleFormView } from './callback-preview.view.js';
import {
  offerSecondsLeft,
  previewActions,
  previewPhase,
  type PreviewAction,
} from './preview-actions.js';

export type OpenForm = 'reject' | 'schedule' | null;

export interface CallbackPreviewInput {
  t: Messages;
  lang: string;
  /** The bridge's state; undefined without a bridge. */
  state: BridgeState | undefined;
  /** The callback followed (a web callback's call already led to its web callback). */
  main: Interaction | undefined;
  now: number;
  zones: Zones | undefined;
  zonesFailed: boolean;
  /** A number as the agent reads it (libphonenumber-js, once loaded; as received until then). */
  readable: (number: string) => string;
  /** The element's settings (its properties). */
  options: {
    /** The `interaction-id` attribute. */
    interactionId: string | null;
    callbackKeys?: Partial<CallbackKeys>;
    rejectReasons?: KeyLabel[];
    caseDataKeys?: KeyLabel[];
    callbackDataKeys?: KeyLabel[];
    ivrKeyPrefix: string | null;
    scheduler: unknown;
  };
  /** What the element remembers of its callbacks (first sights, first kind, bookings). */
  life: Pick<CallbackLife, 'offeredSince' | 'connectedSince' | 'firstKind' | 'bookedAt'>;
  /** The offer timeout in seconds. */
  timeoutSeconds: number | null;
  /** Requests pending on `main`. */
  pending: readonly PreviewAction[];
  form: OpenForm;
  /** The two live regions' texts. */
  regions: OutcomeRegions;
  zoneChoice: ZoneChoice;
}

/** The schedule form's zones and first values for `main` (null until the zones module loaded). */
export function scheduleFormView(
  z: Zones | undefined,
  main: Interaction,
  startTime: number | string | null | undefined,
  zoneChoice: ZoneChoice,
  now: number,
): ScheduleFormView | null {
  if (!z) return null;
  const agent = z.agentZone(zoneChoice.agentTimeZone);
  const contact = contactZoneOf(z, main.userData, zoneChoice, now);
  const zone = contact ?? agent;
  const start = startTime != null && z.toMillis(startTime) > now ? startTime : now + 3600_000;
  return {
    zone,
    contactZone: contact !== null,
    otherZone: contact && !z.sameOffset(contact, agent, now) ? agent : null,
    initial: z.toInputValues(start, zone),
  };
}

export function callbackPreviewView(i: CallbackPreviewInput): CallbackPreviewView {
  const t = i.t.callbackPreview;
  const base = {
    t,
    callResults: i.t.callResults,
    lang: i.lang,
    zones: i.zones,
    zonesFailed: i.zonesFailed,
    readable: i.readable,
    now: i.now,
    caseDataKeys: i.options.caseDataKeys,
    callbackDataKeys: i.options.callbackDataKeys,
    ivrKeyPrefix: i.options.ivrKeyPrefix,
    zoneChoice: i.zoneChoice,
    rejectReasons: i.options.rejectReasons ?? [],
    status: i.regions.status,
    error: i.regions.error,
  };
  if (!i.state) return { ...base, empty: t.notConnected, connected: false };
  const main = i.main;
  const info = main ? readCallbackInfo(main.userData, i.options.callbackKeys) : null;
  const seen = main ? callbackKind(main, info, i.now) : null;
  const kind = main && seen ? i.life.firstKind(main.interactionId, seen) : null;
  if (!main || !kind) {
    const empty =
      i.options.interactionId && !main
        ? t.pinnedMissing(i.options.interactionId)
        : main
          ? t.notACallback
          : t.noCallback;
    return { ...base, empty, connected: true };
  }
  const state = i.state;
  const phase = previewPhase(main, resolveCall(state, main).call);
  const id = main.interactionId;
  const r: Resolved = {
    main,
    info,
    kind,
    phase,
    state,
    number: info?.customerNumber ?? null,
    truth: {
      stage: contactStage(phase),
      connectedAt: i.life.connectedSince(id),
      booked: i.life.bookedAt(id),
    },
  };
  const canScheduleNow = scheduleRoute(main, !!i.options.scheduler) !== null;
  const actions = previewActions({
    main,
    phase,
    connection: state.connection,
    markdoneBlocks: state.markdoneBlocks,
    number: r.number,
    pending: new Set(i.pending),
    canScheduleNow,
  });
  const scheduleOffered = actions.some((a) => a.action === 'schedule' && a.enabled);
  return {
    ...base,
    empty: null,
    connected: true,
    r,
    down: state.connection !== 'up',
    secondsLeft:
      phase === 'offered'
        ? offerSecondsLeft(i.life.offeredSince(id) ?? i.now, i.timeoutSeconds, i.now)
        : null,
    actions,
    form: i.form,
    // The form stays only while scheduling can work; else Schedule's reason says why.
    schedule:
      i.form === 'schedule' && scheduleOffered
        ? scheduleFormView(i.zones, main, info?.startTime, i.zoneChoice, i.now)
        : null,
  };
}
