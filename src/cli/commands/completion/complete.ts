/**
 * What Tab offers: walks the commander program (commands, options, their choices and
 * arguments) and asks `sources` for what lives in files (criterion ids, templates, prospects).
 * Pure apart from `sources`, so tests drive it in-process.
 */
import type { Command, Option } from 'commander';
import type { AllWords, Voice } from '../../../i18n/index.js';
import { textWidth } from '../../../render/table.js';

export interface Candidate {
  readonly value: string;
  readonly description?: string;
}

export interface Completion {
  readonly candidates: readonly Candidate[];
  /** no space after the candidate (`--set pays_upfront=` continues with the value) */
  readonly noSpace: boolean;
  /** let the shell complete file names instead */
  readonly files: boolean;
}

export interface CriterionInfo {
  readonly id: string;
  readonly question: string;
  /** answers worth offering after `id=`: yes/no/?, or a choice's option values */
  readonly values: readonly Candidate[];
}

export interface Sources {
  /** the criteria of the file in use (`-c FILE` among the words, else the default search) */
  criteria(file: string | undefined): readonly CriterionInfo[];
  templates(): readonly Candidate[];
  /** prospects' names and decision ids from the journal (`--journal FILE` among the words, else the default) */
  prospects(journal: string | undefined): readonly Candidate[];
}

const FILE_OPTIONS = new Set(['--criteria', '--answers', '--journal', '--output']);
const ID_OPTIONS = new Set(['--drop', '--optional']);
const ID_VALUE_OPTIONS = new Set(['--set', '--map']);

function visibleCommands(program: Command): Command[] {
  return program.commands.filter((command) => !command.name().startsWith('__') && !(command as unknown as { _hidden?: boolean })._hidden);
}

function findOption(options: readonly Option[], flag: string): Option | undefined {
  return options.find((option) => option.long === flag || option.short === flag);
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

/** The value of `--flag VALUE` or `--flag=VALUE` among the words, if any. */
function valueOf(words: readonly string[], long: string, short?: string): string | undefined {
  let found: string | undefined;
  words.forEach((word, index) => {
    if (word.startsWith(`${long}=`)) found = word.slice(long.length + 1);
    else if ((word === long || (short !== undefined && word === short)) && index + 1 < words.length) found = words[index + 1];
  });
  return found;
}

function filter(candidates: readonly Candidate[], prefix: string): Candidate[] {
  return candidates.filter((candidate) => candidate.value.startsWith(prefix));
}

const NONE: Completion = { candidates: [], noSpace: false, files: false };

function of(candidates: readonly Candidate[], prefix: string, noSpace = false): Completion {
  return { candidates: filter(candidates, prefix), noSpace, files: false };
}

/** Values for one option; `current` is what is typed so far of the value. */
function optionValues(option: Option, current: string, done: readonly string[], sources: Sources): Completion {
  const long = option.long ?? '';
  if (option.argChoices !== undefined)
    return of(
      option.argChoices.map((value) => ({ value })),
      current,
    );
  if (FILE_OPTIONS.has(long)) return { candidates: [], noSpace: false, files: true };
  const criteria = (): readonly CriterionInfo[] => sources.criteria(valueOf(done, '--criteria', '-c'));
  if (ID_OPTIONS.has(long))
    return of(
      criteria().map((criterion) => ({ value: criterion.id, description: criterion.question })),
      current,
    );
  if (ID_VALUE_OPTIONS.has(long)) {
    const at = current.indexOf('=');
    if (at < 0)
      return of(
        criteria().map((criterion) => ({ value: `${criterion.id}=`, description: criterion.question })),
        current,
        true,
      );
    if (long === '--map') return NONE;
    const criterion = criteria().find((candidate) => candidate.id === current.slice(0, at));
    const prefix = current.slice(0, at + 1);
    return of(
      (criterion?.values ?? []).map((value) => ({ ...value, value: `${prefix}${value.value}` })),
      current,
    );
  }
  if (long === '--template') return of(sources.templates(), current);
  if (long === '--resume' || long === '--id') return of(sources.prospects(valueOf(done, '--journal')), current);
  return NONE;
}

/** good and bad, then the run's language's words for them when it has others (хороший, плохой). */
function outcomeWords(t: AllWords['outcome']): Candidate[] {
  return [...new Set(['good', 'bad', t.good, t.bad])].map((value) => ({ value }));
}

function optionCandidates(t: AllWords['program'], command: Command, program: Command): Candidate[] {
  const options = [...command.options, ...(command === program ? [] : program.options)].filter((option) => !option.hidden);
  const candidates: Candidate[] = options.flatMap((option) => (option.long === undefined ? [] : [{ value: option.long, description: option.description }]));
  candidates.push({ value: '--help', description: t.help });
  return candidates;
}

/**
 * Completes the last word of `words` (the words after `clientfit`; the last may be empty).
 * `score` is the default command: options at the top level are score's.
 */
export function complete(voice: Voice, program: Command, words: readonly string[], sources: Sources): Completion {
  const current = words[words.length - 1] ?? '';
  const done = words.slice(0, -1);
  const commands = visibleCommands(program);
  const defaultCommand = commands.find((command) => command.name() === 'score') ?? program;
  // Which command, and how many operands it has so far.
  let command: Command | undefined;
  const operands: string[] = [];
  for (let index = 0; index < done.length; index++) {
    const word = done[index]!;
    const scope = command ?? defaultCommand;
    if (word === '--') continue;
    if (word.startsWith('-')) {
      const option = findOption([...scope.options, ...program.options], word.split('=')[0]!);
      if (option !== undefined && takesValue(option) && !word.includes('=')) index++;
      continue;
    }
    if (command === undefined && operands.length === 0) {
      const named = commands.find((candidate) => candidate.name() === word || candidate.aliases().includes(word));
      if (named !== undefined) {
        command = named;
        continue;
      }
    }
    operands.push(word);
  }
  const scope = command ?? defaultCommand;
  const all = [...scope.options, ...program.options];
  // `--format=js`: the value of an option written with =.
  if (current.startsWith('--') && current.includes('=')) {
    const flag = current.slice(0, current.indexOf('='));
    const option = findOption(all, flag);
    if (option === undefined || !takesValue(option)) return NONE;
    const values = optionValues(option, current.slice(flag.length + 1), done, sources);
    return { ...values, candidates: values.candidates.map((candidate) => ({ ...candidate, value: `${flag}=${candidate.value}` })) };
  }
  // The word after an option that takes a value.
  const previous = done[done.length - 1];
  if (previous?.startsWith('-') && !previous.includes('=')) {
    const option = findOption(all, previous);
    if (option !== undefined && takesValue(option)) return optionValues(option, current, done, sources);
  }
  if (current.startsWith('-')) return of(optionCandidates(voice.words.program, scope, program), current);
  if (command === undefined) {
    if (operands.length > 0) return NONE;
    return of(
      commands.map((candidate) => ({ value: candidate.name(), description: candidate.description().split(/[:(]/u)[0]!.trim() })),
      current,
    );
  }
  // An operand of the command: its declared argument's choices, names, or files.
  const argument = command.registeredArguments[Math.min(operands.length, command.registeredArguments.length - 1)];
  if (argument === undefined || (operands.length >= command.registeredArguments.length && !argument.variadic)) return NONE;
  if (argument.argChoices !== undefined)
    return of(
      argument.argChoices.map((value) => ({ value })),
      current,
    );
  // outcome's second word: good or bad, and the run's language's words for them (хороший, плохой)
  if (command.name() === 'outcome' && operands.length === 1) return of(outcomeWords(voice.words.outcome), current);
  if (command.name() === 'history' || command.name() === 'outcome') return of(sources.prospects(valueOf(done, '--journal')), current);
  return { candidates: [], noSpace: false, files: true };
}

// Characters a shell reads as themselves anywhere in a word (letters and digits of any script too).
const PLAIN = /[\p{L}\p{M}\p{N}_./@%+,:=-]/u;
// What must never reach a terminal or a shell's line editor as itself: C0 and C1 controls, DEL,
// line and paragraph separators, bidirectional controls and other format characters.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;

/** `\n`, `\e`, `\x01`, `\u202e`: one unprintable character as an escape bash, zsh and fish all read. */
function escapeCode(character: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\u001b': '\\e' };
  if (named[character] !== undefined) return named[character];
  const code = character.codePointAt(0)!;
  if (code < 0x80) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A word as the shell must receive it to read it back unchanged, with no expansion of any kind
 * (`$(…)`, backticks, `*`, `~`, `=cmd` in zsh, history `!`): letters and digits as they are,
 * other ASCII after a backslash (`O\'Brien\ \&\ Sons`), and a word holding an unprintable
 * character (a newline, an escape sequence) in ANSI-C quotes, `$'Line1\nLine2'`, so the line
 * editor and the terminal only ever see printable text. bash and zsh read the same syntax.
 */
export function quoteWord(value: string, quote?: Quote): string {
  if (quote !== undefined) return quotedWord(value, quote);
  if (value === '') return "''";
  const characters = [...value];
  if (characters.some((character) => UNPRINTABLE.test(character))) {
    const body = characters.map((character) => (character === '\\' || character === "'" ? `\\${character}` : UNPRINTABLE.test(character) ? escapeCode(character) : character)).join('');
    return `$'${body}'`;
  }
  // `=` first is zsh's command-path expansion (`=ls`); `~` is never plain.
  return characters.map((character, index) => (PLAIN.test(character) && !(index === 0 && character === '=') ? character : `\\${character}`)).join('');
}

/**
 * The rest of a word whose quote the user has opened (`'ООО` Tab): the shell keeps that quote
 * and closes it after the candidate, so the candidate is written for inside it. What cannot be
 * written there (an apostrophe in '…', `$`, a backtick, `!` in "…", an unprintable character)
 * closes the quote, comes as quoteWord gives it, and reopens it: `O'\''Brien`.
 */
function quotedWord(value: string, quote: Quote): string {
  const special = quote === "'" ? /'/u : /["\\$`!]/u;
  return [...value].map((character) => (special.test(character) || UNPRINTABLE.test(character) ? `${quote}${quoteWord(character)}${quote}` : character)).join('');
}

/**
 * fish escapes a completion itself when it inserts it, but reads candidates one per line: the
 * value travels with backslash escapes (`\\`, `\'`, `\"`, `\n`, `\e`) and the script restores it
 * with `string unescape` (which reads quotes as quotes) and hands candidates over separated by
 * NUL (`string split0`).
 */
export function fishWord(value: string): string {
  return [...value].map((character) => (character === '\\' || character === "'" || character === '"' ? `\\${character}` : UNPRINTABLE.test(character) ? escapeCode(character) : character)).join('');
}

/** A description on one line: whitespace runs become a space, anything unprintable a `?`. */
function oneLine(description: string | undefined): string | undefined {
  return description?.replace(/\s+/gu, ' ').replace(new RegExp(UNPRINTABLE.source, 'gu'), '?').trim();
}

/**
 * The lines a script reads: bash the word to insert, quoted (quoteWord); zsh `quoted<TAB>shown`
 * (what its list shows: the word and its description); fish `escaped<TAB>description`; then `:N` where N's bit 1
 * means no space after the candidate and bit 2 completing file names instead. No line holds a
 * control character, so a name can never add a candidate or reach the terminal as a sequence.
 * bash splits words at `=` and `:`, so its candidates start after the last of those in the word.
 */
export function formatCompletion(completion: Completion, shell: 'bash' | 'zsh' | 'fish', current: string, quote?: Quote): string {
  const breakAt = Math.max(current.lastIndexOf('='), current.lastIndexOf(':'));
  // zsh's list shows `word  -- description`, the words padded to one column.
  const width = shell === 'zsh' ? Math.max(0, ...completion.candidates.map(({ value }) => textWidth(quoteWord(value, quote)))) : 0;
  const lines = completion.candidates.map(({ value, description }) => {
    const text = oneLine(description);
    switch (shell) {
      case 'bash': {
        const rest = breakAt >= 0 && value.startsWith(current.slice(0, breakAt + 1)) ? value.slice(breakAt + 1) : value;
        return rest === '' ? '' : quoteWord(rest, quote);
      }
      case 'zsh': {
        const word = quoteWord(value, quote);
        return `${word}\t${text ? `${word}${' '.repeat(width - textWidth(word))}  -- ${text}` : word}`;
      }
      case 'fish':
        return text ? `${fishWord(value)}\t${text}` : fishWord(value);
    }
  });
  const directive = (completion.noSpace ? 1 : 0) | (completion.files ? 2 : 0);
  return `${[...lines, `:${directive}`].join('\n')}\n`;
}

const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', e: '\u001b', E: '\u001b', a: '\u0007', b: '\b', f: '\f', v: '\v' };

export type Quote = '"' | "'";

/** One escape inside `$'…'` at `line[index]` (just after the backslash): the text and where it ends. */
function ansiEscape(line: string, index: number): { text: string; next: number } {
  const letter = line[index] ?? '';
  if (ANSI_C[letter] !== undefined) return { text: ANSI_C[letter], next: index + 1 };
  const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
  if (digits > 0) {
    const hex = /^[0-9a-fA-F]+/u.exec(line.slice(index + 1, index + 1 + digits))?.[0];
    if (hex !== undefined) return { text: String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)), next: index + 1 + hex.length };
  }
  return { text: letter, next: index + 1 };
}

/**
 * Splits a command line as a shell would, well enough for completion: quotes, backslashes and
 * the ANSI-C quotes `$'…'` that completion itself inserts for a name holding a newline.
 */
export function splitLine(line: string): string[] {
  return scanLine(line).words;
}

/** The words of a line and the quote still open at its end (`clientfit history 'ООО`), if any. */
export function scanLine(line: string): { words: string[]; quote: Quote | undefined } {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | '$' | undefined;
  let started = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    if (quote === '$') {
      if (character === "'") quote = undefined;
      else if (character === '\\' && index + 1 < line.length) {
        const escape = ansiEscape(line, index + 1);
        word += escape.text;
        index = escape.next - 1;
      } else word += character;
    } else if (quote !== undefined) {
      if (character === quote) quote = undefined;
      else if (character === '\\' && quote === '"' && index + 1 < line.length) word += line[++index];
      else word += character;
    } else if (character === '$' && line[index + 1] === "'") {
      quote = '$';
      started = true;
      index++;
    } else if (character === '"' || character === "'") {
      quote = character;
      started = true;
    } else if (character === '\\' && index + 1 < line.length) {
      word += line[++index];
      started = true;
    } else if (/\s/u.test(character)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += character;
      started = true;
    }
  }
  // The word being completed: empty after a space.
  words.push(word);
  return { words, quote: quote === '$' ? undefined : quote };
}
