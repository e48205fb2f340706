/**
 * The kit's page theme: the design tokens as `--adk-*` custom properties on `:root`, light or
 * dark by `prefers-color-scheme`, or as a page says with `data-adk-theme="light|dark"` on
 * `<html>` or on any element (a dark side panel in a light page), and system colours under
 * `forced-colors`. Built from the same table as the elements' own defaults
 * (`src/internal/styles.ts`), so a themed page and an unthemed one look alike.
 *
 * ```ts
 * import { adoptTheme, setTheme } from 'agent-desk-kit/theme';
 * adoptTheme();          // once per document
 * setTheme('dark');      // or 'light', or 'auto' (follow the system)
 * ```
 * A page re-themes the kit by overriding the tokens after this sheet, e.g.
 * `:root { --adk-color-accent: #0070d2; --adk-radius: 2px; }`.
 */
import { COLOR_TOKENS, FOCUS_RING, SCALE_TOKENS, publicColor } from '../internal/styles.js';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_ATTRIBUTE = 'data-adk-theme';

const colors = (scheme: Theme) =>
  [
    `color-scheme: ${scheme};`,
    ...COLOR_TOKENS.map((t) => `${publicColor(t)}: ${t[scheme]};`),
    `--adk-focus-ring: ${FOCUS_RING('var(--adk-color-accent)')};`,
  ].join('\n  ');

const light = `[${THEME_ATTRIBUTE}='light']`;
const dark = `[${THEME_ATTRIBUTE}='dark']`;

/** The theme's CSS text (for a `<style>` element, or a server-side page). */
export const themeCss = `
:root {
  ${SCALE_TOKENS.map((t) => `--adk-${t.name}: ${t.value};`).join('\n  ')}
  ${colors('light')}
}
@media (prefers-color-scheme: dark) {
  :root:not(${light}) {
  ${colors('dark')}
  }
}
${dark} {
  ${colors('dark')}
}
${light} {
  ${colors('light')}
}
/* An element that sets its theme also paints its own surface, so text keeps its contrast. */
[${THEME_ATTRIBUTE}] { color: var(--adk-color-text); background-color: var(--adk-color-surface); }
@media (forced-colors: active) {
  :root, [${THEME_ATTRIBUTE}] {
  ${COLOR_TOKENS.map((t) => `${publicColor(t)}: ${t.forced};`).join('\n  ')}
  }
}
`;

let sheet: CSSStyleSheet | undefined;

/** The theme as a constructed stylesheet (one per page). */
export function themeSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss);
  }
  return sheet;
}

/** Adds the theme to a document (once; later calls do nothing). Returns the sheet. */
export function adoptTheme(doc: Document = document): CSSStyleSheet {
  const s = themeSheet();
  if (!doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
  return s;
}

/** Sets the theme of `root` (default `<html>`): `light`, `dark`, or `auto` to follow the system. */
export function setTheme(theme: Theme | 'auto', root: Element = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute(THEME_ATTRIBUTE);
  else root.setAttribute(THEME_ATTRIBUTE, theme);
}
