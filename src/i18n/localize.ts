import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  addEnglish,
  current,
  onChange,
  register,
  request,
  settledLoads,
  wanted,
} from './catalogues.js';
import type { Section } from './languages.js';
import type { Messages } from './messages.js';

/**
 * The kit's strings: typed catalogues by language, and a controller that gives an element the
 * catalogue of its language — its own `lang`, else its nearest ancestor's (across shadow roots),
 * else the document's — and re-renders it when that language changes or its strings arrive.
 * English is built in (each element brings its own sections); French loads on demand
 * (`catalogues.ts`, `languages.ts`).
 */

/** Adds or replaces a language's catalogue (a deployment's wording, another language). */
export function registerMessages(lang: string, messages: Messages): void {
  register(lang, messages);
}

/**
 * The catalogue for a BCP 47 tag as the page has it now: exact match, then its primary language,
 * then English, section by section. A section of a language the kit ships that has not loaded yet
 * is English here: `loadMessages` loads a whole language.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  return current(lang);
}

/**
 * Loads every section of a language the kit ships (no-op for English, or for a language the page
 * registered), then returns its catalogue: e.g. to start a page's own catalogue from French.
 * Sections whose elements the page has not imported stay as the page has them (English is built
 * in only for the elements a page imports; `loadEnglish()` from the package index loads all of it).
 */
export async function loadMessages(lang: string): Promise<Messages> {
  await wanted(lang);
  return current(lang);
}

/** Resolves once every catalogue section asked for so far has arrived (or failed to). */
export function messagesLoaded(): Promise<void> {
  return settledLoads();
}

/** The language in force for an element: the closest `lang` attribute, crossing shadow roots. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.lang || 'en';
}

const langListeners = new Set<() => void>();
let observer: MutationObserver | undefined;
function watchLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const l of [...langListeners]) l();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Gives its host `t` (the messages) and `lang`, and re-renders it when either changes. `english`
 * is the English of the sections the host shows (imported from `i18n/en/<section>.js`): it makes
 * them part of the element's module graph, and names the sections to load in another language.
 * Without it, the host gets the English other elements brought, and every section loads.
 */
export class LocaleController implements ReactiveController {
  private readonly sections: readonly Section[] | undefined;
  private readonly update = () => this.host.requestUpdate();
  private stopListening?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    english?: Partial<Messages>,
  ) {
    if (english) {
      addEnglish(english);
      this.sections = Object.keys(english) as Section[];
    }
    host.addController(this);
  }
  get lang(): string {
    return langOf(this.host);
  }
  /** The strings in the host's language; asks for that language's sections if not there yet. */
  get t(): Messages {
    const lang = this.lang;
    request(lang, this.sections);
    return current(lang);
  }
  /**
   * For the host's `scheduleUpdate`: runs `update` now when the host's strings are there, else
   * once they have arrived (or failed to: then in English). The host's `updateComplete` then
   * includes the load, and it never shows or announces English while its language is on the way.
   */
  whenReady(update: () => void | Promise<unknown>): void | Promise<unknown> {
    const loading: Promise<void>[] = [];
    request(this.lang, this.sections, loading);
    if (!loading.length) return update();
    return Promise.all(loading).then(update);
  }
  hostConnected(): void {
    watchLangAttributes();
    langListeners.add(this.update);
    this.stopListening ??= onChange(this.update);
  }
  hostDisconnected(): void {
    langListeners.delete(this.update);
    this.stopListening?.();
    this.stopListening = undefined;
  }
}

export type { Messages };
