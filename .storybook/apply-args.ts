// The Controls panel at work on stories that render their own template: Storybook hands a story
// its args, but the kit's stories build their page (a provider, a simulated workspace, the
// element) by hand and don't pass args on. This decorator sets each arg the panel changed on
// every instance of the story's element (the meta's `component` tag), as a property, after each
// render: the element then reflects it to its attribute as it would for a page.

/** Sets the args that are properties of `tag`'s instances under `root`; returns how many were set. */
export function applyArgs(root: ParentNode, tag: string, args: Record<string, unknown>): number {
  let set = 0;
  for (const el of root.querySelectorAll(tag)) {
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined || !(key in el) || Reflect.get(el, key) === value) continue;
      Reflect.set(el, key, value);
      set++;
    }
  }
  return set;
}

interface DecoratorContext {
  args: Record<string, unknown>;
  component?: unknown;
  canvasElement?: HTMLElement;
}

/** A Storybook decorator: renders the story, then applies its args to its component's instances. */
export function withArgsApplied<T>(story: () => T, context: DecoratorContext): T {
  const out = story();
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const root = context.canvasElement;
  if (tag && root && Object.keys(context.args).length)
    requestAnimationFrame(() => applyArgs(root, tag, context.args));
  return out;
}
