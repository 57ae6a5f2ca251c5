/** English: the source of the `check` section (see ../catalog.ts): `clientfit check`'s summary and warnings. */
export const check = {
  /** between a criterion's pass condition and its `when` in the table (Greek: never ';', its question mark) */
  clauseJoin: '; ',
  criteria: 'Criteria:',
  thresholds: 'Thresholds:',
  thresholdsLine: 'accept at {accept}+, review at {review}+, reject below',
  maxUnknown: '; at most review with more than {maxUnknown} unknown',
  headers: { id: 'id', type: 'type', must: 'must', points: 'points', passes: 'passes when' },
  /** the cell of a must-have in the `must` column */
  mustCell: 'must',
  /** the totals under the table: `{criteria}, {musts}, {points} in all.` */
  totals: '{criteria}, {musts}, {points} in all.',
  criteriaCount: { one: '{count} criteria', other: '{count} criteria' },
  mustCount: { one: '{count} must-have', other: '{count} must-haves' },
  pointsCount: { one: '{count} points', other: '{count} points' },
  noWarnings: 'No warnings: a short list of minimum requirements.',
  warnings: { one: '{count} warning:', other: '{count} warnings:' },
  /** the kind of each warning, before it */
  kinds: { 'too picky': 'too picky', 'accepts everyone': 'accepts everyone', unreachable: 'unreachable', inconsistent: 'inconsistent' },
  /** "passes when", by criterion type */
  passes: {
    yes: 'yes',
    no: 'no',
    between: '{min} to {max}',
    atLeast: 'at least {min}',
    atMost: 'at most {max}',
    anyNumber: 'any number',
    /** a passing option and its points */
    option: '{value} {points}',
    withFails: '{options}; fails: {fails}',
    noMention: 'no mention of {flags}',
    flag: '"{flag}"',
    /** an option's label, quoted */
    label: '"{label}"',
    /** a red flag written as a stem, shown by the whole words it finds */
    stem: '{examples} and other forms',
    anything: 'anything',
  },
  /** `when pays_upfront: yes or no, budget: 5`: when a criterion applies */
  when: 'when {conditions}',
  condition: '{id}: {values}',
  or: ' or ',
} as const;
