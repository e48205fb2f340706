/**
 * Demo: `<record-fields-editor>` in the CRM page's wrap-up area, below the disposition picker.
 * It follows the interaction the workspace selected: offer a record (outbound pull, push or
 * direct push preview) in the workspace's panel, edit its fields, save, call a chained number.
 * Type something, reload the page: the draft comes back. The page listens to the editor's
 * validity to show whether the record could be saved as it stands.
 */
import '../src/components/record-fields-editor/record-fields-editor.js';

const area = document.getElementById('wrapup-area')!;
const editor = document.createElement('record-fields-editor');
const gate = document.createElement('p');
gate.setAttribute('role', 'status');
gate.style.cssText = 'margin:0.5rem 0 0;font-size:0.85rem;color:#5a6272';
editor.addEventListener('adk-validity-change', (event) => {
  const { valid, errors } = event.detail;
  gate.textContent = valid
    ? 'CRM: the record can be saved.'
    : `CRM: ${Object.keys(errors).length} record field(s) to fix before saving.`;
});
// One result event for every save (`adk-record-save` before it may hold it back).
editor.addEventListener('adk-record-save-result', (event) => {
  const { interactionId, values, ok, error } = event.detail;
  if (ok) console.info(`[crm] record of #${interactionId} saved:`, values);
  else console.warn(`[crm] record of #${interactionId} not saved:`, error);
});
area.append(editor, gate);
area.hidden = false;
