// What the React and Vue examples share: the same agent page (<agent-bridge simulated> with
// <call-actions> and <disposition-picker>, a status line the framework keeps), driven the same
// way through the in-page simulated workspace, and the README's excerpts of their files.
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import type { AgentBridge } from '../../src/bridge/store.js';
import { simulationOf, type Control } from '../../src/sim/index.js';
import { until as poll } from '../support/until.js';

/** The tests' poll (support/until.ts) with the examples' budget: a framework page mounts and syncs slower (8 s). */
export const until = <T>(read: () => T | null | undefined | false | 0 | '', what: string): Promise<T> => poll(read, what, 8000);

const shadow = (host: Element | null, selector: string) => host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/**
 * Checks that the framework mounted the kit's elements and passed the codes as a property, then,
 * on a simulated workspace configured as the README's security table says for these elements,
 * plays an inbound callback: accepted, the agent presses Hold
 * (`adk-call-action-result`) and picks a code (`adk-disposition-save-result`); after each, the status
 * line the framework renders from its own state must say so.
 */
export async function playAgentPage(container: HTMLElement): Promise<void> {
  const provider = await until(() => container.querySelector<AgentBridgeElement>('agent-bridge'), 'agent-bridge mounted');
  const bridge = await until(() => provider.bridge?.state.sync === 'ready' && provider.bridge, 'bridge synced');
  const control = simulationOf(provider).control;
  const status = () => container.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  expect(status()).to.equal('No call action yet');

  // From here on, the workspace allows exactly what the README's security table lists for these
  // elements; any refusal the host answers is collected.
  const refused: string[] = [];
  const onMessage = (e: MessageEvent) => {
    if (typeof e.data?.errorMessage === 'string') refused.push(`${e.data.request}: ${e.data.errorMessage}`);
  };
  window.addEventListener('message', onMessage);
  try {
    control('configureSecurity', await documentedSecurity(['every page', '`<call-actions>`', '`<disposition-picker>`']));
    await bridge.sync();
    expect(bridge.state.syncErrors).to.deep.equal({});
    await playCall(container, bridge, control, status);
    expect(refused, 'requests the workspace refused').to.deep.equal([]);
  } finally {
    window.removeEventListener('message', onMessage);
  }
}

async function playCall(container: HTMLElement, bridge: AgentBridge, control: Control, status: () => string): Promise<void> {
  const actions = container.querySelector('call-actions');
  const picker = container.querySelector('disposition-picker');

  control('startScenario', 'inbound-callback-asap');
  control('stepScenario'); // the agent accepts
  await until(() => bridge.selected?.state === 'TALKING', 'talking');

  // The codes arrived as an object, through the property: an attribute would read "[object Object]".
  const resolved = await until(() => shadow(picker, '[role="treeitem"][data-id="c:RESOLVED"]'), 'codes from the property');
  expect(resolved.textContent).to.contain('Resolved');
  expect(picker!.hasAttribute('codes')).to.equal(false);
  const hold = await until(() => {
    const button = shadow(actions, '[data-action="hold"]');
    return button && button.getAttribute('aria-disabled') !== 'true' && button;
  }, 'Hold enabled');
  hold.click();
  await until(() => status() === 'hold: done', `status after Hold (now "${status()}")`);
  expect(bridge.selected?.state).to.equal('HELD');

  shadow(picker, '[role="treeitem"][data-id="c:RESOLVED"]')!.click();
  await until(() => status() === 'hold: done · Disposition: Resolved', `status after the code (now "${status()}")`);
  expect(bridge.selected?.userData?.DispositionCode).to.equal('RESOLVED');
}

/**
 * The security options the README's table ("Setting up the workspace") gives for these rows (the
 * first cell starts with one of `rows`), for this page's origin.
 */
export async function documentedSecurity(rows: string[]): Promise<Record<string, string>> {
  const readme = await readFile({ path: '../../README.md' });
  const section = readme?.split('\n## Setting up the workspace')[1]?.split('\n## ')[0] ?? '';
  const lists = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (const row of rows) {
    const line = section.split('\n').find((l) => l.startsWith(`| ${row}`));
    if (!line) throw new Error(`README: no security row for ${row}`);
    const cells = line.split(' | ').slice(1);
    cells.forEach((cell, i) => { for (const m of cell.matchAll(/`([^`]+)`/g)) lists[i]?.add(m[1]); });
  }
  const [requests, read, write] = lists.map((l) => [...l]);
  return {
    'service-client-api.accepted-web-content-origins': `${location.origin} (${requests.join(', ')})`,
    'service-client-api.user-data.read-allowed': read.join(','),
    'service-client-api.user-data.write-allowed': write.join(','),
  };
}

/**
 * The README's code blocks that follow `<!-- example: <path> -->`, by path. Each must be a literal
 * excerpt of that file, so the README shows the code these tests run.
 */
export async function readmeExcerpts(): Promise<Array<{ path: string; code: string }>> {
  const readme = await readFile({ path: '../../README.md' });
  if (!readme) throw new Error('README.md not found');
  const found: Array<{ path: string; code: string }> = [];
  for (const m of readme.matchAll(/<!-- example: (\S+) -->\s*```[a-z]*\n([\s\S]*?)\n```/g)) found.push({ path: m[1], code: m[2] });
  return found;
}

/** Every README excerpt of a file under `folder` is in that file, and there is at least one. */
export async function expectReadmeExcerpts(folder: string): Promise<void> {
  const mine = (await readmeExcerpts()).filter((e) => e.path.startsWith(folder));
  expect(mine.length, `README excerpts of ${folder}`).to.be.greaterThan(0);
  for (const { path, code } of mine) {
    const source = await readFile({ path: `../../${path}` });
    expect(source, path).to.be.a('string');
    expect(source!.includes(code), `README's block for ${path} is not a literal excerpt of it`).to.equal(true);
  }
}
