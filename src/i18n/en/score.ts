/**
 * English: the source of the `score` section (see ../catalog.ts): the interview's prompts
 * (src/cli/commands/score/ask.ts), what `score` says on stderr around them (run.ts), and its
 * messages about answers given with --answers/--set (given.ts) and --resume (resume.ts).
 */
export const score = {
  ask: {
    name: "Prospect's name (optional):",
    yes: 'Yes',
    no: 'No',
    dontKnow: "Don't know yet",
    back: '← Back',
    backAction: 'returns to the previous question',
    /** what @inquirer/prompts' select names its keys with: translated by the English action */
    keys: { navigate: 'navigate', select: 'select' },
    goesBack: '; {key} goes back',
    number: "A number; leave empty if you don't know yet{back}:",
    numberKeeps: "A number; Enter keeps {earlier}, ? if you don't know yet{back}:",
    text: "Empty if nothing to note, ? if you don't know yet{back}:",
    textKeeps: "Enter keeps the note above, ? if you don't know yet{back}:",
    nothingToNote: '(nothing to note)',
    /** replaces the answer reader's "; for a decimal comma pass --decimal-comma" mid-interview */
    decimalPoint: '; write a decimal point: 30.5',
    invalidTail: "; leave empty if you don't know yet",
    save: 'Save this decision to your journal?',
    askingAgain: '{id}: {problem}; asking again.',
    /** under a list when the typed text names no answer, or more than one: Enter waits */
    typed: {
      none: '"{typed}" is not an answer here: type another or use ↑↓ (Backspace clears).',
      many: '"{typed}" could be {choices}: type more or use ↑↓.',
      /** one of the answers it could be, quoted: a label may hold the list's own "or" */
      choice: '"{name}"',
    },
  },
  criteria: 'Criteria:',
  followingUp: 'Following up on {who}: decision {id} of {time} ({verdict}, score {score}).',
  theProspect: 'the prospect',
  otherCriteria: 'That decision was made under another criteria file ({before}); asking again under the current one ({now}), keeping the answers to criteria that still exist.',
  noLongerAsked: 'No longer asked: {ids}.',
  newCriteria: 'New: {ids}.',
  saved: 'Saved to journal {path} (decision {id}).',
  savedContinuing: 'Saved to journal {path} (decision {id}, continuing {continues}).',
  noAnswers: 'no answers to score, and no terminal to ask them on',
  noAnswersHow: {
    answers: 'Pass answers with --answers FILE (a YAML or JSON mapping of criterion id to value; - reads stdin)',
    set: 'or --set id=value, e.g. `clientfit score {example}`,',
    terminal: 'or run clientfit in a terminal to be asked. `--no-input` scores with the missing answers unknown.',
  },
  given: {
    unknownId: 'unknown criterion id "{id}"{suggestion}',
    ids: 'Criterion ids: {ids}.',
    answersFile: 'An answers file is a YAML or JSON mapping of criterion id to value, e.g. `pays_upfront: yes`.',
    empty: '{file} is empty: expected a mapping of criterion id to value',
    notMapping: '{file}:{line}:{col}: the answers must be a mapping of criterion id to value',
    forExample: 'For example:',
    more: '... and {count} more',
    setForm: '--set expects id=value (got "{entry}")',
    setExample: 'For example: --set pays_upfront=yes --set revisions=2',
    cannotRead: 'cannot read answers file {file}: {reason}',
    tooLarge: 'answers file {file} is larger than {limit}, the limit for an answers file: is it the right file?',
    utf16: '{file}:{line}:{col}: the file is UTF-16 (or UTF-32), not UTF-8: answers files are UTF-8 text',
    nul: '{file}:{line}:{col}: a NUL byte: answers files are UTF-8 text',
    notUtf8: '{file}:{line}:{col}: this byte is not UTF-8: answers files are UTF-8 text',
  },
  resume: {
    noJournal: '--resume {key}: no journal at {path}',
    saveFirst: 'Save a decision with `clientfit score --save` first, or pass --journal FILE.',
    notFound: '--resume {key}: no decision with that name or id in {path}{suggestion}',
    historyLists: "`clientfit history` lists the prospects, with the id of each one's latest decision.",
  },
  /** where an answer came from (core/sources.ts) */
  sources: {
    typed: 'typed in',
    set: '--set',
    file: 'the answers file',
    reply: "the prospect's form reply",
    message: "the prospect's message",
  },
  oneStdin: '--answers - and --message - both read standard input: save one of them to a file',
  fromMessage: '{question} {answer}, from the message: {evidence}',
  sourceConflict: '{question}: kept "{kept}" from {keptFrom}; {otherFrom} said "{other}".',
} as const;
