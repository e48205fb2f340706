/**
 * Demo: the CRM page reminds the agent of a callback with a `<custom-toast>` — "Callback due in
 * 5 min", Call now / Snooze. Inside the workspace (demo/index.html) the workspace shows it (its
 * panel's toast list); opened alone, the page shows it. Call now dials the customer; Snooze
 * reminds again a little later; the title counts down while it is shown.
 */
import '../src/components/custom-toast/custom-toast.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridge } from '../src/bridge/store.js';
import { showToast, type ToastHandle } from '../src/components/custom-toast/show-toast.js';

const CUSTOMER = { name: 'Grace Hopper', phone: '+15550100', account: 'ACC-100482' };
const SNOOZE_MS = 15_000;
const FIRST_REMINDER_MS = 4_000;

const area = document.getElementById('toast-area')!;
area.style.padding = '0 1rem 1rem';
area.innerHTML = `
  <section class="card" aria-labelledby="reminder-title">
    <h2 id="reminder-title">Callback reminder</h2>
    <p>${CUSTOMER.name} asked to be called back. The CRM reminds you a few minutes before.</p>
    <p><button type="button" id="remind-now">Remind me now</button></p>
    <p id="reminder-status" role="status"></p>
  </section>`;
const status = area.querySelector<HTMLElement>('#reminder-status')!;
const provider = document.getElementById('bridge') as AgentBridgeElement;

let due = Date.now() + 5 * 60_000;
let current: ToastHandle | undefined;
let snooze: ReturnType<typeof setTimeout> | undefined;

const minutesLeft = () => Math.max(1, Math.round((due - Date.now()) / 60_000));
const title = () => `Callback due in ${minutesLeft()} min`;

function remind(bridge: AgentBridge): void {
  clearTimeout(snooze);
  current = showToast(
    {
      title: title(),
      subject: CUSTOMER.name,
      message: 'Renewal question: she asked for a call back.',
      keyValues: { Account: CUSTOMER.account, Phone: CUSTOMER.phone },
      buttons: ['Call now', 'Snooze'], // shown [Snooze] [Call now]: the seed puts Button 1 last
    },
    { id: 'callback-reminder', bridge, container: area, severity: 'warning' },
  );
  const handle = current;
  // While shown, the title counts down.
  const tick = setInterval(() => void handle.update({ title: title() }), 60_000);
  // In the page, "Call now" waits for the dial: the toast shows the wait, and why it failed.
  let dialled = false;
  handle.element.addEventListener('adk-toast-button-click', (event) => {
    const { detail } = event as CustomEvent<{
      index: number;
      renderer: string;
      waitUntil(p: Promise<unknown>): void;
    }>;
    if (detail.index !== 0 || detail.renderer !== 'page') return;
    dialled = true;
    detail.waitUntil(bridge.dial(CUSTOMER.phone, { CustomerName: CUSTOMER.name }));
  });
  void handle.clicked.then(async (click) => {
    clearInterval(tick);
    if (handle !== current) return;
    if (!click) {
      status.textContent = 'Reminder closed.';
    } else if (click.index === 0) {
      status.textContent = dialled ? `Calling ${CUSTOMER.name}.` : `Calling ${CUSTOMER.name}…`;
      if (!dialled) {
        // The workspace closed its toast at the click: dial from here.
        await bridge.dial(CUSTOMER.phone, { CustomerName: CUSTOMER.name }).then(
          () => (status.textContent = `Calling ${CUSTOMER.name}.`),
          (error: Error) => (status.textContent = `The call could not start: ${error.message}`),
        );
      }
    } else {
      status.textContent = `Snoozed: reminding you again in ${SNOOZE_MS / 1000} s.`;
      snooze = setTimeout(() => remind(bridge), SNOOZE_MS);
    }
  });
  void handle.shown.then((outcome) => {
    if (!outcome.ok) status.textContent = outcome.error.message;
  });
}

function start(bridge: AgentBridge): void {
  area.querySelector('#remind-now')!.addEventListener('click', () => {
    due = Date.now() + 5 * 60_000;
    remind(bridge);
  });
  setTimeout(() => remind(bridge), FIRST_REMINDER_MS);
}

if (provider.bridge?.state.sync === 'ready') start(provider.bridge);
else
  provider.addEventListener(
    'adk-bridge-ready',
    (e) => start((e as CustomEvent<{ bridge: AgentBridge }>).detail.bridge),
    { once: true },
  );
