import { css } from 'lit';

/**
 * Base styles every kit element shares. Public theme hooks are few: `--adk-font-family`,
 * `--adk-color-text`, `--adk-color-muted`, `--adk-color-danger`, `--adk-color-border`.
 */
export const baseStyles = css`
  :host {
    font-family: var(--adk-font-family, system-ui, sans-serif);
    color: var(--adk-color-text, CanvasText);
  }
  :host([hidden]) { display: none; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .muted { color: var(--adk-color-muted, GrayText); }
  .danger { color: var(--adk-color-danger, #b00020); }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;
