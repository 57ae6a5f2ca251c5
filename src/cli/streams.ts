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

/**
 * The process's own streams, environment and working directory, where `given` does not replace
 * them. The streams are getters: Node makes process.stdin and process.stderr when first asked
 * (standard input alone costs about a tenth of bare Node's start-up), and `--version` or a clean
 * `check` needs neither. Standard error, once made, drops its own errors: nowhere is left to
 * report them, and the run goes on without its messages.
 */
export function processStreams(given: Partial<Streams> = {}): Streams {
  let stderr: Streams['stderr'] | undefined;
  return {
    get stdin() {
      return given.stdin ?? process.stdin;
    },
    get stdout() {
      return given.stdout ?? process.stdout;
    },
    get stderr() {
      if (stderr === undefined) {
        stderr = given.stderr ?? process.stderr;
        stderr.on('error', () => undefined);
      }
      return stderr;
    },
    env: given.env ?? process.env,
    cwd: given.cwd ?? process.cwd(),
  };
}
