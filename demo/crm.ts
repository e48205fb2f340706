/**
 * The demo's CRM page: a page on another origin than the workspace, using the kit as any CRM
 * page would. The workspace origin is given by `?workspace=<origin>`; by default it is this
 * server under the other hostname (the demo serves both localhost and 127.0.0.1).
 */
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';

function defaultWorkspaceOrigin(): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}${location.port ? `:${location.port}` : ''}`;
}

/** The element demos, one module per element issue. */
const DEMO_MODULES: string[] = [
  './crm-look.ts',
  './crm-wrapup.ts',
  './crm-call.ts',
  './crm-callback.ts',
  './crm-list.ts',
  './crm-record.ts',
  './crm-toast.ts',
  './crm-dial.ts',
  './crm-log.ts',
];

const provider = document.getElementById('bridge') as AgentBridgeElement;
const log = document.getElementById('log')!;
const params = new URLSearchParams(location.search);

function write(line: string): void {
  log.textContent = `${new Date().toLocaleTimeString()} ${line}\n${log.textContent ?? ''}`.slice(
    0,
    20_000,
  );
}

provider.addEventListener('adk-bridge-ready', (event) => {
  const { bridge } = (event as CustomEvent).detail;
  write('bridge ready');
  for (const name of ['agent', 'interaction', 'system', 'outbound', 'markdone']) {
    bridge.on(
      name,
      (data: { eventType?: string; interaction?: { interactionId: string; state: string } }) => {
        const it = data?.interaction;
        write(
          `${name} ${data?.eventType ?? JSON.stringify(data)}${it ? ` #${it.interactionId} ${it.state}` : ''}`,
        );
      },
    );
  }
});
provider.addEventListener('adk-bridge-error', (event) =>
  write(`bridge error: ${(event as CustomEvent).detail.error?.message}`),
);

// Configure the provider before the kit defines it, so it connects once, to the right place.
if (params.has('simulated') || window.parent === window) {
  provider.setAttribute('simulated', ''); // opened on its own: run the workspace inside this page
  await import('../src/sim/index.js');
} else {
  provider.setAttribute('host-origin', params.get('workspace') ?? defaultWorkspaceOrigin());
}
await import('../src/index.js');
// Element demos: each module fills its area of the page (see crm.html).
await Promise.all(DEMO_MODULES.map((m) => import(/* @vite-ignore */ m)));
