/**
 * What a word typed into a list of answers names (src/cli/commands/score/select-prompt.ts).
 *
 * @inquirer/select jumps to the first choice whose name starts with the typed letters, exactly
 * as written, and when none does Enter takes whatever was highlighted: `οχι` (Greek typed
 * without its accent) or `no` in a Russian list took Yes, `не знаю` took Нет. Here the
 * criterion's own answer reader decides first (it knows yes and no in every language, and
 * the "don't know" words), then the choices' names and values, compared without case or
 * accents; a word that names no choice, or more than one, names none: the prompt says so
 * instead of guessing.
 */
import { UNKNOWN_WORDS } from '../../../core/answers.js';

export interface Candidate<Value> {
  readonly value: Value;
  /** what the choice may be called: its label, and for a criterion's option its value */
  readonly keys: readonly string[];
  /** the "Don't know yet" choice: a don't-know word typed without its accent picks it */
  readonly unknown?: boolean;
}

/** Case, accents and spacing folded away: `Όχι`, `ΟΧΙ` and `οχι` are the same word. */
export function fold(text: string, locale?: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/gu, ' ').toLocaleLowerCase(locale).replace(/[’‘`]/gu, "'");
}

const FOLDED_UNKNOWN = new Set([...UNKNOWN_WORDS].filter((word) => word !== '').map((word) => fold(word)));

function distinct<Value>(values: readonly Value[]): Value[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}

export interface MatchOptions<Value> {
  /**
   * The criterion's answer reader: the values the typed text reads as (one, or none when it
   * reads as an answer this list does not offer), or undefined when it cannot read it.
   */
  readonly read?: (typed: string) => readonly Value[] | undefined;
  readonly locale?: string;
}

/**
 * The values the typed text names: one (it picks that choice), none, or several (ambiguous).
 * In order: a number picks the choice at that place in the list (as @inquirer/select does),
 * unless the reader reads it as another choice (an option valued `3` in second place: both);
 * then the reader; then a whole name or value, folded; then the start of one, folded.
 */
export function matchTyped<Value>(typed: string, candidates: readonly Candidate<Value>[], options: MatchOptions<Value> = {}): readonly Value[] {
  const text = typed.trim();
  if (text === '') return [];
  const read = options.read?.(text);
  const offered = read === undefined ? undefined : distinct(read.filter((value) => candidates.some((candidate) => candidate.value === value)));
  if (/^\d+$/u.test(text)) {
    // An option whose value is a number elsewhere in the list: the place and the value both count, so no guess.
    const place = candidates[Number(text) - 1];
    if (place === undefined) return offered ?? [];
    return distinct([place.value, ...(offered ?? [])]);
  }
  if (offered !== undefined) return offered;
  const word = fold(text, options.locale);
  if (FOLDED_UNKNOWN.has(word)) {
    const unknown = candidates.filter((candidate) => candidate.unknown === true);
    if (unknown.length > 0) return distinct(unknown.map((candidate) => candidate.value));
  }
  const keys = (candidate: Candidate<Value>): string[] => candidate.keys.map((key) => fold(key, options.locale));
  const whole = candidates.filter((candidate) => keys(candidate).includes(word));
  if (whole.length > 0) return distinct(whole.map((candidate) => candidate.value));
  return distinct(candidates.filter((candidate) => keys(candidate).some((key) => key.startsWith(word))).map((candidate) => candidate.value));
}
