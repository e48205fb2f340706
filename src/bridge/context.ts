import { createContext } from '@lit/context';
import type { AgentBridge } from './store.js';

/**
 * The one context key of the kit: `<agent-bridge>` provides the page's `AgentBridge`, every
 * element consumes it. The context holds a stable object; state changes travel through the
 * bridge's own change feed (see `BridgeController`), not through context updates.
 */
export const bridgeContext = createContext<AgentBridge | undefined>(
  Symbol.for('agent-desk-kit/bridge'),
);
