/**
 * The commander program: global flags and every command's declaration. Loaded by main.ts
 * only when there is a command to run (`--version` never pays for it).
 */
import { Command, type OutputConfiguration } from 'commander';
import { didYouMean } from '../core/suggest.js';
import { UserError } from '../errors.js';
import type { Streams } from './io.js';
import type { Context, Define } from './program.js';
import { defineCheck } from './commands/check/index.js';
import { defineInit } from './commands/init/index.js';
import { defineScore } from './commands/score/index.js';
import { defineHistory } from './commands/history/index.js';
import { defineOutcome } from './commands/outcome/index.js';
import { defineBatch } from './commands/batch/index.js';
import { defineCalibrate } from './commands/calibrate/index.js';
import { defineSql } from './commands/sql/index.js';
import { defineCompletion } from './commands/completion/index.js';

const COMMANDS: readonly Define[] = [defineScore, defineBatch, defineCalibrate, defineSql, defineHistory, defineOutcome, defineInit, defineCheck, defineCompletion];

const EXIT_CODES_HELP = `
Exit codes:
  0    ok
  1    runtime or data error (unreadable input, bad CSV structure, output that
       cannot be written, --strict warnings)
  2    usage or criteria file error
  3    a --fail-on verdict was reached
  130  interrupted (Ctrl-C)

Docs: README.md, or \`clientfit <command> --help\`.

Examples:
  clientfit                                   vet a prospect, one question at a time
  clientfit score --resume "Acme Ltd" --save  follow up on what was still unknown
  clientfit batch leads.csv -o scored.csv     score a lead file`;

/**
 * Commander's help and errors go to the run's streams, and its errors read like ours:
 * `clientfit: unknown option '--stirct'` (exit 2, from main's report()).
 */
function commanderOutput(streams: Streams): OutputConfiguration {
  const width = (stream: Streams['stdout']): number => stream.columns || Number(streams.env.COLUMNS) || 80;
  return {
    writeOut: (text) => void streams.stdout.write(text),
    writeErr: (text) => void streams.stderr.write(text),
    outputError: (text, write) => write(text.replace(/^error: /u, 'clientfit: ')),
    getOutHelpWidth: () => width(streams.stdout),
    getErrHelpWidth: () => width(streams.stderr),
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
}

export function buildProgram(context: Context, version: string): Command {
  const program = new Command('clientfit')
    .description('Decide which prospects to take on: vet a prospect, score lead CSVs, calibrate your criteria.')
    .version(version, '-V, --version', 'print the version (-v too)')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'print stack traces for errors')
    .option('--lang <code>', 'interface language: en, ru, bg, el or bs (default: CLIENTFIT_LANG, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXIT_CODES_HELP)
    .configureOutput(commanderOutput(context.streams))
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
function checkCommandName(program: Command, first: string | undefined): void {
  if (first === undefined || first.startsWith('-') || first === 'help') return;
  const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  if (names.includes(first)) return;
  const file = /\.(csv|tsv|txt)$/iu.test(first);
  // The completion scripts' own command is no one's typo.
  const shown = names.filter((name) => !name.startsWith('__'));
  throw new UserError(`unknown command "${first}"${file ? '' : didYouMean(first, shown)}`, {
    details: [file ? `To score a lead file: clientfit batch ${first}` : `Commands: ${shown.join(', ')} (clientfit --help).`],
  });
}

/** Parses the arguments and runs the command; errors propagate to main's report(). */
export async function runProgram(argv: readonly string[], context: Context, version: string): Promise<void> {
  const program = buildProgram(context, version);
  checkCommandName(program, argv[0]);
  await program.parseAsync(argv, { from: 'user' });
}
