// Unit tests of an element's slice of the bridge state (src/internal/follow-slice.ts).
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/bridge/api.js';
import { initialState, type BridgeState } from '../../src/bridge/state.js';
import { family, followSlice, sameSlice } from '../../src/internal/follow-slice.js';

const ix = (interactionId: string, more: Partial<Interaction> = {}): Interaction =>
  ({ interactionId, caseId: `case-${interactionId}`, userData: {}, ...more }) as Interaction;

const stateOf = (list: Interaction[], more: Partial<BridgeState> = {}): BridgeState => ({
  ...initialState,
  interactions: new Map(list.map((i) => [i.interactionId, i])),
  ...more,
});

describe('followSlice', () => {
  const webCallback = ix('wcb');
  const call = ix('call', { parentInteractionId: 'wcb' });
  const consult = ix('cons', { parentInteraction: 'call', isConsultation: true });
  const sameCase = ix('note', { caseId: 'case-wcb' });
  const other = ix('other');

  it('the family: ancestors, their descendants and the case, in the store order', () => {
    const map = stateOf([webCallback, call, consult, sameCase, other]).interactions;
    const ids = (f: Interaction[]) => f.map((i) => i.interactionId);
    expect(ids(family(map, consult))).to.deep.equal(['wcb', 'call', 'cons', 'note']);
    expect(ids(family(map, webCallback))).to.deep.equal(['wcb', 'call', 'cons', 'note']);
    expect(ids(family(map, other))).to.deep.equal(['other']);
    expect(family(map, undefined)).to.deep.equal([]);
  });

  it('is the same for a change elsewhere, and differs for a change that concerns the element', () => {
    const s1 = stateOf([webCallback, call, other]);
    const slice1 = followSlice(s1, call);
    // Another interaction changes: the same slice.
    const s2 = stateOf([webCallback, call, { ...other, state: 'TALKING' }]);
    expect(sameSlice(slice1, followSlice(s2, call))).to.equal(true);
    // Another interaction's mark done is blocked: the same slice.
    expect(
      sameSlice(slice1, followSlice({ ...s2, markdoneBlocks: { other: 'x' } }, call)),
    ).to.equal(true);
    // The followed call's owner changes, its block, a consultation arrives, the connection: all differ.
    const owner2 = { ...webCallback, state: 'ACCEPTED' } as Interaction;
    expect(sameSlice(slice1, followSlice(stateOf([owner2, call, other]), call))).to.equal(false);
    expect(sameSlice(slice1, followSlice({ ...s1, markdoneBlocks: { call: 'w' } }, call))).to.equal(
      false,
    );
    expect(
      sameSlice(slice1, followSlice(stateOf([webCallback, call, consult, other]), call)),
    ).to.equal(false);
    expect(sameSlice(slice1, followSlice({ ...s1, connection: 'DOWN' }, call))).to.equal(false);
    expect(sameSlice(undefined, slice1)).to.equal(false);
  });
});
