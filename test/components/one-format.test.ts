// Issue 12: one date-and-time format everywhere — what <callback-preview> confirms for a
// scheduled callback and what <call-actions> shows for the record's reschedule read the same.
import { expect, html } from '@open-wc/testing';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/callback-preview/callback-preview.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';
import type { CallbackPreviewElement } from '../../src/components/callback-preview/callback-preview.js';
import type { ScheduleFormElement } from '../../src/components/callback-preview/schedule-form.js';
import { mountOnSim } from '../support/mount.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('one date-and-time format in every confirmation', () => {
  let sim: SimFrame;
  before(async () => {
    sim = await openSimFrame({
      options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
      connectDelay: 'none',
    });
  });
  after(() => sim.close());

  for (const lang of ['en', 'fr']) {
    it(`a callback scheduled in <callback-preview> reads the same in <call-actions> (${lang})`, async () => {
      const { el, bridge, provider, unmount } = await mountOnSim<CallbackPreviewElement>(
        sim,
        html`<callback-preview></callback-preview><call-actions></call-actions>`,
        { lang },
      );
      try {
        const actions = provider.querySelector<CallActionsElement>('call-actions')!;
        const part = (e: HTMLElement, name: string) =>
          clean(e.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent);
        // A callback whose contact is in Darwin (+09:30), accepted: scheduled in <callback-preview>.
        el.contactTimeZone = 'Australia/Darwin';
        await sim.control('startScenario', 'inbound-callback-asap');
        await until(() => bridge.selected?.state === 'RINGING', 'offered');
        await bridge.accept(bridge.selected!.interactionId);
        const schedule = () =>
          el.shadowRoot!.querySelector<HTMLButtonElement>(
            '[data-action="schedule"][aria-disabled="false"]',
          );
        await until(() => schedule() !== null, 'schedule offered');
        schedule()!.click();
        const form = () => el.shadowRoot!.querySelector<ScheduleFormElement>('adk-schedule-form');
        await until(() => !!form()?.shadowRoot?.querySelector('input[name=date]'), 'form');
        for (const [name, value] of [
          ['date', '2030-01-15'],
          ['time', '10:30'],
        ]) {
          const input = form()!.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
          input.value = value;
          input.dispatchEvent(new Event('input'));
          await form()!.updateComplete;
        }
        form()!.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await until(() => part(el, 'message').includes('2030'), 'scheduled');
        const scheduled = part(el, 'message');

        // The seed's preview record (GSW_TZ_NAME ACT, GSW_TZ_OFFSET +09:30), rescheduled for the
        // same wall time in its zone (seed: MM/DD/YYYY HH:MM): <call-actions> shows it.
        const previewId: string = await sim.control('offerRecord', 'pull');
        await until(() => bridge.selected?.interactionId === previewId, 'the record');
        const handle = Number(bridge.selected!.userData?.GSW_RECORD_HANDLE);
        await bridge.request(
          'outbound.rescheduleRecord',
          previewId,
          handle,
          '01/15/2030 10:30',
          'PERSONAL',
        );
        await until(() => part(actions, 'rescheduled') !== '', 'the reschedule in call-actions');
        const rescheduled = part(actions, 'rescheduled');
        const moment =
          lang === 'en' ? 'Jan 15, 2030, 10:30 AM GMT+9:30' : '15 janv. 2030, 10:30 UTC+9:30';
        expect(scheduled).to.contain(moment);
        expect(rescheduled).to.contain(moment);
        if (lang === 'en') {
          expect(scheduled).to.equal(`Callback scheduled for ${moment}.`);
          expect(rescheduled).to.equal(`Rescheduled for ${moment} (contact’s time).`);
        }
      } finally {
        unmount();
      }
    });
  }
});
