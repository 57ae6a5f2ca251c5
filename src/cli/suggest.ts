/** The core's "closest candidate" worded in the language of the words given: ` (did you mean "x"?)`. */
import { closest } from '../core/suggest.js';
import type { AllWords } from '../i18n/index.js';

/** ` (did you mean "x"?)` in the language of `t`, or an empty string. */
export function didYouMean(t: AllWords['common'], word: string, candidates: Iterable<string>, normalize?: (value: string) => string): string {
  const suggestion = closest(word, candidates, normalize);
  return suggestion === undefined ? '' : t.didYouMean({ word: suggestion });
}
