/** An in-memory IO for running a command in-process (property tests want thousands of runs). */
import { PassThrough, Readable } from 'node:stream';
import type { IO } from '../../src/cli/io.js';
import { ENGLISH, type Voice } from '../../src/i18n/index.js';

export interface MemoryIO {
  readonly io: IO;
  stdout(): string;
  stderr(): string;
}

export function memoryIO(options: { stdin?: string | Buffer; cwd: string; env?: Record<string, string>; voice?: Voice }): MemoryIO {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  return {
    io: {
      stdin,
      stdout,
      stderr,
      env: options.env ?? {},
      cwd: options.cwd,
      colorLevel: 0,
      stderrColorLevel: 0,
      canPrompt: false,
      columns: 80,
      tableWidth: Infinity,
      // the run's words: English unless the test gives others (`await voiceOf('ru')`)
      voice: options.voice ?? ENGLISH,
    },
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
  };
}
