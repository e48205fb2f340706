/**
 * The `agent-desk-kit/agent-bridge` entry: registers `<agent-bridge>` (the provider) and
 * `<agent-bridge-state>` (its live state, for a status bar or a first check).
 * The element entries don't import this one: an element works without a provider (it shows
 * "not connected") and finds one whenever it is defined, so a page imports the provider once.
 */
export {
  AgentBridgeElement,
  setSimulatedWorkspaceModule,
  type SimulatedWorkspaceModule,
} from '../components/agent-bridge/agent-bridge.js';
export { AgentBridgeStateElement } from '../components/bridge-state/bridge-state.js';
