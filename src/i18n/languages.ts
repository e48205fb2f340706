import { arrived, has, loads } from './catalogues.js';
import type { Messages } from './messages.js';

/** A section of the catalogue: one element's strings, or strings several elements share. */
export type Section = keyof Messages;

/** How to load each section of a language: `import()` of its module, which exports the section. */
export type SectionLoaders = { [S in Section]: () => Promise<Pick<Messages, S>> };

/**
 * The languages the kit ships besides English and how to load them: this module is itself loaded
 * with `import()` (catalogues.ts) the first time an element shows another language than English.
 *
 * The languages the kit ships besides English (built in), by lowercased primary tag. Each section
 * is its own module and, in a build, its own lazy chunk: a page downloads the sections of the
 * elements it shows, in the language it shows them in, the first time it does.
 */
const fr: SectionLoaders = {
  actions: () => import('./fr/actions.js'),
  bridgeState: () => import('./fr/bridge-state.js'),
  callActions: () => import('./fr/call-actions.js'),
  callPanels: () => import('./fr/call-panels.js'),
  callResults: () => import('./fr/call-results.js'),
  callbackPreview: () => import('./fr/callback-preview.js'),
  clickToDial: () => import('./fr/click-to-dial.js'),
  customToast: () => import('./fr/custom-toast.js'),
  dispositionPicker: () => import('./fr/disposition-picker.js'),
  interactionList: () => import('./fr/interaction-list.js'),
  recordFields: () => import('./fr/record-fields.js'),
};

export const LOADERS: Readonly<Record<string, SectionLoaders>> = { fr };

/** Every section, for loading a whole language (`loadMessages`). */
export const SECTIONS = Object.keys(fr) as Section[];

/**
 * Starts loading, for each of `sections` (default all), the section of the first of `tags` (a
 * language's chain without English) that the page has registered — nothing to load then — or the
 * kit ships. Each load is pushed to `started`.
 */
export function request(
  tags: readonly string[],
  sections: readonly Section[] = SECTIONS,
  started?: Promise<void>[],
): void {
  for (const section of sections) {
    for (const tag of tags) {
      if (has(tag, section)) break;
      const loader = LOADERS[tag]?.[section];
      if (!loader) continue;
      started?.push(loadSection(tag, section, loader));
      break;
    }
  }
}

function loadSection(
  tag: string,
  section: Section,
  loader: () => Promise<Partial<Messages>>,
): Promise<void> {
  const key = `${tag}:${section}`;
  let load = loads.get(key);
  if (!load) {
    load = loader().then(
      (module) => arrived(tag, section, module),
      (error: unknown) => {
        console.warn(`agent-desk-kit: the "${tag}" ${section} strings did not load`, error);
      },
    );
    loads.set(key, load);
  }
  return load;
}
