/**
 * Numbers and lists in human output, in the language given. English keeps the forms it always
 * had (byte-identical outputs): `plain` leaves a count as digits, `grouped` writes 1,234 as
 * en-US does; other languages get their own (`1 234`, `12 %`).
 */
import type { Lang } from '../i18n/languages.js';

/** A count for a catalog message: digits in English (as before the catalogs), the language's form elsewhere. */
export function plain(lang: Lang, value: number): string | number {
  return lang === 'en' ? String(value) : value;
}

/** A count with digit grouping in every language: `12,345` in English, `12 345` in Russian. */
export function grouped(lang: Lang, value: number): string {
  if (lang === 'en' && Number.isSafeInteger(value)) return groupedEnglish(value);
  return value.toLocaleString(lang === 'en' ? 'en-US' : lang);
}

/**
 * A whole number as en-US groups it, without Intl: the first Intl number format of a run loads
 * ICU's locale data, which cost a batch run on a small file about 40 ms (and an English run
 * needs nothing else from it).
 */
function groupedEnglish(value: number): string {
  const digits = String(Math.abs(value));
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = text.length; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${text}` : text;
}

/**
 * A count for a catalog message, which also picks its plural form: English writes it grouped as
 * it always did (`1,234`), other languages get the number and the catalog writes it their way.
 */
export function counted(lang: Lang, value: number): string | number {
  return lang === 'en' ? grouped(lang, value) : value;
}

/** A whole percent: `12%` in English, `12 %` in Russian, as Intl writes percentages in the language. */
export function percent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * `a, b and c` in the language (Intl.ListFormat): the one list joiner. English joins without
 * the serial comma, as before the catalogs, unless a list kept another English form of its own
 * (`english`; byte-identical outputs).
 */
export function list(lang: Lang, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', english?: (items: readonly string[]) => string): string {
  if (lang === 'en' && english !== undefined) return english(items);
  if (lang === 'en' && items.length > 1) return `${items.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'and' : 'or'} ${items.at(-1)!}`;
  return new Intl.ListFormat(lang, { type }).format(items);
}
