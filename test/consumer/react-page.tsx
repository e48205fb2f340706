// A React 19 consumer: the kit's tags in TSX, typed by the generated `agent-desk-kit/react`.
import type {} from 'agent-desk-kit/react';
import 'agent-desk-kit/agent-bridge';
import 'agent-desk-kit/call-actions';
import 'agent-desk-kit/disposition-picker';
import { useState } from 'react';

export function AgentPage() {
  const [last, setLast] = useState('');
  return (
    <agent-bridge host-origin="https://workspace.example.com">
      <call-actions
        interaction-id="0001"
        onadk-call-action-result={(e) => setLast(`${e.detail.action}: ${e.detail.ok}`)}
      />
      <disposition-picker
        required
        codes={{ SALE: 'Order placed' }}
        onadk-disposition-save-result={(e) => setLast(`${e.detail.field}: ${e.detail.ok}`)}
      />
      {/* @ts-expect-error: `required` is a boolean, not a number */}
      <disposition-picker required={1} />
      <custom-toast severity="info" heading="Saved" open>
        {last}
      </custom-toast>
    </agent-bridge>
  );
}
