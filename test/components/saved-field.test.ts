// Issue 12: a saved record field shows at once everywhere it appears. The workspace sends no
// event after outbound.updateRecordFields (seed 003: the fields go to Outbound Contact Server at
// mark done): what <record-fields-editor> read or saved is what <call-actions>' reschedule panel
// shows, on the same bridge.
import { expect, html } from '@open-wc/testing';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import type { CallActionsElement } from '../../src/components/call-actions/call-actions.js';
import type { RecordFieldsEditorElement } from '../../src/components/record-fields-editor/record-fields-editor.js';
import { expectNoLeaks, mountOnSim } from '../support/mount.js';
import { suiteSimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('a saved record field shows at once in every element', () => {
  const simFrame = suiteSimFrame();

  it("the record's own calling window, then the one just saved, in <call-actions>' reschedule panel", async () => {
    const sim = simFrame();
    const { el, bridge, provider, unmount } = await mountOnSim<RecordFieldsEditorElement>(
      sim,
      html`<record-fields-editor></record-fields-editor><call-actions></call-actions>`,
      { lang: 'en' },
    );
    try {
      const actions = provider.querySelector<CallActionsElement>('call-actions')!;
      await sim.control('startScenario', 'outbound-pull-preview');
      const control = (name: string) =>
        el.shadowRoot!.querySelector<HTMLInputElement>(
          `[part~="field"][data-name="${name}"] [part~="control"]`,
        );
      await until(() => control('GSW_UNTIL') !== null, 'the record fields');
      // <call-actions> shows the record once its record support is there (loaded with the first).
      const reschedule = () =>
        actions.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="panel-reschedule"]');
      await until(
        () => reschedule() && reschedule()!.getAttribute('aria-disabled') !== 'true',
        "<call-actions>' reschedule",
      );
      reschedule()!.click();
      const zone = () =>
        clean(
          actions
            .shadowRoot!.querySelector('adk-reschedule-form')
            ?.shadowRoot?.querySelector('[part="zone"]')?.textContent,
        );
      // The offer's user data says GSW_FROM 0 / GSW_UNTIL 86399; the record's fields 10.15 / 23:45.
      await until(() => zone().includes('Calling window'), 'the reschedule panel');
      expect(zone()).to.contain('Calling window: 10:15–23:45 (contact’s time)');

      const until2145 = control('GSW_UNTIL')!;
      until2145.value = '21:45';
      until2145.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.save();
      const id = bridge.selected!.interactionId;
      const host = await bridge.request('outbound.getRecordFields', id);
      expect(host.find((f) => f.name === 'GSW_UNTIL')!.value).to.equal('21:45');
      await actions.updateComplete;
      await until(() => zone().includes('10:15–21:45'), 'the saved window at once');

      // No listener left behind by removed elements.
      await expectNoLeaks(bridge, () => document.createElement('call-actions'), provider, {
        times: 3,
      });
    } finally {
      unmount();
    }
  });
});
