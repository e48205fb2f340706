// The compact call panel's plan: one primary action per state, the common ones beside it, the
// rare ones in "more", nothing unavailable unless it matters.
import { expect } from '@open-wc/testing';
import {
  COMMON,
  MORE,
  planToolbar,
  primaryFor,
  TOOLBAR_CONTROLS,
  type ToolbarControl,
} from '../../../src/components/call-actions/toolbar-plan.js';

const plan = (
  status: Parameters<typeof primaryFor>[0],
  available: ToolbarControl[],
  { consulting = false, matters = [] as ToolbarControl[] } = {},
) =>
  planToolbar({
    status,
    consulting,
    available: (c) => available.includes(c),
    matters: (c) => matters.includes(c),
  });

describe('call-actions toolbar plan', () => {
  it('has one primary action per state', () => {
    expect(primaryFor('connected', false)).to.equal('hangUp');
    expect(primaryFor('dialing', false)).to.equal('hangUp');
    expect(primaryFor('held', false)).to.equal('resume');
    expect(primaryFor('connected', true)).to.equal('completeTransfer');
    expect(primaryFor('ended', false)).to.equal('markDone');
    expect(primaryFor('ringing', false)).to.equal(null);
    expect(primaryFor('none', false)).to.equal(null);
  });

  it('shows, when connected, End call first, the common actions beside it and the rare ones in more', () => {
    const p = plan('connected', [
      'hangUp',
      'hold',
      'microphone',
      'speaker',
      'panel:transfer',
      'panel:keypad',
      'recordStart',
    ]);
    expect(p.primary).to.equal('hangUp');
    expect(p.common).to.deep.equal(['hold', 'microphone', 'panel:transfer', 'panel:keypad']);
    expect(p.more).to.deep.equal(['speaker', 'recordStart']);
    const shown = [p.primary, ...p.common, ...p.more];
    for (const c of ['resume', 'markDone', 'recordStop', 'completeTransfer'] as const)
      expect(shown).not.to.include(c);
  });

  it('shows Resume first when held, and leaves out what needs a talking call', () => {
    const p = plan('held', ['hangUp', 'resume', 'microphone', 'panel:transfer']);
    expect(p.primary).to.equal('resume');
    expect(p.common).to.deep.equal(['hangUp', 'microphone', 'panel:transfer']);
  });

  it('keeps a blocked Mark done in sight, with its reason, after the call', () => {
    const blocked = plan('ended', ['panel:reschedule'], { matters: ['markDone'] });
    expect(blocked.primary).to.equal('markDone');
    expect(blocked.more).to.deep.equal(['panel:reschedule']);
    const preview = plan('ready', []);
    expect(preview.primary).to.equal(null);
  });

  it('shows every control in one place at most, each from its own group', () => {
    for (const status of ['connected', 'held', 'ended', 'ringing', 'none'] as const) {
      const p = plan(status, ['hangUp', 'hold', 'speaker', 'recordStop']);
      const shown = [p.primary, ...p.common, ...p.more].filter(Boolean);
      expect(new Set(shown).size, status).to.equal(shown.length);
      expect(TOOLBAR_CONTROLS).to.include.members(shown);
      expect(COMMON).to.include.members(p.common);
      expect(MORE).to.include.members(p.more);
    }
  });
});
