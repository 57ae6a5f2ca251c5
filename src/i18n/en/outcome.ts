/** English: the source of the `outcome` section (see ../catalog.ts): src/cli/commands/outcome/run.ts. */
export const outcome = {
  /** the label history shows for a decision saved without a name, which `outcome` accepts too */
  noName: '(no name)',
  good: 'good',
  bad: 'bad',
  noId: 'no decision with id "{id}" in the journal{suggestion}',
  historyListsIds: '`clientfit history` lists the ids.',
  otherProspect: 'decision {id} is for "{owner}", not "{name}"',
  unnamed: {
    one: '{count} decision was saved without a name: `clientfit outcome "{noName}" good` records it for the latest, add --id ID for another (`clientfit history` lists the ids).',
    other: '{count} decisions were saved without a name: `clientfit outcome "{noName}" good` records it for the latest, add --id ID for another (`clientfit history` lists the ids).',
  },
  notFound: 'no decision for "{name}" in the journal{suggestion}',
  noNames: 'No decision in the journal has a name: pass --name when you save one.',
  savedNames: 'Saved names: {names}{more} (`clientfit history` lists them all).',
  several: {
    one: '{count} decision is saved for "{name}": recording the outcome for the latest ({time}, id {id}).',
    other: '{count} decisions are saved for "{name}": recording the outcome for the latest ({time}, id {id}).',
  },
  pickAnother: 'Pass --id ID to pick another (`clientfit history "{name}"` lists them).',
  noJournal: 'no journal at {path}',
  notAnOutcome: '"{word}" is not an outcome: say good (ok, yes) or bad (no)',
  saveFirst: 'Save decisions with `clientfit score --save` first, or pass --journal FILE.',
  recorded: 'Recorded "{outcome}" for {name} (decision {id}) in {path}.',
  /** the decision's latest outcome is dated later than now: a new one would not count, so none is written */
  laterOutcome: '{file}:{line}: the outcome "{earlier}" for {name} is dated {time}, later than now, so it would stay the one that counts: "{outcome}" was not recorded',
  fixTime: 'If a wrong clock wrote that line, correct its time (or remove the line), then record the outcome again.',
  replaces: 'This replaces "{earlier}" recorded {time}; both stay in the journal (`clientfit history --all` shows every outcome).',
} as const;
