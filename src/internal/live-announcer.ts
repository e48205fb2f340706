/**
 * The page's two live regions for things said outside any one element (toasts): one polite, one
 * assertive, made on first use at the end of `<body>` and shared by every caller. Each message is
 * a new node, so the same words said twice are announced twice; only the newest is kept.
 */
const ATTR = 'data-adk-live-regions';

export interface LiveRegions {
  polite: HTMLElement;
  assertive: HTMLElement;
}

export function liveRegions(doc: Document = document): LiveRegions {
  let box = doc.querySelector<HTMLElement>(`[${ATTR}]`);
  if (!box) {
    box = doc.createElement('div');
    box.setAttribute(ATTR, '');
    // Visually hidden, still read.
    box.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    const polite = doc.createElement('div');
    polite.setAttribute('role', 'status');
    polite.setAttribute('aria-live', 'polite');
    polite.setAttribute('aria-atomic', 'true');
    polite.dataset.politeness = 'polite';
    const assertive = doc.createElement('div');
    assertive.setAttribute('role', 'alert');
    assertive.setAttribute('aria-live', 'assertive');
    assertive.setAttribute('aria-atomic', 'true');
    assertive.dataset.politeness = 'assertive';
    box.append(polite, assertive);
    doc.body.append(box);
  }
  return {
    polite: box.querySelector<HTMLElement>('[data-politeness="polite"]')!,
    assertive: box.querySelector<HTMLElement>('[data-politeness="assertive"]')!,
  };
}

/** Says `text` in the polite region (or the assertive one), in language `lang`. */
export function announce(
  text: string,
  opts: { assertive?: boolean; lang?: string; doc?: Document } = {},
): void {
  if (!text) return;
  const regions = liveRegions(opts.doc);
  const region = opts.assertive ? regions.assertive : regions.polite;
  const node = region.ownerDocument.createElement('p');
  node.style.margin = '0';
  if (opts.lang) node.lang = opts.lang;
  node.textContent = text;
  region.replaceChildren(node);
}
