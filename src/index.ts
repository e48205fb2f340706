/**
 * The kit's main entry: the bridge and every element. The simulated workspace is NOT here: it
 * has its own entry (`src/sim/index.ts`) and `<agent-bridge simulated>` loads it on demand.
 */
export * from './bridge/index.js';
export { AgentBridgeElement, setSimulatedWorkspaceModule } from './components/agent-bridge/agent-bridge.js';
export { AgentBridgeStateElement } from './components/bridge-state/bridge-state.js';
export { LocaleController, registerMessages, messagesFor, langOf, en, fr, type Messages } from './i18n/localize.js';
