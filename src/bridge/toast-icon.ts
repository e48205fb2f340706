/**
 * The toast `icon` (seed 003 `system.popupToast`: "The URL of the icon you want to display in the
 * title bar"). The kit and its simulated workspace use only `https:`, `http:` and `data:image/`
 * URLs; anything else (`javascript:`, `file:`, a relative path, a non-image `data:` URL…) is
 * refused with `toastIconText`, by the workspace and by the page renderer alike.
 */
export const TOAST_ICON_SCHEMES = ['https:', 'http:', 'data:image/'] as const;

/** Whether `value` is an icon URL the kit uses. */
export function isToastIconUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const url = value.trim();
  if (/^data:image\//i.test(url)) return true;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false; // relative or not a URL: it would resolve against whichever page shows it
  }
}

/** The workspace's error text for a refused icon. */
export function toastIconText(value: unknown): string {
  const shown = typeof value === 'string' ? value.slice(0, 80) : typeof value;
  return `Error: The toast icon must be an https:, http: or data:image/ URL (got '${shown}').`;
}
