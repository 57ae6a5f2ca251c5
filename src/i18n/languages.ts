/**
 * The interface languages and how a run picks one: `--lang`, else CLIENTFIT_LANG, else the
 * locale variables in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Pure: the caller
 * hands in the flag and the environment.
 */
import { LANGUAGES, type Lang } from '../core/languages.js';

export { LANGUAGES, type Lang };

/** Each language's name in itself, for help and the README. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  bg: 'Български',
  el: 'Ελληνικά',
  bs: 'Bosanski',
};

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A locale name or language tag as one of ours: `ru_RU.UTF-8` → ru, `el-GR` → el, `bs_BA` → bs;
 * Croatian and Serbian in Latin script read Bosnian (`hr_HR`, `sr_RS@latin`, `sr-Latn`); `C` and
 * `POSIX` are English. Anything else is undefined.
 */
export function languageOf(locale: string): Lang | undefined {
  const text = locale.trim();
  if (text === '') return undefined;
  if (text === 'C' || text === 'POSIX' || /^C\./u.test(text)) return 'en';
  const [tag = '', modifier = ''] = text.split('.')[0]!.split('@');
  const parts = tag.toLowerCase().split(/[-_]/u);
  const language = parts[0]!;
  if (isLang(language)) return language;
  if (language === 'hr') return 'bs';
  if (language === 'sr' && (modifier.toLowerCase() === 'latin' || parts.includes('latn'))) return 'bs';
  return undefined;
}

export type LanguageChoice = { readonly ok: true; readonly lang: Lang } | { readonly ok: false; readonly given: string };

/**
 * `--lang` wins and must name a supported language (`ru`, `ru_RU.UTF-8`, `el-GR`). Otherwise the
 * first of CLIENTFIT_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set decides; LANGUAGE is a
 * colon-separated list whose first supported entry counts. A locale we do not speak is English.
 */
export function chooseLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): LanguageChoice {
  if (flag !== undefined) {
    const lang = languageOf(flag);
    return lang === undefined ? { ok: false, given: flag } : { ok: true, lang };
  }
  for (const name of ['CLIENTFIT_LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value.trim() === '') continue;
    const entries = name === 'LANGUAGE' ? value.split(':') : [value];
    for (const entry of entries) {
      const lang = languageOf(entry);
      if (lang !== undefined) return { ok: true, lang };
    }
    // LANGUAGE lists preferences: none we speak, so the locale variables still decide.
    if (name === 'LANGUAGE') continue;
    return { ok: true, lang: 'en' };
  }
  return { ok: true, lang: 'en' };
}

/**
 * `--lang X` or `--lang=X` anywhere before a lone `--`: read before commander runs, because the
 * help and commander's own messages are worded in the chosen language too. The last one wins.
 */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    // A --lang with no value is commander's to report (argument missing), in the locale's language.
    if (arg === '--lang') found = argv[index + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}
