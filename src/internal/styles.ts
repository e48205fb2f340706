import { css } from 'lit';

/**
 * The kit's design tokens and base styles, shared by every element.
 *
 * Public tokens (set them on any ancestor, e.g. `:root`, to theme every element at once):
 * `--adk-font-family`, `--adk-font-size`, `--adk-font-size-small`,
 * `--adk-color-text`, `--adk-color-muted`, `--adk-color-surface`, `--adk-color-surface-raised`,
 * `--adk-color-border`, `--adk-color-accent`, `--adk-color-on-accent`,
 * `--adk-color-danger`, `--adk-color-success`, `--adk-color-warning`,
 * `--adk-color-state-ringing`, `--adk-color-state-connected`, `--adk-color-state-held`, `--adk-color-state-error`,
 * `--adk-space-1` … `--adk-space-4`, `--adk-radius`, `--adk-focus-ring`.
 *
 * Elements read the private `--_adk-*` copies, which fall back to the light theme, to the dark
 * one under `prefers-color-scheme: dark`, and to system colours under `forced-colors`.
 */
export const tokens = css`
  :host {
    --_adk-font-family: var(--adk-font-family, system-ui, sans-serif);
    --_adk-font-size: var(--adk-font-size, 0.9375rem);
    --_adk-font-size-small: var(--adk-font-size-small, 0.8125rem);
    --_adk-text: var(--adk-color-text, #1d2230);
    --_adk-muted: var(--adk-color-muted, #5a6272);
    --_adk-surface: var(--adk-color-surface, #ffffff);
    --_adk-surface-raised: var(--adk-color-surface-raised, #f3f5f8);
    --_adk-border: var(--adk-color-border, #c4cad4);
    --_adk-accent: var(--adk-color-accent, #1f5fbf);
    --_adk-on-accent: var(--adk-color-on-accent, #ffffff);
    --_adk-danger: var(--adk-color-danger, #b3261e);
    --_adk-success: var(--adk-color-success, #1b6e3a);
    --_adk-warning: var(--adk-color-warning, #8a5300);
    --_adk-ringing: var(--adk-color-state-ringing, #8a5300);
    --_adk-connected: var(--adk-color-state-connected, #1b6e3a);
    --_adk-held: var(--adk-color-state-held, #5b3fa6);
    --_adk-error: var(--adk-color-state-error, #b3261e);
    --_adk-space-1: var(--adk-space-1, 0.25rem);
    --_adk-space-2: var(--adk-space-2, 0.5rem);
    --_adk-space-3: var(--adk-space-3, 0.75rem);
    --_adk-space-4: var(--adk-space-4, 1rem);
    --_adk-radius: var(--adk-radius, 4px);
    --_adk-focus-ring: var(--adk-focus-ring, 2px solid var(--_adk-accent));
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_adk-text: var(--adk-color-text, #e7eaf0);
      --_adk-muted: var(--adk-color-muted, #a9b1c0);
      --_adk-surface: var(--adk-color-surface, #171b24);
      --_adk-surface-raised: var(--adk-color-surface-raised, #222834);
      --_adk-border: var(--adk-color-border, #4a5366);
      --_adk-accent: var(--adk-color-accent, #8ab4ff);
      --_adk-on-accent: var(--adk-color-on-accent, #0b1a33);
      --_adk-danger: var(--adk-color-danger, #ffb4ab);
      --_adk-success: var(--adk-color-success, #7dd99a);
      --_adk-warning: var(--adk-color-warning, #ffcf80);
      --_adk-ringing: var(--adk-color-state-ringing, #ffcf80);
      --_adk-connected: var(--adk-color-state-connected, #7dd99a);
      --_adk-held: var(--adk-color-state-held, #cdb8ff);
      --_adk-error: var(--adk-color-state-error, #ffb4ab);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_adk-text: CanvasText; --_adk-muted: GrayText; --_adk-surface: Canvas; --_adk-surface-raised: Canvas;
      --_adk-border: CanvasText; --_adk-accent: Highlight; --_adk-on-accent: HighlightText;
      --_adk-danger: CanvasText; --_adk-success: CanvasText; --_adk-warning: CanvasText;
      --_adk-ringing: CanvasText; --_adk-connected: CanvasText; --_adk-held: CanvasText; --_adk-error: CanvasText;
    }
  }
`;

/** Base styles: tokens, type, hidden and visually-hidden, focus ring, reduced motion. */
export const baseStyles = [tokens, css`
  :host {
    font-family: var(--_adk-font-family);
    font-size: var(--_adk-font-size);
    color: var(--_adk-text);
  }
  :host([hidden]) { display: none; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .muted { color: var(--_adk-muted); }
  .danger { color: var(--_adk-danger); }
  :focus-visible { outline: var(--_adk-focus-ring); outline-offset: 2px; }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; }
  }
`];
