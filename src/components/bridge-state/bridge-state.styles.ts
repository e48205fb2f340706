import { css } from 'lit';
import { panelStyles } from '../../internal/styles.js';

export const bridgeStateStyles = [
  panelStyles,
  css`
  [part='base'] {
    --_gap: var(--adk-bridge-state-gap, var(--_adk-space-2));
    gap: var(--_gap);
    padding: var(--_gap);
  }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: var(--_adk-space-1) var(--_adk-space-3); margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  ul { margin: 0; padding-inline-start: 1.25rem; }
  [part='connection'] { margin: 0; }
  [part='connection'][data-state='up'] { color: var(--_adk-connected); }
  [part='connection']:not([data-state='up']) { color: var(--_adk-error); }
  h2 { font-size: var(--_adk-font-size-title); margin: 0; }
`,
];
