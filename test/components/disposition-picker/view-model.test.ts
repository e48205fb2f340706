// <disposition-picker>'s pure view model and settings, without a DOM.
import { expect } from '@open-wc/testing';
import {
  codeLabel,
  memoCodes,
  pickerErrors,
  pickerNotices,
  resolveCodes,
  savedWords,
} from '../../../src/components/disposition-picker/disposition-picker.view-model.js';
import {
  pickerSettings,
  DEFAULT_CODE_KEY,
  DEFAULT_NOTE_KEY,
} from '../../../src/components/disposition-picker/picker-settings.js';
import { pickerRequestId } from '../../../src/components/disposition-picker/disposition-picker.events.js';
import type { FieldView } from '../../../src/components/disposition-picker/wrapup-controller.js';
import { en } from '../../../src/i18n/en.js';

const t = en.dispositionPicker;
const field = (more: Partial<FieldView> = {}): FieldView => ({
  draft: undefined,
  workspace: null,
  saving: false,
  error: null,
  live: true,
  value: null,
  status: 'empty',
  restored: false,
  ...more,
});
const WORKSPACE = { 'interaction.disposition.value-business-attribute': 'A,B/C' };

describe('disposition-picker view model', () => {
  it("resolves the page's codes, else the workspace's, and says when the page's were unusable", () => {
    expect([...resolveCodes(undefined, WORKSPACE).tree.codes.keys()]).to.deep.equal(['A', 'B/C']);
    const page = resolveCodes(['X'], WORKSPACE);
    expect([...page.tree.codes.keys()]).to.deep.equal(['X']);
    expect(page.usedWorkspace).to.equal(false);
    const bad = resolveCodes('[{"code": ', WORKSPACE);
    expect(bad.usedWorkspace).to.equal(true);
    expect([...bad.tree.codes.keys()]).to.deep.equal(['A', 'B/C']);
    expect(bad.tree.problems[0].kind).to.equal('json');
  });

  it('labels a code by its path in the tree, or says it is not in the list', () => {
    const source = resolveCodes(undefined, WORKSPACE);
    expect(codeLabel(source, 'B/C', t)).to.equal('B › C');
    expect(codeLabel(source, 'Z', t)).to.equal(t.notInList('Z'));
  });

  it('computes the codes again only when the codes or the options change', () => {
    const of = memoCodes();
    const codes = ['X'];
    const first = of(codes, WORKSPACE);
    expect(of(codes, WORKSPACE)).to.equal(first);
    expect(of(['X'], WORKSPACE)).to.not.equal(first);
  });

  it('notices: unreadable codes, the call ended, blocked by this element, storage', () => {
    const source = resolveCodes('[{"code": ', WORKSPACE);
    const notes = pickerNotices(t, {
      source,
      live: false,
      ownBlock: true,
      required: true,
      code: field({ value: 'A', status: 'local' }),
      persistent: false,
    });
    expect(notes.slice(1)).to.deep.equal([
      t.usingWorkspaceCodes,
      t.idle,
      t.blocked,
      t.unblockedLocal,
      t.notPersistent,
    ]);
    expect(notes[0]).to.contain('could not be read');
  });

  it('errors: failures in words, restored drafts, Retry only for what it can send again', () => {
    const fields = {
      code: field({ status: 'failed', error: 'Not allowed.' }),
      note: field({ status: 'unsaved', restored: true }),
      callResult: field(),
    };
    const dncFailed = { text: 'Setting Do Not Call failed.', failed: true };
    const e = pickerErrors(en, { fields, blockError: undefined, dnc: dncFailed });
    expect(e.lines).to.deep.equal([
      t.saveFailed.code('Not allowed.'),
      t.restored.note,
      dncFailed.text,
    ]);
    expect(e.retry).to.equal(true);
    const onlyDnc = pickerErrors(en, {
      fields: { code: field(), note: field(), callResult: field() },
      blockError: undefined,
      dnc: dncFailed,
    });
    expect(onlyDnc).to.deep.equal({ lines: [dncFailed.text], retry: false });
  });

  it('announces a save in words, a local keep as such', () => {
    const labelOf = (c: string) => `label ${c}`;
    const results = { resultLabel: (v: string) => `result ${v}` };
    const say = (field: 'code' | 'note' | 'callResult', value: string | null, local = false) =>
      savedWords({ interactionId: '1', field, value, local }, labelOf, results)(en, 'en');
    expect(say('code', 'A')).to.equal(t.savedCode('label A'));
    expect(say('code', null)).to.equal(t.clearedCode);
    expect(say('note', 'x')).to.equal(t.savedNote);
    expect(say('callResult', '7')).to.equal(t.outbound.savedResult('result 7'));
    expect(say('code', 'A', true)).to.equal(t.status.local);
  });

  it('settings: code-key, then the option key-name, then the default; required by attribute or option', () => {
    const s = pickerSettings({ required: false, storageKey: 'k' }, {});
    expect(s).to.deep.equal({
      codeKey: DEFAULT_CODE_KEY,
      noteKey: DEFAULT_NOTE_KEY,
      required: false,
      scope: 'k',
    });
    const options = {
      'interaction.disposition.key-name': ' Outcome ',
      'interaction.disposition.is-mandatory': 'TRUE',
    };
    expect(pickerSettings({ required: false }, options)).to.include({
      codeKey: 'Outcome',
      required: true,
    });
    expect(pickerSettings({ required: false, codeKey: 'Mine' }, options).codeKey).to.equal('Mine');
  });

  it('request keys compare by kind, field and interaction', () => {
    expect(pickerRequestId({ kind: 'save', interactionId: '1', field: 'note' })).to.equal(
      'save/note/1',
    );
    expect(pickerRequestId({ kind: 'dnc', interactionId: '1' })).to.not.equal(
      pickerRequestId({ kind: 'block', interactionId: '1' }),
    );
  });
});
