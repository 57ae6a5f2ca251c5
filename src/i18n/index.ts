/**
 * The words of this run: English until `useLanguage` loads another catalog. main() chooses the
 * language once per run (languages.ts), before any command speaks; everything that words
 * something for a person reads `words()`. Machine output (JSON, CSV columns, exit codes) never
 * goes through here, and `englishWords()` gives the fixed English some of it quotes.
 * Catalogs other than English load lazily, each its own chunk.
 */
import { compile, type Words } from './catalog.js';
import { en, type English } from './en/index.js';
import type { Lang } from './languages.js';

export type { Lang } from './languages.js';
export type AllWords = Words<English>;

const english = compile('en', en);
let current: { lang: Lang; words: AllWords } = { lang: 'en', words: english };

const catalogs: Record<Exclude<Lang, 'en'>, () => Promise<unknown>> = {
  ru: async () => (await import('./ru/index.js')).ru,
  bg: async () => (await import('./bg/index.js')).bg,
  el: async () => (await import('./el/index.js')).el,
  bs: async () => (await import('./bs/index.js')).bs,
};

/** Makes `lang` the language of what follows. */
export async function useLanguage(lang: Lang): Promise<void> {
  if (lang === current.lang) return;
  const words = lang === 'en' ? english : (compile(lang, await catalogs[lang]()) as unknown as AllWords);
  current = { lang, words };
}

/** The words of another language than the run's, for text a person other than the user reads (the intake form's own words: --form-lang). */
export async function wordsIn(lang: Lang): Promise<AllWords> {
  if (lang === current.lang) return current.words;
  return lang === 'en' ? english : (compile(lang, await catalogs[lang]()) as unknown as AllWords);
}

/** The words of the current language. */
export function words(): AllWords {
  return current.words;
}

/** The current language (for Intl formatting beyond the catalog: lists, dates). */
export function language(): Lang {
  return current.lang;
}

/** English whatever the interface language: for text machine output carries. */
export function englishWords(): AllWords {
  return english;
}
