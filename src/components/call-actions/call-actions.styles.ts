import { css } from 'lit';

/** The look of an action button, shared by the element and its parts. */
export const actionButtonStyles = css`
  [part~='action'] {
    display: inline-flex; align-items: center; gap: var(--_adk-space-1);
    font: inherit; padding: var(--_adk-space-1) var(--_adk-space-2); min-height: 2.25rem;
    border-radius: var(--_adk-radius); border: 1px solid var(--_adk-border);
    background: var(--_adk-surface-raised); color: var(--_adk-text); cursor: pointer;
  }
  [part~='action'][aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  [part~='action'][aria-busy='true'] { cursor: progress; }
  [part~='action'][aria-busy='true']::after { content: ' …'; }
  [part~='action'][aria-pressed='true'], [part~='action'][aria-expanded='true'] {
    background: var(--_adk-accent); color: var(--_adk-on-accent); border-color: var(--_adk-accent);
  }
  [part~='icon'] { flex: none; width: 1.125em; height: 1.125em; }
`;

/** `<call-actions>` itself. */
export const callActionsStyles = css`
  :host { display: block; }
  [part='base'] {
    container-type: inline-size;
    --_gap: var(--adk-call-actions-gap, var(--_adk-space-2));
    display: grid; gap: var(--_gap); padding: var(--_gap);
    background: var(--_adk-surface); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius);
  }
  p { margin: 0; }
  .head { display: grid; gap: var(--_adk-space-1); }
  [part='status'] { font-weight: 600; font-size: var(--_adk-font-size-title); }
  .badge { padding: 0 var(--_adk-space-1); border-radius: var(--_adk-radius); border-inline-start: 4px solid var(--_adk-muted); }
  [data-status='ringing'] .badge, [data-status='dialing'] .badge { border-color: var(--_adk-ringing); }
  [data-status='connected'] .badge { border-color: var(--_adk-connected); }
  [data-status='held'] .badge { border-color: var(--_adk-held); }
  [data-status='ended'] .badge { border-color: var(--_adk-wrap-up); }
  [part='duration'] time { font-variant-numeric: tabular-nums; }
  [part='recording'], [part='consultation'], [part='duration'] { color: var(--_adk-muted); font-size: var(--_adk-font-size-small); }
  [part='recording'][data-state='RECORDING'] { color: var(--_adk-danger); }
  [part='toolbar'] { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_adk-space-1); }
  [part='more'] { display: contents; }
  /* A control out of sight (a button's own display would show it) and the closed More group. */
  [hidden] { display: none !important; }
  /* The primary action stands out by the state's meaning: End call in red, the rest in the accent
     (End consultation is never the primary: toolbar-plan.ts). */
  [part~='primary'] { background: var(--_adk-accent); color: var(--_adk-on-accent); border-color: var(--_adk-accent); font-weight: 600; }
  [part~='primary'][data-action='hangUp'] {
    background: var(--_adk-danger); border-color: var(--_adk-danger); color: var(--_adk-surface);
  }
  [part~='primary'][aria-disabled='true'] { background: var(--_adk-surface-raised); color: var(--_adk-text); border-color: var(--_adk-border); }
  /* A narrow side panel: the common actions show their icon only (their name stays, and is their tooltip). */
  @container (max-width: 26rem) {
    [part='toolbar'] > [part='action'] .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    [part='toolbar'] > [part='action'] { min-width: 2.25rem; justify-content: center; }
  }
  [part='panel'] {
    display: grid; gap: var(--_adk-space-2); padding: var(--_adk-space-2);
    border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); background: var(--_adk-surface-raised);
  }
  [part='panel'] > [data-action='close-panel'] { justify-self: start; }
  [part='markdone-block'] { color: var(--_adk-warning); }
  [part='error'] { color: var(--_adk-danger); }
  [part='feedback']:empty, [part='error']:empty, [part='connection']:empty { display: none; }
  [part='connection'] { color: var(--_adk-error); font-weight: 600; }
`;
