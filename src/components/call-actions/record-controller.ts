/**
 * `<call-actions>`' outbound record: which record the followed case carries (record-target.ts,
 * over the fields the page saved: saved-record-fields.ts), its current reschedule, the reschedule
 * of its callback and its cancel. Loaded with `import()` the first time the followed case carries
 * a record (`carriesRecord`): a page whose calls have none never downloads it.
 *
 * Sends `outbound.rescheduleRecord` for the followed record (plan in call-requests.ts) and
 * remembers, per interaction, the reschedules done from this element until the workspace reports
 * them (the map is held in the host's interaction scope, so it goes with the interaction).
 *
 * The current reschedule (`MM/DD/YYYY HH:MM` in the record's zone) is worded in the kit's one
 * date-and-time format (`formatMoment`, in the contact's zone), the time-zone module being loaded
 * the first time a reschedule is shown (as received until then, or when it can't be read).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../bridge/api.js';
import type { RescheduleType } from '../../bridge/enums.js';
import type { OutboundKeys } from '../../bridge/models/keys.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import type { AgentBridge } from '../../bridge/store.js';
import { SavedRecordFieldsController } from '../../internal/saved-record-fields.js';
import { loadZones, type Zones } from '../../internal/time/load-zones.js';
import type { PlanOf } from './call-sender.js';
import { recordTarget, reportedReschedule, type RecordTarget } from './record-target.js';

export interface RecordHost {
  /** The element's bridge, if any (the fields the page saved are per bridge). */
  bridge(): AgentBridge | undefined;
  /** Sends the plan as the element's `reschedule` action; resolves with its success. */
  send(plan: PlanOf, rescheduleDate: string): Promise<boolean>;
  /** Closes the reschedule panel. */
  closePanel(): void;
  /** The element's clock (which offset the record's zone name stands for). */
  now(): number;
}

export class RecordController {
  /** The followed record, if any (`follow`). */
  record: RecordTarget | null = null;
  /** Reschedules done from this element, by interaction id (until the workspace reports them). */
  private readonly here: Map<string, string>;
  private readonly savedFields: SavedRecordFieldsController;
  private zones: Zones | undefined;
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly of: RecordHost,
  ) {
    this.here = interactionScope(host).hold(new Map<string, string>());
    this.savedFields = new SavedRecordFieldsController(host, () => of.bridge());
  }

  /** Reads the record of the first of `candidates` that carries one (the call, else its owner). */
  follow(candidates: ReadonlyArray<Interaction | undefined>, keys?: Partial<OutboundKeys>): void {
    this.record = recordTarget(candidates, keys, (id) => this.savedFields.get(id));
  }

  /** The followed record's current reschedule (`MM/DD/YYYY HH:MM`): reported, else done here. */
  get rescheduled(): string | null {
    const ix = this.record?.interaction;
    if (!ix) return null;
    return reportedReschedule(ix.userData) ?? this.here.get(ix.interactionId) ?? null;
  }

  /** Reschedules the followed record at `rescheduleDate` (`MM/DD/YYYY HH:MM`, record's zone). */
  async reschedule(rescheduleDate: string, type: RescheduleType): Promise<void> {
    const target = this.record;
    if (!target) return;
    const id = target.interaction.interactionId;
    const plan: PlanOf = (p) =>
      p.planRescheduleRequest(id, target.recordHandle, rescheduleDate, type);
    if (!(await this.of.send(plan, rescheduleDate))) return;
    this.here.set(id, rescheduleDate);
    this.of.closePanel();
  }

  /** The record `id`'s reschedule was cancelled: what this element did no longer stands. */
  cancelled(id: string): void {
    this.here.delete(id);
    this.host.requestUpdate();
  }

  /** The followed record's reschedule `text`, worded for `lang` in the contact's zone. */
  words(text: string, lang: string): string {
    const z = this.zones;
    if (!z) this.load();
    const record = this.record;
    const zone = z && record ? z.contactZone(record, this.of.now()) : null;
    const at = z && zone ? z.readRescheduleDate(text, zone) : null;
    return z && zone && at ? z.formatMoment(at, zone, lang) : text;
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    loadZones().then(
      (z) => {
        this.zones = z;
        this.host.requestUpdate();
      },
      () => (this.loading = false), // shown as received; the next render tries again
    );
  }
}
