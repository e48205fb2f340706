/**
 * The startup benchmark's kit bundle (built by bench/run.mjs with esbuild): the five elements,
 * `<agent-bridge>` and the bridge. `start` mounts them on a bridge to the simulated workspace and
 * resolves once the bridge is synced and the five have rendered.
 */
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/callback-preview/callback-preview.js';
import '../../src/components/custom-toast/custom-toast.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import { AgentBridge } from '../../src/bridge/store.js';

const TAGS = [
  'call-actions',
  'callback-preview',
  'disposition-picker',
  'record-fields-editor',
  'custom-toast',
];

export async function start(target: Window, hostOrigin: string): Promise<() => void> {
  const bridge = new AgentBridge({ hostOrigin, target });
  const provider = document.createElement('agent-bridge') as AgentBridgeElement;
  provider.bridge = bridge;
  const elements = TAGS.map((tag) => provider.appendChild(document.createElement(tag)));
  document.body.append(provider);
  await bridge.connect();
  await Promise.all(
    elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  return () => {
    provider.remove();
    bridge.close();
  };
}
