/**
 * How a client turned out, as people write it in an outcome column or a journal: the words
 * for good and bad. Kept apart so more languages can be added here without touching the
 * calibration maths.
 */
import { isUnknownWord, normalizeWord, readYesNo } from './answers.js';
import type { AnswerProblem } from './problems.js';

/** How a client turned out: what `outcome` records and calibration compares verdicts with. */
export const CLIENT_OUTCOMES = ['good', 'bad'] as const;
export type ClientOutcome = (typeof CLIENT_OUTCOMES)[number];

/**
 * Outcome words in the answer reader's eight languages (English, Russian, Bulgarian, Greek,
 * Bosnian/Croatian/Serbian in Latin and Cyrillic, German, French, Spanish), compared after
 * normalizeWord (lower case, trimmed). Yes/no words count too (yes = good), see readOutcome.
 */
const GOOD_WORDS = new Set([
  'good',
  'ok',
  'okay',
  'fine',
  'great',
  'хорошо',
  'хороший',
  'хорошая',
  'хорошее',
  'отлично',
  'добре',
  'добър',
  'добра',
  'добро',
  'отличен',
  'καλός',
  'καλή',
  'καλό',
  'καλά',
  'καλος',
  'καλη',
  'καλο',
  'καλα',
  'dobar',
  'dobra',
  'dobro',
  'добар',
  'gut',
  'bon',
  'bonne',
  'bien',
  'bueno',
  'buena',
]);
const BAD_WORDS = new Set([
  'bad',
  'poor',
  'terrible',
  'плохо',
  'плохой',
  'плохая',
  'плохое',
  'ужасно',
  'лошо',
  'лош',
  'лоша',
  'κακός',
  'κακή',
  'κακό',
  'κακά',
  'κακος',
  'κακη',
  'κακο',
  'κακα',
  'loš',
  'loša',
  'loše',
  'лоше',
  'schlecht',
  'mauvais',
  'mauvaise',
  'malo',
  'mala',
  'mal',
]);

export type ReadOutcome = { kind: 'outcome'; value: ClientOutcome } | { kind: 'unknown' } | { kind: 'invalid'; problem: AnswerProblem };

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
  return { kind: 'invalid', problem: { code: 'not-an-outcome', raw: String(raw).trim() } };
}
