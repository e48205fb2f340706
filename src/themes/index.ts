/**
 * The theme entry (`dist/theme.js`): importing it adopts the kit's theme in the page. Then
 * `setTheme('dark' | 'light' | 'auto')`, or `data-adk-theme` on any element.
 */
import { adoptTheme } from './theme.js';

adoptTheme();

export {
  THEMES,
  THEME_ATTRIBUTE,
  adoptTheme,
  setTheme,
  themeCss,
  themeSheet,
  type Theme,
} from './theme.js';
