/** The core's "closest candidate" worded in the run's language: ` (did you mean "x"?)`. */
import { closest } from '../core/suggest.js';
import { words } from '../i18n/index.js';

/** ` (did you mean "x"?)` in the run's language, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, normalize?: (value: string) => string): string {
  const suggestion = closest(word, candidates, normalize);
  return suggestion === undefined ? '' : words().common.didYouMean({ word: suggestion });
}
