// The kit's elements as the stories show them: the elements come from custom-elements.json
// (`npm run analyze`; scripts/test.mjs refreshes it), the states from the stories (which double
// as fixtures). Tests that must cover "every element" walk the stories with these helpers, so
// they grow by themselves as elements and stories land.
import { render, type TemplateResult } from 'lit';
import { loadElements } from '../../src/index.js';

// The main entry defines elements on demand; the stories need them all now.
await loadElements();

export interface KitElement {
  tag: string;
  /** Documented `@csspart`s. */
  parts: string[];
  /** Source module, e.g. `src/components/custom-toast/custom-toast.ts`. */
  path: string;
}

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{
      tagName?: string;
      customElement?: boolean;
      cssParts?: Array<{ name: string }>;
    }>;
  }>;
}

/** Every element of the kit (from `src/components/`) that the manifest documents and the page registered. */
export async function kitElements(): Promise<KitElement[]> {
  const res = await fetch('/custom-elements.json');
  if (!res.ok)
    throw new Error(
      'custom-elements.json is missing: run `npm run analyze` (npm test does it when it is stale)',
    );
  const manifest = (await res.json()) as Manifest;
  const out: KitElement[] = [];
  for (const mod of manifest.modules) {
    if (!mod.path.startsWith('src/components/')) continue;
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || !customElements.get(d.tagName)) continue;
      out.push({ tag: d.tagName, parts: (d.cssParts ?? []).map((p) => p.name), path: mod.path });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A story as Storybook renders it: its args applied to its (or its meta's) render, then its play function. */
export interface StoryRef {
  file: string;
  name: string;
  render: () => TemplateResult | Node;
  /** The story's `play`, given the element the story was rendered into (Storybook's `canvasElement`). */
  play?: (canvasElement: HTMLElement) => Promise<unknown>;
}

type Annotations = {
  render?: (args: object, ctx: object) => unknown;
  play?: (ctx: object) => unknown;
  args?: object;
  component?: string;
  title?: string;
  [key: string]: unknown;
};
type StoryModule = Record<
  string,
  Annotations | ((args: object, ctx: object) => unknown) | undefined
> & { default?: Annotations };

/** Annotations Storybook would apply and these helpers don't (yet): a story using one fails loudly rather than rendering differently. */
const UNSUPPORTED = [
  'decorators',
  'loaders',
  'beforeEach',
  'beforeAll',
  'mount',
  'excludeStories',
  'includeStories',
];

/** Storybook's web-components default render: the meta's `component`, its args set as properties. */
function defaultRender(args: object, ctx: { component?: string }): Node {
  if (!ctx.component) throw new Error("a story without render needs its meta's `component`");
  return Object.assign(document.createElement(ctx.component), args);
}

/** The stories of `stories/<file>.stories.ts`, for each of `files` (missing files are skipped), in file and export order. */
export async function storiesIn(files: string[]): Promise<StoryRef[]> {
  const out: StoryRef[] = [];
  for (const file of files) {
    let mod: StoryModule;
    try {
      mod = (await import(/* @vite-ignore */ `../../stories/${file}.stories.ts`)) as StoryModule;
    } catch {
      continue; // no stories for this element (a sub-element, or not written yet)
    }
    const meta = mod.default ?? {};
    for (const [name, exported] of Object.entries(mod)) {
      if (name === 'default' || !exported) continue;
      const story: Annotations = typeof exported === 'function' ? { render: exported } : exported;
      if (typeof story !== 'object') continue;
      const unsupported = UNSUPPORTED.filter((k) => k in story || k in meta);
      if (unsupported.length)
        throw new Error(`${file}/${name}: kit-stories.ts does not apply ${unsupported.join(', ')}`);
      const render = story.render ?? meta.render ?? defaultRender;
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      const ctx = {
        args,
        id: `${file}--${name}`,
        name,
        title: meta.title,
        component: meta.component,
      };
      const play = story.play ?? meta.play;
      out.push({
        file,
        name,
        render: () => render(args, ctx) as TemplateResult | Node,
        play: play ? async (canvasElement) => play({ ...ctx, canvasElement }) : undefined,
      });
    }
  }
  return out;
}

/**
 * The stories of every element's story file (`stories/<folder>.stories.ts`, the folder of its
 * module under src/components/) plus `extra` files, in file order.
 */
export async function kitStories(
  elements: KitElement[],
  extra: string[] = ['themes'],
): Promise<StoryRef[]> {
  const folders = elements.map((e) => e.path.split('/')[2]);
  return storiesIn([...new Set([...folders, ...extra])]);
}

/** Every story file's name (`stories/<name>.stories.ts`), from the test server (test/support/story-files.mjs). */
export async function storyFiles(): Promise<string[]> {
  const res = await fetch('/__story-files');
  if (!res.ok)
    throw new Error(
      'the test server does not list the story files (storyFilesPlugin in web-test-runner.config.mjs)',
    );
  return (await res.json()) as string[];
}

/** Every element in `root`, its shadow roots and theirs. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** The kit elements rendered in `root` (deep), by tag. */
export function kitNodes(root: ParentNode, tags: ReadonlySet<string>): Element[] {
  return deepElements(root).filter((el) => tags.has(el.localName));
}

/** A snapshot of what `root` shows: changes while the story is still settling. */
function fingerprint(root: ParentNode, tags: ReadonlySet<string>): string {
  return kitNodes(root, tags)
    .map(
      (el) =>
        `${el.localName}:${el.shadowRoot?.innerHTML.length ?? 0}:${el.shadowRoot?.textContent ?? ''}`,
    )
    .join('|');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for the setups of a story (a provider marked `data-story-setup="pending"` by the story's
 * helper) to end, and throws with the story's name when one failed or never ended: a story
 * that does not reach its state fails the test that uses it, instead of logging.
 */
export async function storySetups(
  root: ParentNode,
  story: StoryRef,
  maxMs = 20_000,
): Promise<void> {
  const marked = () => [...root.querySelectorAll<HTMLElement>('[data-story-setup]')];
  const start = performance.now();
  while (
    performance.now() - start < maxMs &&
    marked().some((e) => e.dataset.storySetup === 'pending')
  )
    await sleep(20);
  const bad = marked().find((e) => e.dataset.storySetup !== 'done');
  if (!bad) return;
  const why =
    bad.dataset.storySetup === 'failed'
      ? `failed: ${bad.dataset.storyError ?? ''}`
      : `did not end within ${maxMs / 1000} s`;
  throw new Error(`${story.file}/${story.name}: the story's setup ${why}`);
}

/**
 * Renders a story into a fresh container, runs its play function, and waits until it settled: its
 * bridges (if any) are ready and what the kit's elements show has not changed for `quietMs`.
 * Returns the container and a function that removes it.
 */
export async function mountStory(
  story: StoryRef,
  tags: ReadonlySet<string>,
  { quietMs = 250, maxMs = 4000 } = {},
): Promise<{ root: HTMLElement; unmount(): void }> {
  const root = document.createElement('div');
  root.dataset.story = `${story.file}--${story.name}`;
  document.body.append(root);
  const unmount = () => {
    render(null, root);
    root.remove();
  };
  render(story.render(), root);
  try {
    await story.play?.(root);
    await storySetups(root, story);
  } catch (error) {
    unmount();
    throw error;
  }
  const start = performance.now();
  const bridges = [...root.querySelectorAll('agent-bridge')] as Array<
    HTMLElement & { bridge?: { state: { sync: string } } }
  >;
  while (
    performance.now() - start < maxMs &&
    bridges.some((b) => !['ready', 'failed'].includes(b.bridge?.state.sync ?? 'idle'))
  )
    await sleep(20);
  let last = fingerprint(root, tags);
  let quietSince = performance.now();
  while (performance.now() - start < maxMs && performance.now() - quietSince < quietMs) {
    await sleep(25);
    const now = fingerprint(root, tags);
    if (now !== last) {
      last = now;
      quietSince = performance.now();
    }
  }
  return { root, unmount };
}

/** Waits until every kit element in `root` finished updating (after a theme or language switch). */
export async function settled(root: ParentNode, tags: ReadonlySet<string>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      kitNodes(root, tags).map(
        (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
    await sleep(0);
  }
}
