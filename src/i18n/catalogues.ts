import type { Messages } from './messages.js';
import { lazyModule } from '../internal/lazy-module.js';
import type { Section } from './languages.js';

/**
 * The catalogues the page has, section by section (a section is one element's strings, or strings
 * several elements share: `actions`, `callResults`).
 *
 * - English is built in, but only the sections of the elements the page imports: each element
 *   gives its English sections to its `LocaleController`, which adds them here (`addEnglish`).
 * - Other languages the kit ships (`languages.ts`, itself loaded with `import()` the first time
 *   an element shows another language than English) are loaded with `import()` the first time an
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
 * The languages the kit ships (`languages.ts`: which, and how to load each section), itself
 * loaded the first time an element shows a language other than English that the page has not
 * registered: an English page downloads none of it.
 */
const shippedLanguages = lazyModule(() => import('./languages.js'));
let shipped: typeof import('./languages.js') | undefined;

/**
 * Starts loading the `sections` of `lang` (all when none are named) that the kit ships in that
 * language and the page has neither registered nor loaded yet; resolves when they have arrived
 * or failed. A section is loaded from the closest tag of the language's chain that the kit ships,
 * unless a closer one (e.g. a page's `fr-CA`) has it already.
 */
export function wanted(
  lang: string | null | undefined,
  sections?: readonly Section[],
): Promise<void> {
  const started: Promise<void>[] = [];
  request(lang, sections, started);
  return Promise.all(started).then(() => undefined);
}

/** `wanted` without waiting: what an element calls at each render. */
export function request(
  lang: string | null | undefined,
  sections?: readonly Section[],
  started?: Promise<void>[],
): void {
  // English is built in: the kit has none to load. Nor does a page that has what it asks for.
  const tags = chain(lang).filter((tag) => tag.split('-')[0] !== 'en');
  if (!tags.length || sections?.every((s) => tags.some((tag) => has(tag, s)))) return;
  if (shipped) return shipped.request(tags, sections, started);
  const key = 'languages';
  const load =
    loads.get(key) ??
    shippedLanguages().then(
      (module) => {
        shipped = module;
        loads.delete(key);
      },
      (error: unknown) => {
        loads.delete(key); // the next render tries again; meanwhile, English
        console.warn('agent-desk-kit: the languages did not load', error);
      },
    );
  loads.set(key, load);
  // Once they are there, the sections (and the element's render waits for them, when it asked).
  const sectionsLoaded = load.then(() => (shipped ? wanted(lang, sections) : undefined));
  started?.push(sectionsLoaded);
}

/** Whether the page has `tag`'s `section` (registered, or loaded). */
export function has(tag: string, section: Section): boolean {
  return !!catalogues.get(tag)?.[section];
}

/**
 * For `languages.ts`: keeps a section of `tag` that has arrived (unless the page registered its
 * own meanwhile) and tells the elements.
 */
export function arrived(tag: string, section: Section, messages: Catalogue): void {
  const catalogue = catalogues.get(tag) ?? {};
  if (catalogue[section]) return;
  catalogues.set(tag, Object.assign({}, catalogue, { [section]: messages[section] }));
  changed();
}

/** For `languages.ts`: loads started, by `tag:section`; settled ones stay, so a section is asked for once. */
export const loads = new Map<string, Promise<void>>();

/** Resolves when every section asked for so far has arrived (or failed): for tests and pages. */
export async function settledLoads(): Promise<void> {
  // A load may start others (the languages, then their sections): until none is left waiting.
  let seen: Promise<void>[];
  do {
    seen = [...loads.values()];
    await Promise.all(seen);
  } while ([...loads.values()].some((l) => !seen.includes(l)));
}
