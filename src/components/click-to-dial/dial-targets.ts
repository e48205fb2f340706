/**
 * What in a `<click-to-dial>`'s content dials: `tel:` links and elements with the number in an
 * attribute (`number-attribute`, default `data-phone`), and the user data a number carries
 * (`data-user-data`, a JSON object, on it or an ancestor inside the element). Pure DOM reading.
 */
import type { UserData } from '../../bridge/api.js';

export const DEFAULT_NUMBER_ATTRIBUTE = 'data-phone';

/** The selector of dialing targets. */
export const targetSelector = (attribute: string) =>
  `a[href^="tel:" i], [${CSS.escape(attribute)}]`;

/** The dialing target an event came from (inside `root`), if any. */
export function targetOf(event: Event, root: Element, attribute: string): Element | undefined {
  const selector = targetSelector(attribute);
  for (const node of event.composedPath()) {
    if (node === root) return undefined;
    if (node instanceof Element && node.matches(selector)) return node;
  }
  return undefined;
}

/** The number a target holds: the attribute's, else the `tel:` link's. */
export function numberOf(target: Element, attribute: string): string {
  const value = target.getAttribute(attribute);
  if (value !== null) return value;
  return target.getAttribute('href') ?? '';
}

/** `data-user-data` of the target or its nearest ancestor inside `root`, over `base`; null when not a JSON object. */
export function userDataOf(target: Element, root: Element, base: UserData): UserData | null {
  let own: UserData = {};
  const holder = target.closest('[data-user-data]');
  if (holder && root.contains(holder)) {
    try {
      const parsed: unknown = JSON.parse(holder.getAttribute('data-user-data') ?? '');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
      own = parsed as UserData;
    } catch {
      return null;
    }
  }
  return { ...base, ...own };
}
