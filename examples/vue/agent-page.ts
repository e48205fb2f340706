import { defineComponent, ref } from 'vue';
import type { CallActionResultDetail, DispositionSaveResultDetail } from '../../src/index.js';

/** Disposition codes as a value (`{ code: label }`), bound to the element's `codes` property. */
const CODES: Record<string, string> = { RESOLVED: 'Resolved', CALLBACK: 'Call back later', ESCALATED: 'Escalated' };

export const AgentPage = defineComponent({
  props: {
    /** The workspace's origin; without one, the page runs the simulated workspace. */
    workspaceOrigin: { type: String, required: false },
  },
  setup() {
    const lastAction = ref('No call action yet');
    const disposition = ref<string | null>(null);
    const onActionResult = (event: CustomEvent<CallActionResultDetail>) => {
      lastAction.value = `${event.detail.action}: ${event.detail.ok ? 'done' : 'failed'}`;
    };
    const onDispositionSave = (event: CustomEvent<DispositionSaveResultDetail>) => {
      const { field, ok, value } = event.detail;
      if (field === 'code' && ok) disposition.value = value === null ? null : CODES[value] ?? value;
    };
    return { codes: CODES, lastAction, disposition, onActionResult, onDispositionSave };
  },
  // `@` + the exact event name listens to it; `.prop` binds a property rather than an attribute.
  template: `
    <agent-bridge :host-origin="workspaceOrigin" :simulated="!workspaceOrigin">
      <call-actions @adk-call-action-result="onActionResult"></call-actions>
      <disposition-picker :codes.prop="codes" @adk-disposition-save-result="onDispositionSave"></disposition-picker>
      <p role="status">{{ lastAction }}<template v-if="disposition"> · Disposition: {{ disposition }}</template></p>
    </agent-bridge>
  `,
});
