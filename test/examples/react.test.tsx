// The React 19 example (examples/react/) in Chromium: it mounts the kit's elements on the in-page
// simulated workspace and its own state follows their events.
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import { expect } from '@open-wc/testing';
import type { Root } from 'react-dom/client';
import { mountAgentPage } from '../../examples/react/main.js';
import { expectReadmeExcerpts, playAgentPage } from './agent-page-flow.js';

describe('React 19 example', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  const errors: unknown[][] = [];
  const consoleError = console.error;

  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError(...args);
    };
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    console.error = consoleError;
    root?.unmount();
    container?.remove();
  });

  it('renders the elements and updates React state on adk-call-action-result and adk-disposition-save', async () => {
    root = mountAgentPage(container!);
    await playAgentPage(container!);
    expect(errors, 'console errors (React warnings among them)').to.deep.equal([]);
  });

  it('unmounting removes the bridge and stops the simulated workspace', async () => {
    root = mountAgentPage(container!);
    const provider = await new Promise<AgentBridgeElement>((resolve) => {
      const look = () => { const p = container!.querySelector('agent-bridge'); if (p) resolve(p); else setTimeout(look, 10); };
      look();
    });
    root.unmount();
    root = undefined;
    expect(provider.isConnected).to.equal(false);
    expect(provider.simulation).to.equal(undefined);
  });

  it('the README shows the code this test runs', async () => {
    await expectReadmeExcerpts('examples/react/');
  });
});
