import { css, unsafeCSS } from 'lit';

/**
 * The kit's design tokens, in one place. Each public token (`--adk-*`, set it on any ancestor,
 * e.g. `:root`, to theme every element at once) has a private copy (`--_adk-*`) that elements
 * read, with a light default, a dark one (under `prefers-color-scheme: dark`) and a system
 * colour under `forced-colors`. The page theme (`src/themes/`) is built from the same table.
 */
export interface ColorToken {
  name: string;
  light: string;
  dark: string;
  forced: string;
}
export interface ScaleToken {
  name: string;
  value: string;
}

/** Colours: name → `--adk-color-<name>` / `--_adk-<name>`. */
export const COLOR_TOKENS: readonly ColorToken[] = [
  { name: 'text', light: '#1d2230', dark: '#e7eaf0', forced: 'CanvasText' },
  { name: 'muted', light: '#5a6272', dark: '#a9b1c0', forced: 'GrayText' },
  { name: 'surface', light: '#ffffff', dark: '#171b24', forced: 'Canvas' },
  { name: 'surface-raised', light: '#f3f5f8', dark: '#222834', forced: 'Canvas' },
  { name: 'border', light: '#c4cad4', dark: '#4a5366', forced: 'CanvasText' },
  { name: 'accent', light: '#1f5fbf', dark: '#8ab4ff', forced: 'Highlight' },
  { name: 'on-accent', light: '#ffffff', dark: '#0b1a33', forced: 'HighlightText' },
  { name: 'danger', light: '#b3261e', dark: '#ffb4ab', forced: 'CanvasText' },
  { name: 'success', light: '#1b6e3a', dark: '#7dd99a', forced: 'CanvasText' },
  { name: 'warning', light: '#8a5300', dark: '#ffcf80', forced: 'CanvasText' },
  // Call states: `--adk-color-state-<name>` / `--_adk-<name>`.
  { name: 'state-ringing', light: '#8a5300', dark: '#ffcf80', forced: 'CanvasText' },
  { name: 'state-connected', light: '#1b6e3a', dark: '#7dd99a', forced: 'CanvasText' },
  { name: 'state-held', light: '#5b3fa6', dark: '#cdb8ff', forced: 'CanvasText' },
  // After-call work: the call ended, the interaction waits for its disposition and Mark done.
  { name: 'state-wrap-up', light: '#00677a', dark: '#7fd6e6', forced: 'CanvasText' },
  { name: 'state-error', light: '#b3261e', dark: '#ffb4ab', forced: 'CanvasText' },
];

/** Type, spacing, radius and focus ring: `--adk-<name>` / `--_adk-<name>`. */
export const SCALE_TOKENS: readonly ScaleToken[] = [
  { name: 'font-family', value: 'system-ui, sans-serif' },
  { name: 'font-size', value: '0.9375rem' },
  { name: 'font-size-small', value: '0.8125rem' },
  /** An element's title (its status line, a section heading). */
  { name: 'font-size-title', value: '1rem' },
  { name: 'space-1', value: '0.25rem' },
  { name: 'space-2', value: '0.5rem' },
  { name: 'space-3', value: '0.75rem' },
  { name: 'space-4', value: '1rem' },
  { name: 'radius', value: '4px' },
];

/** The focus ring follows the accent of the theme in force. */
export const FOCUS_RING = (accent: string): string => `2px solid ${accent}`;

export const publicColor = (t: ColorToken): string => `--adk-color-${t.name}`;
/** `state-ringing` is read as `--_adk-ringing`. */
export const privateColor = (t: ColorToken): string => `--_adk-${t.name.replace(/^state-/, '')}`;

const elementColors = (scheme: 'light' | 'dark') =>
  COLOR_TOKENS.map((t) => `${privateColor(t)}:var(${publicColor(t)},${t[scheme]});`).join('');

// Written without spaces: the build minifies lit's `css` templates, not a string built here.
export const tokens = unsafeCSS(
  `:host{${SCALE_TOKENS.map((t) => `--_adk-${t.name}:var(--adk-${t.name},${t.value});`).join('')}` +
    `${elementColors('light')}--_adk-focus-ring:var(--adk-focus-ring,${FOCUS_RING('var(--_adk-accent)')})}` +
    `@media (prefers-color-scheme:dark){:host{${elementColors('dark')}}}` +
    `@media (forced-colors:active){:host{${COLOR_TOKENS.map((t) => `${privateColor(t)}:${t.forced};`).join('')}}}`,
);

/**
 * Base styles: tokens, type, hidden and visually-hidden, focus ring, reduced motion, and what
 * keeps an element inside a narrow side panel (280 px up): a long value (a number, a code, a
 * date in two zones) wraps rather than pushing the element wider, and no control is wider than
 * its box.
 */
export const baseStyles = [
  tokens,
  css`
  :host {
    font-family: var(--_adk-font-family);
    font-size: var(--_adk-font-size);
    color: var(--_adk-text);
    overflow-wrap: anywhere;
  }
  input, select, textarea, button { max-inline-size: 100%; }
  fieldset { min-inline-size: 0; }
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
`,
];

/**
 * What a block sub-element of a panel or a form starts from (the keypad, the target and
 * reschedule forms, the schedule form): the base styles and a block host.
 */
export const blockStyles = [baseStyles, css`:host { display: block; }`];

/**
 * An element drawn as a panel: a block host whose `base` part is a grid on a bordered surface.
 * Its gap and padding are the element's own (some take them from a public custom property).
 */
export const panelStyles = css`
  :host { display: block; }
  [part='base'] {
    display: grid;
    background: var(--_adk-surface);
    border: 1px solid var(--_adk-border);
    border-radius: var(--_adk-radius);
  }
`;
