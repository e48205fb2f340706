/**
 * Demo (issue 15): the CRM's customer list with click-to-dial numbers, and the screen pop that
 * opens a customer's record when a call arrives (`adk-screen-pop`, from the leading tab only).
 */
import '../src/components/click-to-dial/click-to-dial.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';

/** The CRM's customers, keyed by the account number the IVR and the callbacks carry. */
const CUSTOMERS = [
  { account: 'ACC-100482', name: 'Grace Hopper', phone: '+14155550123' },
  { account: 'ACC-200917', name: 'Alan Turing', phone: '+442071838750' },
  { account: 'ACC-300551', name: 'Katherine Johnson', phone: '+16175550199' },
  { account: 'ACC-400123', name: 'Marie Curie', phone: '01 42 68 53 00' },
];

const provider = document.getElementById('bridge') as AgentBridgeElement;
provider.setAttribute('screen-pop-keys', 'AccountNumber, customer_number, GSW_PHONE');

const area = document.getElementById('crm-area')!;
area.style.padding = '0 1rem';
area.innerHTML = `
  <section class="card" aria-labelledby="customers-title">
    <h2 id="customers-title">Customers</h2>
    <click-to-dial default-country="FR" format busy-while-on-call>
      <ul id="customers">${CUSTOMERS.map(
        (c) => `<li data-account="${c.account}" data-user-data='{"CrmAccount":"${c.account}"}'>
          ${c.name} · ${c.account} · <a href="tel:${c.phone}">${c.phone}</a></li>`,
      ).join('')}</ul>
    </click-to-dial>
    <h3>Open record</h3>
    <p id="record" role="status">No record open: a call that arrives opens its customer's record.</p>
  </section>`;

const record = area.querySelector<HTMLElement>('#record')!;
const digits = (n: unknown) =>
  String(n ?? '')
    .replace(/\D/g, '')
    .slice(-9);

provider.addEventListener('adk-screen-pop', (e) => {
  const { kind, party, userData } = e.detail;
  const customer =
    CUSTOMERS.find((c) => c.account === userData.AccountNumber) ??
    CUSTOMERS.find((c) => digits(c.phone) === digits(party.number ?? userData.GSW_PHONE));
  for (const li of area.querySelectorAll('li[data-account]'))
    li.toggleAttribute('aria-current', li.getAttribute('data-account') === customer?.account);
  record.textContent = customer
    ? `${customer.name} (${customer.account}) — ${kind}, ${party.number ?? ''}`
    : `Unknown caller ${party.name ?? ''} ${party.number ?? ''} (${kind}): new record`;
});
