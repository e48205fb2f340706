/**
 * `<callback-preview>`'s template, from a plain view of what the element knows
 * (`callback-preview.view-model.ts`) and a handlers object. Kept out of the element so that the
 * class holds behaviour only; every text comes from the catalogue.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import { callResultLabel } from '../../bridge/models/call-results.js';
import type { CallbackInfo } from '../../bridge/models/callback.js';
import type { CaseDataRow } from '../../bridge/models/case-data.js';
import type { BridgeState } from '../../bridge/state.js';
import type { Messages } from '../../i18n/messages.js';
import type { KeyLabel } from '../../internal/key-list.js';
import type { Zones } from '../../internal/time/time-controller.js';
import type { Zone } from '../../internal/time/zones.js';
import { formatDuration } from '../../internal/call-status.js';
import type { ScheduleSubmitDetail } from './callback-preview.events.js';
import {
  callbackTimes,
  caseKeys,
  type CallbackTruth,
  contactZoneOf,
  prefixedRows,
  readCaseData,
  type ZoneChoice,
} from './callback-details.js';
import type { CallbackKind } from './callback-kind.js';
import type { Availability, PreviewAction, PreviewPhase } from './preview-actions.js';
import { renderActions, renderForm } from './callback-actions.view.js';

type T = Messages['callbackPreview'];

export interface Resolved {
  main: Interaction;
  info: CallbackInfo | null;
  kind: CallbackKind;
  phase: PreviewPhase;
  state: BridgeState;
  number: string | null;
  /** Where the contact stands, and what the element saw: what its times may say. */
  truth: CallbackTruth;
}

/** What the schedule form is given: the entry zone, whether it is the contact's, the other zone, first values. */
export interface ScheduleFormView {
  zone: Zone;
  contactZone: boolean;
  otherZone: Zone | null;
  initial: { date: string; time: string };
}

export interface CallbackPreviewView {
  t: T;
  /** Call result names (the `callResults` section). */
  callResults: Messages['callResults'];
  lang: string;
  zones: Zones | undefined;
  zonesFailed: boolean;
  /** A number as the agent reads it (national or international form). */
  readable: (number: string) => string;
  now: number;
  /** A bridge is provided. */
  connected: boolean;
  /** Why nothing is shown (not connected, no callback…); null when a callback is. */
  empty: string | null;
  r?: Resolved;
  down?: boolean;
  secondsLeft?: number | null;
  actions?: Availability[];
  form?: 'reject' | 'schedule' | null;
  /** The schedule form's zones, while it is open and scheduling can work. */
  schedule?: ScheduleFormView | null;
  rejectReasons: KeyLabel[];
  caseDataKeys?: KeyLabel[];
  callbackDataKeys?: KeyLabel[];
  ivrKeyPrefix: string | null;
  zoneChoice: ZoneChoice;
  /** The polite status region and the assertive error region. */
  status: string;
  error: string;
}

export interface CallbackPreviewHandlers {
  action: (action: PreviewAction) => void;
  copy: (number: string) => void;
  /** Reject with the chosen reason key ('' = none). */
  reject: (reason: string) => void;
  closeForm: (form: 'reject' | 'schedule') => void;
  schedule: (detail: ScheduleSubmitDetail) => void;
  /** The current time (the schedule form's clock). */
  now: () => number;
}

type V = CallbackPreviewView;
type H = CallbackPreviewHandlers;

function renderOffer(
  t: T,
  secondsLeft: number | null | undefined,
): TemplateResult | typeof nothing {
  if (secondsLeft == null) return nothing;
  return html`<p part="countdown" role="timer" aria-live="off">${t.countdown(formatDuration(secondsLeft * 1000))}</p>`;
}

function renderTimes(v: V, r: Resolved): TemplateResult | typeof nothing {
  const t = v.t;
  if (!r.info?.startTime) return nothing;
  const z = v.zones;
  if (!z)
    return html`<dt>${t.fields.desiredTime}</dt><dd class="muted">${v.zonesFailed ? t.timesUnavailable : t.loadingTimes}</dd>`;
  const agent = z.agentZone(v.zoneChoice.agentTimeZone);
  const contact = contactZoneOf(z, r.main.userData, v.zoneChoice, v.now);
  const times = callbackTimes(z, r.info, agent, contact, v.lang, v.now, t, r.truth);
  return html`
    <dt>${t.fields.desiredTime}</dt>
    <dd part="times">
      <span>${t.yourTime(times.desiredAgent)}</span>
      ${times.desiredContact ? html`<span>${t.contactTime(times.desiredContact)}</span>` : nothing}
      <span class=${times.overdue ? 'overdue' : 'muted'}>${times.relative}</span>
    </dd>
    ${
      times.windowAgent
        ? html`<dt>${t.fields.window}</dt>
      <dd><span>${t.yourTime(times.windowAgent)}</span>${times.windowContact ? html`<span>${t.contactTime(times.windowContact)}</span>` : nothing}</dd>`
        : nothing
    }`;
}

const row = (label: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === ''
    ? nothing
    : html`<dt>${label}</dt><dd>${value}</dd>`;

function dataSection(title: string, rows: CaseDataRow[], id: string) {
  if (rows.length === 0) return nothing;
  return html`<section part="data" class="data" aria-labelledby=${id}>
    <h3 id=${id}>${title}</h3>
    <dl>${rows.map((r) => html`<dt>${r.label}</dt><dd>${r.value}</dd>`)}</dl>
  </section>`;
}

function renderDetails(v: V, h: H, r: Resolved): TemplateResult {
  const t = v.t;
  const info = r.info;
  // The attempts and last result are the callback's as it was offered: the workspace sends no
  // update after a call (seeds 002, 003), so once this call started they say "before this call".
  const before = r.truth.stage !== 'waiting';
  return html`
    <dl part="details">
      ${renderTimes(v, r)}
      ${
        r.number
          ? html`<dt>${t.fields.number}</dt><dd part="number">
        <span class="digits">${v.readable(r.number)}</span>
        <button part="copy" type="button" @click=${() => h.copy(r.number!)}>${t.copy}</button></dd>`
          : nothing
      }
      ${row(before ? t.fields.attemptsBefore : t.fields.attempts, info?.attempts)}
      ${row(t.fields.status, info?.status ? t.callbackStatus[info.status] : null)}
      ${row(before ? t.fields.lastResultBefore : t.fields.lastResult, info?.callResult ? callResultLabel(info.callResult, v.callResults) : null)}
      ${row(t.fields.responseType, info?.desiredResponseType)}
    </dl>
    ${renderActions(v, h, r)}`;
}

/**
 * The page's case information, callback information and IVR data: after the essentials (who,
 * when, the actions), folded under one disclosure the agent opens when needed (it stays open
 * from one callback to the next); beside them, in a second column, when the element is wide.
 */
function renderData(v: V, r: Resolved): TemplateResult | typeof nothing {
  const t = v.t;
  const ud = r.main.userData;
  const sections: Array<[string, CaseDataRow[], string]> = [
    [
      t.sections.caseInfo,
      readCaseData(ud, caseKeys(v.caseDataKeys, r.state.options['interaction.case-data.content'])),
      'case-info',
    ],
    [t.sections.callbackInfo, readCaseData(ud, v.callbackDataKeys ?? []), 'callback-info'],
    [t.sections.ivrData, prefixedRows(ud, v.ivrKeyPrefix), 'ivr-data'],
  ];
  const shown = sections.filter(([, rows]) => rows.length > 0);
  if (shown.length === 0) return nothing;
  return html`<details part="more-data" class="more">
    <summary>${t.sections.more(shown.map(([title]) => title))}</summary>
    ${shown.map(([title, rows, id]) => dataSection(title, rows, id))}
  </details>`;
}

export function renderCallbackPreview(v: V, h: H): TemplateResult {
  const t = v.t;
  const regions = html`<p part="message" role="status">${v.status}</p><p part="error" role="alert">${v.error}</p>`;
  if (!v.connected)
    return html`<section part="base" aria-label=${t.label}><p part="status">${v.empty}</p></section>`;
  const r = v.r;
  if (!r)
    return html`<section part="base" aria-label=${t.label}><p part="status">${v.empty}</p>${regions}</section>`;
  return html`
    <section part="base" aria-label=${t.label} data-phase=${r.phase} data-connection=${v.down ? 'down' : 'up'}>
      <h2 part="status" tabindex="-1">${t.kind(t.channel[r.kind.channel], t.mode[r.kind.mode])} · ${t.phase[r.phase]}</h2>
      ${v.down ? html`<p class="danger" role="alert">${t.connectionDown}</p>` : nothing}
      ${renderOffer(t, v.secondsLeft)}
      ${renderDetails(v, h, r)}
      ${renderForm(v, h, r)}
      ${regions}
      ${renderData(v, r)}
    </section>`;
}

/** Focus on `action`'s button, else the status line (the button went with its phase). */
export function focusAction(root: ParentNode, action: PreviewAction): void {
  const target =
    root.querySelector<HTMLElement>(`[data-action=${action}]`) ??
    root.querySelector<HTMLElement>('[part~=status]');
  target?.focus();
}
