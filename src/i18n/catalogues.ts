import type { Messages } from './messages.js';
import { LOADERS, SECTIONS, type Section } from './languages.js';

/**
 * The catalogues the page has, section by section (a section is one element's strings, or strings
 * several elements share: `actions`, `callResults`).
 *
 * - English is built in, but only the sections of the elements the page imports: each element
 *   gives its English sections to its `LocaleController`, which adds them here (`addEnglish`).
 * - Other languages the kit ships (`languages.ts`) are loaded with `import()` the first time an
 *   element shows one of their sections (`wanted`); until then, and if loading fails, the element
 *   shows English, and it is re-rendered when the section arrives (`onChange`).
 * - A page may register a whole catalogue of its own (`register`): another language, or its own
 *   wording of one the kit ships. What a page registered is never replaced by a section loaded
 *   later.
 */
type Catalogue = Partial<Messages>;

/** English sections given by the page's elements. */
const english: Catalogue = {};
/** Catalogues by lowercased tag: registered by the page, or loaded section by section. */
const catalogues = new Map<string, Catalogue>();
/** Loads started, by `tag:section`; settled ones stay, so a section is asked for once. */
const loads = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
/** Bumped whenever a catalogue changes, to know when a cached merge is stale. */
let version = 0;
const merged = new Map<string, { version: number; messages: Messages }>();

function changed(): void {
  version++;
  for (const l of [...listeners]) l();
}

/** Calls `listener` whenever a catalogue is registered or a section arrives; returns its removal. */
export function onChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Adds an element's English sections (the first given wins: they are the same objects). */
export function addEnglish(sections: Catalogue): void {
  let added = false;
  for (const key of Object.keys(sections) as Section[]) {
    if (english[key] || !sections[key]) continue;
    Object.assign(english, { [key]: sections[key] });
    added = true;
  }
  if (added) version++;
}

/** Adds or replaces a language's catalogue (a deployment's wording, another language). */
export function register(lang: string, messages: Messages): void {
  catalogues.set(lang.toLowerCase(), { ...messages });
  changed();
}

/** The tags a language falls back through before English: `fr-ca` → `fr-ca`, `fr`. */
function chain(lang: string | null | undefined): string[] {
  const tag = (lang ?? '').toLowerCase();
  const primary = tag.split('-')[0];
  return [...new Set([tag, primary, 'en'])].filter(Boolean);
}

/**
 * The catalogue for a BCP 47 tag as the page has it now: each section from the exact tag, else
 * its primary language, else English (registered, else built in).
 */
export function current(lang: string | null | undefined): Messages {
  const key = (lang ?? '').toLowerCase();
  const cached = merged.get(key);
  if (cached?.version === version) return cached.messages;
  const layers = chain(key).map((t) => catalogues.get(t) ?? {});
  const out: Catalogue = { ...english };
  for (const layer of layers.reverse()) Object.assign(out, layer);
  // Every section an element asks for is in `english` (its controller added it) or registered.
  const messages = out as Messages;
  merged.set(key, { version, messages });
  return messages;
}

/**
 * Starts loading the `sections` of `lang` (all when none are named) that the kit ships in that
 * language and the page has neither registered nor loaded yet; resolves when they have arrived
 * or failed. A section is loaded from the closest tag of the language's chain that the kit ships,
 * unless a closer one (e.g. a page's `fr-CA`) has it already.
 */
export function wanted(
  lang: string | null | undefined,
  sections: readonly Section[] = SECTIONS,
): Promise<void> {
  const started: Promise<void>[] = [];
  request(lang, sections, started);
  return Promise.all(started).then(() => undefined);
}

/** `wanted` without waiting: what an element calls at each render. */
export function request(
  lang: string | null | undefined,
  sections: readonly Section[] = SECTIONS,
  started?: Promise<void>[],
): void {
  for (const section of sections) {
    for (const tag of chain(lang)) {
      if (catalogues.get(tag)?.[section]) break;
      const loaders = LOADERS[tag];
      if (!loaders) continue;
      const load = loadSection(tag, section, loaders[section]);
      started?.push(load);
      break;
    }
  }
}

function loadSection(
  tag: string,
  section: Section,
  loader: () => Promise<Catalogue>,
): Promise<void> {
  const key = `${tag}:${section}`;
  let load = loads.get(key);
  if (!load) {
    load = loader().then(
      (module) => {
        const catalogue = catalogues.get(tag) ?? {};
        if (catalogue[section]) return; // the page registered its own meanwhile
        catalogues.set(tag, Object.assign({}, catalogue, pick(module, section)));
        changed();
      },
      (error: unknown) => {
        console.warn(`agent-desk-kit: the "${tag}" ${section} strings did not load`, error);
      },
    );
    loads.set(key, load);
  }
  return load;
}

/** One section of a catalogue, as a catalogue. */
function pick(catalogue: Catalogue, section: Section): Catalogue {
  return { [section]: catalogue[section] };
}

/** Resolves when every section asked for so far has arrived (or failed): for tests and pages. */
export function settledLoads(): Promise<void> {
  return Promise.all(loads.values()).then(() => undefined);
}
