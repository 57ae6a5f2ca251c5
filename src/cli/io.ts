/**
 * The streams, environment and terminal facts handed to every command, so commands never
 * reach for `process` themselves and tests can run them against plain streams.
 */
import { fstatSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { DataError } from '../errors.js';
import type { Streams } from './streams.js';
import type { Voice } from '../i18n/index.js';
import { fitLines, wrap } from '../render/table.js';

export interface IO {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** colour level for stdout and for stderr: 0 none, 1 basic, 2 256, 3 truecolor */
  readonly colorLevel: 0 | 1 | 2 | 3;
  readonly stderrColorLevel: 0 | 1 | 2 | 3;
  /** both stdin and stdout are terminals: the only case where we may ask questions */
  readonly canPrompt: boolean;
  /** width for laying out text: the terminal's, else $COLUMNS, else 80 */
  readonly columns: number;
  /** width to cut table cells to: the terminal's; unlimited into a pipe or file, where nothing should be lost */
  readonly tableWidth: number;
  /** the run's language and words, chosen once by main() (src/i18n/index.ts) */
  readonly voice: Voice;
}

type Level = 0 | 1 | 2 | 3;

/** FORCE_COLOR as chalk and Node read it: '', 1, true → basic; 2 → 256; 3 → truecolor; 0, false → off. */
function forcedLevel(value: string | undefined): Level | undefined {
  if (value === undefined) return undefined;
  if (value === '' || value === '1' || value.toLowerCase() === 'true') return 1;
  if (value === '0' || value.toLowerCase() === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

function terminalLevel(env: IO['env']): Level {
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/**
 * Not chalk's `supportsColor`: it reads the global `process.env`, `process.argv` and the real
 * stdout/stderr once at import, and `main(argv, io)` must decide from the env and streams it was
 * given (tests, and --no-color parsed by commander). chalk 5 also ignores NO_COLOR.
 * Colour only on a terminal. `--no-color` and a non-empty NO_COLOR turn it off (no-color.org);
 * FORCE_COLOR turns it on even into a pipe, and FORCE_COLOR=0 off.
 */
export function colorLevel(env: IO['env'], isTTY: boolean, noColorFlag: boolean): Level {
  if (noColorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  return isTTY ? terminalLevel(env) : 0;
}

/** What a run is given: its streams, environment and working directory (main's `io`). */
/** Cursor movements and carriage returns: a prompt or a progress line drawing itself, passed on as it is. */
const DRAWING = /\r|\u001b\[[0-9;?]*[A-Za-ln-z]/u;

/**
 * Standard error on a terminal, with what a person reads (notices, warnings, summaries) fitted
 * to the terminal's width at word boundaries (fitLines) on its way out: every command's messages,
 * whoever writes them, without each knowing the width. Prompts and progress lines, which move
 * the cursor, pass unchanged; so does everything into a file or pipe.
 */
export function fittedTerminal<S extends IO['stderr']>(stream: S, env: IO['env']): S {
  if (stream.isTTY !== true) return stream;
  const write = (chunk: unknown, ...rest: unknown[]): boolean =>
    (stream.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' && !DRAWING.test(chunk) ? fitLines(chunk, stream.columns || Number(env.COLUMNS) || 80) : chunk, ...rest);
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') return write;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The IO for a command, once flags are parsed (colour depends on --no-color). Standard input and
 * error are looked at only when asked for: Node makes each stream when first asked for (a pipe's
 * is a socket), and `check` into a file or a pipe needs neither.
 */
export function createIO(streams: Streams, options: { noColor: boolean; voice: Voice }): IO {
  const { stdout, env, cwd } = streams;
  const stdoutTTY = stdout.isTTY === true;
  let stderr: IO['stderr'] | undefined;
  return {
    get stdin() {
      return streams.stdin;
    },
    stdout,
    get stderr() {
      stderr ??= fittedTerminal(streams.stderr, env);
      return stderr;
    },
    env,
    cwd,
    colorLevel: colorLevel(env, stdoutTTY, options.noColor),
    get stderrColorLevel() {
      return colorLevel(env, this.stderr.isTTY === true, options.noColor);
    },
    // Questions need both ends on a terminal: standard output first, so that a run into a file or pipe never makes standard input.
    canPrompt: stdoutTTY && streams.stdin.isTTY === true,
    columns: stdout.columns || Number(env.COLUMNS) || 80,
    tableWidth: stdoutTTY ? stdout.columns || 80 : Infinity,
    voice: options.voice,
  };
}

/**
 * A stream closed before a write reached it, without an error of its own: worded by main's
 * report() in the run's language (the stream knows none).
 */
export class OutputClosedError extends Error {
  constructor() {
    super('the output was closed');
    this.name = 'OutputClosedError';
  }
}

/**
 * Writes and resolves once the data is handed to the stream (respects backpressure). Rejects
 * when the stream fails or is closed meanwhile, instead of waiting for a 'drain' that never comes.
 */
export function write(stream: Writable, text: string): Promise<void> | void {
  if (stream.destroyed) return Promise.reject(stream.errored ?? new OutputClosedError());
  if (stream.write(text)) return;
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', closed);
      if (error) reject(error);
      else resolve();
    };
    const closed = (): void => done(stream.errored ?? new OutputClosedError());
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', closed);
  });
}

/**
 * Refuses a standard input that cannot hold data (`< some-folder`): Node reads a folder as an
 * empty stream, which would be reported as "is empty".
 */
export function checkStdin(io: IO): void {
  const fd = (io.stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return;
  let directory = false;
  try {
    directory = fstatSync(fd).isDirectory();
  } catch {
    return; // closed or not a file descriptor: reading will say what is wrong
  }
  if (directory) throw new DataError(io.voice.words.common.cannotRead({ source: '<stdin>', reason: io.voice.words.common.itIs({ kind: io.voice.words.common.kinds.directory }) }));
}

/** A notice on stderr, wrapped at word boundaries on a terminal; one line into a log or pipe, for grep. */
export function notice(io: IO, text: string): void {
  const lines = io.stderr.isTTY === true ? wrap(text, Math.max(40, io.stderr.columns || io.columns)) : [text];
  io.stderr.write(`${lines.join('\n')}\n`);
}
