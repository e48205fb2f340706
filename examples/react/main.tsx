// The page's entry. The kit registers its elements when imported: import it BEFORE React renders
// them, so React sees their properties (`codes`) and sets them as properties, not attributes.
// In an app: `import 'agent-desk-kit';` (and `import 'agent-desk-kit/sim';` only to run the
// simulated workspace in the page, as here).
import '../../src/index.js';
import '../../src/sim/index.js';
import { createRoot, type Root } from 'react-dom/client';
import { AgentPage, type AgentPageProps } from './AgentPage.js';

export function mountAgentPage(container: Element, props: AgentPageProps = {}): Root {
  const root = createRoot(container);
  root.render(<AgentPage {...props} />);
  return root;
}
