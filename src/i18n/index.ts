/**
 * The words a run speaks. main() chooses the run's language once (languages.ts), loads its
 * words (`voiceOf`) and runs the program inside them (`speaking`): the run's IO carries the
 * same words to the commands. Two in-process runs in different languages each keep their own
 * (the scope follows each run's async calls), so they can never mix. Helpers that word
 * something deep inside a run read the run's words with `words()` and `language()`.
 *
 * "In English whatever the language" is the same mechanism with the English words
 * (`inEnglish`): the machine output that quotes a message (JSON's `message` and `suggestions`).
 * Machine output itself (JSON, CSV columns, exit codes) never goes through here. Catalogs other
 * than English load lazily, each its own chunk.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { compile, type Words } from './catalog.js';
import { en, type English } from './en/index.js';
import type { Lang } from './languages.js';

export type { Lang } from './languages.js';
export type AllWords = Words<English>;

/** A language and its words: what a run (or a text in fixed English) speaks. */
export interface Voice {
  readonly lang: Lang;
  readonly words: AllWords;
}

export const ENGLISH: Voice = { lang: 'en', words: compile('en', en) };

const catalogs: Record<Exclude<Lang, 'en'>, () => Promise<unknown>> = {
  ru: async () => (await import('./ru/index.js')).ru,
  bg: async () => (await import('./bg/index.js')).bg,
  el: async () => (await import('./el/index.js')).el,
  bs: async () => (await import('./bs/index.js')).bs,
};
/** Compiled once per process: a voice holds no state of a run. */
const loaded = new Map<Lang, Promise<Voice>>([['en', Promise.resolve(ENGLISH)]]);

/** The words of `lang` (the run's, or another's: the intake form's own words, --form-lang). */
export function voiceOf(lang: Lang): Promise<Voice> {
  let voice = loaded.get(lang);
  if (voice === undefined) {
    voice = catalogs[lang as Exclude<Lang, 'en'>]().then((catalog) => ({ lang, words: compile(lang, catalog) as unknown as AllWords }));
    loaded.set(lang, voice);
  }
  return voice;
}

const scope = new AsyncLocalStorage<Voice>();
/** Outside any run (unit tests of renderers): English unless a test chooses with `useLanguage`. */
let outside: Voice = ENGLISH;

/** Runs `work` (and everything it awaits or schedules) in `voice`. */
export function speaking<T>(voice: Voice, work: () => T): T {
  return scope.run(voice, work);
}

/** Runs `work` in English whatever the run's language: for text machine output carries. */
export function inEnglish<T>(work: () => T): T {
  return scope.run(ENGLISH, work);
}

/** The voice of the run this is part of. */
export function voice(): Voice {
  return scope.getStore() ?? outside;
}

/** The words of the run this is part of. */
export function words(): AllWords {
  return voice().words;
}

/** The run's language (for Intl formatting beyond the catalog: lists, dates). */
export function language(): Lang {
  return voice().lang;
}

/** English whatever the interface language: for text machine output carries. */
export function englishWords(): AllWords {
  return ENGLISH.words;
}

/** For unit tests that call a renderer outside any run: the language it speaks there. main() never calls this. */
export async function useLanguage(lang: Lang): Promise<void> {
  outside = await voiceOf(lang);
}
