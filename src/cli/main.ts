/**
 * The entry: runs the program and is the one place that turns errors into exit codes.
 * Kept light: `--version` loads no words and no terminal handling; commander and the command
 * declarations load only when a command runs.
 */
import { readFileSync } from 'node:fs';
import { ExitCode, UserError } from '../errors.js';
import type { AllWords, Voice } from '../i18n/index.js';
import { chooseLanguage, langFlag, LANGUAGES } from '../i18n/languages.js';
import { printable, printableLines } from '../render/sanitize.js';
import { describeFsError, errorCode } from './fs-errors.js';
import type { IO } from './io.js';
import { processStreams, type Streams } from './streams.js';
import type { Context, GlobalOptions } from './define.js';

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

/** Prints what went wrong, in the words of `t` (the run's), and returns the exit code. */
export async function report(t: AllWords['common'], error: unknown, stderr: IO['stderr'], debug: boolean): Promise<number> {
  const { fittedTerminal, OutputClosedError } = await import('./io.js');
  if (isCommanderError(error)) {
    // commander printed its message already (through configureOutput); --help and --version end here too.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    stderr.write(`${t.cancelled}\n`);
    return ExitCode.interrupted;
  }
  if (error instanceof UserError) {
    const lines = [`clientfit: ${error.message}`, ...error.details];
    // Messages quote names, cells and values from data: no control sequence reaches the terminal.
    fittedTerminal(stderr, {}).write(`${printableLines(lines.join('\n'))}\n`);
    if (debug) stderr.write(`${describeUnexpected(error)}\n`);
    return error.exitCode;
  }
  const message = error instanceof OutputClosedError ? t.outputClosed : error instanceof Error ? error.message : String(error);
  stderr.write(`clientfit: ${t.unexpected({ message: printableLines(message) })}\n`);
  stderr.write(`${printableLines(describeUnexpected(error))}\n`);
  stderr.write(`${t.bugReport}\n`);
  return ExitCode.data;
}

/**
 * Resolves once what was written to the stream so far is handed on, or has failed and the
 * stream's 'error' event (which comes a tick after the write's callback) has been heard.
 */
function flushed(stream: IO['stdout']): Promise<void> {
  return new Promise((resolve) => {
    // Nothing buffered: no write of its own (an empty write to /dev/full fails too).
    if (stream.destroyed || stream.writableEnded || stream.writableLength === 0) setImmediate(resolve);
    else stream.write('', () => setImmediate(resolve));
  });
}

/**
 * Runs the CLI and returns its exit code; the bin sets process.exitCode from it.
 * `given` replaces any of the process's streams, environment and working directory (tests run
 * the whole program in-process this way).
 */
export async function main(argv: readonly string[], given: Partial<Streams> = {}): Promise<number> {
  const streams: Streams = processStreams(given);
  const { stdout } = streams;
  let exitCode: number = ExitCode.ok;
  let io: IO | undefined;
  let debug = argv.includes('--debug');
  /** the run's words once chosen below from --lang and the environment (a failing stdout is reported in them, English before) */
  let spoken: Voice | undefined;
  /** the message of a failing stdout, once written (the words may have to be loaded first) */
  let reported: Promise<void> = Promise.resolve();

  // Standard output failing ends the run. `clientfit batch big.csv | head`: the reader went
  // away, a normal end (exit 0, nothing said). `> /dev/full`: a disk full or a device error,
  // said in one line (exit 1). Files the run writes are whole or absent either way (atomic.ts),
  // and a decision is saved before it is printed (score).
  let outputFailed: number | undefined;
  let endRun: (code: number) => void = () => undefined;
  const outputFailure = new Promise<number>((resolve) => (endRun = resolve));
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (outputFailed !== undefined) return;
    outputFailed = errorCode(error) === 'EPIPE' ? ExitCode.ok : ExitCode.data;
    if (outputFailed !== ExitCode.ok) {
      const say = ({ words }: Voice): void => void streams.stderr.write(`clientfit: ${words.common.cannotWriteStdout({ reason: describeFsError(words.common, error) })}\n`);
      if (spoken !== undefined) say(spoken);
      else reported = import('../i18n/index.js').then(({ ENGLISH }) => say(ENGLISH));
    }
    // The command may still be reading or waiting on the failed stream: for the process's own
    // standard output, end the process here, as a closed pipe ends `cat` (exit handlers still
    // remove temporary files), once the command has heard of the failure (score then says its
    // decision was saved). In-process callers get the code from main's return.
    if (stdout === process.stdout) void reported.then(() => setImmediate(() => process.exit(outputFailed)));
    endRun(outputFailed);
  });

  // `clientfit --version` answers before commander loads: scripts call it often.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v')) {
    stdout.write(`${version()}\n`);
    await flushed(stdout);
    await reported;
    return outputFailed ?? ExitCode.ok;
  }
  // Loaded side by side: each import waits on file reads, and the program is needed next anyway.
  const [{ voiceOf }, { createIO }, { runProgram }] = await Promise.all([import('../i18n/index.js'), import('./io.js'), import('./program.js')]);
  // The language of everything the run says, help and commander's messages included.
  const choice = chooseLanguage(langFlag(argv), streams.env);
  if (!choice.ok) {
    const fallback = chooseLanguage(undefined, streams.env);
    const { words } = await voiceOf(fallback.ok ? fallback.lang : 'en');
    streams.stderr.write(`clientfit: ${words.common.unknownLanguage({ given: printable(choice.given), supported: LANGUAGES.join(', ') })}\n`);
    return ExitCode.usage;
  }
  const voice = await voiceOf(choice.lang);
  spoken = voice;
  const context: Context = {
    streams,
    voice,
    io(command) {
      const options = command.optsWithGlobals<GlobalOptions>();
      debug = options.debug === true;
      io ??= createIO(streams, { noColor: options.color === false, voice });
      return io;
    },
    recordExitCode(code) {
      exitCode = code;
    },
  };
  const run = async (): Promise<number> => {
    try {
      await runProgram(argv, context, version());
      return exitCode;
    } catch (error) {
      // A write to a failed standard output rejects too: its message is out already.
      if (outputFailed !== undefined) return outputFailed;
      return await report(voice.words.common, error, streams.stderr, debug);
    }
  };
  const code = await Promise.race([run(), outputFailure]);
  // A last write can fail after the command returned (a file on a full disk): wait for it.
  if (outputFailed === undefined) await flushed(stdout);
  return outputFailed ?? code;
}
