/**
 * The toast `icon` (seed 003 `system.popupToast`: "The URL of the icon you want to display in the
 * title bar"). The kit and its simulated workspace use only `https:`, `http:` and `data:image/`
 * URLs; anything else (`javascript:`, `file:`, a non-image `data:` URL…) is refused with
 * `toastIconText`, by the workspace and by the page renderer alike. The page resolves a relative
 * icon against its own address before showing it or sending it to the workspace.
 */
export const TOAST_ICON_SCHEMES = ['https:', 'http:', 'data:image/'] as const;

/**
 * The icon URL the kit uses for `value`, or null when it uses none. With `base` (the page's own
 * address, for the page renderer) a relative URL is resolved against it first — the workspace
 * has no `base`: a page's relative path means nothing there.
 */
export function toastIconUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  if (/^data:image\//i.test(url)) return url;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null; // relative without a base, or not a URL
  }
}

/** Whether `value` is an icon URL the kit uses as it is (absolute https:/http:, or data:image/). */
export function isToastIconUrl(value: unknown): value is string {
  return toastIconUrl(value) !== null;
}

/** The workspace's error text for a refused icon. */
export function toastIconText(value: unknown): string {
  const shown = typeof value === 'string' ? value.slice(0, 80) : typeof value;
  return `Error: The toast icon must be an https:, http: or data:image/ URL (got '${shown}').`;
}
