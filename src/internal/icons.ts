/**
 * The kit's icons: inline SVG (no icon font, no request), 24-unit grid, drawn with
 * `currentColor` so they follow the text colour of the theme and of forced colours. Always
 * decorative (`aria-hidden`): the control they sit in carries the name.
 */
import { svg, type SVGTemplateResult } from 'lit';

/**
 * Each icon is one path (a rectangle or a circle written as its path): an element that shows
 * another icon in the same place (a toolbar button that changes action) changes an attribute,
 * not its nodes.
 */
const PATHS = {
  hangUp: 'M3 14.5c5-4.6 13-4.6 18 0l-2.4 2.9-3.6-1.5v-2.6a11 11 0 0 0-6 0v2.6l-3.6 1.5z',
  hold: 'M8 5v14M16 5v14',
  resume: 'M7 4.5v15l12-7.5z',
  microphone: 'M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0zM5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21',
  microphoneOff:
    'M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0zM5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M4 4l16 16',
  speaker: 'M4 9.5h3.5L12 5v14l-4.5-4.5H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11',
  speakerOff: 'M4 9.5h3.5L12 5v14l-4.5-4.5H4zM16 9.5l5 5M21 9.5l-5 5',
  transfer: 'M4 8h14M14 4l4 4-4 4M20 16H6M10 12l-4 4 4 4',
  conference:
    'M5 9a3 3 0 1 0 6 0a3 3 0 1 0-6 0M13 9a3 3 0 1 0 6 0a3 3 0 1 0-6 0M2.5 19a5.5 5.5 0 0 1 11 0M10.5 19a5.5 5.5 0 0 1 11 0',
  keypad:
    'M6 5h.01M12 5h.01M18 5h.01M6 10h.01M12 10h.01M18 10h.01M6 15h.01M12 15h.01M18 15h.01M12 20h.01',
  record: 'M6 12a6 6 0 1 0 12 0a6 6 0 1 0-12 0',
  stop: 'M7.5 6.5h9a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-9a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z',
  check: 'M4.5 12.5l5 5 10-11',
  calendar:
    'M5.5 5h13a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zM3.5 10h17M8 3v4M16 3v4',
  close: 'M6 6l12 12M18 6L6 18',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
} as const;
/** The dots (keypad, more) are round caps of a wider stroke. */
const WIDE: Partial<Record<IconName, number>> = { keypad: 3, more: 3.5 };

export type IconName = keyof typeof PATHS;
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/**
 * An icon, decorative: 1em square unless the element's styles size its `icon` part (call-actions:
 * 1.125em). No `focusable="false"` (only Internet Explorer focused an SVG by default) and no
 * class (a page's styles reach it through the part).
 */
export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"
    fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round"><path d=${PATHS[name]} stroke-width=${WIDE[name] ?? 2}></path></svg>`;
}
