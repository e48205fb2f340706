// "Nothing overflows its box": what the look-and-layout issue asks of every element at the widths
// of a CRM side panel up to a full column. One check for every element and story: given an
// element, it walks everything the element renders (its shadow tree, nested shadow trees and
// slotted content) and reports what sticks out of the element's box sideways, what scrolls
// sideways inside it, and an element wider than its container.

/** The container widths the kit is laid out for, in CSS px (a narrow side panel … a full column). */
export const PANEL_WIDTHS = [280, 480, 768, 1200] as const;

const SLACK = 1; // sub-pixel rounding

function isShown(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  // The visually-hidden pattern (1 px, clipped) is for screen readers only.
  if (
    style.position === 'absolute' &&
    (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)')
  )
    return false;
  return true;
}

/**
 * Everything `el` renders, depth first: shadow tree, nested shadow trees, slotted elements. The
 * generator is told (`next(true)`) when a yielded element was reported, and then skips what is
 * inside it: one line for the outermost box that sticks out, not one for each of its children.
 */
function* rendered(root: Element | ShadowRoot): Generator<Element, void, boolean | undefined> {
  const children = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  for (const r of children) yield* rendered(r);
  for (const child of root.children) {
    if (!isShown(child)) continue;
    // A fixed layer (a page toast's stack, a popover) is laid out against the viewport, not the element.
    if (getComputedStyle(child).position === 'fixed') continue;
    const reported = yield child;
    if (!reported) yield* rendered(child);
  }
}

const describe = (el: Element) => {
  const id = el.id ? `#${el.id}` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${el.localName}${id}${part}${cls}>${text ? ` "${text}"` : ''}`;
};

/**
 * What overflows `el`'s box sideways (empty when nothing does). `container` is the box `el` must
 * fit in (default: its parent element).
 */
export function overflows(el: HTMLElement, container: Element | null = el.parentElement): string[] {
  const problems: string[] = [];
  const box = el.getBoundingClientRect();
  if (container) {
    const c = container.getBoundingClientRect();
    if (box.right > c.right + SLACK)
      problems.push(
        `<${el.localName}> is ${Math.round(box.right - c.right)} px wider than its container`,
      );
  }
  for (const child of rendered(el)) {
    const r = child.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const out = Math.max(r.right - box.right, box.left - r.left);
    if (out > SLACK) problems.push(`${describe(child)} sticks out ${Math.round(out)} px`);
    const style = getComputedStyle(child);
    if (
      child.scrollWidth > child.clientWidth + SLACK &&
      (style.overflowX === 'auto' || style.overflowX === 'scroll')
    )
      problems.push(
        `${describe(child)} scrolls sideways (${child.scrollWidth} > ${child.clientWidth})`,
      );
  }
  problems.push(...stackedRows(el));
  return problems;
}

/**
 * Rows of buttons stacked one per line although two would fit side by side: a group of three or
 * more buttons whose every button starts a new line while the group is at least twice as wide
 * as its widest button.
 */
function stackedRows(el: HTMLElement): string[] {
  const problems: string[] = [];
  for (const box of rendered(el)) {
    const buttons = [...box.children].filter(
      (c) => (c.localName === 'button' || c.getAttribute('role') === 'button') && isShown(c),
    );
    if (buttons.length < 3) continue;
    const rects = buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0);
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const widest = Math.max(...rects.map((r) => r.width));
    if (tops.size === rects.length && box.getBoundingClientRect().width >= 2 * widest)
      problems.push(`${describe(box)} stacks its ${rects.length} buttons one per line`);
  }
  return problems;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Lays `el`'s container out at each of `widths` and returns what overflows at each, e.g.
 * `['280 px: <span.when> "Tue 10:30" sticks out 12 px']`. Restores the container's width.
 */
export async function overflowsAtWidths(
  el: HTMLElement,
  container: HTMLElement,
  widths: readonly number[] = PANEL_WIDTHS,
): Promise<string[]> {
  const before = container.style.width;
  const problems: string[] = [];
  try {
    for (const w of widths) {
      container.style.width = `${w}px`;
      await frame();
      await frame();
      problems.push(...overflows(el, container).map((p) => `${w} px: ${p}`));
    }
  } finally {
    container.style.width = before;
  }
  return problems;
}
