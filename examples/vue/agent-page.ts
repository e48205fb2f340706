import { defineComponent, ref } from 'vue';
import type {
  CallActionResultDetail,
  DispositionSaveResultDetail,
  InteractionLogDetail,
} from '../../src/index.js';

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
    const logged = ref<string | null>(null);
    const onActionResult = (event: CustomEvent<CallActionResultDetail>) => {
      lastAction.value = `${event.detail.action}: ${event.detail.ok ? 'done' : 'failed'}`;
    };
    const onDispositionSave = (event: CustomEvent<DispositionSaveResultDetail>) => {
      const { field, ok, value } = event.detail;
      if (field === 'code' && ok) disposition.value = value === null ? null : CODES[value] ?? value;
    };
    // The call log: one event per interaction marked done, what the CRM saves as an activity.
    const onInteractionLog = (event: CustomEvent<InteractionLogDetail>) => {
      const { kind, party, durations, disposition: d } = event.detail;
      logged.value = `${kind} ${party.number ?? ''}: talk ${durations.talk} s, ${d.code ?? 'no code'}`;
    };
    return { codes: CODES, lastAction, disposition, logged, onActionResult, onDispositionSave, onInteractionLog };
  },
  // `@` + the exact event name listens to it; `.prop` binds a property rather than an attribute.
  template: `
    <agent-bridge :host-origin="workspaceOrigin" :simulated="!workspaceOrigin" @adk-interaction-log="onInteractionLog">
      <call-actions @adk-call-action-result="onActionResult"></call-actions>
      <disposition-picker :codes.prop="codes" @adk-disposition-save-result="onDispositionSave"></disposition-picker>
      <p role="status">{{ lastAction }}<template v-if="disposition"> · Disposition: {{ disposition }}</template><template v-if="logged"> · Logged: {{ logged }}</template></p>
    </agent-bridge>
  `,
});
