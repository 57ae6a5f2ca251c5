/**
 * The commander program: global flags and every command's declaration. Loaded by main.ts
 * only when there is a command to run (`--version` never pays for it).
 */
import { fileURLToPath } from 'node:url';
import { Command, Help, type Argument, type Option, type OutputConfiguration } from 'commander';
import { fitLines } from '../render/table.js';
import { list as listed } from '../render/locale.js';
import { didYouMean } from './suggest.js';
import { UserError } from '../errors.js';
import type { AllWords, Voice } from '../i18n/index.js';
import type { Lang } from '../i18n/languages.js';
import type { Streams } from './streams.js';
import type { Context, Define } from './define.js';
import { defineCheck } from './commands/check/index.js';
import { defineInit } from './commands/init/index.js';
import { defineScore } from './commands/score/index.js';
import { defineHistory } from './commands/history/index.js';
import { defineOutcome } from './commands/outcome/index.js';
import { defineBatch } from './commands/batch/index.js';
import { defineCalibrate } from './commands/calibrate/index.js';
import { defineCompare } from './commands/compare/index.js';
import { defineSql } from './commands/sql/index.js';
import { defineCompletion } from './commands/completion/index.js';
import { defineForm } from './commands/form/index.js';
import { defineRead } from './commands/read/index.js';

/** The manual, shipped in the package beside dist/ (`npm install --global .` links the clone itself). */
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

const COMMANDS: readonly Define[] = [
  defineScore,
  defineForm,
  defineBatch,
  defineCalibrate,
  defineCompare,
  defineSql,
  defineHistory,
  defineOutcome,
  defineRead,
  defineInit,
  defineCheck,
  defineCompletion,
];

type Headings = AllWords['program']['headings'];

/** An argument's name (`file`) in the language of `t`. */
function argumentName(t: Headings, name: string): string {
  const placeholders: Readonly<Record<string, string>> = t.placeholders;
  return Object.hasOwn(placeholders, name) ? placeholders[name]! : name;
}

/**
 * `<file>`, `[words...]`, `<id=Header>` in flags and usage: the word inside in the run's
 * language. The flags themselves and the values a user types stay as they are.
 */
function placeholder(t: Headings, text: string): string {
  const placeholders: Readonly<Record<string, string>> = t.placeholders;
  return text.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/gu, (whole, open: string, word: string, dots: string | undefined, close: string) =>
    Object.hasOwn(placeholders, word) ? `${open}${placeholders[word]}${dots ?? ''}${close}` : whole,
  );
}

/**
 * Commander's own words in help (headings, `[options]`, choices and defaults) in the run's
 * language: commander 14 builds help through an overridable Help (styleTitle for headings,
 * commandUsage and subcommandTerm for the usage words, optionDescription and
 * argumentDescription for the extra information), the same layout in every language.
 */
function helpWords(t: Headings): Partial<Help> {
  const titles: Record<string, string> = {
    'Usage:': t.usage,
    'Options:': t.options,
    'Commands:': t.commands,
    'Arguments:': t.arguments,
    'Global Options:': t.globalOptions,
  };
  const usageWords = (text: string): string =>
    text
      .split(' ')
      .map((word) => (word === '[options]' ? t.optionsWord : word === '[command]' ? t.commandWord : placeholder(t, word)))
      .join(' ');
  const extra = (description: string, info: readonly string[]): string => (info.length === 0 ? description : description ? `${description} (${info.join(', ')})` : `(${info.join(', ')})`);
  const choices = (values: readonly string[] | undefined): string[] => (values === undefined ? [] : [t.choices({ list: values.map((choice) => JSON.stringify(choice)).join(', ') })]);
  return {
    // commander leaves descriptions unwrapped when fewer than 40 columns are left for them: at 60
    // columns that is most of them, and the terminal cut them inside words. 10, not 20: the
    // widest command term (`compare [параметры] <старый> <новый> [файл]`, 43 columns) leaves 13.
    minWidthToWrap: 10,
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (command: Command) => usageWords(Help.prototype.commandUsage.call(new Help(), command)),
    subcommandTerm: (command: Command) => usageWords(Help.prototype.subcommandTerm.call(new Help(), command)),
    optionTerm: (option: Option) => placeholder(t, Help.prototype.optionTerm.call(new Help(), option)),
    // The Arguments section names an argument bare (`file`), the usage line in brackets.
    argumentTerm: (argument: Argument) => argumentName(t, Help.prototype.argumentTerm.call(new Help(), argument)),
    optionDescription(option: Option): string {
      // commander's rule: a default shows for options taking a value, and for booleans set to a boolean.
      const showDefault = option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      const info = [
        ...choices(option.argChoices),
        ...(showDefault ? [t.default({ value: option.defaultValueDescription || JSON.stringify(option.defaultValue) })] : []),
        ...(option.presetArg !== undefined && option.optional ? [`preset: ${JSON.stringify(option.presetArg)}`] : []),
        ...(option.envVar !== undefined ? [`env: ${option.envVar}`] : []),
      ];
      return extra(option.description, info);
    },
    argumentDescription(argument: Argument): string {
      const info = [...choices(argument.argChoices), ...(argument.defaultValue !== undefined ? [t.default({ value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) })] : [])];
      return extra(argument.description, info);
    },
  };
}

/** `a, b, c` (commander's list of choices or suggestions) as the language lists alternatives. */
function alternatives(lang: Lang, list: string): string {
  // English keeps Intl's own form here (`a, b, or c`), as commander's messages always had it.
  return listed(lang, list.split(', '), 'disjunction', (items) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items));
}

/**
 * One of commander's error messages (without its `error: `) in the run's language. commander
 * words them itself and hands outputError only the text, so each is recognised by its English
 * shape (one per error code: commander.unknownOption, .missingArgument ...); English, and
 * anything not recognised, passes through as it is.
 */
export function commanderError(voice: Voice, message: string): string {
  if (voice.lang === 'en') return message;
  const t = voice.words.program.errors;
  const headings = voice.words.program.headings;
  const suggestion = (rest: string | undefined): string => {
    if (rest === undefined || rest === '') return '';
    const match = /^\n\(Did you mean (one of )?(.+)\?\)$/su.exec(rest);
    if (match === null) return rest;
    return `\n${match[1] === undefined ? t.didYouMean({ word: match[2]! }) : t.didYouMeanOneOf({ words: alternatives(voice.lang, match[2]!) })}`;
  };
  const reason = (rest: string | undefined): string => {
    if (rest === undefined || rest === '') return '';
    const allowed = /^Allowed choices are (.+)\.$/su.exec(rest);
    return ` ${allowed === null ? rest : t.allowedChoices({ choices: alternatives(voice.lang, allowed[1]!) })}`;
  };
  let match: RegExpExecArray | null;
  // commander.unknownOption, commander.unknownCommand
  if ((match = /^unknown option '(.+?)'(\n.*)?$/su.exec(message))) return t.unknownOption({ flag: match[1]! }) + suggestion(match[2]);
  if ((match = /^unknown command '(.+?)'(\n.*)?$/su.exec(message))) return t.unknownCommand({ name: match[1]! }) + suggestion(match[2]);
  // commander.missingArgument, commander.optionMissingArgument, commander.missingMandatoryOptionValue
  if ((match = /^missing required argument '(.+)'$/su.exec(message))) return t.missingArgument({ name: argumentName(headings, match[1]!) });
  if ((match = /^option '(.+)' argument missing$/su.exec(message))) return t.optionMissingArgument({ flags: placeholder(headings, match[1]!) });
  if ((match = /^required option '(.+)' not specified$/su.exec(message))) return t.missingMandatoryOption({ flags: placeholder(headings, match[1]!) });
  // commander.invalidArgument (an option's value, or a command argument's)
  if ((match = /^option '(.+?)' argument '(.*)' is invalid\.(?: (.*))?$/su.exec(message)))
    return t.invalidOptionArgument({ flags: placeholder(headings, match[1]!), value: match[2]! }) + reason(match[3]);
  if ((match = /^command-argument value '(.*)' is invalid for argument '(.+?)'\.(?: (.*))?$/su.exec(message)))
    return t.invalidArgument({ value: match[1]!, name: argumentName(headings, match[2]!) }) + reason(match[3]);
  // commander.excessArguments
  if ((match = /^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/su.exec(message))) {
    const figures = { count: Number(match[2]), got: Number(match[3]) };
    return match[1] === undefined ? t.tooManyArguments(figures) : t.tooManyArgumentsFor({ ...figures, name: match[1] });
  }
  // commander.conflictingOption
  if ((match = /^(.+?) cannot be used with (.+)$/su.exec(message))) return t.conflictingOption({ first: match[1]!, second: match[2]! });
  return message;
}

/**
 * Commander's help and errors go to the run's streams, and its errors read like ours:
 * `clientfit: unknown option '--stirct'` (exit 2, from main's report()).
 */
function helpWidth(streams: Streams, stream: Streams['stdout']): number {
  return stream.columns || Number(streams.env.COLUMNS) || 80;
}

function commanderOutput(voice: Voice, streams: Streams): OutputConfiguration {
  const width = (stream: Streams['stdout']): number => helpWidth(streams, stream);
  return {
    writeOut: (text) => void streams.stdout.write(text),
    writeErr: (text) => void streams.stderr.write(text),
    outputError: (text, write) => write(`clientfit: ${commanderError(voice, text.replace(/^error: /u, '').replace(/\n$/u, ''))}\n`),
    getOutHelpWidth: () => width(streams.stdout),
    getErrHelpWidth: () => width(streams.stderr),
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
}

export function buildProgram(context: Context, version: string): Command {
  const t = context.voice.words.program;
  const program = new Command('clientfit')
    .description(t.description)
    .version(version, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .option('--no-color', t.noColor)
    .option('--debug', t.debug)
    .option('--lang <code>', t.lang)
    .showSuggestionAfterError(true)
    .addHelpText('after', () => fitLines(t.afterHelp({ readme: README }), helpWidth(context.streams, context.streams.stdout)))
    .configureOutput(commanderOutput(context.voice, context.streams))
    // Before the commands are declared: they inherit the help configuration.
    .configureHelp(helpWords(t.headings))
    .exitOverride();
  for (const define of COMMANDS) define(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * `score` is the default command and takes no operands, so a first word that is no command is
 * a typo (`clientfit batchh`) or a file meant for batch: say so, rather than commander's
 * "too many arguments for 'score'".
 */
function checkCommandName(voice: Voice, program: Command, first: string | undefined): void {
  if (first === undefined || first.startsWith('-') || first === 'help') return;
  const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  if (names.includes(first)) return;
  const file = /\.(csv|tsv|txt)$/iu.test(first);
  // The completion scripts' own command is no one's typo.
  const shown = names.filter((name) => !name.startsWith('__'));
  const t = voice.words.program;
  throw new UserError(`${t.unknownCommand({ name: first })}${file ? '' : didYouMean(voice.words.common, first, shown)}`, {
    details: [file ? t.scoreALeadFile({ file: first }) : t.commandList({ commands: shown.join(', ') })],
  });
}

/** The first word after the global flags (`clientfit --lang ru batchh`: batchh). */
function firstWord(argv: readonly string[]): string | undefined {
  let index = 0;
  for (;;) {
    const arg = argv[index];
    if (arg === '--lang') index += 2;
    else if (arg !== undefined && (arg.startsWith('--lang=') || arg === '--no-color' || arg === '--debug')) index += 1;
    else return arg;
  }
}

/** Parses the arguments and runs the command; errors propagate to main's report(). */
export async function runProgram(argv: readonly string[], context: Context, version: string): Promise<void> {
  const program = buildProgram(context, version);
  checkCommandName(context.voice, program, firstWord(argv));
  await program.parseAsync(argv, { from: 'user' });
}
