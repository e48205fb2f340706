/**
 * `<call-actions>`' reschedule of an outbound record's callback and its cancel: sends
 * `outbound.rescheduleRecord` for the followed record (plan in call-requests.ts) and remembers,
 * per interaction, the reschedules done from this element until the workspace reports them (the
 * map is held in the host's interaction scope, so it goes with the interaction).
 *
 * The current reschedule (`MM/DD/YYYY HH:MM` in the record's zone) is worded in the kit's one
 * date-and-time format (`formatMoment`, in the contact's zone), the time-zone module being loaded
 * the first time a reschedule is shown (as received until then, or when it can't be read).
 */
import type { ReactiveControllerHost } from 'lit';
import type { RescheduleType } from '../../bridge/enums.js';
import { interactionScope } from '../../bridge/per-interaction.js';
import { loadZones, type Zones } from '../../internal/time/load-zones.js';
import type { PlanOf } from './call-sender.js';
import type { RecordTarget } from './record-target.js';

export interface RescheduleHost {
  /** The followed record, if any. */
  record(): RecordTarget | null;
  /** Sends the plan as the element's `reschedule` action; resolves with its success. */
  send(plan: PlanOf, rescheduleDate: string): Promise<boolean>;
  /** Closes the reschedule panel. */
  closePanel(): void;
  /** The element's clock (which offset the record's zone name stands for). */
  now(): number;
}

export class RescheduleController {
  /** Reschedules done from this element, by interaction id (until the workspace reports them). */
  readonly here: Map<string, string>;

  private zones: Zones | undefined;
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly of: RescheduleHost,
  ) {
    this.here = interactionScope(host).hold(new Map<string, string>());
  }

  /** Reschedules the followed record at `rescheduleDate` (`MM/DD/YYYY HH:MM`, record's zone). */
  async reschedule(rescheduleDate: string, type: RescheduleType): Promise<void> {
    const target = this.of.record();
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
    const record = this.of.record();
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
