import { expect } from '@open-wc/testing';
import {
  fieldStatus,
  fieldValue,
  isLive,
  isUnsaved,
  markdoneBlockNeeded,
  optionFlag,
  sameValue,
  userDataText,
} from '../../../src/components/disposition-picker/wrapup-status.js';

describe('wrapup-status', () => {
  const f = (
    draft: string | null | undefined,
    workspace: string | null,
    more: Partial<{ saving: boolean; error: string | null; live: boolean }> = {},
  ) => ({ draft, workspace, saving: false, error: null, live: true, ...more });

  it('the draft wins over the workspace; empty is none', () => {
    expect(fieldValue(f(undefined, 'A'))).to.equal('A');
    expect(fieldValue(f('B', 'A'))).to.equal('B');
    expect(fieldValue(f(null, 'A'))).to.equal(null);
    expect(fieldValue(f('', 'A'))).to.equal(null);
    expect(sameValue('', null)).to.equal(true);
    expect(isUnsaved(f('A', 'A'))).to.equal(false);
    expect(isUnsaved(f('B', 'A'))).to.equal(true);
  });

  it('says saved, empty, saving, unsaved, failed, or kept on this page only', () => {
    expect(fieldStatus(f(undefined, 'A'))).to.equal('saved');
    expect(fieldStatus(f(undefined, null))).to.equal('empty');
    expect(fieldStatus(f('A', 'A'))).to.equal('saved');
    expect(fieldStatus(f('B', 'A', { saving: true }))).to.equal('saving');
    expect(fieldStatus(f('B', 'A'))).to.equal('unsaved');
    expect(fieldStatus(f('B', 'A', { error: 'Request timeout' }))).to.equal('failed');
    expect(fieldStatus(f('B', 'A', { live: false, error: 'x' }))).to.equal('local');
    expect(fieldStatus(f(null, 'A', { live: false }))).to.equal('local');
  });

  it('blocks mark done while live until the workspace has a code; once IDLE, the chosen code unblocks', () => {
    const b = (over: Partial<Parameters<typeof markdoneBlockNeeded>[0]>) =>
      markdoneBlockNeeded({
        required: true,
        consultation: false,
        live: true,
        workspaceCode: null,
        chosenCode: null,
        ...over,
      });
    expect(b({})).to.equal(true);
    expect(b({ required: false })).to.equal(false);
    expect(b({ consultation: true })).to.equal(false);
    expect(b({ chosenCode: 'A' })).to.equal(true); // chosen, not saved yet (or refused): still blocked
    expect(b({ workspaceCode: 'A', chosenCode: 'A' })).to.equal(false);
    expect(b({ live: false })).to.equal(true); // released with nothing chosen
    expect(b({ live: false, chosenCode: 'A' })).to.equal(false); // kept locally: not trapped
  });

  it('reads user data as text, live state, and option flags', () => {
    expect(userDataText({ A: 'x', N: 3, E: '', O: { a: 1 }, B: true }, 'A')).to.equal('x');
    expect(userDataText({ N: 3 }, 'N')).to.equal('3');
    expect(userDataText({ E: '' }, 'E')).to.equal(null);
    expect(userDataText({ O: { a: 1 } }, 'O')).to.equal(null);
    expect(userDataText(undefined, 'A')).to.equal(null);
    expect(userDataText({}, 'toString')).to.equal(null);
    expect(isLive({ state: 'TALKING' })).to.equal(true);
    expect(isLive({ state: 'IDLE' })).to.equal(false);
    expect(optionFlag('TRUE')).to.equal(true);
    expect(optionFlag(' false ')).to.equal(false);
    expect(optionFlag('yes')).to.equal(null);
    expect(optionFlag(undefined)).to.equal(null);
  });
});
