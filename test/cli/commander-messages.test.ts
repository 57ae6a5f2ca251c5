/**
 * clientfit translates commander's English error messages by their shape (commanderError in
 * src/cli/program.ts, one regular expression per commander error code). A commander upgrade that
 * rewords one would silently fall back to English in every other language: this pins each message
 * commander gives today, from a real commander program, and checks each one is translated.
 */
import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderError } from '../../src/cli/program.js';
import { voiceOf } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

/** What commander writes for `argv` (without its `error: ` prefix and line end), as program.ts reads it. */
function commanderMessage(argv: readonly string[]): string {
  let text = '';
  const program = new Command('clientfit')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined, outputError: (message) => (text = message) });
  // A program of one command with an argument: the excess-arguments message without "for".
  if (argv[0] === 'root') program.argument('[file]').action(() => undefined);
  const batch = program
    .command('batch')
    .argument('[file]')
    .option('--strict')
    .option('--strick')
    .option('--stable')
    .addOption(new Option('--format <format>').choices(['csv', 'json']))
    .option('--only <verdicts>')
    .addOption(new Option('--quiet').conflicts('verbose'))
    .option('--verbose')
    .action(() => undefined);
  batch.exitOverride();
  program
    .command('outcome')
    .argument('<name>')
    .action(() => undefined);
  program
    .command('completion')
    .addArgument(new Argument('<shell>').choices(['bash', 'zsh']))
    .action(() => undefined);
  program
    .command('init')
    .requiredOption('--template <name>')
    .action(() => undefined);
  for (const command of program.commands) command.exitOverride();
  try {
    program.parse([...argv], { from: 'user' });
  } catch {
    // exitOverride throws after the message is written
  }
  return text.replace(/^error: /u, '').replace(/\n$/u, '');
}

/** Every commander error program.ts translates, with commander's English for it today. */
const MESSAGES: readonly (readonly [code: string, argv: readonly string[], english: string])[] = [
  ['unknownOption', ['batch', '--zzzz'], "unknown option '--zzzz'"],
  ['unknownOption, one suggestion', ['batch', '--stabel'], "unknown option '--stabel'\n(Did you mean --stable?)"],
  ['unknownOption, several', ['batch', '--stric'], "unknown option '--stric'\n(Did you mean one of --strick, --strict?)"],
  ['unknownCommand', ['batchh'], "unknown command 'batchh'\n(Did you mean batch?)"],
  ['unknownCommand, no suggestion', ['zzzzzz'], "unknown command 'zzzzzz'"],
  ['missingArgument', ['outcome'], "missing required argument 'name'"],
  ['optionMissingArgument', ['batch', '--only'], "option '--only <verdicts>' argument missing"],
  ['missingMandatoryOptionValue', ['init'], "required option '--template <name>' not specified"],
  ['invalidArgument (option)', ['batch', '--format', 'xml'], "option '--format <format>' argument 'xml' is invalid. Allowed choices are csv, json."],
  ['invalidArgument (command argument)', ['completion', 'tcsh'], "command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh."],
  ['excessArguments', ['root', 'b'], 'too many arguments. Expected 1 argument but got 2.'],
  ['excessArguments (a command)', ['batch', 'a', 'b'], "too many arguments for 'batch'. Expected 1 argument but got 2."],
  ['conflictingOption', ['batch', '--quiet', '--verbose'], "option '--quiet' cannot be used with option '--verbose'"],
];

/** Words of commander's English that a translation must not keep. */
const ENGLISH = /unknown|Did you mean|missing|required|invalid|Allowed choices|too many|cannot be used|Expected/u;

describe("commander's messages are pinned: an upgrade that rewords one fails here", () => {
  it.each(MESSAGES)('%s: commander says it as program.ts expects', (_code, argv, english) => {
    expect(commanderMessage(argv)).toBe(english);
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s: each is translated, none left in English', async (lang) => {
    const voice = await voiceOf(lang);
    for (const [code, argv] of MESSAGES) {
      const message = commanderMessage(argv);
      const translated = commanderError(voice, message);
      expect(translated, code).not.toBe(message);
      // Flags and values stay as typed; commander's own words do not.
      expect(translated.replace(/'[^']*'|--[a-z-]+( <[^>]+>)?|\b(bash|zsh|csv|json|xml|tcsh|batch|name|shell)\b/gu, ''), code).not.toMatch(ENGLISH);
    }
  });
});
