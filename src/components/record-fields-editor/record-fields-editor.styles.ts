import { css } from 'lit';
import { panelStyles } from '../../internal/styles.js';

export const recordFieldsEditorStyles = [
  panelStyles,
  css`
  [part='base'] {
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_adk-space-4);
    padding: var(--_adk-space-3);
  }
  h3 { font-size: var(--_adk-font-size-title); margin: 0 0 var(--_adk-space-2); }
  form { display: grid; gap: var(--_adk-space-3); }
  .grid {
    display: grid;
    grid-template-columns: var(--adk-record-fields-columns, repeat(auto-fill, minmax(min(16rem, 100%), 1fr)));
    gap: var(--_adk-space-3) var(--_adk-space-4);
  }
  .field { display: grid; gap: var(--_adk-space-1); align-content: start; min-width: 0; }
  .field[data-type='bool'] { grid-template-columns: auto 1fr; align-items: center; column-gap: var(--_adk-space-2); }
  .field[data-type='bool'] label { grid-column: 2; grid-row: 1; }
  .field[data-type='bool'] [part~='control'] { grid-column: 1; grid-row: 1; }
  .field[data-type='bool'] .hint, .field[data-type='bool'] .message { grid-column: 1 / -1; }
  label { font-weight: 600; }
  .required { color: var(--_adk-danger); margin-inline-start: 0.2em; }
  input[type='text'], select {
    font: inherit;
    color: inherit;
    background: var(--_adk-surface);
    border: 1px solid var(--_adk-border);
    border-radius: var(--_adk-radius);
    padding: var(--_adk-space-1) var(--_adk-space-2);
    min-width: 0;
  }
  input[type='checkbox'] { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--_adk-accent); }
  input[readonly] { background: var(--_adk-surface-raised); color: var(--_adk-muted); }
  [aria-invalid='true'] { border-color: var(--_adk-danger); outline: 1px solid var(--_adk-danger); }
  .hint { margin: 0; color: var(--_adk-muted); font-size: var(--_adk-font-size-small); }
  .message { margin: 0; color: var(--_adk-danger); font-size: var(--_adk-font-size-small); }
  .message:empty { display: none; }
  .legend { margin: 0; }
  .actions { display: flex; gap: var(--_adk-space-2); flex-wrap: wrap; }
  button {
    font: inherit;
    padding: var(--_adk-space-1) var(--_adk-space-3);
    border-radius: var(--_adk-radius);
    border: 1px solid var(--_adk-border);
    background: var(--_adk-surface-raised);
    color: var(--_adk-text);
    cursor: pointer;
  }
  button[part~='save'] { background: var(--_adk-accent); color: var(--_adk-on-accent); border-color: var(--_adk-accent); }
  button[aria-disabled='true'] { opacity: 0.6; cursor: progress; }
  [part~='status'] { margin: 0; min-height: 1.2em; }
  [part~='error'] { margin: 0; }
  .warning { margin: 0; color: var(--_adk-warning); }
  .ok { color: var(--_adk-success); }
  [part~='clock'] p { margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: var(--_adk-space-1) var(--_adk-space-2); border-bottom: 1px solid var(--_adk-border); }
  tr[data-current] th { font-weight: 700; }
  [part~='call-status'] { margin: var(--_adk-space-1) 0 0; min-height: 1.2em; }
  @media (forced-colors: active) {
    [aria-invalid='true'] { outline: 2px solid CanvasText; }
    button[part~='save'] { border: 2px solid ButtonText; }
  }
`,
];
