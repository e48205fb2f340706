// Docs previews sized to their story. On a docs page each story runs in its own frame (a story's
// simulated workspace answers its own window only, see preview.ts), and a frame has a fixed
// height: a short story sat in a tall empty box and a tall one was cut. Inside such a frame this
// watches the story's content and sets the frame's height to it (the frame is same-origin).

/** The height a frame needs to show `doc`'s content with no scrollbar, in CSS px. */
export function contentHeight(doc: Document): number {
  const root = doc.getElementById('storybook-root') ?? doc.body;
  const rect = root.getBoundingClientRect();
  const style = doc.defaultView?.getComputedStyle(doc.body);
  const margin = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
  const padding = style ? parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0;
  return Math.ceil(Math.max(rect.bottom, root.scrollHeight) + margin + padding);
}

/** The docs frame this window is a story of, or null (the story is shown on its own). */
function docsFrame(win: Window): HTMLIFrameElement | null {
  try {
    // The frame element belongs to the parent's realm: test its name, not `instanceof`.
    const frame = win.frameElement as HTMLIFrameElement | null;
    if (frame?.localName !== 'iframe') return null;
    // A story frame of a docs page: its parent shows `viewMode=docs`.
    return win.parent !== win && win.parent.location.search.includes('viewMode=docs')
      ? frame
      : null;
  } catch {
    return null; // a cross-origin parent
  }
}

const MIN = 80;
let watching = false;

/** Starts sizing this window's docs frame to its content (once per window; a no-op elsewhere). */
export function fitDocsFrame(win: Window = window): void {
  const frame = docsFrame(win);
  if (!frame || watching) return;
  watching = true;
  let last = 0;
  const fit = () => {
    const h = Math.max(MIN, contentHeight(win.document));
    if (Math.abs(h - last) < 2) return;
    last = h;
    frame.style.height = `${h}px`;
    frame.height = String(h);
    // Storybook wraps the frame in a box of the configured height: size it too.
    const box = frame.parentElement;
    if (box && box.style.height) box.style.height = `${h}px`;
  };
  // Resizing the frame inside the observer's callback would resize what it observes in the same
  // frame (a "ResizeObserver loop"): fit on the next frame instead.
  let queued = false;
  const observer = new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      fit();
    });
  });
  observer.observe(win.document.getElementById('storybook-root') ?? win.document.body);
  fit();
}
