// Unit tests of the per-interaction scope (src/bridge/per-interaction.ts).
import { expect } from '@open-wc/testing';
import {
  InteractionScope,
  heldInteractions,
  interactionScope,
  pruneInteractions,
} from '../../src/bridge/per-interaction.js';

describe('per-interaction scope', () => {
  it('drops the entries of gone interactions from every collection it holds', () => {
    const scope = new InteractionScope();
    const times = scope.hold(
      new Map([
        ['1', 10],
        ['2', 20],
      ]),
    );
    const blocks = scope.hold(new Set(['2', '3']));
    const fields = scope.hold(new Set(['code@1', 'note@3']), (k) => k.slice(k.indexOf('@') + 1));
    expect(scope.ids()).to.deep.equal(['1', '2', '3']);
    const live = new Set(['2']);
    expect(scope.prune((id) => live.has(id))).to.equal(4);
    expect([...times.keys()]).to.deep.equal(['2']);
    expect([...blocks]).to.deep.equal(['2']);
    expect([...fields]).to.deep.equal([]);
    expect(scope.ids()).to.deep.equal(['2']);
  });

  it('never prunes keys that belong to no interaction', () => {
    const scope = new InteractionScope();
    const m = scope.hold(
      new Map([
        ['global', 1],
        ['i:5', 2],
      ]),
      (k) => (k.startsWith('i:') ? k.slice(2) : undefined),
    );
    scope.prune(() => false);
    expect([...m.keys()]).to.deep.equal(['global']);
  });

  it('keeps one scope per host, and answers for hosts without one', () => {
    const host = {};
    expect(heldInteractions(host)).to.deep.equal([]);
    expect(pruneInteractions(host, () => false)).to.equal(0);
    interactionScope(host).hold(new Set(['9']));
    expect(interactionScope(host)).to.equal(interactionScope(host));
    expect(heldInteractions(host)).to.deep.equal(['9']);
    expect(pruneInteractions(host, (id) => id !== '9')).to.equal(1);
    expect(heldInteractions(host)).to.deep.equal([]);
  });
});
