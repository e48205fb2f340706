/**
 * Demo: the wrap-up area of the CRM page gets a required `<disposition-picker>`. It follows the
 * interaction the workspace selected; while no disposition is saved, the workspace refuses to
 * mark that interaction done (try "Mark done" in the workspace's panel). The record editor adds
 * itself to the same area from its own module.
 */
import '../src/components/disposition-picker/disposition-picker.js';

const area = document.getElementById('wrapup-area')!;
const picker = document.createElement('disposition-picker');
picker.setAttribute('required', '');
picker.setAttribute('storage-key', 'demo-crm');
// The page's own record of choices the workspace could no longer take (after the call ended).
picker.addEventListener('adk-disposition-save-result', ({ detail }) => {
  if (detail.ok && detail.local)
    console.info(
      `[crm] #${detail.interactionId}: ${detail.field} kept in the CRM only:`,
      detail.value,
    );
});
area.querySelector('h2')!.after(picker);
area.hidden = false;
