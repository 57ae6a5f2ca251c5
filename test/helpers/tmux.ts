/**
 * A real terminal for end-to-end tests: the CLI in a tmux window, keys sent, the screen read
 * back: shared by the real-terminal tests (test/score/terminal.e2e.test.ts, the sessions in
 * Russian, Bulgarian and Greek in test/e2e/tmux-languages.test.ts). Waits scale with
 * CLIENTFIT_TEST_TIMEOUT_SCALE (helpers/wait.ts).
 */
import { execFileSync } from 'node:child_process';
import { BIN, findCommand, isolatedEnv } from './cli.js';
import { waitUntil } from './wait.js';

export const TMUX = findCommand('tmux');

export interface Tmux {
  /** starts the CLI in a fresh window, 100×40 unless `columns` says; the shell prints its exit code and waits */
  start(args: readonly string[], home: string, env?: Record<string, string>, columns?: number): string;
  /** the whole pane, scrollback included */
  screen(name: string): string;
  waitFor(name: string, text: string | RegExp): Promise<string>;
  keys(name: string, ...sequence: string[]): void;
  /** ends the tmux server of these tests */
  kill(): void;
  /** any other tmux command on this server (display-message, a session with its own command line) */
  tmux(...args: string[]): string;
}

/** A word for the shell, single-quoted. */
export function quote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

export function tmuxDriver(socket: string): Tmux {
  const tmux = (...args: string[]): string => execFileSync(TMUX!, ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  let sessions = 0;
  const screen = (name: string): string => tmux('capture-pane', '-p', '-S', '-', '-t', name);
  return {
    start(args, home, env = {}, columns = 100) {
      const name = `s${++sessions}`;
      const all = isolatedEnv(home, { TERM: 'xterm-256color', ...env });
      const exports = Object.entries(all)
        .map(([key, value]) => `${key}=${quote(value)}`)
        .join(' ');
      const command = `env -i ${exports} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo "EXIT=$?"; sleep 600`;
      tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', '40', command);
      return name;
    },
    screen,
    /** the screen once it shows `text`; fails after UI_WAIT_MS with the screen it saw */
    async waitFor(name, text) {
      let last = '';
      await waitUntil(
        () => {
          last = screen(name);
          return typeof text === 'string' ? last.includes(text) : text.test(last);
        },
        () => `(waiting for ${String(text)})\n${last}`,
        { interval: 50 },
      );
      return last;
    },
    keys(name, ...sequence) {
      tmux('send-keys', '-t', name, ...sequence);
    },
    kill() {
      try {
        tmux('kill-server');
      } catch {
        // no server left
      }
    },
    tmux,
  };
}
