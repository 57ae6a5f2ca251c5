/** English: the source of the `program` section (see ../catalog.ts): help, and commander's own words. */
export const program = {
  description: 'Decide which prospects to take on: vet a prospect, score lead CSVs, calibrate your criteria.',
  version: 'print the version (-v too)',
  help: 'show help',
  helpCommand: 'display help for command',
  noColor: 'no colours, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)',
  debug: 'print stack traces for errors',
  lang: 'interface language: en, ru, bg, el or bs (default: CLIENTFIT_LANG, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)',
  afterHelp: `
Exit codes:
  0    ok
  1    runtime or data error (unreadable input, bad CSV structure, output that
       cannot be written, --strict warnings)
  2    usage or criteria file error
  3    a --fail-on verdict was reached
  130  interrupted (Ctrl-C)

Docs: \`clientfit <command> --help\`, and the manual:
  {readme}

Examples:
  clientfit                                   vet a prospect, one question at a time
  clientfit score --resume "Acme Ltd" --save  follow up on what was still unknown
  clientfit batch leads.csv -o scored.csv     score a lead file`,
  /** commander's headings and usage words */
  headings: {
    usage: 'Usage:',
    options: 'Options:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    globalOptions: 'Global Options:',
    optionsWord: '[options]',
    commandWord: '[command]',
    choices: 'choices: {list}',
    default: 'default: {value}',
    /** the placeholders of flags and arguments in help (`--output <file>`), by their English word */
    placeholders: {
      file: 'file',
      format: 'format',
      name: 'name',
      verdicts: 'verdicts',
      verdict: 'verdict',
      header: 'header',
      column: 'column',
      names: 'names',
      values: 'values',
      n: 'n',
      id: 'id',
      shell: 'shell',
      line: 'line',
      words: 'words',
      prospect: 'prospect',
      date: 'date',
      text: 'text',
      char: 'char',
      code: 'code',
      address: 'address',
      outcome: 'outcome',
      old: 'old',
      new: 'new',
      'id=value': 'id=value',
      'id=Header': 'id=Header',
      'id=Column': 'id=Column',
      'name|id': 'name|id',
      'name|n': 'name|n',
      'accept=N,review=M': 'accept=N,review=M',
    },
  },
  /** commander's error messages, after `clientfit: ` */
  errors: {
    unknownOption: "unknown option '{flag}'",
    unknownCommand: "unknown command '{name}'",
    missingArgument: "missing required argument '{name}'",
    optionMissingArgument: "option '{flags}' argument missing",
    missingMandatoryOption: "required option '{flags}' not specified",
    invalidOptionArgument: "option '{flags}' argument '{value}' is invalid.",
    invalidArgument: "command-argument value '{value}' is invalid for argument '{name}'.",
    allowedChoices: 'Allowed choices are {choices}.',
    /** count: the arguments expected */
    tooManyArguments: { one: 'too many arguments. Expected {count} argument but got {got}.', other: 'too many arguments. Expected {count} arguments but got {got}.' },
    tooManyArgumentsFor: { one: "too many arguments for '{name}'. Expected {count} argument but got {got}.", other: "too many arguments for '{name}'. Expected {count} arguments but got {got}." },
    conflictingOption: '{first} cannot be used with {second}',
    didYouMean: '(Did you mean {word}?)',
    didYouMeanOneOf: '(Did you mean one of {words}?)',
  },
  /** checkCommandName's words */
  unknownCommand: 'unknown command "{name}"',
  scoreALeadFile: 'To score a lead file: clientfit batch {file}',
  commandList: 'Commands: {commands} (clientfit --help).',
  /** shared options */
  criteriaOption: 'criteria file (default: ./clientfit.yaml, then ~/.config/clientfit/clientfit.yaml, then the built-in list)',
  journalOption: 'journal file (default: $CLIENTFIT_JOURNAL, else $XDG_DATA_HOME/clientfit/journal.jsonl, else ~/.local/share/clientfit/journal.jsonl)',
  failOnOption: 'exit 3 when a verdict is at or below this one',
  formatOption: 'output format',
  leads: {
    encoding: 'input encoding, e.g. windows-1251, windows-1253, windows-1250, latin1 (default: UTF-8, or UTF-16 by its BOM)',
    delimiter: 'field delimiter: , ; | or tab (default: the sep= line, else detected)',
    decimalComma: 'read 1 200,50 as 1200.5 (on by default with ; delimiters)',
    map: 'read a criterion from this column (repeatable)',
    allowMissing: 'score criteria with no column as unknown instead of stopping',
    sheet: 'which sheet of an .xlsx workbook: its name or number (default: the first visible one)',
  },
  score: {
    description: 'vet a prospect (the default: `clientfit` alone runs this): answer the criteria, asked one by one on a terminal, and get a verdict, what to ask next and a message draft',
    answers: 'answers as a YAML or JSON mapping of criterion id to value (- reads stdin)',
    set: 'one answer; repeatable, wins over --answers',
    name: "the prospect's name",
    noInput: 'never ask: missing answers count as unknown',
    noMessage: 'leave out the message draft',
    messageFile: "start from the answers a prospect's message states plainly (FILE, or - to paste it)",
    save: 'append the decision to the journal (on a terminal you are asked after the interview)',
    noSave: 'do not save, and do not ask',
    resume: "follow up on a prospect's latest decision: ask only what is still unknown, show before and after",
    resumeId: 'like --resume, reading the key as a decision id only',
    resumeName: "like --resume, reading the key as a prospect's name (or part of one) only",
    ids: 'criterion ids instead of questions in the result table (automatic when questions would be cut short)',
    decimalComma: 'read "1.200,50" as 1200.5',
    examples: `
Examples:
  clientfit                                    ask about a prospect, one question at a time
  clientfit score --resume "Acme Ltd" --save   follow up: ask only what is still unknown
  clientfit score --set pays_upfront=yes --set revisions=3 --no-input --fail-on reject`,
  },
  batch: {
    description: 'score a CSV of leads: every input column plus score, verdict, failed and unknown criteria',
    file: 'lead CSV or .xlsx workbook; - or none with piped input reads stdin',
    output: 'write here (atomically: all or nothing) instead of stdout',
    format: 'csv, jsonl, json or table (default: table on a terminal, else csv; or from the -o extension)',
    outputEncoding: "CSV output encoding: utf-8, utf-8-bom, utf-16le, windows-1251 ... (default: the input's)",
    only: 'keep only rows with these verdicts, e.g. accept,review',
    strict: 'exit 1 after the run if any cell was invalid or any row ragged',
    noEscapeFormulas: "do not prefix ' to cells that start like a spreadsheet formula",
    nameColumn: 'the column that names each lead in the table (default: a name, full name or company column)',
    quiet: 'no summary or warnings on stderr, only errors',
    examples: `
Examples:
  clientfit batch leads.csv                       a table on a terminal, CSV into a pipe
  clientfit batch leads.csv -o scored.csv --only accept,review
  clientfit batch crm.csv --map pays_upfront="Deposit?" --fail-on reject`,
  },
  calibrate: {
    description: 'is the list too picky or too lax? acceptance, sole blockers, a threshold sweep and outcomes, on real leads and past clients',
    file: 'lead CSV or .xlsx workbook, read exactly as batch reads it; - or none with piped input reads stdin',
    journal: 'also (or only) use the decisions and outcomes in the journal (default: the personal journal)',
    outcome: 'CSV column saying how each client turned out: good/bad, yes/no ...',
    good: 'outcome values that mean a good client, comma-separated, e.g. "Closed Won" (repeatable)',
    bad: 'outcome values that mean a bad client, e.g. Lost,Churned (repeatable)',
    costBadAccepted: 'one bad client let in costs as much as this many good ones turned away',
    threshold: 'what if the thresholds were these',
    drop: 'what if this criterion were left out (repeatable)',
    optional: 'what if this must-have were an ordinary criterion (repeatable)',
    examples: `
Examples:
  clientfit calibrate leads.csv                   too picky or too lax on these leads?
  clientfit calibrate --journal                   learn from your saved decisions and their outcomes
  clientfit calibrate leads.csv --threshold accept=75,review=45 --drop polite`,
  },
  compare: {
    description: 'what would changing the list do? the same leads scored under an old and a new criteria file: verdicts that change, acceptance, outcomes and the causes',
    old: 'the criteria file as it is (or was)',
    new: 'the criteria file as it would be',
    file: 'lead CSV or .xlsx workbook, read exactly as batch reads it; - or none with piped input reads stdin',
    journal: 'also (or only) compare on the decisions and outcomes in the journal (default: the personal journal)',
    outcome: 'CSV column saying how each client turned out: good/bad, yes/no ...',
    good: 'outcome values that mean a good client, comma-separated, e.g. "Closed Won" (repeatable)',
    bad: 'outcome values that mean a bad client, e.g. Lost,Churned (repeatable)',
    costBadAccepted: 'one bad client let in costs as much as this many good ones turned away',
    examples: `
Examples:
  clientfit compare clientfit.yaml new.yaml leads.csv          what would the new list change on these leads?
  clientfit compare clientfit.yaml new.yaml --journal          ... on your saved decisions and their outcomes
  clientfit compare old.yaml new.yaml leads.csv --outcome Result --format json`,
  },
  sql: {
    description: 'print one SQL statement that scores every row of a table or CSV inside DuckDB, PostgreSQL, MySQL/MariaDB or ClickHouse, as batch does',
    dialect: 'the SQL engine',
    from: 'score this CSV file (DuckDB reads it with read_csv, every column as text)',
    table: 'score this table or view',
    view: 'wrap the query in CREATE OR REPLACE VIEW name',
    dbtRef: "write a dbt model (a select, no ;) reading {{ ref('model') }}",
    dbtSource: "write a dbt model (a select, no ;) reading {{ source('source', 'table') }}",
    map: 'read a criterion from this column (repeatable)',
    columns: "the table's columns, comma-separated, to find each criterion's column as batch does (default with --table: each criterion's first column name)",
    encoding: '--from: the CSV encoding (DuckDB reads UTF-8)',
    delimiter: '--from: field delimiter (default: the sep= line, else detected)',
    decimalComma: 'read 1 200,50 as 1200.5 (on by default with ; delimiters in --from)',
    checkView: "say whether a view's list is the criteria file's today, from the view's definition or clientfit_list value in FILE (- for standard input)",
  },
  history: {
    description: "past decisions saved with `score --save`, one line per prospect (its latest decision), with outcomes; NAME or ID shows that prospect's whole thread",
    prospect: "a prospect's name or a decision id: every decision about that prospect, with its answers",
    name: 'only prospects whose name contains this (any case)',
    limit: 'only the last N lines',
    since: 'only decisions made on or after this date (YYYY-MM-DD)',
    all: 'show every outcome ever recorded, also those a later one replaced',
    id: 'the prospect of the decision with this id (when a name could be meant too)',
    examples: `
Examples:
  clientfit history                           one line per prospect, latest decision last
  clientfit history "Acme Ltd"                every decision about Acme Ltd, with its answers
  clientfit history --since 2026-01-01 --format json`,
  },
  read: {
    description: "read a prospect's message (an email, a pasted message): the answers it states plainly, with their words, and its red flags; offline",
    file: 'the message: a text file, a saved .eml, or - to paste it',
    encoding: 'the code page of a plain-text message that is not UTF-8 (windows-1251, windows-1253, windows-1250 ...)',
    examples: `
Examples:
  clientfit read inquiry.eml                   what the message answers, with its words
  pbpaste | clientfit read - --format json     a pasted message, as JSON
  clientfit score --message inquiry.eml        the interview, starting from those answers`,
  },
  outcome: {
    description: 'record how a client actually turned out (paid on time, kept to the terms), for calibration',
    name: 'the name the decision was saved under ("(no name)", as history shows it, for one saved without)',
    outcome: 'how it went: good or bad (also ok, yes, no)',
    note: 'what happened, in a few words',
    id: 'the decision to attach it to (default: the latest with that name; see `clientfit history`)',
    byName: "read NAME as a prospect's name, never as a decision id",
    examples: `
Examples:
  clientfit outcome "Acme Ltd" good --note "paid on time"
  clientfit outcome - bad --id mwtj5t5m-0mt31q    a decision saved without a name`,
  },
  init: {
    description: 'write a criteria file from a template, to edit into your own minimum requirements',
    file: 'where to write it',
    template: 'template to start from (see --list; in another interface language the default is the template in that language, e.g. freelancer-ru)',
    list: 'list the templates',
    global: 'write your own file in the config directory (~/.config/clientfit/clientfit.yaml), used from any directory',
    force: 'overwrite an existing file',
    examples: `
Examples:
  clientfit init                                  ./clientfit.yaml from the freelancer template
  clientfit init --list                           the templates
  clientfit init --global -t agency               your own file, used from any directory`,
  },
  check: {
    description: 'validate a criteria file, summarise it and lint its calibration (too picky, accepts everyone, unreachable)',
    file: 'criteria file (default: the one clientfit would use)',
    strict: 'exit 1 when there are warnings',
    examples: `
Examples:
  clientfit check                                 the file clientfit would use
  clientfit check my-criteria.yaml --strict       exit 1 on warnings too (for CI)`,
  },
  completion: {
    description: 'print a shell completion script (commands, options, criterion ids, template and prospect names); it never edits your rc files',
    shell: 'the shell',
    examples: `
Examples:
  eval "$(clientfit completion bash)"                               in ~/.bashrc
  eval "$(clientfit completion zsh)"                                in ~/.zshrc, after compinit
  clientfit completion fish > ~/.config/fish/completions/clientfit.fish`,
    complete: 'print completion candidates for the words given (called by the completion scripts)',
    completeShell: 'the shell asking',
    completeLine: 'the command line up to the cursor (bash)',
    completeWords: 'the words after "clientfit", the last one being completed',
  },
} as const;
