/**
 * Demo: `<callback-preview>` at the top of the CRM page's callback area (`<call-actions>` adds
 * itself below, from demo/crm-call.ts). It follows the case the workspace selects: start the
 * inbound callback, the scheduled callback with preview or the web callback in the workspace's
 * panel. The page shows its own data keys, the IVR data, and offers reasons to reject.
 */
import '../src/components/callback-preview/callback-preview.js';

const area = document.getElementById('callback-area')!;
const preview = document.createElement('callback-preview');
preview.setAttribute('ivr-key-prefix', 'IVR_');
preview.setAttribute('case-data-keys', 'CustomerName=Customer, AccountNumber=Account');
preview.setAttribute('callback-data-keys', "Subject=Request, ContactTimeZone=Contact's time zone");
preview.setAttribute(
  'reject-reasons',
  'busy=Agent busy, wrong-skill=Wrong skill, callback-later=Contact asked for later',
);
// The kit's events are typed (src/events.ts): `event.detail` needs no cast.
preview.addEventListener('adk-callback-action-result', (event) => {
  const { action, interactionId, ok } = event.detail;
  console.info(`[demo] callback-preview ${action} #${interactionId}: ${ok ? 'done' : 'failed'}`);
});
preview.addEventListener('adk-schedule-request-result', (event) => {
  const { interactionId, date, zone, ok } = event.detail;
  console.info(`[demo] schedule #${interactionId} at ${date} (${zone}): ${ok ? 'done' : 'failed'}`);
});
area.querySelector('h2')!.after(preview);
area.hidden = false;
