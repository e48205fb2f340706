/**
 * The kit's custom events. Every event the kit fires is named `adk-*`, bubbles, crosses shadow
 * roots, and carries a typed `detail`.
 */
export const EVENT_PREFIX = 'adk-';

export function kitEvent<D>(
  name: string,
  detail: D,
  init: { cancelable?: boolean } = {},
): CustomEvent<D> {
  return new CustomEvent<D>(`${EVENT_PREFIX}${name}`, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: init.cancelable ?? false,
  });
}
