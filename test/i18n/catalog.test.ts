import { describe, expect, it } from 'vitest';
import { compile, translation, type PluralCategories } from '../../src/i18n/catalog.js';
import { chooseLanguage, langFlag, languageOf, LANGUAGES } from '../../src/i18n/languages.js';

const english = {
  rows: { one: '{count} row', other: '{count} rows' },
  saved: 'Saved {name} to {file}.',
  plain: 'Nothing to do.',
  nested: { deeper: 'at line {line}' },
} as const;

describe('translations are checked against English by the type system', () => {
  it('accepts a complete translation with the language’s plural forms', () => {
    const ru = translation('ru', english, {
      rows: { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' },
      saved: '{name} сохранён в {file}.',
      plain: 'Делать нечего.',
      nested: { deeper: 'в строке {line}' },
    });
    const words = compile('ru', ru);
    expect([1, 2, 5, 21, 1.5].map((count) => words.rows({ count }))).toEqual(['1 строка', '2 строки', '5 строк', '21 строка', '1,5 строки']);
    expect(words.saved({ name: 'Acme', file: 'j.jsonl' })).toBe('Acme сохранён в j.jsonl.');
    expect(words.plain).toBe('Делать нечего.');
  });

  it('refuses a missing key, a lost or invented placeholder, a missing plural form and an extra key', () => {
    translation('bg', english, {
      rows: { one: '{count} ред', other: '{count} реда' },
      // @ts-expect-error {file} is missing
      saved: 'Записах {name}.',
      plain: 'Нищо.',
      nested: { deeper: 'на ред {line}' },
    });
    translation('bg', english, {
      rows: { one: '{count} ред', other: '{count} реда' },
      // @ts-expect-error {path} is not an English placeholder
      saved: 'Записах {name} в {path}.',
      plain: 'Нищо.',
      nested: { deeper: 'на ред {line}' },
    });
    translation('bs', english, {
      // @ts-expect-error Bosnian needs the few form
      rows: { one: '{count} red', other: '{count} redova' },
      saved: 'Sačuvano {name} u {file}.',
      plain: 'Ništa.',
      nested: { deeper: 'u redu {line}' },
    });
    // @ts-expect-error plain is missing
    translation('el', english, {
      rows: { one: '{count} γραμμή', other: '{count} γραμμές' },
      saved: 'Αποθηκεύτηκε {name} στο {file}.',
      nested: { deeper: 'στη γραμμή {line}' },
    });
    translation('el', english, {
      rows: { one: '{count} γραμμή', other: '{count} γραμμές' },
      saved: 'Αποθηκεύτηκε {name} στο {file}.',
      plain: 'Τίποτα.',
      nested: { deeper: 'στη γραμμή {line}' },
      // @ts-expect-error not in English
      extra: 'x',
    });
    expect(true).toBe(true);
  });
});

describe('plural categories', () => {
  const declared: { [L in keyof PluralCategories]: PluralCategories[L][] } = {
    en: ['one', 'other'],
    ru: ['few', 'many', 'one', 'other'],
    bg: ['one', 'other'],
    el: ['one', 'other'],
    bs: ['few', 'one', 'other'],
  };
  it.each(LANGUAGES)('%s: the type lists the categories Intl.PluralRules uses', (lang) => {
    expect([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort()).toEqual([...declared[lang]].sort());
  });
});

describe('choosing the language', () => {
  it('reads locale names and tags', () => {
    expect(['ru_RU.UTF-8', 'el-GR', 'bg_BG', 'bs_BA.UTF-8', 'hr_HR.UTF-8', 'sr_RS@latin', 'sr-Latn-RS', 'C', 'POSIX', 'C.UTF-8', 'en_GB'].map(languageOf)).toEqual([
      'ru',
      'el',
      'bg',
      'bs',
      'bs',
      'bs',
      'bs',
      'en',
      'en',
      'en',
      'en',
    ]);
    expect(languageOf('de_DE.UTF-8')).toBeUndefined();
    expect(languageOf('sr_RS.UTF-8')).toBeUndefined();
  });

  it('--lang, then CLIENTFIT_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG', () => {
    const env = { CLIENTFIT_LANG: 'bg', LANGUAGE: 'el', LC_ALL: 'ru_RU.UTF-8', LC_MESSAGES: 'bs_BA.UTF-8', LANG: 'en_US.UTF-8' };
    expect(chooseLanguage('ru', env)).toEqual({ ok: true, lang: 'ru' });
    expect(chooseLanguage(undefined, env)).toEqual({ ok: true, lang: 'bg' });
    expect(chooseLanguage(undefined, { ...env, CLIENTFIT_LANG: undefined })).toEqual({ ok: true, lang: 'el' });
    expect(chooseLanguage(undefined, { ...env, CLIENTFIT_LANG: '', LANGUAGE: '' })).toEqual({ ok: true, lang: 'ru' });
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'bs_BA.UTF-8', LANG: 'ru_RU.UTF-8' })).toEqual({ ok: true, lang: 'bs' });
    expect(chooseLanguage(undefined, { LANG: 'ru_RU.UTF-8' })).toEqual({ ok: true, lang: 'ru' });
    expect(chooseLanguage(undefined, {})).toEqual({ ok: true, lang: 'en' });
  });

  it('LANGUAGE is a list: its first language we speak counts, else the locale decides', () => {
    expect(chooseLanguage(undefined, { LANGUAGE: 'de:el:ru', LANG: 'bg_BG.UTF-8' })).toEqual({ ok: true, lang: 'el' });
    expect(chooseLanguage(undefined, { LANGUAGE: 'de:fr', LANG: 'bg_BG.UTF-8' })).toEqual({ ok: true, lang: 'bg' });
  });

  it('a locale we do not speak, or C, is English; an unknown --lang is refused', () => {
    expect(chooseLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'ru_RU.UTF-8' })).toEqual({ ok: true, lang: 'en' });
    expect(chooseLanguage(undefined, { LC_ALL: 'C', LANG: 'ru_RU.UTF-8' })).toEqual({ ok: true, lang: 'en' });
    expect(chooseLanguage('de', { LANG: 'ru_RU.UTF-8' })).toEqual({ ok: false, given: 'de' });
  });

  it('finds --lang before a lone --', () => {
    expect(langFlag(['batch', '--lang', 'ru', 'x.csv'])).toBe('ru');
    expect(langFlag(['--lang=el', 'check', '--lang', 'bg'])).toBe('bg');
    expect(langFlag(['batch', '--', '--lang', 'ru'])).toBeUndefined();
    expect(langFlag(['check', '--lang'])).toBeUndefined();
  });
});

describe('a section with an `other` key is not a plural', () => {
  it('stays a section of messages, at run time as in its type', () => {
    const english = { kinds: { other: 'something else', file: 'a file' }, rows: { one: '{count} row', other: '{count} rows' } } as const;
    const words = compile('en', english);
    expect(words.kinds.other).toBe('something else');
    expect(words.kinds.file).toBe('a file');
    expect(words.rows({ count: 2 })).toBe('2 rows');
  });
});
