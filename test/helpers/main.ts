/**
 * Runs the whole program in-process: `main(argv, io)` against memory streams, with the same
 * isolated environment and working directory as a spawned run (helpers/cli.ts). Same result
 * shape as `run`, so a test moves between the two by its import. Use the spawned CLI only
 * where a real process is the point: signals, pipes, devices, terminals, start-up.
 */
import { Readable, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { main } from '../../src/cli/main.js';
import { isolatedEnv, tempDir, type RunOptions, type RunResult } from './cli.js';

export { FIXTURES, ROOT, tempDir } from './cli.js';
export type { RunOptions, RunResult } from './cli.js';

/** A Writable that keeps what it is given; `fail` makes every write fail with that error. */
export class MemoryOutput extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;

  constructor(private readonly fail?: () => Error) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.fail !== undefined) {
      callback(this.fail());
      return;
    }
    this.chunks.push(chunk);
    callback();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface MainOptions extends RunOptions {
  /** a standard output of the test's making (a failing one, say) */
  readonly stdout?: MemoryOutput;
  /** a standard error of the test's making (a terminal, say) */
  readonly stderr?: MemoryOutput;
}

export async function run(args: readonly string[], options: MainOptions = {}): Promise<RunResult> {
  const home = options.env?.HOME ?? tempDir();
  const stdout = options.stdout ?? new MemoryOutput();
  const stderr = options.stderr ?? new MemoryOutput();
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  const code = await main(args, { stdin, stdout, stderr, env: isolatedEnv(home, options.env), cwd: options.cwd ?? home });
  const out = Buffer.concat(stdout.chunks);
  const err = stderr.text();
  return {
    code,
    signal: null,
    stdout: out.toString('utf8'),
    stderr: err,
    out: stripVTControlCharacters(out.toString('utf8')),
    err: stripVTControlCharacters(err),
    stdoutBytes: out,
  };
}
