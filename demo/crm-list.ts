/**
 * Demo: `<interaction-list>` at the top of the CRM page's callback area: the agent's open
 * interactions (a consultation or a web callback's call under its parent) with a live timer;
 * choosing one selects its case in the workspace, and every element on the page follows.
 */
import '../src/components/interaction-list/interaction-list.js';

const area = document.getElementById('callback-area')!;
const list = document.createElement('interaction-list');
list.addEventListener('adk-interaction-select-result', (event) => {
  const { interactionId, ok } = event.detail;
  console.info(`[demo] switch to #${interactionId}: ${ok ? 'done' : 'failed'}`);
});
area.querySelector('h2')!.after(list);
area.hidden = false;
