import { css } from 'lit';

export const bridgeStateStyles = css`
  :host { display: block; }
  [part='base'] {
    --_gap: var(--adk-bridge-state-gap, 0.5rem);
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--adk-color-border, GrayText);
    border-radius: 4px;
  }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  ul { margin: 0; padding-inline-start: 1.25rem; }
  [part='connection'][data-state='up'] { color: var(--adk-color-success, #1b6e3a); }
  [part='connection']:not([data-state='up']) { color: var(--adk-color-danger, #b00020); }
  h2 { font-size: 1rem; margin: 0; }
`;
