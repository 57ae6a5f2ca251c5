import { translation } from '../catalog.js';
import { check as english } from '../en/check.js';

// Greek: ';' is the question mark, so lists and clauses are joined with the upper stop '·', written as a
// semicolon is: after the word, a space after it.
export const check = translation('el', english, {
  clauseJoin: '· ',
  criteria: 'Κριτήρια:',
  thresholds: 'Όρια:',
  thresholdsLine: 'αποδοχή από {accept}, συζήτηση από {review}, αλλιώς απόρριψη',
  maxUnknown: '· το πολύ «συζήτηση» όταν τα άγνωστα είναι πάνω από {maxUnknown}',
  headers: { id: 'id', type: 'τύπος', must: 'απαραίτητο', points: 'πόντοι', passes: 'περνά όταν' },
  mustCell: 'ναι',
  totals: '{criteria}, {musts}, {points} συνολικά.',
  criteriaCount: { one: '{count} κριτήριο', other: '{count} κριτήρια' },
  mustCount: { one: '{count} απαραίτητο', other: '{count} απαραίτητα' },
  pointsCount: { one: '{count} πόντος', other: '{count} πόντοι' },
  noWarnings: 'Καμία προειδοποίηση: μια σύντομη λίστα ελάχιστων απαιτήσεων.',
  warnings: { one: '{count} προειδοποίηση:', other: '{count} προειδοποιήσεις:' },
  kinds: { 'too picky': 'πολύ αυστηρή λίστα', 'accepts everyone': 'περνούν όλοι', unreachable: 'ανέφικτο', inconsistent: 'αντίφαση' },
  passes: {
    yes: 'ναι',
    no: 'όχι',
    between: '{min} έως {max}',
    atLeast: 'τουλάχιστον {min}',
    atMost: 'το πολύ {max}',
    anyNumber: 'οποιοσδήποτε αριθμός',
    option: '{value} {points}',
    withFails: '{options}· απορρίπτεται: {fails}',
    noMention: 'χωρίς αναφορά σε {flags}',
    flag: '«{flag}»',
    label: '«{label}»',
    /** a red flag written as a stem, shown by the whole words it finds */
    stem: '{examples} και άλλες μορφές',
    anything: 'οτιδήποτε',
  },
  when: 'όταν {conditions}',
  condition: '{id}: {values}',
  or: ' ή ',
});
