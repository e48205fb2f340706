import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AgentBridge } from '../../src/bridge/store.js';
import {
  savedRecordFields,
  SavedRecordFieldsController,
} from '../../src/internal/saved-record-fields.js';

/** A host that counts the updates its controllers ask for. */
class CountingHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

describe('saved record fields', () => {
  let bridge: AgentBridge;
  beforeEach(() => {
    bridge = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
  });
  afterEach(() => bridge.close());

  it('is one store per bridge', () => {
    expect(savedRecordFields(bridge)).to.equal(savedRecordFields(bridge));
    const other = new AgentBridge({ hostOrigin: location.origin, target: 'self' });
    expect(savedRecordFields(other)).to.not.equal(savedRecordFields(bridge));
    other.close();
  });

  it('re-renders a connected host on a change, and stops listening on disconnection', () => {
    const host = new CountingHost();
    const c = new SavedRecordFieldsController(host, () => bridge);
    c.hostConnected();
    expect(c.get('1')).to.equal(undefined);
    savedRecordFields(bridge).set('1', { GSW_FROM: 36900 });
    expect(host.updates).to.equal(1);
    c.hostDisconnected();
    savedRecordFields(bridge).set('1', { GSW_UNTIL: 85500 });
    expect(host.updates).to.equal(1);
  });

  it('an update that runs after removal reads without listening (the removed host is not kept)', () => {
    const host = new CountingHost();
    const c = new SavedRecordFieldsController(host, () => bridge);
    c.hostConnected();
    c.get('1');
    c.hostDisconnected();
    // Lit runs an update that was pending at removal: it reads the store once more.
    savedRecordFields(bridge).set('1', { GSW_FROM: 36900 });
    expect(c.get('1')).to.deep.equal({ GSW_FROM: 36900 });
    savedRecordFields(bridge).set('1', { GSW_UNTIL: 85500 });
    expect(host.updates, 'no listener was added after removal').to.equal(0);
    c.hostConnected();
    c.get('1');
    savedRecordFields(bridge).set('1', { GSW_UNTIL: 86000 });
    expect(host.updates, 'back on the page: it listens again').to.equal(1);
  });
});
