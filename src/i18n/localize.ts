import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

/**
 * The kit's strings: typed catalogues by language, and a controller that gives an element the
 * catalogue of its language — its own `lang`, else its nearest ancestor's (across shadow roots),
 * else the document's — and re-renders it when that language or the catalogues change.
 */
const catalogues = new Map<string, Messages>([
  ['en', en],
  ['fr', fr],
]);
const listeners = new Set<() => void>();

function notify(): void {
  for (const l of [...listeners]) l();
}

/** Adds or replaces a language's catalogue (a deployment's wording, another language). */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues.set(lang.toLowerCase(), messages);
  notify();
}

/** The catalogue for a BCP 47 tag: exact match, then its primary language, then English. */
export function messagesFor(lang: string | null | undefined): Messages {
  const tag = (lang ?? '').toLowerCase();
  return catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]) ?? catalogues.get('en')!;
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

let observer: MutationObserver | undefined;
function watchLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Gives its host `t` (the messages) and `lang`, and re-renders it when either changes. */
export class LocaleController implements ReactiveController {
  private readonly update = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }
  get lang(): string {
    return langOf(this.host);
  }
  get t(): Messages {
    return messagesFor(this.lang);
  }
  hostConnected(): void {
    watchLangAttributes();
    listeners.add(this.update);
  }
  hostDisconnected(): void {
    listeners.delete(this.update);
  }
}

export type { Messages };
export { en, fr };
