// Unit tests of the record form's pure state: changed fields, problems that count, validity, drafts.
import { expect } from '@open-wc/testing';
import { seedRecordFields } from '../../../src/sim/data/outbound-data.js';
import {
  draftTexts,
  entryFor,
  fieldStatus,
  summarise,
  withText,
  withTouched,
  type FieldEntry,
} from '../../../src/components/record-fields-editor/form-state.js';

const fields = seedRecordFields();
const entries = () => fields.map((f) => entryFor(f));
const edit = (list: FieldEntry[], name: string, text: string) =>
  list.map((e) => (e.field.name === name ? withText(e, text) : e));

describe('record form state', () => {
  it("starts clean and valid from the workspace's values", () => {
    const s = summarise(entries());
    expect(s).to.deep.equal({
      valid: true,
      problems: {},
      rejected: {},
      changes: {},
      changedCount: 0,
    });
    const e = entries().find((x) => x.field.name === 'Custom_Float')!;
    expect(e).to.deep.include({ original: '16.64', text: '16.64', touched: false });
  });

  it('sends only changed fields, converted to their valueType', () => {
    let list = edit(entries(), 'GSW_PHONE_TYPE', '9');
    list = edit(list, 'Custom_Integer', '12');
    list = edit(list, 'Custom_Float', '16.640'); // the same number: not a change
    list = edit(list, 'Custom_Datetime', '3/7/2025 9:05');
    list = edit(list, 'Custom_Opt_In', 'true');
    const s = summarise(list);
    expect(s.valid).to.equal(true);
    expect(s.changes).to.deep.equal({
      GSW_PHONE_TYPE: 9,
      Custom_Integer: 12,
      Custom_Datetime: '03/07/2025 09:05',
      Custom_Opt_In: true,
    });
    expect(s.changedCount).to.equal(4);
  });

  it("counts a changed field's problem and an empty mandatory field, never a read-only one", () => {
    let list = edit(entries(), 'Custom_Integer', '1.5');
    list = edit(list, 'Custom_String_with_default', '');
    const s = summarise(list);
    expect(s.valid).to.equal(false);
    expect(s.problems).to.deep.equal({
      Custom_Integer: { key: 'intFraction', text: '1.5' },
      Custom_String_with_default: { key: 'required' },
    });
    expect(s.changes).to.deep.equal({}); // nothing that does not read is ever sent
    const ro = entries().find((e) => e.field.name === 'GSW_PHONE')!;
    expect(fieldStatus(withText(ro, 'nonsense'))).to.deep.equal({ problem: null, changed: false });
  });

  it('leaves alone an odd value the workspace holds, until the agent changes it', () => {
    const f = {
      ...fields.find((x) => x.name === 'Custom_Datetime')!,
      value: '2021-03-17 14:42:39',
    };
    const e = entryFor(f);
    expect(fieldStatus(e)).to.deep.equal({ problem: null, changed: false });
    expect(fieldStatus(withText(e, '2021-03-17 14:43')).problem).to.deep.equal({
      key: 'dateFormat',
      text: '2021-03-17 14:43',
    });
    const empty = entryFor({ ...fields.find((x) => x.name === 'Custom_Integer')!, value: null });
    expect(fieldStatus(empty).problem).to.deep.equal({ key: 'required' });
  });

  it('keeps a host rejection on its field until the agent types', () => {
    const list = entries().map((e) =>
      e.field.name === 'Custom_Character' ? { ...withText(e, 'x'), rejected: 'char' as const } : e,
    );
    expect(summarise(list)).to.deep.include({
      valid: false,
      rejected: { Custom_Character: 'char' },
    });
    const typed = edit(list, 'Custom_Character', 'y');
    expect(summarise(typed).rejected).to.deep.equal({});
    expect(withText(typed[0], typed[0].text)).to.equal(typed[0]);
  });

  it('restores drafts as touched entries; a draft for a read-only field is ignored', () => {
    const list = fields.map((f) =>
      entryFor(
        f,
        f.name === 'Custom_Integer' ? '1.5' : f.name === 'GSW_PHONE' ? '+33600000' : undefined,
      ),
    );
    const int = list.find((e) => e.field.name === 'Custom_Integer')!;
    expect(int).to.deep.include({ text: '1.5', touched: true });
    expect(list.find((e) => e.field.name === 'GSW_PHONE')!.text).to.equal('+33647005');
    expect(draftTexts(list)).to.deep.equal({ Custom_Integer: '1.5' });
    expect(withTouched(withTouched(list[0]))).to.deep.include({ touched: true });
  });
});
