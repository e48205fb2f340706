// The page's entry. Each element's entry defines its element when imported, before Vue renders
// it. In an app: `import 'agent-desk-kit/agent-bridge'; import 'agent-desk-kit/call-actions';
// import 'agent-desk-kit/disposition-picker';` (the main entry, `agent-desk-kit`, defines elements
// on demand), and `import 'agent-desk-kit/sim';` only to run the simulated workspace in the page.
import '../../src/entries/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/sim/index.js';
import { createApp, type App } from 'vue';
import { AgentPage } from './agent-page.js';

const KIT_TAGS = ['agent-bridge', 'agent-bridge-state', 'callback-preview', 'call-actions', 'disposition-picker', 'record-fields-editor', 'custom-toast'];

/** The kit's tags are custom elements: Vue's template compiler must not look for Vue components by those names. */
export const isKitElement = (tag: string): boolean => KIT_TAGS.includes(tag);

export function mountAgentPage(container: Element, props: { workspaceOrigin?: string } = {}): App {
  const app = createApp(AgentPage, props);
  app.config.compilerOptions.isCustomElement = isKitElement;
  app.mount(container);
  return app;
}
