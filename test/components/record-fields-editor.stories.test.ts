// The stories double as fixtures: each reaches its state on the in-page simulated workspace,
// and the element is accessible there (test/support/story-states.ts).
import type { RecordFieldsEditorElement } from '../../src/components/record-fields-editor/record-fields-editor.js';
import { isolateLocalStorage } from '../support/page-storage.js';
import { describeStoryStates } from '../support/story-states.js';

type El = RecordFieldsEditorElement;
const q = (el: El, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const all = (el: El, selector: string) => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];
const text = (el: El, selector: string) => q(el, selector)?.textContent?.trim() ?? '';
const formStatus = (el: El) => text(el, 'form [part~="status"]');
const fields = (el: El) => all(el, '[part~="field"]').length;
const invalid = (el: El) =>
  all(el, '[part~="field"][data-invalid]').map((f) => (f as HTMLElement).dataset.name);

const expected: Record<string, (el: El) => boolean> = {
  Editing: (el) => fields(el) === 12 && !!q(el, '[part~="clock"]') && formStatus(el) === '',
  InvalidInput: (el) => invalid(el).length === 6,
  SaveBlocked: (el) =>
    formStatus(el) === '1 field needs attention before saving.' &&
    el.shadowRoot?.activeElement?.closest('[part~="field"]')?.getAttribute('data-name') ===
      'Custom_Datetime',
  Dirty: (el) => formStatus(el) === '2 unsaved changes.' && el.dirty,
  Saving: (el) =>
    formStatus(el) === 'Saving 1 field…' &&
    q(el, '[part~="save"]')?.getAttribute('aria-disabled') === 'true',
  Saved: (el) => formStatus(el) === 'Saved 2 fields.' && !el.dirty,
  SaveRejected: (el) =>
    text(el, '[part~="error"]').startsWith(
      "Save failed: Field 'Custom_VarChar' is not editable.",
    ) && invalid(el).includes('Custom_VarChar'),
  SaveTimedOut: (el) =>
    text(el, '[part~="error"]').startsWith('Save failed: The workspace did not answer within 2') &&
    el.dirty,
  RestoredAfterReload: (el) =>
    formStatus(el).startsWith('2 unsaved changes were restored.') &&
    invalid(el).includes('Custom_Integer'),
  LoadFailed: (el) => text(el, '[role="alert"]').includes('could not be loaded'),
  NotOutbound: (el) => text(el, '[part~="status"]').includes('carries no outbound record'),
  NoInteraction: (el) => text(el, '[part~="status"]') === 'No interaction is selected.',
  French: (el) =>
    text(el, '[part~="save"]') === 'Enregistrer la fiche' &&
    ['Custom_Float', 'Custom_Datetime'].every((n) => invalid(el).includes(n)),
  NotConnected: (el) => text(el, '[part~="status"]').includes('Not connected'),
};

// Other test files (every story, the element's tests) keep drafts of the same simulated records.
let shareStorage: () => void;
before(() => {
  shareStorage = isolateLocalStorage();
});
after(() => shareStorage());

describeStoryStates('record-fields-editor', 'record-fields-editor', expected, {
  skip: ['Playground'],
});
