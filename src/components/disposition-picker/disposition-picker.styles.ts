import { css } from 'lit';
import { panelStyles } from '../../internal/styles.js';

export const dispositionPickerStyles = [
  panelStyles,
  css`
  [part='base'] {
    --_tree-height: var(--adk-disposition-picker-tree-height, 16rem);
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_adk-space-2);
    padding: var(--_adk-space-3);
  }
  p { margin: 0; }
  .title { font-weight: 600; }
  label, legend { font-weight: 600; }
  .hint { font-size: var(--_adk-font-size-small); }
  .hint:empty { display: none; }
  .notices { margin: 0; padding-inline-start: 1.25rem; color: var(--_adk-warning); font-size: var(--_adk-font-size-small); }
  .warning { color: var(--_adk-warning); }
  [part='current'] { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_adk-space-2); }
  .field-status { font-size: var(--_adk-font-size-small); color: var(--_adk-muted); }
  .field-status[data-status='failed'], .field-status[data-status='unsaved'] { color: var(--_adk-danger); }
  .field-status[data-status='local'] { color: var(--_adk-warning); }
  .field-status[data-status='saved'] { color: var(--_adk-success); }
  input, textarea, select, button { font: inherit; color: inherit; }
  input, textarea, select {
    background: var(--_adk-surface); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius);
    padding: var(--_adk-space-1) var(--_adk-space-2);
  }
  textarea { resize: vertical; min-height: 3.5rem; }
  button {
    background: var(--_adk-surface-raised); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius);
    padding: var(--_adk-space-1) var(--_adk-space-3); cursor: pointer;
  }
  button:disabled, select:disabled { opacity: 0.6; cursor: not-allowed; }
  button[aria-pressed='true'] { background: var(--_adk-accent); color: var(--_adk-on-accent); border-color: var(--_adk-accent); }
  [role='tree'], [role='group'] { list-style: none; margin: 0; padding: 0; }
  [role='tree'] {
    max-height: var(--_tree-height); overflow: auto;
    border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); padding: var(--_adk-space-1);
  }
  [role='group'] { padding-inline-start: 1.25rem; }
  [role='treeitem'] { cursor: pointer; border-radius: var(--_adk-radius); }
  [role='treeitem']:focus { outline: none; }
  [role='treeitem']:focus-visible > .row { outline: var(--_adk-focus-ring); outline-offset: -2px; }
  .row { display: flex; gap: var(--_adk-space-1); align-items: baseline; padding: 2px var(--_adk-space-1); border-radius: var(--_adk-radius); }
  .row:hover { background: var(--_adk-surface-raised); }
  [aria-selected='true'] > .row { background: var(--_adk-accent); color: var(--_adk-on-accent); }
  [aria-selected='true'] > .row .muted { color: inherit; }
  .row[data-kind='category'] { font-weight: 600; }
  [part~='twisty'] { display: inline-block; width: 1em; flex: none; }
  .path { font-size: var(--_adk-font-size-small); }
  [part='outbound'] {
    display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_adk-space-2); margin: 0;
    border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); padding: var(--_adk-space-2) var(--_adk-space-3);
  }
  [part='do-not-call'] { justify-self: start; }
  [part='confirm'] {
    display: flex; flex-wrap: wrap; gap: var(--_adk-space-2); align-items: center;
    padding: var(--_adk-space-2); border: 1px solid var(--_adk-warning); border-radius: var(--_adk-radius);
  }
  [part='confirm'] p { flex-basis: 100%; }
  [part='errors']:empty { display: none; }
  [part='errors'] { display: grid; gap: var(--_adk-space-1); justify-items: start; }
  @media (forced-colors: active) {
    [aria-selected='true'] > .row { outline: 2px solid Highlight; }
  }
`,
];
