/**
 * The words a run speaks. main() chooses the run's language once (languages.ts) and loads its
 * words (`voiceOf`); the run's IO (`io.voice`) and the command declarations (`context.voice`)
 * carry them, and every function that words something takes the voice, the words or the one
 * section it needs as a parameter. Nothing here holds a current language: two in-process runs
 * in different languages each pass their own, so they can never mix.
 *
 * "In English whatever the language" is passing `ENGLISH`: the machine output that quotes a
 * message (JSON's `message` and `suggestions`). Machine output itself (JSON, CSV columns, exit
 * codes) never goes through here. Catalogs other than English load lazily, each its own chunk.
 */
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
