/**
 * The entry: runs the program and is the one place that turns errors into exit codes.
 * Kept light: commander and the command declarations load only when a command runs.
 */
import { readFileSync } from 'node:fs';
import { ExitCode, UserError } from '../errors.js';
import { printableLines } from '../render/sanitize.js';
import { processIO, type IO } from './io.js';
import type { Context, GlobalOptions } from './program.js';

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function describeUnexpected(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Commander's own errors (usage, --help, --version), told apart without loading commander. */
function isCommanderError(error: unknown): error is Error & { code: string; exitCode: number } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('commander.');
}

/** Prints what went wrong and returns the exit code. */
export function report(error: unknown, stderr: IO['stderr'], debug: boolean): number {
  if (isCommanderError(error)) {
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
    // Messages quote names, cells and values from data: no control sequence reaches the terminal.
    stderr.write(`${printableLines(lines.join('\n'))}\n`);
    if (debug) stderr.write(`${describeUnexpected(error)}\n`);
    return error.exitCode;
  }
  stderr.write(`clientfit: unexpected error: ${printableLines(error instanceof Error ? error.message : String(error))}\n`);
  stderr.write(`${printableLines(describeUnexpected(error))}\n`);
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
  // `clientfit --version` answers before commander loads: scripts call it often.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
    return ExitCode.ok;
  }
  try {
    const { runProgram } = await import('./cli.js');
    await runProgram(argv, context, version());
  } catch (error) {
    return report(error, process.stderr, argv.includes('--debug'));
  }
  return exitCode;
}
