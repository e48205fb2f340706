// The patchRecordField control: the host's field definitions can change under the agent.
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { runControl } from '../../src/sim/control.js';
import { SimHost } from '../../src/sim/host.js';
import { getRecordFields, updateRecordFields } from '../../src/sim/ops/outbound-record.js';

describe('sim: patchRecordField', () => {
  it("changes a field's definition; the next update is judged by it", () => {
    const host = new SimHost({
      window: null,
      clock: new ManualClock(Date.UTC(2025, 5, 10)),
      connectDelayMs: null,
    });
    const id = runControl(host, 'offerRecord', ['pull']) as string;
    updateRecordFields(host.workspace, id, { Custom_VarChar: 'first' });
    const patched = runControl(host, 'patchRecordField', [
      id,
      'Custom_VarChar',
      { isEditable: false, name: 'hacked' },
    ]) as { name: string; isEditable: boolean };
    expect(patched).to.deep.include({ name: 'Custom_VarChar', isEditable: false, value: 'first' });
    expect(
      getRecordFields(host.workspace, id).find((f) => f.name === 'Custom_VarChar')?.isEditable,
    ).to.equal(false);
    expect(() => updateRecordFields(host.workspace, id, { Custom_VarChar: 'second' })).to.throw(
      "Field 'Custom_VarChar' is not editable",
    );
    expect(() => runControl(host, 'patchRecordField', [id, 'Nope', {}])).to.throw(
      "No record field 'Nope'",
    );
  });
});
