import { useState } from 'react';
import type {
  CallActionResultDetail,
  DispositionSaveResultDetail,
  InteractionLogDetail,
} from '../../src/index.js';

/** Disposition codes as a value (`{ code: label }`): React 19 hands it to the element's `codes` property. */
const CODES: Record<string, string> = { RESOLVED: 'Resolved', CALLBACK: 'Call back later', ESCALATED: 'Escalated' };

export interface AgentPageProps {
  /** The workspace's origin; without one, the page runs the simulated workspace. */
  workspaceOrigin?: string;
}

export function AgentPage({ workspaceOrigin }: AgentPageProps) {
  const [lastAction, setLastAction] = useState('No call action yet');
  const [disposition, setDisposition] = useState<string | null>(null);
  const [logged, setLogged] = useState<string | null>(null);

  const onActionResult = (event: CustomEvent<CallActionResultDetail>) => {
    setLastAction(`${event.detail.action}: ${event.detail.ok ? 'done' : 'failed'}`);
  };
  const onDispositionSave = (event: CustomEvent<DispositionSaveResultDetail>) => {
    const { field, ok, value } = event.detail;
    if (field === 'code' && ok) setDisposition(value === null ? null : CODES[value] ?? value);
  };
  // The call log: one event per interaction marked done, what the CRM saves as an activity.
  const onInteractionLog = (event: CustomEvent<InteractionLogDetail>) => {
    const { kind, party, durations, disposition } = event.detail;
    setLogged(`${kind} ${party.number ?? ''}: talk ${durations.talk} s, ${disposition.code ?? 'no code'}`);
  };

  // `on` + the exact event name adds a listener; a prop the element defines is set as a property.
  return (
    <agent-bridge host-origin={workspaceOrigin} simulated={!workspaceOrigin} onadk-interaction-log={onInteractionLog}>
      <call-actions onadk-call-action-result={onActionResult} />
      <disposition-picker codes={CODES} onadk-disposition-save-result={onDispositionSave} />
      <p role="status">
        {lastAction}
        {disposition && ` · Disposition: ${disposition}`}
        {logged && ` · Logged: ${logged}`}
      </p>
    </agent-bridge>
  );
}
