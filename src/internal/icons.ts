/**
 * The kit's icons: inline SVG (no icon font, no request), 24-unit grid, drawn with
 * `currentColor` so they follow the text colour of the theme and of forced colours. Always
 * decorative (`aria-hidden`): the control they sit in carries the name.
 */
import { svg, type SVGTemplateResult } from 'lit';

const PATHS = {
  hangUp: svg`<path d="M3 14.5c5-4.6 13-4.6 18 0l-2.4 2.9-3.6-1.5v-2.6a11 11 0 0 0-6 0v2.6l-3.6 1.5z"/>`,
  hold: svg`<path d="M8 5v14M16 5v14"/>`,
  resume: svg`<path d="M7 4.5v15l12-7.5z"/>`,
  microphone: svg`<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21"/>`,
  microphoneOff: svg`<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M4 4l16 16"/>`,
  speaker: svg`<path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11"/>`,
  speakerOff: svg`<path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4zM16 9.5l5 5M21 9.5l-5 5"/>`,
  transfer: svg`<path d="M4 8h14M14 4l4 4-4 4M20 16H6M10 12l-4 4 4 4"/>`,
  conference: svg`<circle cx="8" cy="9" r="3"/><circle cx="16" cy="9" r="3"/><path d="M2.5 19a5.5 5.5 0 0 1 11 0M10.5 19a5.5 5.5 0 0 1 11 0"/>`,
  keypad: svg`<path d="M6 5h.01M12 5h.01M18 5h.01M6 10h.01M12 10h.01M18 10h.01M6 15h.01M12 15h.01M18 15h.01M12 20h.01" stroke-width="3"/>`,
  record: svg`<circle cx="12" cy="12" r="6"/>`,
  stop: svg`<rect x="6.5" y="6.5" width="11" height="11" rx="1"/>`,
  check: svg`<path d="M4.5 12.5l5 5 10-11"/>`,
  calendar: svg`<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  more: svg`<path d="M5 12h.01M12 12h.01M19 12h.01" stroke-width="3.5"/>`,
} as const;

export type IconName = keyof typeof PATHS;
export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/** An icon, 1.125em square by default (`--adk-icon-size`), decorative. */
export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" part="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${PATHS[name]}</svg>`;
}
