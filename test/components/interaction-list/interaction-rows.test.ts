// The rows of <interaction-list>, their kinds and timers, without a DOM.
import { observeMoments } from '../../../src/internal/call-moments.js';
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../../src/bridge/api.js';
import { initialState } from '../../../src/bridge/state.js';
import {
  interactionKind,
  interactionRows,
  rootOf,
  rowTimer,
  selectedRow,
} from '../../../src/components/interaction-list/interaction-rows.js';

const ix = (id: string, more: Partial<Interaction> = {}): Interaction => ({
  interactionId: id,
  userData: {},
  state: 'TALKING',
  media: 'voice',
  ...more,
});
const map = (...list: Interaction[]) => new Map(list.map((i) => [i.interactionId, i]));

describe('interaction-list rows', () => {
  it('words each kind; a child call by its direction, whatever user data it copied', () => {
    expect(interactionKind(ix('a', { isConsultation: true }), true)).to.equal('consultation');
    expect(interactionKind(ix('a', { media: 'webcallback' }), false)).to.equal('webCallback');
    expect(interactionKind(ix('a', { userData: { GSW_RECORD_HANDLE: 3 } }), false)).to.equal(
      'outboundRecord',
    );
    expect(interactionKind(ix('a', { userData: { callback_type: 1 } }), false)).to.equal(
      'callback',
    );
    expect(
      interactionKind(ix('a', { userData: { callback_type: 1 }, direction: 'OUT' }), true),
    ).to.equal('outboundCall');
    expect(interactionKind(ix('a', { direction: 'IN' }), false)).to.equal('inboundCall');
    expect(interactionKind(ix('a', { media: 'chat' }), false)).to.equal('other');
  });

  it('puts children under their parent (parentInteraction, parentInteractionId, IW_WebcallbackInteractionId)', () => {
    const all = map(
      ix('web', { media: 'webcallback' }),
      ix('call', { userData: { IW_WebcallbackInteractionId: 'web' } }),
      ix('main', { direction: 'IN' }),
      ix('consult', { isConsultation: true, parentInteraction: 'main' }),
      ix('preview-call', { parentInteractionId: 'gone' }),
    );
    const rows = interactionRows(all);
    expect(rows.map((r) => r.interaction.interactionId)).to.deep.equal([
      'web',
      'main',
      'preview-call',
    ]);
    expect(rows[0].children.map((c) => [c.interaction.interactionId, c.kind])).to.deep.equal([
      ['call', 'outboundCall'],
    ]);
    expect(rows[1].children.map((c) => c.kind)).to.deep.equal(['consultation']);
    expect(rootOf(all, all.get('consult'))).to.equal('main');
    expect(rootOf(all, all.get('preview-call'))).to.equal('preview-call');
  });

  it('survives a parent loop', () => {
    const all = map(ix('a', { parentInteraction: 'b' }), ix('b', { parentInteraction: 'a' }));
    const rows = interactionRows(all);
    expect(rows.map((r) => r.interaction.interactionId)).to.deep.equal(['a']);
    expect(rows[0].children.map((c) => c.interaction.interactionId)).to.deep.equal(['b']);
    expect(rootOf(all, all.get('a'))).to.be.a('string');
  });

  it("marks the row holding the selected case's main interaction, only when a case is selected", () => {
    const interactions = map(
      ix('one', { caseId: 'c1', isMainCaseInteraction: true }),
      ix('two', { caseId: 'c2', isMainCaseInteraction: true }),
      ix('consult', { caseId: 'c2', isConsultation: true, parentInteraction: 'two' }),
    );
    expect(selectedRow({ ...initialState, interactions, selectedCaseId: 'c2' })).to.equal('two');
    expect(selectedRow({ ...initialState, interactions, selectedCaseId: 'c1' })).to.equal('one');
    expect(selectedRow({ ...initialState, interactions, selectedCaseId: null })).to.equal(
      undefined,
    );
  });

  it('times from the answer (holds included), frozen at its end; else from startDate, else first seen', () => {
    const t0 = Date.parse('2026-03-29T00:30:00Z');
    let m = observeMoments(undefined, { state: 'DIALING' }, t0 - 2000);
    m = observeMoments(m, { state: 'TALKING' }, t0);
    expect(rowTimer(ix('a'), m, t0 + 5000)).to.deep.equal({ since: 'connected', ms: 5000 });
    m = observeMoments(m, { state: 'HELD' }, t0 + 6000);
    expect(rowTimer(ix('a'), m, t0 + 6500)).to.deep.equal({ since: 'connected', ms: 6500 });
    m = observeMoments(m, { state: 'IDLE' }, t0 + 7000);
    expect(rowTimer(ix('a'), m, t0 + 60_000)).to.deep.equal({ since: 'talked', ms: 7000 });
    const arrived = ix('a', { state: 'RINGING', startDate: '2026-03-29T00:29:00Z' });
    expect(rowTimer(arrived, undefined, t0)).to.deep.equal({ since: 'arrived', ms: 60_000 });
    const unknown = ix('a', { state: 'RINGING', startDate: 'not a date' });
    const seen = observeMoments(undefined, unknown, t0 - 3000);
    expect(rowTimer(unknown, seen, t0)).to.deep.equal({ since: 'arrived', ms: 3000 });
  });
});
