/**
 * How a client turned out, as people write it in an outcome column or a journal: the words
 * for good and bad. Kept apart so more languages can be added here without touching the
 * calibration maths.
 */
import { isUnknownWord, normalizeWord, readYesNo } from './answers.js';

export type Outcome = 'good' | 'bad';

const GOOD_WORDS = new Set(['good', 'ok', 'okay', 'fine', 'great']);
const BAD_WORDS = new Set(['bad', 'poor', 'terrible']);

export type ReadOutcome = { kind: 'outcome'; value: Outcome } | { kind: 'unknown' } | { kind: 'invalid'; message: string };

/**
 * good/bad, or any yes/no word the answer reader knows (yes = good). Empty and the unknown
 * words mean not known.
 */
export function readOutcome(raw: unknown): ReadOutcome {
  if (raw === null || raw === undefined || isUnknownWord(raw)) return { kind: 'unknown' };
  if (typeof raw === 'string') {
    const word = normalizeWord(raw);
    if (GOOD_WORDS.has(word)) return { kind: 'outcome', value: 'good' };
    if (BAD_WORDS.has(word)) return { kind: 'outcome', value: 'bad' };
  }
  const answer = readYesNo(raw);
  if (answer.kind === 'yes-no') return { kind: 'outcome', value: answer.value ? 'good' : 'bad' };
  return { kind: 'invalid', message: `expected good or bad (got "${String(raw).trim()}")` };
}
