/**
 * Catalogs: what the interface says, one object per language, English the source.
 *
 * A message is a string with `{placeholders}`, or a plural: an object with a form per plural
 * category of the language (`{ one: '{count} row', other: '{count} rows' }`), chosen by the
 * `count` parameter through Intl.PluralRules. A section is an object of messages (nested
 * objects allowed). Translations are checked by the type system against English: a missing or
 * extra key, a placeholder left out or invented, or a plural without the language's categories
 * is a compile error (see `translation()`).
 *
 * `compile()` turns a catalog into words: a message without placeholders becomes its string,
 * one with placeholders a function of them (`t.batch.summary({ rows: 3 })`). Numbers given as
 * parameters are written the language's way (`12 345,5` in Russian); pass a string to keep a
 * number as it is (line numbers, ids).
 */
import type { Lang } from './languages.js';

/** The plural categories CLDR gives each language (checked against Intl.PluralRules by a test). */
export interface PluralCategories {
  en: 'one' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
  bg: 'one' | 'other';
  el: 'one' | 'other';
  bs: 'one' | 'few' | 'other';
}

/** CLDR's plural categories: an object whose keys are all categories (with `other`) is a plural message. */
const CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
type Category = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** An English plural: `one` and `other` and no other key (a section that has an `other` key among others stays a section). */
export type EnglishPlural = { readonly one: string; readonly other: string };
type IsPlural<E> = E extends EnglishPlural ? (Exclude<keyof E, Category> extends never ? true : false) : false;

/** The placeholders of a message: `'{n} of {total}'` → `'n' | 'total'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? (Name extends `${string} ${string}` ? Placeholders<Rest> : Name | Placeholders<Rest>) : never;

type PluralPlaceholders<P> = { [K in keyof P]: Placeholders<P[K]> }[keyof P];

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What a message takes: every placeholder, strings or numbers. */
export type Params<Names extends string> = { readonly [N in Names]: string | number };

/** A catalog compiled into words, typed from the English source. */
export type Words<E> = E extends string
  ? [Placeholders<E>] extends [never]
    ? string
    : (params: Params<Placeholders<E>>) => string
  : IsPlural<E> extends true
    ? (params: Params<PluralPlaceholders<E> | 'count'>) => string
    : { readonly [K in keyof E]: Words<E[K]> };

type CheckedMessage<E, T, L extends Lang> = E extends string
  ? T extends string
    ? Equal<Placeholders<E>, Placeholders<T>> extends true
      ? T
      : { error: 'placeholders differ from English'; english: Placeholders<E>; here: Placeholders<T> }
    : { error: 'expected a string like English' }
  : IsPlural<E> extends true
    ? {
        readonly [C in PluralCategories[L]]: T extends Record<C, infer F>
          ? Exclude<Placeholders<F>, PluralPlaceholders<E> | 'count'> extends never
            ? F
            : { error: 'unknown placeholder'; here: Placeholders<F> }
          : string;
      }
    : E extends object
      ? T extends object
        ? Checked<E, T, L>
        : { error: 'expected a section like English' }
      : never;

/** A translation of an English section: the same keys, the same placeholders, the language's plural forms. */
export type Checked<E, T, L extends Lang> = { readonly [K in keyof E]: K extends keyof T ? CheckedMessage<E[K], T[K], L> : CheckedMessage<E[K], unknown, L> } & {
  readonly [K in Exclude<keyof T, keyof E>]: { error: 'not in the English catalog' };
};

/**
 * Declares a section in language L, checked against its English source:
 * `export const batch = translation('ru', enBatch, { ... })`.
 */
export function translation<L extends Lang, E, const T>(_lang: L, _english: E, section: T & Checked<E, T, L>): T {
  return section;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/gu;

/** The run-time twin of IsPlural: keys all plural categories, `other` among them, every form a string. */
function isPlural(value: object): value is Record<string, string> {
  return 'other' in value && Object.entries(value).every(([key, form]) => CATEGORIES.has(key) && typeof form === 'string');
}

/** Turns a catalog into words for `lang` (see the module comment). */
export function compile<E>(lang: Lang, catalog: E): Words<E> {
  // Made on first use: building an Intl formatter loads locale data, which start-up should not pay for.
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const fill = (text: string, params: Readonly<Record<string, string | number>>): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? (numbers ??= new Intl.NumberFormat(lang, { useGrouping: 'min2', maximumFractionDigits: 3 })).format(value) : value;
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      PLACEHOLDER.lastIndex = 0;
      return PLACEHOLDER.test(value) ? (params: Record<string, string | number>) => fill(value, params) : value;
    }
    if (typeof value === 'object' && value !== null) {
      if (isPlural(value)) {
        const forms = value;
        return (params: Record<string, string | number>) => {
          const count = Number(params.count);
          return fill(forms[(plurals ??= new Intl.PluralRules(lang)).select(count)] ?? forms.other!, params);
        };
      }
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    }
    return value;
  };
  // Each section is compiled when first read: a run reads a few of the thirteen (check: program,
  // check, problems), and compiling all of them cost every run's start-up.
  const sections: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(catalog as Record<string, unknown>)) {
    Object.defineProperty(sections, name, {
      enumerable: true,
      configurable: true,
      get() {
        const compiled = walk(section);
        Object.defineProperty(sections, name, { value: compiled, enumerable: true });
        return compiled;
      },
    });
  }
  return sections as Words<E>;
}
