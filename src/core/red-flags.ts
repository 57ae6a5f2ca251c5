/**
 * Red flags in a text answer: the one matcher `score` (a text criterion's `red_flags`) and
 * `read` (a prospect's message) share, so they always agree on what is a red flag. A flag is
 * found where its text occurs, whatever the case (`скидк` finds «Скидку»: a stem is a prefix,
 * and so is a phrase); what is reported is the flag and the words of the answer it matched,
 * as written (`скидку`, `έκπτωση`), not the stem.
 */

export interface RedFlagMatch {
  /** the list entry */
  readonly flag: string;
  /** where the words it matched start and end in the text */
  readonly start: number;
  readonly end: number;
  /** those words as written: the match widened to whole words */
  readonly words: string;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/**
 * Offsets of `lower` (the text lowercased) mapped back to the text: the same unless lowering
 * changed a length (`İ` becomes two code units), then mapped code point by code point.
 */
function originalIndex(text: string, lower: string, index: number): number {
  if (lower.length === text.length) return index;
  let at = 0;
  let lowered = 0;
  for (const char of text) {
    if (lowered >= index) return at;
    lowered += char.toLowerCase().length;
    at += char.length;
  }
  return text.length;
}

function widen(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start--;
  while (end < text.length && end > 0 && WORD.test(text[end - 1]!) && WORD.test(text[end]!)) end++;
  return { start, end };
}

function matchAt(text: string, lower: string, flag: string, index: number): RedFlagMatch {
  const from = originalIndex(text, lower, index);
  const to = originalIndex(text, lower, index + flag.toLowerCase().length);
  const { start, end } = widen(text, from, Math.max(from, to));
  return { flag, start, end, words: text.slice(start, end) };
}

/** The first flag of the list that the text mentions (the list's order decides), with the words it matched. */
export function findRedFlag(text: string, flags: readonly string[]): RedFlagMatch | undefined {
  if (text === '' || flags.length === 0) return undefined;
  const lower = text.toLowerCase();
  for (const flag of flags) {
    const index = lower.indexOf(flag.toLowerCase());
    if (index !== -1 && flag !== '') return matchAt(text, lower, flag, index);
  }
  return undefined;
}

/** Every flag the text mentions, each at its first place, in the text's order. */
export function findRedFlags(text: string, flags: readonly string[]): RedFlagMatch[] {
  if (text === '' || flags.length === 0) return [];
  const lower = text.toLowerCase();
  const found: RedFlagMatch[] = [];
  for (const flag of flags) {
    const index = flag === '' ? -1 : lower.indexOf(flag.toLowerCase());
    if (index !== -1) found.push(matchAt(text, lower, flag, index));
  }
  return found.sort((a, b) => a.start - b.start);
}
