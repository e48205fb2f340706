/**
 * The record's chain (seed 003 "Chain of records events", `outbound.getChainedRecords`) and the
 * contact's clock: the numbers to try with their phone type, attempts and last result, each
 * with a Call action (`outbound.callPreviewRecord` with its `GSW_RECORD_HANDLE`), and the
 * contact's local time with the calling window (`GSW_FROM` / `GSW_UNTIL`) in the record's zone.
 *
 * The chain comes from the store (RECORDS_RETRIEVED fills `interaction.chainedRecords`); when
 * the store has none, `outbound.getChainedRecords` is asked once per interaction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import {
  callResultLabel,
  chainFromGetChainedRecords,
  formatTimeOfDay,
  readChainedRecords,
  type OutboundRecordInfo,
} from '../../bridge/models/index.js';
import type { AgentBridge } from '../../bridge/store.js';
import { errorReason } from '../../internal/requests.js';
import type { Zones } from '../../internal/time/time-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { phoneTypeName } from './phone-types.js';

export class ChainLoader {
  private id: string | null = null;
  private fetched: OutboundRecordInfo[] = [];
  /** The store's chain, read again only when the (immutable) interaction changed. */
  private storeOf:
    { interaction: Interaction | undefined; records: OutboundRecordInfo[] } | undefined;
  error: unknown;

  constructor(private readonly requestUpdate: () => void) {}

  /** The chain of `interaction`: the store's, else the one fetched for it. */
  records(
    bridge: AgentBridge | undefined,
    interaction: Interaction | undefined,
  ): OutboundRecordInfo[] {
    if (this.storeOf?.interaction !== interaction)
      this.storeOf = { interaction, records: readChainedRecords(interaction) };
    const fromStore = this.storeOf!.records;
    if (fromStore.length || !bridge || !interaction) return fromStore;
    const id = interaction.interactionId;
    if (id !== this.id) {
      this.id = id;
      this.fetched = [];
      this.error = undefined;
      bridge.request('outbound.getChainedRecords', id).then(
        (result) => {
          if (this.id === id) {
            this.fetched = chainFromGetChainedRecords(result);
            this.requestUpdate();
          }
        },
        (error: unknown) => {
          if (this.id === id) {
            this.error = error;
            this.requestUpdate();
          }
        },
      );
    }
    return this.fetched;
  }
}

export interface ChainView {
  records: OutboundRecordInfo[];
  currentHandle: number | null;
  /** The interaction can call a record now (capability CALL). */
  canCall: boolean;
  pendingHandle: number | null;
  error: unknown;
  /** The Call action's progress or failure, in words (a live region). */
  status: string;
  call(record: OutboundRecordInfo): void;
}

export function renderChain(
  view: ChainView,
  t: Messages['recordFields'],
  actions: Messages['actions'],
  callResults: Messages['callResults'],
): TemplateResult {
  const c = t.chain;
  const rows = view.records.filter((r) => r.phone !== null || r.recordHandle !== null);
  return html`<section part="chain" aria-labelledby="chain-title">
    <h3 id="chain-title">${c.title}</h3>
    ${view.error ? html`<p class="danger">${c.loadFailed(errorReason(view.error, actions))}</p>` : nothing}
    ${
      rows.length === 0
        ? html`<p class="hint">${c.none}</p>`
        : html`<table>
      <thead><tr><th scope="col">${c.phone}</th><th scope="col">${c.phoneType}</th><th scope="col">${c.attempts}</th>
        <th scope="col">${c.lastResult}</th>${view.canCall ? html`<th scope="col">${c.actions}</th>` : nothing}</tr></thead>
      <tbody>${rows.map((r) => {
        const phone = r.phone ?? c.unknown;
        const current = r.recordHandle !== null && r.recordHandle === view.currentHandle;
        const pending = view.pendingHandle !== null && view.pendingHandle === r.recordHandle;
        return html`<tr data-record-handle=${r.recordHandle ?? ''} ?data-current=${current}>
          <th scope="row">${phone}${current ? html` <span class="hint">${c.current}</span>` : nothing}</th>
          <td>${phoneTypeName(r.phoneType, t.phoneTypes) ?? c.unknown}</td>
          <td>${r.attempts ?? c.unknown}</td>
          <td>${r.callResult ? callResultLabel(r.callResult, callResults) : c.unknown}</td>
          ${
            view.canCall
              ? html`<td><button type="button" part="call" aria-label=${c.callLabel(phone)}
            aria-disabled=${pending || r.recordHandle === null ? 'true' : 'false'}
            @click=${() => {
              if (!pending && r.recordHandle !== null) view.call(r);
            }}>${c.call}</button></td>`
              : nothing
          }
        </tr>`;
      })}</tbody>
    </table>`
    }
    <p part="call-status" role="status">${view.status}</p>
  </section>`;
}

/** The contact's local time and calling window, in the record's zone (nothing until the zones module is loaded). */
export function renderClock(
  record: OutboundRecordInfo | null,
  zones: Zones | undefined,
  now: number,
  lang: string,
  t: Messages['recordFields'],
): TemplateResult {
  const c = t.clock;
  let body: TemplateResult;
  const zone = zones && record ? zones.contactZone(record, now) : null;
  if (!zones) body = html`<p class="hint">${c.loading}</p>`;
  else if (!zone || !record) body = html`<p class="hint">${c.unknownZone}</p>`;
  else {
    const hasWindow = record.from !== null || record.until !== null;
    const inside = zones.withinCallingWindow(now, zone, record.from, record.until);
    body = html`<p part="local-time">${c.localTime(zones.formatInZone(now, zone, lang, 'time'), zones.zoneName(zone, lang, now))}</p>
      ${
        hasWindow
          ? html`<p part="window" data-inside=${inside ? 'true' : 'false'}>
        ${c.window(formatTimeOfDay(record.from ?? 0), formatTimeOfDay(record.until ?? 86_399))} ·
        <strong class=${inside ? 'ok' : 'danger'}>${inside ? c.inside : c.outside}</strong></p>`
          : nothing
      }`;
  }
  return html`<section part="clock" aria-labelledby="clock-title"><h3 id="clock-title">${c.title}</h3>${body}</section>`;
}
