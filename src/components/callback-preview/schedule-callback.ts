/**
 * `<callback-preview>`'s schedule request, from the form's instant to what the element says:
 * planned (`planScheduleRequest`, callback-requests.ts), sent through the element's outcomes
 * (`adk-schedule-request`, cancelable, before; `adk-schedule-request-result` after), booked in
 * the callback's life (its times count from the booking then), and said back in the zone it was
 * entered in, in the element's language when rendered.
 */
import type { AgentBridge } from '../../bridge/store.js';
import type { CallbackLife } from './callback-life.js';
import type { CallbackOutcomes } from './callback-outcomes.js';
import { planScheduleRequest, type ScheduleInput } from './callback-requests.js';

export interface ScheduleRun extends ScheduleInput {
  bridge: AgentBridge;
  outcomes: CallbackOutcomes;
  life: CallbackLife;
}

/** Schedules the callback; resolves with false when nothing was sent (the plan says why not). */
export async function scheduleCallback(run: ScheduleRun): Promise<boolean> {
  const { zones: z, at, bridge, outcomes, life } = run;
  const plan = planScheduleRequest(run);
  if (!plan.ok) return false; // Schedule says why; its form is not offered then.
  const id = plan.interactionId;
  const when = (lang: string) => z.formatMoment(at, plan.zone, lang);
  const key = { action: 'schedule' as const, id };
  const r = await outcomes.request('adk-schedule-request', plan.detail, key, () =>
    plan.send(bridge),
  );
  if (r.ok) life.book(id, plan.detail.at); // its times count from the booking now
  if (r.ok) outcomes.say((t, l) => t.callbackPreview.schedule.scheduled(when(l)), id, true);
  else if ('vetoed' in r)
    outcomes.say((t, l) => t.callbackPreview.schedule.handedOver(when(l)), id, true);
  return true;
}
