/**
 * Demo: `<call-actions>` in the CRM page's callback area. It follows the case the workspace
 * selects, so it works through every scenario of the simulated workspace: inbound callback,
 * scheduled callback with preview, web callback (the child call), outbound previews (reschedule
 * in the contact's zone), consultation then transfer or conference, connection drop.
 */
import '../src/components/call-actions/call-actions.js';

const area = document.getElementById('callback-area')!;
area.hidden = false;
const actions = document.createElement('call-actions');
area.append(actions);
// The kit's event map (src/events.ts) types `event.detail`.
actions.addEventListener('adk-call-action-result', (event) => {
  const { action, interactionId, ok } = event.detail;
  console.info(`[demo] call-actions ${action} #${interactionId}: ${ok ? 'done' : 'failed'}`);
});
