/**
 * What a run is given: its streams, environment and working directory. Apart from io.ts so that
 * main() can take them before it loads anything else (`clientfit --version` loads no words).
 */
import type { IO } from './io.js';

export interface Streams {
  readonly stdin: IO['stdin'];
  readonly stdout: IO['stdout'];
  readonly stderr: IO['stderr'];
  readonly env: IO['env'];
  readonly cwd: string;
}

/** The process's own streams, environment and working directory. */
export function processStreams(): Streams {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
