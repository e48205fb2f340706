/**
 * The kit's custom events. Every event the kit fires is named `adk-*`, bubbles, crosses shadow
 * roots, and carries a typed `detail` (the map of names to details: `src/events.ts`).
 */
export const EVENT_PREFIX = 'adk-';

/** A kit event; `name` with or without the `adk-` prefix. */
export function kitEvent<D>(
  name: string,
  detail: D,
  init: { cancelable?: boolean } = {},
): CustomEvent<D> {
  return new CustomEvent<D>(name.startsWith(EVENT_PREFIX) ? name : `${EVENT_PREFIX}${name}`, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: init.cancelable ?? false,
  });
}

/**
 * An event from a sub-element to its parent (see README "Sub-elements"): it neither bubbles
 * nor leaves the parent's shadow root, so a page never sees it.
 */
export function partEvent<D>(name: string, detail: D): CustomEvent<D> {
  return new CustomEvent<D>(name, { detail, bubbles: false, composed: false });
}
