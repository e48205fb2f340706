/**
 * The keydown listener of a panel or a confirmation that Escape closes: on Escape (only), `close`
 * runs and the key goes no further (no default action, not to an enclosing panel or the page).
 */
export const closeOnEscape =
  (close: () => void) =>
  (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
