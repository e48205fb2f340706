import { css } from 'lit';

/** Fields and field errors of the target and reschedule forms. */
export const formStyles = css`
  fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: var(--_adk-space-1); }
  legend { font-weight: 600; padding: 0; margin-bottom: var(--_adk-space-1); }
  input, select {
    font: inherit; padding: var(--_adk-space-1); border: 1px solid var(--_adk-border);
    border-radius: var(--_adk-radius); background: var(--_adk-surface); color: var(--_adk-text);
  }
  input[aria-invalid='true'] { border-color: var(--_adk-danger); }
  [part='field-error'] { color: var(--_adk-danger); margin: 0; min-height: 1em; }
  .buttons { display: flex; flex-wrap: wrap; gap: var(--_adk-space-1); margin-top: var(--_adk-space-1); }
  p { margin: 0; }
`;
