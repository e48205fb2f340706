// The kit's elements as the stories show them: the elements come from custom-elements.json
// (`npm run analyze`; scripts/test.mjs refreshes it), the states from the stories (which double
// as fixtures). Tests that must cover "every element" walk the stories with these helpers, so
// they grow by themselves as elements and stories land.
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';

export interface KitElement {
  tag: string;
  /** Documented `@csspart`s. */
  parts: string[];
  /** Source module, e.g. `src/components/custom-toast/custom-toast.ts`. */
  path: string;
}

interface Manifest { modules: Array<{ path: string; declarations?: Array<{ tagName?: string; customElement?: boolean; cssParts?: Array<{ name: string }> }> }> }

/** Every element of the kit (from `src/components/`) that the manifest documents and the page registered. */
export async function kitElements(): Promise<KitElement[]> {
  const res = await fetch('/custom-elements.json');
  if (!res.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` (npm test does it when it is stale)');
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

export interface StoryRef { file: string; name: string; render: () => TemplateResult }

type StoryModule = Record<string, { render?: (args: object, ctx: object) => unknown; args?: object } | undefined> & { default?: { render?: (args: object, ctx: object) => unknown; args?: object } };

/**
 * The stories of every element's story file (`stories/<folder>.stories.ts`, the folder of its
 * module under src/components/) plus `extra` files, in file order.
 */
export async function kitStories(elements: KitElement[], extra: string[] = ['themes']): Promise<StoryRef[]> {
  const out: StoryRef[] = [];
  const folders = elements.map((e) => e.path.split('/')[2]);
  for (const file of [...new Set([...folders, ...extra])]) {
    let mod: StoryModule;
    try {
      mod = (await import(/* @vite-ignore */ `../../stories/${file}.stories.ts`)) as StoryModule;
    } catch {
      continue; // no stories for this element (a sub-element, or not written yet)
    }
    const meta = mod.default ?? {};
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default' || !story || typeof story !== 'object') continue;
      const fn = story.render ?? meta.render;
      if (typeof fn !== 'function') continue;
      const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
      out.push({ file, name, render: () => fn(args, { args, id: `${file}--${name}` }) as TemplateResult });
    }
  }
  return out;
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
  return kitNodes(root, tags).map((el) => `${el.localName}:${el.shadowRoot?.innerHTML.length ?? 0}:${el.shadowRoot?.textContent ?? ''}`).join('|');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Renders a story into a fresh container and waits until it settled: its bridges (if any) are
 * ready and what the kit's elements show has not changed for `quietMs`. Returns the container
 * and a function that removes it.
 */
export async function mountStory(story: StoryRef, tags: ReadonlySet<string>, { quietMs = 250, maxMs = 4000 } = {}): Promise<{ root: HTMLElement; unmount(): void }> {
  const root = document.createElement('div');
  root.dataset.story = `${story.file}--${story.name}`;
  document.body.append(root);
  render(story.render(), root);
  const start = performance.now();
  const bridges = [...root.querySelectorAll('agent-bridge')] as Array<HTMLElement & { bridge?: { state: { sync: string } } }>;
  while (performance.now() - start < maxMs && bridges.some((b) => !['ready', 'failed'].includes(b.bridge?.state.sync ?? 'idle'))) await sleep(20);
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
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Waits until every kit element in `root` finished updating (after a theme or language switch). */
export async function settled(root: ParentNode, tags: ReadonlySet<string>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(kitNodes(root, tags).map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await sleep(0);
  }
}
