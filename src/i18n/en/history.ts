/**
 * English: the source of the `history` section (see ../catalog.ts): `clientfit history`'s table
 * and messages (src/cli/commands/history/run.ts) and what reading the journal says (src/cli/journal.ts).
 */
export const history = {
  table: { date: 'date', name: 'name', verdict: 'verdict', score: 'score', decisions: 'decisions', outcome: 'outcome', id: 'id' },
  noName: '(no name)',
  replaced: 'replaced:',
  noDecision: 'no decision for "{prospect}" in {path}{suggestion}',
  listsProspects: '`clientfit history` lists the prospects.',
  saveFirst: 'Save a decision with `clientfit score --save` first.',
  notADate: '--since {value}: not a date',
  dateForm: 'Write it as YYYY-MM-DD, e.g. --since 2026-03-01.',
  badLimit: '--limit {value}: expected a whole number of 1 or more',
  noJournal: 'No journal yet at {path}. Save a decision with `clientfit score --save`.',
  empty: 'No decisions in {path} yet. Save one with `clientfit score --save`.',
  noneMatch: 'No decisions {named}{since}in {path}.',
  namedLike: 'named like "{name}" ',
  since: 'since {date} ',
  journal: {
    cannot: { open: 'cannot open the journal {path}: {reason}', write: 'cannot write to the journal {path}: {reason}', read: 'cannot read the journal {path}: {reason}' },
    notAFile: 'cannot read the journal {path}: it is {kind}, not a file',
    skipped: '{file}:{line}: {problem}, skipped',
    moreSkipped: { one: '{file}: {count} more line skipped', other: '{file}: {count} more lines skipped' },
    ambiguous: '"{key}" is both the id of a decision for {owner} and the name of a prospect: not read either way',
    ambiguousHow: 'Say which: {asId} for the decision, {asName} for the prospect.',
    several: { one: '"{key}" is part of the name of {count} prospect: {names}', other: '"{key}" is part of the names of {count} prospects: {names}' },
    severalHow: 'Give more of the name, or one of the decision ids in brackets.',
    took: '"{key}": taking {name}, the only prospect whose name holds it.',
    /** a line dated more than a day ahead (core FUTURE_TOLERANCE_MS): still read, "latest" being by time */
    future: {
      decision:
        "{file}:{line}: decision {id} for {name} is dated {time}, more than a day ahead of this computer's clock: until then it stays the prospect's latest decision, the one `score --resume` and `outcome` take; if a wrong clock wrote it, correct its time",
      outcome:
        "{file}:{line}: outcome {id} for {name} is dated {time}, more than a day ahead of this computer's clock: until then it stays the outcome that counts for its decision; if a wrong clock wrote it, correct its time",
    },
    moreFuture: { one: '{file}: {count} more line dated more than a day ahead', other: '{file}: {count} more lines dated more than a day ahead' },
  },
} as const;
