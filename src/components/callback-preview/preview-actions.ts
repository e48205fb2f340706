/**
 * Where a callback is in its life, and which of `<callback-preview>`'s actions that allows.
 * Pure: from the callback interaction, its call, the connection and mark-done blocks to one
 * `Availability` per action. A disabled action carries a `reason` key of the catalogue
 * (`callbackPreview.reasons`) and, for a block, the workspace's warning text.
 *
 * The call of a callback (the voice callback itself, or a web callback's newest voice child)
 * comes from `resolveCall` (`src/internal/call-status.ts`, shared with `<call-actions>`), so both elements agree on it.
 *
 * Phases:
 * - `offered`: RINGING or INVITED (seed 001 "Accept / Reject"), or a voice callback in PREVIEW
 *   (Delayed, Agent Preview: accepting dials the contact).
 * - `previewing`: a web callback the agent accepted (ACCEPTED): Call / Done / Schedule (seed
 *   004 "Call Preview Actions"); also after its call ended ("Ready to Call").
 * - `dialing`, `talking`, `held`: the call (the voice callback itself, or the web callback's
 *   child call) is DIALING, TALKING or HELD.
 * - `released`: a voice callback whose call ended (IDLE): Done / Schedule.
 * - `ended`: anything else (COMPLETED, REVOKED…).
 *
 * Capabilities: when the workspace lists them in a state where the seed's table lists the
 * capability (`bridge/models/capabilities.ts`), Accept needs ACCEPT, Reject REJECT, Call CALL
 * and Done MARK_DONE. Elsewhere (a ringing voice call's accept…) and for Schedule, which has
 * no capability in the seed, the phase rule applies; once a voice callback's call ended,
 * Schedule needs a way that still works (`canScheduleNow`, see callback-requests.ts
 * `scheduleRoute`), else it is refused with `afterRelease`.
 */
import type { Interaction } from '../../bridge/api.js';
import type { Capability } from '../../bridge/enums.js';
import type { ConnectionState } from '../../bridge/state.js';
import { isWebCallback } from './callback-kind.js';
import { capabilityAllows } from '../../bridge/models/capabilities.js';
import type { Disabled } from '../../internal/disabled.js';

export const PREVIEW_PHASES = [
  'offered',
  'previewing',
  'dialing',
  'talking',
  'held',
  'released',
  'ended',
] as const;
export type PreviewPhase = (typeof PREVIEW_PHASES)[number];

export const PREVIEW_ACTIONS = ['accept', 'reject', 'call', 'done', 'schedule'] as const;
export type PreviewAction = (typeof PREVIEW_ACTIONS)[number];

export const PREVIEW_DISABLED_REASONS = [
  'disconnected',
  'pending',
  'capability',
  'markdoneBlocked',
  'callActive',
  'noNumber',
  'afterRelease',
] as const;
export type PreviewDisabledReason = (typeof PREVIEW_DISABLED_REASONS)[number];

export type Availability = { action: PreviewAction } & (
  { enabled: true } | ({ enabled: false } & Disabled<PreviewDisabledReason>)
);

export function previewPhase(main: Interaction, call: Interaction | undefined): PreviewPhase {
  switch (main.state) {
    case 'RINGING':
    case 'INVITED':
      return 'offered';
    case 'PREVIEW':
    case 'PREVIEWING':
      return isWebCallback(main) ? 'previewing' : 'offered';
  }
  if (call && call !== main) {
    if (call.state === 'DIALING') return 'dialing';
    if (call.state === 'TALKING') return 'talking';
    if (call.state === 'HELD') return 'held';
  }
  if (isWebCallback(main))
    return main.state === 'ACCEPTED' || main.state === 'PULLED' || main.state === 'CREATED'
      ? 'previewing'
      : 'ended';
  switch (main.state) {
    case 'DIALING':
      return 'dialing';
    case 'TALKING':
      return 'talking';
    case 'HELD':
      return 'held';
    case 'IDLE':
      return 'released';
    default:
      return 'ended';
  }
}

/** The actions a phase shows, in toolbar order. */
export const PHASE_ACTIONS: Readonly<Record<PreviewPhase, readonly PreviewAction[]>> = {
  offered: ['accept', 'reject'],
  previewing: ['call', 'done', 'schedule'],
  dialing: ['done', 'schedule'],
  talking: ['done', 'schedule'],
  held: ['done', 'schedule'],
  released: ['done', 'schedule'],
  ended: [],
};

const CAPABILITY: Partial<Record<PreviewAction, Capability>> = {
  accept: 'ACCEPT',
  reject: 'REJECT',
  call: 'CALL',
  done: 'MARK_DONE',
};

export interface PreviewActionInput {
  main: Interaction;
  phase: PreviewPhase;
  connection: ConnectionState;
  markdoneBlocks: Readonly<Record<string, string>>;
  /** The number `Call` dials (`customer_number`). */
  number: string | null;
  pending: ReadonlySet<PreviewAction>;
  /** Scheduling can work now (callback-requests.ts `scheduleRoute` is not null); default true. */
  canScheduleNow?: boolean;
}

export function previewActions(input: PreviewActionInput): Availability[] {
  const { main, phase } = input;
  return PHASE_ACTIONS[phase].map((action): Availability => {
    const no = (reason: PreviewDisabledReason, detail?: string): Availability => ({
      action,
      enabled: false,
      reason,
      ...(detail !== undefined ? { detail } : {}),
    });
    if (input.connection !== 'up') return no('disconnected');
    if (input.pending.has(action)) return no('pending');
    if (action === 'done' && (phase === 'dialing' || phase === 'talking' || phase === 'held'))
      return no('callActive');
    if (action === 'done' && input.markdoneBlocks[main.interactionId] !== undefined)
      return no('markdoneBlocked', input.markdoneBlocks[main.interactionId]);
    if (action === 'call' && !input.number) return no('noNumber');
    if (action === 'schedule' && input.canScheduleNow === false) return no('afterRelease');
    const needed = CAPABILITY[action];
    if (needed && !capabilityAllows(main, needed)) return no('capability', needed);
    return { action, enabled: true };
  });
}

/**
 * Whether Reject can carry a reason: seed 000's `DeclineCallback` (chain
 * InteractionCallbackDecline) takes `Reasons` for an open-media callback; a voice call's reject
 * takes none. The Service Client API's `interaction.reject` takes only the id, so the element
 * writes the reason as user data first (see the element's `reject-reason-key`).
 */
export const rejectTakesReason = (main: Pick<Interaction, 'media'>): boolean =>
  (main.media ?? 'voice') !== 'voice';

/** Seconds left before an unanswered offer is returned; `null` without a timeout. Never below 0. */
export function offerSecondsLeft(
  offeredAt: number,
  timeoutSeconds: number | null,
  now: number,
): number | null {
  if (timeoutSeconds === null || !(timeoutSeconds > 0) || !Number.isFinite(offeredAt)) return null;
  return Math.max(0, Math.ceil((offeredAt + timeoutSeconds * 1000 - now) / 1000));
}

/** A timeout in seconds from an attribute or an option value (`"30"`, `30`); `null` when unset, 0 or unreadable. */
export function parseTimeoutSeconds(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The configuration option that gives the offer timeout in seconds (our choice; see README). */
export const OFFER_TIMEOUT_OPTION = 'callback.offer-timeout';

/** The offer timeout: the element's `offer-timeout`, else the workspace's option; `null` when neither. */
export function offerTimeoutSeconds(
  attribute: unknown,
  options: Readonly<Record<string, unknown>> | undefined,
): number | null {
  return parseTimeoutSeconds(attribute) ?? parseTimeoutSeconds(options?.[OFFER_TIMEOUT_OPTION]);
}
