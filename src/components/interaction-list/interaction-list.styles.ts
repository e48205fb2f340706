import { css } from 'lit';
import { panelStyles } from '../../internal/styles.js';

/** `<interaction-list>`: options as cards, the selected one marked by the accent. */
export const interactionListStyles = [
  panelStyles,
  css`
  [part='base'] {
    --_gap: var(--adk-interaction-list-gap, var(--_adk-space-2));
    gap: var(--_gap); padding: var(--_gap);
  }
  p { margin: 0; }
  [part='label'] { font-weight: 600; }
  [part='empty'] { color: var(--_adk-muted); }
  [part='listbox'] { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_adk-space-1); }
  [part='option'] {
    display: grid; gap: var(--_adk-space-1); padding: var(--_adk-space-2); cursor: pointer;
    border: 1px solid var(--_adk-border); border-inline-start-width: 4px; border-radius: var(--_adk-radius);
    background: var(--_adk-surface-raised); color: var(--_adk-text);
  }
  [part='option'][aria-selected='true'] { border-color: var(--_adk-accent); }
  [part='option'][aria-selected='true'] > .line:first-child { font-weight: 600; }
  [part='option'][aria-disabled='true'] { cursor: not-allowed; border-style: dashed; }
  [part='option'][aria-busy='true'] { cursor: progress; }
  [part='option']:focus-visible { outline: var(--_adk-focus-ring); outline-offset: 2px; }
  .line { display: grid; grid-template-columns: auto 1fr auto auto; gap: var(--_adk-space-2); align-items: baseline; }
  [part='child'] { padding-inline-start: var(--_adk-space-4); font-size: var(--_adk-font-size-small); }
  [part='kind'] { color: var(--_adk-muted); }
  [part='party'] { overflow-wrap: anywhere; }
  [part='state'] { padding-inline: var(--_adk-space-1); border-inline-start: 3px solid var(--_adk-muted); }
  [part='state'][data-status='ringing'], [part='state'][data-status='dialing'] { border-color: var(--_adk-ringing); }
  [part='state'][data-status='connected'] { border-color: var(--_adk-connected); }
  [part='state'][data-status='held'] { border-color: var(--_adk-held); }
  [part='timer'] { font-variant-numeric: tabular-nums; color: var(--_adk-muted); }
  [part='error'] { color: var(--_adk-danger); }
  [part='connection'] { color: var(--_adk-error); font-weight: 600; }
  [part='feedback']:empty, [part='error']:empty, [part='connection']:empty { display: none; }
`,
];
