// The kit's language: every kit element, in every state its stories show, rendered in English
// and in French. The visible text (and the labels and live regions assistive technology reads)
// must change, and no English string of the catalogue may remain in the French rendering.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import {
  kitElements,
  kitNodes,
  kitStories,
  mountStory,
  settled,
  type KitElement,
} from '../support/kit-stories.js';
import { TEXT_ATTRIBUTES } from '../support/template-text.js';

const elements: KitElement[] = await kitElements();
const tags = new Set(elements.map((e) => e.tag));

const MARK = '\u0000';

/** A catalogue's entries: strings as they are, template functions with their parameters marked. */
function entries(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      const out = (value as (...a: unknown[]) => unknown)(
        ...Array(Math.max(value.length, 1)).fill(MARK),
      );
      return typeof out === 'string' ? [out] : [];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(entries);
  return [];
}

/** A text unit as compared: spaces collapsed, no punctuation, digits or symbols at either end. */
const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, '')
    .trim();
const literal = (entry: string) => norm(entry.split(MARK).join(' '));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const frenchLiterals = new Set(entries(fr).map((e) => literal(e).toLowerCase()));
/**
 * English catalogue entries French says otherwise (cognates such as "Agent" are left out), as
 * patterns a whole text node or text attribute of the French rendering must not match; a
 * function's parameters match anything. Data (names, disposition labels) is never a whole match.
 */
const englishOnly = [...new Set(entries(en))]
  .filter(
    (e) =>
      /\p{L}{2}/u.test(e.split(MARK).join('')) && !frenchLiterals.has(literal(e).toLowerCase()),
  )
  // A template with little fixed text ("Call …") would match data ("Call now"): it needs six letters of its own.
  .filter((e) => !e.includes(MARK) || (e.split(MARK).join('').match(/\p{L}/gu) ?? []).length >= 6)
  .map((e) => ({
    text: e.split(MARK).join('…'),
    re: new RegExp(
      `^${e
        .split(MARK)
        .map((part) => escape(norm(part) ? part.trim() : ''))
        .join('[\\s\\S]*')}$`,
      'u',
    ),
  }));

/** What an element shows and says: its shadow root's text, its text attributes, its live regions; and each of those texts alone. */
function readings(el: Element): { shown: string; announced: string; units: string[] } {
  const root = el.shadowRoot;
  if (!root) return { shown: '', announced: '', units: [] };
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (!n.parentElement?.closest('style, script')) texts.push(n.textContent ?? '');
    } else {
      for (const a of TEXT_ATTRIBUTES) {
        const v = (n as Element).getAttribute(a);
        if (v) texts.push(v);
      }
    }
  }
  const live = [
    ...root.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]'),
  ].map((r) => r.textContent ?? '');
  const clean = (a: string[]) => a.join(' ').replace(/\s+/g, ' ').trim();
  return {
    shown: clean(texts),
    announced: clean(live),
    units: texts.map((t) => norm(t)).filter((t) => /\p{L}/u.test(t)),
  };
}

function setLang(root: HTMLElement, lang: string): void {
  root.lang = lang;
  // Stories may give an element its own language: the test decides here.
  for (const el of kitNodes(root, tags))
    if (el.parentNode && !(el.parentNode instanceof ShadowRoot)) el.setAttribute('lang', lang);
}

describe('the catalogue', () => {
  it('has English text that French says otherwise, to look for', () => {
    const texts = englishOnly.map((e) => e.text);
    expect(texts.length).to.be.greaterThan(20);
    expect(texts).to.include('Dismiss');
    expect(texts).to.not.include('Agent'); // the same word in both languages
    const failed = englishOnly.find((e) => e.text === '… failed: …')!;
    expect(failed.re.test('Call now failed: Interaction not found')).to.equal(true);
    expect(failed.re.test('Appeler : échec. Interaction introuvable')).to.equal(false);
    expect(englishOnly.some((e) => e.re.test('No sale'))).to.equal(false); // data, not the catalogue's "No"
  });
});

describe('every kit element in English and in French', function () {
  this.timeout(300_000);
  const changed = new Map<string, boolean>();
  const announcedChanged = new Map<string, boolean>();
  const leftovers: string[] = [];

  before(async () => {
    for (const story of await kitStories(elements)) {
      const { root, unmount } = await mountStory(story, tags);
      setLang(root, 'en');
      await settled(root, tags);
      const english = new Map(kitNodes(root, tags).map((el) => [el, readings(el)]));
      setLang(root, 'fr');
      await settled(root, tags);
      for (const [el, enText] of english) {
        if (!el.isConnected) continue;
        const frText = readings(el);
        if (/\p{L}/u.test(enText.shown))
          changed.set(
            el.localName,
            (changed.get(el.localName) ?? false) || enText.shown !== frText.shown,
          );
        if (/\p{L}/u.test(enText.announced))
          announcedChanged.set(
            el.localName,
            (announcedChanged.get(el.localName) ?? false) || enText.announced !== frText.announced,
          );
        for (const unit of frText.units) {
          const hit = englishOnly.find(({ re }) => re.test(unit));
          if (hit)
            leftovers.push(
              `${story.file}/${story.name} <${el.localName}>: “${unit}” is English (“${hit.text}”)`,
            );
        }
      }
      unmount();
    }
  });

  it('leaves no English catalogue text in the French rendering', () => {
    expect([...new Set(leftovers)], [...new Set(leftovers)].join('\n')).to.deep.equal([]);
  });

  for (const { tag } of elements) {
    it(`<${tag}> changes what it shows with the language`, function () {
      if (!changed.has(tag)) this.skip(); // shows no text in any story
      expect(changed.get(tag)).to.equal(true);
    });
    it(`<${tag}> changes what it announces with the language`, function () {
      if (!announcedChanged.has(tag)) this.skip(); // announces nothing in any story
      expect(announcedChanged.get(tag)).to.equal(true);
    });
  }
});
