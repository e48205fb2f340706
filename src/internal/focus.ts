import type { ReactiveElement } from 'lit';

/**
 * Focuses the first element `selector` finds in `host`'s shadow root once its pending render is
 * done: what a form asks for after a change that re-renders it (a panel opened, a field found
 * invalid). Asked before the host's first render (not connected yet), it waits for that render.
 */
export function focusAfterUpdate(
  host: Pick<ReactiveElement, 'updateComplete' | 'renderRoot'>,
  selector: string,
): void {
  void host.updateComplete.then(() =>
    host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
  );
}
