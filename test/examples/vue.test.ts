// The Vue 3 example (examples/vue/) in Chromium: it mounts the kit's elements on the in-page
// simulated workspace and its own state follows their events. Vue compiles the template in the
// page (the test server gives `vue` the build with the compiler).
import { expect } from '@open-wc/testing';
import { compile } from '@vue/compiler-dom';
import type { App } from 'vue';
import { AgentPage } from '../../examples/vue/agent-page.js';
import { isKitElement, mountAgentPage } from '../../examples/vue/main.js';
import { expectReadmeExcerpts, playAgentPage, until } from './agent-page-flow.js';

describe('Vue 3 example', () => {
  let app: App | undefined;
  let container: HTMLElement | undefined;
  const warnings: string[] = [];
  const consoleWarn = console.warn;
  const consoleError = console.error;

  beforeEach(() => {
    warnings.length = 0;
    // Vue's warnings go to console.warn.
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); consoleWarn(...args); };
    console.error = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); consoleError(...args); };
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    console.warn = consoleWarn;
    console.error = consoleError;
    app?.unmount();
    app = undefined;
    container?.remove();
  });

  it('renders the elements and updates Vue state on adk-call-action-result and adk-disposition-save-result', async () => {
    app = mountAgentPage(container!);
    await playAgentPage(container!);
    expect(warnings, 'console warnings and errors (Vue warnings among them)').to.deep.equal([]);
  });

  it('unmounting removes the bridge and stops the simulated workspace', async () => {
    app = mountAgentPage(container!);
    const provider = await until(() => container!.querySelector('agent-bridge'), 'agent-bridge mounted');
    app.unmount();
    app = undefined;
    expect(provider.isConnected).to.equal(false);
    expect(provider.simulation).to.equal(undefined);
  });

  it('isKitElement keeps a build-time compile (SFCs, Vite) from resolving the kit\'s tags as Vue components', () => {
    // Compiling in the page, Vue takes registered custom elements as such by itself; a build has no
    // registry to look at, and without the option its code would call resolveComponent('call-actions').
    const template = AgentPage.template as string;
    expect(compile(template).code).to.contain('_resolveComponent("call-actions")');
    const code = compile(template, { isCustomElement: isKitElement }).code;
    expect(code).not.to.contain('resolveComponent');
    expect(code).to.contain('"call-actions"');
  });

  it('the README shows the code this test runs', async () => {
    await expectReadmeExcerpts('examples/vue/');
  });
});
