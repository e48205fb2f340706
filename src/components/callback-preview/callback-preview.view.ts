/**
 * `<callback-preview>`'s templates for the callback's details, data sections and actions. Kept
 * out of the element so that the class holds behaviour only; every text comes from the catalogue.
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
import { formatDuration } from '../../internal/call-status.js';
import {
  callbackTimes,
  caseKeys,
  contactZoneOf,
  prefixedRows,
  readCaseData,
  type ZoneChoice,
} from './callback-details.js';
import { readableNumber, type CallbackKind } from './callback-kind.js';
import {
  previewActions,
  type Availability,
  type PreviewAction,
  type PreviewPhase,
} from './preview-actions.js';

type T = Messages['callbackPreview'];

export interface Resolved {
  main: Interaction;
  info: CallbackInfo | null;
  kind: CallbackKind;
  phase: PreviewPhase;
  state: BridgeState;
  number: string | null;
}

export interface ViewHost {
  view: {
    t: T;
    /** Call result names (the `callResults` section). */
    callResults: Messages['callResults'];
    lang: string;
    zones: Zones | undefined;
    zonesFailed: boolean;
    now: number;
    pending: ReadonlySet<PreviewAction>;
    caseDataKeys?: KeyLabel[];
    callbackDataKeys?: KeyLabel[];
    ivrKeyPrefix: string | null;
    zoneChoice: ZoneChoice;
    onAction: (action: PreviewAction, r: Resolved) => void;
    onCopy: (number: string) => void;
  };
}

export function renderOffer(t: T, secondsLeft: number | null): TemplateResult | typeof nothing {
  if (secondsLeft === null) return nothing;
  return html`<p part="countdown" role="timer" aria-live="off">${t.countdown(formatDuration(secondsLeft * 1000))}</p>`;
}

function renderTimes(host: ViewHost, r: Resolved): TemplateResult | typeof nothing {
  const v = host.view;
  const t = v.t;
  if (!r.info?.startTime) return nothing;
  const z = v.zones;
  if (!z)
    return html`<dt>${t.fields.desiredTime}</dt><dd class="muted">${v.zonesFailed ? t.timesUnavailable : t.loadingTimes}</dd>`;
  const agent = z.agentZone(v.zoneChoice.agentTimeZone);
  const contact = contactZoneOf(z, r.main.userData, v.zoneChoice, v.now);
  const times = callbackTimes(z, r.info, agent, contact, v.lang, v.now, t);
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

export function renderDetails(host: ViewHost, r: Resolved): TemplateResult {
  const v = host.view;
  const t = v.t;
  const info = r.info;
  return html`
    <dl part="details">
      ${renderTimes(host, r)}
      ${
        r.number
          ? html`<dt>${t.fields.number}</dt><dd part="number">
        <span class="digits">${readableNumber(r.number)}</span>
        <button part="copy" type="button" @click=${() => v.onCopy(r.number!)}>${t.copy}</button></dd>`
          : nothing
      }
      ${row(t.fields.attempts, info?.attempts)}
      ${row(t.fields.status, info?.status)}
      ${row(t.fields.lastResult, info?.callResult ? callResultLabel(info.callResult, v.callResults) : null)}
      ${row(t.fields.responseType, info?.desiredResponseType)}
    </dl>
    ${renderActions(host, r)}`;
}

/** The page's case information, callback information and IVR data. */
export function renderData(host: ViewHost, r: Resolved): TemplateResult {
  const v = host.view;
  const t = v.t;
  const ud = r.main.userData;
  return html`
    ${dataSection(t.sections.caseInfo, readCaseData(ud, caseKeys(v.caseDataKeys, r.state.options['interaction.case-data.content'])), 'case-info')}
    ${dataSection(t.sections.callbackInfo, readCaseData(ud, v.callbackDataKeys ?? []), 'callback-info')}
    ${dataSection(t.sections.ivrData, prefixedRows(ud, v.ivrKeyPrefix), 'ivr-data')}`;
}

function reasonText(t: T, a: Availability): string {
  if (a.enabled) return '';
  switch (a.reason) {
    case 'capability':
      return t.reasons.capability(a.detail ?? '');
    case 'markdoneBlocked':
      return t.reasons.markdoneBlocked(a.detail ?? '');
    default:
      return t.reasons[a.reason];
  }
}

const PRIMARY: ReadonlySet<PreviewAction> = new Set(['accept', 'call']);

function renderActions(host: ViewHost, r: Resolved) {
  const v = host.view;
  const t = v.t;
  const list = previewActions({
    main: r.main,
    phase: r.phase,
    connection: r.state.connection,
    markdoneBlocks: r.state.markdoneBlocks,
    number: r.number,
    pending: v.pending,
  });
  if (list.length === 0) return nothing;
  const label = (a: PreviewAction) =>
    a === 'accept' && r.kind.mode === 'delayed-preview' ? t.actions.acceptAndCall : t.actions[a];
  return html`<div part="actions" role="group" aria-label=${t.actionsLabel}>
    ${list.map((a) => {
      const why = reasonText(t, a);
      return html`<button type="button" part="action action-${a.action}" data-action=${a.action} class=${PRIMARY.has(a.action) ? 'primary' : ''}
        aria-disabled=${a.enabled ? 'false' : 'true'} title=${why || nothing} aria-describedby=${why ? `why-${a.action}` : nothing}
        @click=${() => {
          if (a.enabled) v.onAction(a.action, r);
        }}>${label(a.action)}</button>
        ${why ? html`<span id="why-${a.action}" class="visually-hidden">${why}</span>` : nothing}`;
    })}
  </div>`;
}
