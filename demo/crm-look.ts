/**
 * Demo: the CRM page's theme and language switches. The theme (light, dark, or the system's)
 * re-themes the kit's elements and the page's own parts, which read the same tokens; the
 * language re-words the elements (they follow the page's `lang`) and the page's own words
 * (`data-i18n` keys below). Both are kept for the next visit.
 */
import { adoptTheme, setTheme, type Theme } from '../src/themes/theme.js';

const WORDS = {
  en: {
    title: 'Acme CRM',
    theme: 'Theme',
    themeAuto: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    callbackTitle: 'Callback and call',
    wrapupTitle: 'Wrap-up and record',
    stateTitle: 'Agent workspace',
    logTitle: 'Workspace events (for developers)',
    logLabel: 'Workspace events, newest first',
  },
  fr: {
    title: 'Acme CRM',
    theme: 'Thème',
    themeAuto: 'Système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    language: 'Langue',
    callbackTitle: 'Rappel et appel',
    wrapupTitle: 'Qualification et fiche',
    stateTitle: 'Espace de travail de l’agent',
    logTitle: 'Événements de l’espace de travail (pour les développeurs)',
    logLabel: 'Événements de l’espace de travail, les plus récents d’abord',
  },
} as const;
type Lang = keyof typeof WORDS;
export type PageWord = keyof (typeof WORDS)['en'];

const STORE = 'acme-crm:look';
const themeSwitch = document.getElementById('theme-switch') as HTMLSelectElement;
const languageSwitch = document.getElementById('language-switch') as HTMLSelectElement;

/** The page's own words in its language (other demo modules word their parts with it). */
export function pageWord(key: PageWord): string {
  const lang = (
    document.documentElement.lang in WORDS ? document.documentElement.lang : 'en'
  ) as Lang;
  return WORDS[lang][key];
}

function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = WORDS[lang][el.dataset.i18n as PageWord] ?? el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', WORDS[lang][el.dataset.i18nLabel as PageWord]);
  document.dispatchEvent(new CustomEvent('crm-language-change', { detail: { lang } }));
}

function applyTheme(theme: Theme | 'auto'): void {
  setTheme(theme);
}

function save(): void {
  try {
    localStorage.setItem(
      STORE,
      JSON.stringify({ theme: themeSwitch.value, lang: languageSwitch.value }),
    );
  } catch {
    // storage unavailable: the switches still work for this visit
  }
}

function saved(): { theme?: string; lang?: string } {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? '{}') as { theme?: string; lang?: string };
  } catch {
    return {};
  }
}

adoptTheme();
const initial = saved();
const isTheme = (v: unknown): v is Theme | 'auto' => v === 'auto' || v === 'light' || v === 'dark';
const isLang = (v: unknown): v is Lang => v === 'en' || v === 'fr';
themeSwitch.value = isTheme(initial.theme) ? initial.theme : 'auto';
languageSwitch.value = isLang(initial.lang) ? initial.lang : 'en';
applyTheme(themeSwitch.value as Theme | 'auto');
applyLanguage(languageSwitch.value as Lang);
themeSwitch.addEventListener('change', () => {
  applyTheme(themeSwitch.value as Theme | 'auto');
  save();
});
languageSwitch.addEventListener('change', () => {
  applyLanguage(languageSwitch.value as Lang);
  save();
});
