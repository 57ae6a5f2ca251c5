/**
 * English: the source of the `problems` section (see ../catalog.ts). The words of every typed
 * problem of the core (src/core/problems.ts), put together by src/render/problems.ts.
 * `{where}` is a place in the criteria file (`criteria[1].type`, or `file` below).
 */
export const problems = {
  /** how a value from the file is quoted */
  got: {
    nothing: 'nothing',
    null: 'null',
    list: 'a list',
    mapping: 'a mapping',
    text: '"{text}"',
  },
  /** what a key takes, joined with `or` */
  kinds: {
    text: 'text',
    number: 'a number',
    boolean: 'true or false',
    list: 'a list',
    mapping: 'a mapping',
  },
  or: ' or ',
  /** between the details of one problem (the journal's schema issues) */
  separator: '; ',
  /** the criteria file itself, as a `{where}` */
  file: 'the file',
  didYouMean: ' (did you mean "{suggestion}"?)',
  verdicts: { accept: 'accept', review: 'review', reject: 'reject' },

  answer: {
    notYesNo: 'expected yes or no',
    notYesNoGot: 'expected yes or no (got "{raw}")',
    notANumber: 'expected a number',
    notANumberGot: 'expected a number (got "{raw}")',
    commaHint: ': a thousands separator groups three digits; for a decimal comma pass --decimal-comma',
    commaHintPrompt: ': a thousands separator groups three digits; write a decimal point: 30.5',
    ambiguous: '"{raw}" could be {decimal} or {thousands}',
    ambiguousHint: '"{raw}" could be {decimal} or {thousands}: for {comma} pass --decimal-comma (or give the criterion decimal: comma), for {point} give the criterion decimal: point',
    notOneOf: 'expected one of {options}',
    notOneOfGot: 'expected one of {options} (got "{raw}")',
    /** an option by its label, in the list of the two above */
    option: '"{label}"',
    notText: 'expected text',
    notAnOutcome: 'expected good or bad (got "{raw}")',
  },

  reason: {
    expectedYes: 'expected yes',
    expectedNo: 'expected no',
    belowMinimum: 'below the minimum of {min}',
    aboveMaximum: 'above the maximum of {max}',
    dealbreakerOption: '"{label}" is a dealbreaker answer',
    notAnOption: 'not an option',
    redFlag: 'mentions "{words}"',
  },

  criteria: {
    unknownKey: '{where} is not a known key{suggestion}',
    required: '{where} is required',
    notAMapping: 'the file must be a mapping with version, thresholds and criteria (got {got})',
    wrongType: '{where} must be {expected} (got {got})',
    notOneOfValues: '{where} must be one of {values} (got {got})',
    tooFewItems: { one: '{where} needs at least {count} item', other: '{where} needs at least {count} items' },
    emptyText: '{where} must not be empty',
    tooSmall: '{where} must be at least {minimum} (got {got})',
    tooManyItems: '{where} has more than {maximum} items',
    tooBig: '{where} must be at most {maximum} (got {got})',
    badId: '{where} must start with a lower-case letter and contain only a-z, 0-9 and _ (got {got})',
    reservedId: '{where} is a reserved name: choose another id',
    notTrueFalse: '{where} must be true or false (got "{raw}")',
    schema: '{where} {detail}',
    onlyForTypes: '{where} is only for {types} criteria, not {type}',
    choiceNeedsOptions: '{where} needs options: a choice criterion lists its answers under options',
    choicePointsUnused: '{where} is not used by a choice criterion: give each option its points',
    minAboveMax: '{where} must not be greater than max ({min} > {max})',
    expectNotYesNo: '{where} must be yes or no (got "{raw}")',
    cueNotYesNo: '{where}: cues of a yes-no criterion go under yes or no (got "{key}")',
    cueNotOption: '{where}: "{key}" is not one of the options; cues go under an option\'s value',
    cueNotNear: '{where}: cues of a number criterion go under near (got "{key}")',
    duplicateOption: '{where} "{value}" is listed twice',
    noPassingOption: '{where} has no option that passes: every option has fail: true',
    duplicateId: '{where} "{id}" is already the id of criteria[{first}]',
    whenNeverAnswer: '{where} "{value}" is never an answer to "{id}" (a {type} criterion)',
    whenUnknown: '{where}: "{parent}" is not a criterion{suggestion}, so "{id}" would never apply',
    whenLater: '{where}: "{parent}" is asked after "{id}", so "{id}" would never apply (move "{parent}" above it)',
    whenItself: '{where}: "{id}" cannot depend on its own answer: it would never apply',
    targetAcceptOrder: '{where} must be [low, high] with low <= high (got [{low}, {high}])',
    askNotAnOption: '{where} "{value}" is not one of this criterion\'s options ({values})',
  },

  yaml: {
    duplicateKey: 'duplicate key "{key}": a key may appear only once in a mapping',
    tagNotAllowed: {
      criteria: 'tags ({tag}) are not allowed: a criteria file uses plain values, without tags',
      answers: 'tags ({tag}) are not allowed: an answers file uses plain values, without tags',
    },
    unknownTag: {
      criteria: 'unknown tag {tag}: a criteria file uses plain values, without tags',
      answers: 'unknown tag {tag}: an answers file uses plain values, without tags',
    },
    aliasNotAllowed: {
      criteria: 'aliases (*{alias}) are not allowed in a criteria file: write the value out',
      answers: 'aliases (*{alias}) are not allowed in an answers file: write the value out',
    },
    anchorNotAllowed: {
      criteria: 'anchors (&{anchor}) are not allowed in a criteria file',
      answers: 'anchors (&{anchor}) are not allowed in an answers file',
    },
    reservedKey: {
      criteria: '"{key}" is a reserved name and cannot be a key in a criteria file',
      answers: '"{key}" is a reserved name and cannot be a key in an answers file',
    },
    tooDeep: {
      criteria: 'nested more than {max} levels deep: a criteria file is a flat list',
      answers: 'nested more than {max} levels deep: an answers file is a flat list',
    },
    emptyFile: 'the file is empty: it needs version, thresholds and criteria (run `clientfit init` for a template)',
    utf16: 'the file is UTF-16 (or UTF-32), not UTF-8: save it as UTF-8 (criteria files are UTF-8, a byte-order mark allowed)',
    notUtf8: 'this byte is not UTF-8: save the file as UTF-8 (criteria files are UTF-8, a byte-order mark allowed)',
    nulByte: 'a NUL byte: a criteria file is UTF-8 text (criteria files are UTF-8, a byte-order mark allowed)',
    /**
     * YAML the parser cannot read (`yaml-syntax`), chosen by the parser's code and what it found
     * missing; `general` for a code without words of its own. Literal braces stay out of the
     * messages with a {placeholder}.
     */
    syntax: {
      general: 'the YAML here cannot be read: look on this line and the one above for a missing quote, bracket or colon',
      quoteNotClosed: 'a text in quotes is not closed: add the closing {quote} where the text ends',
      listNotClosed: 'a list opened with [ is not closed: add the closing ] where it ends',
      mappingNotClosed: 'a mapping opened with { is not closed: add the closing } where it ends',
      /** after listNotClosed or mappingNotClosed, when the next lines may also be meant to go on with it */
      flowIndent: ' (or, if it goes on here, indent this line further than its key)',
      missingColon: 'no colon after the key: a line of a mapping is written key: value',
      missingDash: 'a list item without its dash: start each item of the list with -',
      missingComma: 'a comma is missing: items inside [ ] or { } are separated by commas',
      missingSpace: 'a space is missing before #: a comment is set apart from the value by a space',
      badIndent: 'the indentation does not match the lines above: the keys of one mapping start in the same column, and so do the dashes of one list',
      tabIndent: 'a tab in the indentation: YAML indents with spaces only',
      badEscape: '"{escape}" means nothing in a text in double quotes: write \\\\ for a backslash, or put the text in single quotes',
      badStart: 'a value cannot start with {char}: put the value in quotes',
      colonInValue: 'a second colon on the line: a value that contains ": " goes in quotes',
      unexpected: '"{token}" is not expected here: check what is written before it',
      unexpectedDash: 'a list item (-) cannot start here: write the list on the lines under its key, each item indented and starting with -',
      unexpectedComma: 'an extra comma: there is no item between two commas',
      multilineKey: 'a key must fit on one line: is a colon missing on this line (key: value), or a closing quote?',
      multipleDocuments: 'a second document starts here (---), and the file holds only one: remove the --- line',
      directive: 'an unknown directive (a line starting with %): remove the line',
      longKey: 'a key longer than 1024 characters: a key is a short name before the colon (key: value)',
      props: 'an anchor (&), alias (*) or tag (!) written wrongly: clientfit files use plain values, without them',
      blockInFlow: 'inside [ ] or { } items are separated by commas, without - or indented lines: is a comma missing?',
    },
  },

  journal: {
    notJson: 'not a JSON line',
    notAnObject: 'not a JSON object',
    unknownLineType: 'unknown line type {type}',
    invalidLine: 'not a valid {type} line: {details}',
    /** `where`: the key in the line (`time`); `got`: what it holds */
    notATime: '{where} must be a date and time such as 2026-12-07T10:30:00Z (got {got})',
    lineTooLong: 'longer than {limit}, not a journal line',
    idConflict: {
      decision: 'decision {id} is already on line {first} with other content (line {first} is used)',
      outcome: 'outcome {id} is already on line {first} with other content (line {first} is used)',
    },
  },

  calibration: {
    noLeads: 'nothing to calibrate on: no leads were read',
    badCost: 'expected a number of 0 or more',
  },

  lint: {
    tooManyMusts: {
      one: '{count} must-have (more than {max}): few clients meet them all; keep the dealbreakers that really are',
      other: '{count} must-haves (more than {max}): few clients meet them all; keep the dealbreakers that really are',
    },
    tooManyCriteria: {
      one: '{count} criteria (more than {max}): a wish list, not minimum requirements; keep the few that matter',
      other: '{count} criteria (more than {max}): a wish list, not minimum requirements; keep the few that matter',
    },
    mustInEffect:
      '"{id}" is a must-have in effect: failing it alone, with everything else passing, scores {score}, below accept ({accept}); lower its points or the accept threshold, or mark it must: true if it really is a dealbreaker',
    acceptsEveryone: 'with no must-have, a prospect who fails every criterion still scores {score} and is accepted',
    acceptsEveryoneAtZero: 'the accept threshold is 0 and nothing is a must-have: every prospect is accepted',
    unreachable: 'even a prospect who passes every criterion is not accepted (score {score}, verdict {verdict})',
    reviewAboveAccept: 'the review threshold ({review}) is above accept ({accept}): review then only happens when a must-have is unknown',
    sharedColumn: '"{first}" and "{second}" both read the column "{column}": give each its own column name',
    acceptsUnknown: 'a prospect with every answer unknown is accepted: give the criteria points, make one a must-have, or set thresholds.max_unknown',
    maxUnknownAllowsAll: {
      one: 'thresholds.max_unknown is {maxUnknown} and the list has {count} criteria: every answer may be unknown, so it limits nothing; lower it',
      other: 'thresholds.max_unknown is {maxUnknown} and the list has {count} criteria: every answer may be unknown, so it limits nothing; lower it',
    },
    formWithoutQuestions: 'the file has a form: section, but no criterion has a question for the prospect (ask:): the form would be empty',
  },

  /** a criteria file that cannot be read at all */
  criteriaFile: {
    cannotRead: 'cannot read criteria file {file}: {reason}',
    createOne: 'Create one with `clientfit init`, or pass another with -c FILE.',
    tooLarge: 'criteria file {file} is larger than {limit}, the limit for a criteria file: is it the right file?',
  },

  /** how a located problem is printed, and the count after the list */
  report: {
    /** the stable code after a message, to search for */
    code: '[{code}]',
    more: '... and {count} more',
    found: { one: 'Found {count} problem in {file}.', other: 'Found {count} problems in {file}.' },
  },
} as const;
