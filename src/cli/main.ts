/**
 * The commander program, global flags, and the one place that turns errors into exit codes.
 * Commands are declared by their folders' index.ts and run lazily.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ExitCode, UserError } from '../errors.js';
import { processIO, type IO } from './io.js';
import type { Context, Define, GlobalOptions } from './program.js';
import { defineCheck } from './commands/check/index.js';
import { defineInit } from './commands/init/index.js';
import { defineScore } from './commands/score/index.js';
import { defineHistory } from './commands/history/index.js';
import { defineOutcome } from './commands/outcome/index.js';
import { defineBatch } from './commands/batch/index.js';
import { defineCalibrate } from './commands/calibrate/index.js';

const COMMANDS: readonly Define[] = [defineScore, defineBatch, defineCalibrate, defineHistory, defineOutcome, defineInit, defineCheck];

const EXIT_CODES_HELP = `
Exit codes:
  0    ok
  1    runtime or data error (unreadable input, bad CSV structure, --strict warnings)
  2    usage or criteria file error
  3    a --fail-on verdict was reached
  130  interrupted (Ctrl-C)

Docs: README.md, or \`clientfit <command> --help\`.`;

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

export function buildProgram(context: Context): Command {
  const program = new Command('clientfit')
    .description('Decide which prospects to take on: vet a prospect, score lead CSVs, calibrate your criteria.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'no colours, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'print stack traces for errors')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride();
  for (const define of COMMANDS) define(program, context);
  for (const command of program.commands) command.exitOverride();
  return program;
}

function describeUnexpected(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Prints what went wrong and returns the exit code. */
export function report(error: unknown, stderr: IO['stderr'], debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander printed its message already; --help and --version end here too.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    stderr.write('Cancelled, nothing saved.\n');
    return ExitCode.interrupted;
  }
  if (error instanceof UserError) {
    const lines = [`clientfit: ${error.message}`, ...error.details];
    stderr.write(`${lines.join('\n')}\n`);
    if (debug) stderr.write(`${describeUnexpected(error)}\n`);
    return error.exitCode;
  }
  stderr.write(`clientfit: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  stderr.write(`${describeUnexpected(error)}\n`);
  stderr.write('This is a bug in clientfit: please report it with the command you ran and the output above.\n');
  return ExitCode.data;
}

/** Runs the CLI and returns its exit code; the bin sets process.exitCode from it. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let io: IO | undefined;
  const context: Context = {
    io(command) {
      const options = command.optsWithGlobals<GlobalOptions>();
      io ??= processIO({ noColor: options.color === false });
      return io;
    },
    exit(code) {
      exitCode = code;
    },
  };
  // `clientfit big.csv | head`: the reader went away; that is a normal end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.ok);
    throw error;
  });
  try {
    await buildProgram(context).parseAsync(argv, { from: 'user' });
  } catch (error) {
    return report(error, process.stderr, argv.includes('--debug'));
  }
  return exitCode;
}
