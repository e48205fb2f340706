// The seed's toast button order, shared by the simulated workspace and <custom-toast>.
import { expect } from '@open-wc/testing';
import { toastButtonLabel, toastButtons } from '../../src/bridge/toast-order.js';

describe('toast button order', () => {
  it('lays out [Button 2] … [Button N] [Button 1], keeping each original index', () => {
    expect(toastButtons({ buttons: ['B1', 'B2', 'B3', 'B4'] })).to.deep.equal([
      { kind: 'custom', label: 'B2', index: 1 },
      { kind: 'custom', label: 'B3', index: 2 },
      { kind: 'custom', label: 'B4', index: 3 },
      { kind: 'custom', label: 'B1', index: 0 },
    ]);
    expect(toastButtons({ buttons: ['B1', 'B2'] }).map((b) => b.label)).to.deep.equal(['B2', 'B1']);
    expect(toastButtons({ buttons: ['Only'] })).to.deep.equal([
      { kind: 'custom', label: 'Only', index: 0 },
    ]);
  });

  it('shows OK without buttons, and Show + Dismiss instead of them with showDismiss', () => {
    expect(toastButtons({})).to.deep.equal([{ kind: 'ok', label: 'OK' }]);
    expect(
      toastButtons({ buttons: [] }, { show: 'Afficher', dismiss: 'Ignorer', ok: 'Valider' }),
    ).to.deep.equal([{ kind: 'ok', label: 'Valider' }]);
    expect(toastButtons({ buttons: ['x'], showDismiss: true }).map((b) => b.kind)).to.deep.equal([
      'show',
      'dismiss',
    ]);
  });

  it('finds a button label by its original index, and nothing for an unknown one', () => {
    const p = { buttons: ['Snooze', 'Call now'] };
    expect(toastButtonLabel(p, 0)).to.equal('Snooze');
    expect(toastButtonLabel(p, 1)).to.equal('Call now');
    for (const bad of [2, -1, 0.5, '1', null, undefined])
      expect(toastButtonLabel(p, bad)).to.equal(undefined);
    expect(toastButtonLabel({}, 0)).to.equal(undefined);
  });
});
