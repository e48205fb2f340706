// The typed event map (src/events.ts) names every event the kit documents (`@fires` in the
// custom-elements manifest), and a page's TypeScript sees each event's detail.
import { expect } from '@open-wc/testing';
import type { KitEventName } from '../src/events.js';
import '../src/components/call-actions/call-actions.js';

// `satisfies` makes this list exactly the map's keys: a name missing here or unknown there fails typecheck.
const MAP_NAMES = Object.keys({
  'adk-bridge-ready': true,
  'adk-bridge-error': true,
  'adk-screen-pop': true,
  'adk-interaction-log': true,
  'adk-call-action': true,
  'adk-call-action-result': true,
  'adk-callback-action': true,
  'adk-callback-action-result': true,
  'adk-schedule-request': true,
  'adk-schedule-request-result': true,
  'adk-disposition-select': true,
  'adk-disposition-save': true,
  'adk-disposition-save-result': true,
  'adk-do-not-call': true,
  'adk-do-not-call-result': true,
  'adk-validity-change': true,
  'adk-record-save': true,
  'adk-record-save-result': true,
  'adk-dial': true,
  'adk-dial-result': true,
  'adk-interaction-select': true,
  'adk-interaction-select-result': true,
  'adk-toast-request': true,
  'adk-toast-request-result': true,
  'adk-toast-show': true,
  'adk-toast-button-click': true,
  'adk-toast-close': true,
  'adk-toast-error': true,
} satisfies Record<KitEventName, true>);

interface Manifest {
  modules: { declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
}

describe('the typed event map', () => {
  it('has every event the elements document, and nothing else', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const fired = new Set<string>();
    for (const m of manifest.modules)
      for (const d of m.declarations ?? [])
        for (const e of d.events ?? []) if (e.name.startsWith('adk-')) fired.add(e.name);
    expect([...fired].sort()).to.deep.equal([...MAP_NAMES].sort());
  });

  it("types a listener's detail in a page", () => {
    const el = document.createElement('call-actions');
    let ok: boolean | undefined;
    // These lines are the check: they compile only because the map types the details.
    el.addEventListener('adk-call-action-result', (e) => (ok = e.detail.ok));
    document.addEventListener('adk-call-action', (e) => e.detail.interactionId.length);
    el.dispatchEvent(
      new CustomEvent('adk-call-action-result', {
        detail: { action: 'hold', interactionId: 'x', ok: true },
      }),
    );
    expect(ok).to.equal(true);
  });
});
