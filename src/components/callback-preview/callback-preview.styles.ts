import { css } from 'lit';

export const callbackPreviewStyles = css`
  :host { display: block; container: callback / inline-size; }
  [part~='base'] {
    --_gap: var(--adk-callback-preview-gap, var(--_adk-space-3));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_adk-surface);
    border: 1px solid var(--_adk-border);
    border-inline-start: 4px solid var(--_state, var(--_adk-border));
    border-radius: var(--_adk-radius);
  }
  [part~='base'][data-phase='offered'] { --_state: var(--_adk-ringing); }
  [part~='base'][data-phase='dialing'], [part~='base'][data-phase='talking'] { --_state: var(--_adk-connected); }
  [part~='base'][data-phase='held'] { --_state: var(--_adk-held); }
  [part~='base'][data-connection='down'] { --_state: var(--_adk-error); }
  p { margin: 0; }
  h2, h3 { margin: 0; font-size: 1rem; }
  h3 { font-size: var(--_adk-font-size); }
  [part~='status'] { font-weight: 600; }
  [part~='status']:focus { outline: none; }
  [part~='status']:focus-visible { outline: var(--_adk-focus-ring); }
  [part~='countdown'] { color: var(--_adk-ringing); font-variant-numeric: tabular-nums; font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: var(--_adk-space-1) var(--_adk-space-3); margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; display: grid; gap: 2px; }
  .overdue { color: var(--_adk-danger); }
  [part~='number'] { display: flex; align-items: center; gap: var(--_adk-space-2); flex-wrap: wrap; }
  .digits { font-variant-numeric: tabular-nums; letter-spacing: 0.02em; font-size: 1.1em; }
  section.data { display: grid; gap: var(--_adk-space-1); }
  .more { display: grid; gap: var(--_adk-space-2); }
  .more > summary { cursor: pointer; font-weight: 600; color: var(--_adk-accent); }
  .more[open] > summary { margin-bottom: var(--_adk-space-2); }
  .more > section + section { margin-top: var(--_adk-space-2); }
  /* Wide: the folded data goes to a second column beside the essentials. Its row span makes
     empty rows: spacing by margins, not row gaps, keeps them flat. */
  @container callback (min-width: 44rem) {
    [part~='base'] { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; row-gap: 0; }
    [part~='base'] > * { grid-column: 1; }
    [part~='base'] > * + * { margin-top: var(--_gap); }
    [part~='base'] > .more { grid-column: 2; grid-row: 1 / span 20; margin-top: 0; }
  }
  /* A narrow side panel: each detail's name above its value. */
  @container callback (max-width: 24rem) {
    dl { grid-template-columns: minmax(0, 1fr); }
    dd + dt { margin-top: var(--_adk-space-1); }
  }
  [part~='actions'] { display: flex; flex-wrap: wrap; gap: var(--_adk-space-2); }
  button {
    font: inherit; color: inherit; cursor: pointer;
    padding: var(--_adk-space-1) var(--_adk-space-3);
    border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius);
    background: var(--_adk-surface-raised);
  }
  button.primary { background: var(--_adk-accent); border-color: var(--_adk-accent); color: var(--_adk-on-accent); }
  button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  [part~='copy'] { padding: 0 var(--_adk-space-2); font-size: var(--_adk-font-size-small); }
  fieldset { display: grid; gap: var(--_adk-space-2); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); margin: 0; }
  legend { font-weight: 600; }
  select { font: inherit; color: inherit; background: var(--_adk-surface); border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius); padding: var(--_adk-space-1); }
  .buttons { display: flex; gap: var(--_adk-space-2); }
  /* An empty live region stays in the accessibility tree (so its first message is announced) but takes no room. */
  [part~='message']:empty, [part~='error']:empty { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  [part~='error'] { color: var(--_adk-danger); }
  [part~='note'] { color: var(--_adk-muted, inherit); font-size: var(--_adk-font-size-small); }
  [part~='base'] { position: relative; }
  @media (forced-colors: active) {
    button[aria-disabled='true'] { color: GrayText; border-color: GrayText; opacity: 1; }
  }
`;
