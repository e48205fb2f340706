// The page's entry. Each element's entry defines its element when imported: import them BEFORE
// React renders them, so React sees their properties (`codes`) and sets them as properties, not
// attributes. In an app: `import 'agent-desk-kit/agent-bridge'; import 'agent-desk-kit/call-actions';
// import 'agent-desk-kit/disposition-picker';` (the main entry, `agent-desk-kit`, defines elements
// on demand, after React's first render), and `import 'agent-desk-kit/sim';` only to run the
// simulated workspace in the page, as here.
import '../../src/entries/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/sim/index.js';
import { createRoot, type Root } from 'react-dom/client';
import { AgentPage, type AgentPageProps } from './AgentPage.js';

export function mountAgentPage(container: Element, props: AgentPageProps = {}): Root {
  const root = createRoot(container);
  root.render(<AgentPage {...props} />);
  return root;
}
