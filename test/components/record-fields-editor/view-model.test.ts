// Unit tests of what <record-fields-editor> says, from what it knows (pure, no DOM).
import { expect } from '@open-wc/testing';
import { seedRecordFields } from '../../../src/sim/data/outbound-data.js';
import {
  entryFor,
  summarise,
  withText,
} from '../../../src/components/record-fields-editor/form-state.js';
import {
  absence,
  callStatus,
  fieldErrors,
  pendingCall,
  saveFailure,
  statusLine,
} from '../../../src/components/record-fields-editor/record-fields-editor.view-model.js';
import type { RecordRequest } from '../../../src/components/record-fields-editor/record-fields-editor.events.js';
import { recordRequestId } from '../../../src/components/record-fields-editor/record-fields-editor.events.js';
import { en } from '../../../src/i18n/en.js';

const t = en.recordFields;
const edited = (changes: Record<string, string>) =>
  seedRecordFields().map((f) => {
    const e = entryFor(f);
    return changes[f.name] !== undefined ? withText(e, changes[f.name]) : e;
  });
const base = { notice: null, noticeCount: 0, saving: false, restored: 0 };

describe('record-fields-editor view model', () => {
  it('words every problem of the form, rejections first', () => {
    const entries = edited({ Custom_Integer: '1.5', Custom_Float: '3' });
    entries[entries.findIndex((e) => e.field.name === 'Custom_Float')] = {
      ...entries.find((e) => e.field.name === 'Custom_Float')!,
      rejected: 'not-editable',
    };
    const errors = fieldErrors(entries, summarise(entries), t);
    expect(Object.keys(errors).sort()).to.deep.equal(['Custom_Float', 'Custom_Integer']);
    expect(errors.Custom_Integer).to.equal('Enter a whole number — 1.5 has a fraction.');
    expect(errors.Custom_Float).to.equal(t.host['not-editable']);
    expect(fieldErrors(edited({}), summarise(edited({})), t)).to.deep.equal({});
  });

  it('says saving, the last notice, a restored draft, then the unsaved count', () => {
    const two = summarise(edited({ Custom_Integer: '3', Custom_Float: '1.5' }));
    expect(statusLine({ ...base, summary: summarise(edited({})) }, t)).to.equal('');
    expect(statusLine({ ...base, summary: two }, t)).to.equal('2 unsaved changes.');
    expect(statusLine({ ...base, summary: two, saving: true }, t)).to.equal('Saving 2 fields…');
    expect(statusLine({ ...base, summary: two, restored: 2 }, t)).to.equal(
      '2 unsaved changes were restored.',
    );
    expect(statusLine({ ...base, summary: two, restored: 1 }, t)).to.equal(
      '1 unsaved change was restored. 2 unsaved changes.',
    );
    expect(statusLine({ ...base, summary: two, notice: 'invalid', noticeCount: 1 }, t)).to.equal(
      '1 field needs attention before saving.',
    );
    expect(statusLine({ ...base, summary: two, notice: 'vetoed' }, t)).to.equal(
      `${t.status.vetoed} 2 unsaved changes.`,
    );
  });

  it('words a failed save, and nothing else', () => {
    const key: RecordRequest = { kind: 'save', interactionId: 'a' };
    expect(saveFailure(undefined, t, en.actions)).to.equal('');
    expect(saveFailure({ key, phase: 'done', seq: 1 }, t, en.actions)).to.equal('');
    expect(
      saveFailure({ key, phase: 'failed', error: new Error('Error: No.'), seq: 2 }, t, en.actions),
    ).to.equal('Save failed: No. Your edits are kept; save again when ready.');
  });

  it("tells the followed interaction's Call apart from another's", () => {
    const call: RecordRequest = { kind: 'call', interactionId: 'a', handle: 7, phone: '+331' };
    const save: RecordRequest = { kind: 'save', interactionId: 'a' };
    expect(pendingCall([save, call], 'a')).to.equal(7);
    expect(pendingCall([call], 'b')).to.equal(null);
    expect(callStatus({ key: call, phase: 'pending', seq: 1 }, 'a', t, en.actions)).to.equal(
      en.actions.pending(t.chain.callAction('+331')),
    );
    expect(callStatus({ key: call, phase: 'pending', seq: 1 }, 'b', t, en.actions)).to.equal('');
    expect(callStatus({ key: call, phase: 'done', seq: 2 }, 'a', t, en.actions)).to.equal('');
    expect(callStatus({ key: save, phase: 'failed', seq: 2 }, 'a', t, en.actions)).to.equal('');
    expect(recordRequestId(call)).not.to.equal(recordRequestId({ ...call, interactionId: 'b' }));
  });

  it('says why there is nothing to edit', () => {
    expect(absence(false, 'a', true, t)).to.equal(t.notConnected);
    expect(absence(true, undefined, false, t)).to.equal(t.noInteraction);
    expect(absence(true, 'a', false, t)).to.equal(t.notOutbound('a'));
    expect(absence(true, 'a', true, t)).to.equal(null);
  });
});
