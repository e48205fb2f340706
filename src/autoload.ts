/**
 * Defines the kit's elements on demand, for the main entry (`agent-desk-kit`, and its
 * single-file bundle): a page pays up front for the bridge, the provider and this table, and
 * downloads each element's module the first time its tag appears (Shoelace's autoloader pattern).
 *
 * It looks for the kit's tags in the document when the entry runs, then watches the document
 * for added elements (a MutationObserver on `document`'s subtree). Elements that a page creates
 * inside a shadow root of its own are not seen: import the element's entry
 * (`agent-desk-kit/call-actions`, …) or call `loadElements()` first. The element entries define
 * their elements as soon as they are imported, and export their classes.
 */

/** Each public tag and the module that defines it. */
export const ELEMENT_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'agent-bridge': () => import('./components/agent-bridge/agent-bridge.js'),
  'agent-bridge-state': () => import('./components/bridge-state/bridge-state.js'),
  'call-actions': () => import('./components/call-actions/call-actions.js'),
  'callback-preview': () => import('./components/callback-preview/callback-preview.js'),
  'click-to-dial': () => import('./components/click-to-dial/click-to-dial.js'),
  'custom-toast': () => import('./components/custom-toast/custom-toast.js'),
  'disposition-picker': () => import('./components/disposition-picker/disposition-picker.js'),
  'interaction-list': () => import('./components/interaction-list/interaction-list.js'),
  'record-fields-editor': () => import('./components/record-fields-editor/record-fields-editor.js'),
};

const loads = new Map<string, Promise<void>>();
let started = false;

/**
 * Loads the modules of `tags` (default: every element of the kit) and resolves when they are
 * defined. A tag the kit does not have is refused with an error that names it.
 */
export function loadElements(
  tags: readonly string[] = Object.keys(ELEMENT_MODULES),
): Promise<void> {
  return Promise.all(tags.map(load)).then(() => undefined);
}

function load(tag: string): Promise<void> {
  const module = ELEMENT_MODULES[tag];
  if (!module) return Promise.reject(new Error(`agent-desk-kit has no element <${tag}>`));
  let done = loads.get(tag);
  if (!done) {
    done = module().then(() => undefined);
    // A failed load (offline?) may be tried again when the tag appears again.
    done.catch(() => loads.delete(tag));
    loads.set(tag, done);
  }
  return done;
}

const SELECTOR = Object.keys(ELEMENT_MODULES).join(',');

/** Loads the kit's tags found in `root` (itself included) that are not defined yet. */
function discover(root: Element | Document): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
  for (const el of found) {
    const tag = el.localName;
    if (!customElements.get(tag) && !loads.has(tag)) void load(tag).catch(reportError);
  }
}

/** Starts discovering (once): the document now, then every element added to it. */
export function startAutoload(): void {
  if (typeof document === 'undefined' || started) return;
  started = true;
  discover(document);
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document, { childList: true, subtree: true });
}
