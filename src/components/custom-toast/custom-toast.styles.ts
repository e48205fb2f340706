import { css } from 'lit';

export const customToastStyles = css`
  /* In the page, the card sits in the top layer; the element itself takes no room. */
  :host { display: contents; }
  :host([placement='inline']) { display: block; }
  /* Inline, the card takes its width up to its container's (a narrow side panel). */
  :host([placement='inline']) [part~='base'] { inline-size: min(var(--_w), 100%); }
  [part~='base'] {
    --_w: var(--_width, var(--adk-toast-width, 22rem));
    --_tone: var(--_adk-accent);
    box-sizing: border-box;
    inline-size: min(var(--_w), calc(100vw - 2 * var(--_adk-space-4)));
    display: grid;
    gap: var(--_adk-space-2);
    padding: var(--_adk-space-3);
    overflow: visible;
    color: var(--_adk-text);
    background: var(--_adk-surface);
    border: 1px solid var(--_adk-border);
    border-inline-start: 4px solid var(--_tone);
    border-radius: var(--_adk-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-family: var(--_adk-font-family);
    font-size: var(--_adk-font-size);
  }
  [data-severity='success'] { --_tone: var(--_adk-success); }
  [data-severity='warning'] { --_tone: var(--_adk-warning); }
  [data-severity='error'] { --_tone: var(--_adk-danger); }

  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    transition: translate 160ms ease, opacity 160ms ease;
  }
  @starting-style { [popover]:popover-open { opacity: 0; } }
  :host([placement^='bottom']) [popover] { bottom: var(--_adk-space-4); translate: 0 calc(-1 * var(--_offset, 0px)); }
  :host([placement^='top']) [popover] { top: var(--_adk-space-4); translate: 0 var(--_offset, 0px); }
  :host([placement$='-end']) [popover] { inset-inline-end: var(--_adk-space-4); }
  :host([placement$='-start']) [popover] { inset-inline-start: var(--_adk-space-4); }
  :host([placement$='-center']) [popover] { left: 0; right: 0; margin-inline: auto; }

  p { margin: 0; }
  .heading { display: flex; align-items: center; gap: var(--_adk-space-2); font-weight: 600; }
  [part~='icon'] { flex: none; }
  [part~='subject'] { font-weight: 600; }
  [part~='key-values'] { display: grid; grid-template-columns: minmax(auto, max-content) minmax(0, 1fr); gap: var(--_adk-space-1) var(--_adk-space-3); margin: 0; }
  [part~='key-values'] > div { display: contents; }
  dt { color: var(--_adk-muted); }
  dd { margin: 0; }
  [part~='status'], [part~='error'] { font-size: var(--_adk-font-size-small); }
  [part~='error'] { color: var(--_adk-danger); }
  [part~='status']:empty, [part~='error']:empty { display: none; }
  [part~='actions'] { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_adk-space-2); }
  [part~='button'] {
    font: inherit;
    min-block-size: 2rem;
    padding: var(--_adk-space-1) var(--_adk-space-3);
    color: var(--_adk-text);
    background: var(--_adk-surface-raised);
    border: 1px solid var(--_adk-border);
    border-radius: var(--_adk-radius);
    cursor: pointer;
  }
  /* The seed puts Button 1 last: the main action. */
  [part~='button']:last-child { color: var(--_adk-on-accent); background: var(--_adk-accent); border-color: var(--_adk-accent); }
  [part~='button'][aria-disabled='true'] { opacity: 0.6; cursor: progress; }
`;
