// The page's entry. In an app: `import 'agent-desk-kit';` (and `import 'agent-desk-kit/sim';`
// only to run the simulated workspace in the page, as here).
import '../../src/index.js';
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
