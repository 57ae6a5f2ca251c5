/**
 * What Tab offers: walks the commander program (commands, options, their choices and
 * arguments) and asks `sources` for what lives in files (criterion ids, templates, prospects).
 * Pure apart from `sources`, so tests drive it in-process.
 */
import type { Command, Option } from 'commander';
import { words } from '../../../i18n/index.js';

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

function optionCandidates(command: Command, program: Command): Candidate[] {
  const options = [...command.options, ...(command === program ? [] : program.options)].filter((option) => !option.hidden);
  const candidates: Candidate[] = options.flatMap((option) => (option.long === undefined ? [] : [{ value: option.long, description: option.description }]));
  candidates.push({ value: '--help', description: words().program.help });
  return candidates;
}

/**
 * Completes the last word of `words` (the words after `clientfit`; the last may be empty).
 * `score` is the default command: options at the top level are score's.
 */
export function complete(program: Command, words: readonly string[], sources: Sources): Completion {
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
  if (current.startsWith('-')) return of(optionCandidates(scope, program), current);
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
  if (command.name() === 'history' || command.name() === 'outcome') return of(sources.prospects(valueOf(done, '--journal')), current);
  return { candidates: [], noSpace: false, files: true };
}

/**
 * The lines a script reads: `value<TAB>description` (zsh: `value:description`), then `:N` where
 * N's bit 1 means no space after the candidate and bit 2 completing file names instead.
 * bash splits words at `=` and `:`, so its candidates start after the last of those in the word.
 */
export function formatCompletion(completion: Completion, shell: 'bash' | 'zsh' | 'fish', current: string): string {
  const breakAt = Math.max(current.lastIndexOf('='), current.lastIndexOf(':'));
  const lines = completion.candidates.map(({ value, description }) => {
    const oneLine = description?.replace(/\s+/gu, ' ').trim();
    switch (shell) {
      case 'bash':
        return breakAt >= 0 && value.startsWith(current.slice(0, breakAt + 1)) ? value.slice(breakAt + 1) : value;
      case 'zsh':
        return oneLine ? `${value.replaceAll(':', '\\:')}:${oneLine}` : value.replaceAll(':', '\\:');
      case 'fish':
        return oneLine ? `${value}\t${oneLine}` : value;
    }
  });
  const directive = (completion.noSpace ? 1 : 0) | (completion.files ? 2 : 0);
  return `${[...lines, `:${directive}`].join('\n')}\n`;
}

/** Splits a command line as a shell would, well enough for completion: quotes and backslashes. */
export function splitLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
      else if (character === '\\' && quote === '"' && index + 1 < line.length) word += line[++index];
      else word += character;
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
  return words;
}
