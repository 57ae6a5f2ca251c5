/**
 * Completion in the real shells, typed into a pseudo-terminal (tmux): bash, zsh and fish load
 * `clientfit completion SHELL`, a name is begun and Tab pressed, and the test reads the command
 * line back. The journal holds the names a prospect can be called: spaces, an apostrophe and an
 * ampersand, a command substitution, a glob, a newline, an escape sequence. Each completed word
 * must be quoted for the shell, run nothing (MARK is never created, also after Enter), and put
 * no control character on the screen. Skipped, saying why, when tmux or a shell is missing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, findCommand, isolatedEnv, tempDir } from '../helpers/cli.js';
import { quote, TMUX, tmuxDriver } from '../helpers/tmux.js';
import { UI_WAIT_MS, waitUntil } from '../helpers/wait.js';

const NAMES = ['ООО Вектор', 'Иванов ЕООД', 'Παπαδόπουλος Α.Ε.', 'Dobra Kuća d.o.o.', "O'Brien & Sons", 'Zed $(touch MARK)', '*', 'Line1\nLine2', 'Esc\u001b[31mRed'];

/** A journal with one decision for each name, and a `clientfit` on PATH that runs the built CLI. */
function home(): { home: string; env: Record<string, string> } {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'clientfit'), `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(BIN)} "$@"\n`, { mode: 0o755 });
  const lines = NAMES.map((name, index) =>
    JSON.stringify({
      type: 'decision',
      id: `m0000000-00000${index}`,
      time: `2026-03-${String(index + 1).padStart(2, '0')}T10:00:00.000Z`,
      name,
      answers: {},
      result: { score: 50, potential: 80, verdict: 'review', failed: [], unknown: [] },
      criteria: { file: 'criteria.yaml', sha256: 'x' },
    }),
  );
  writeFileSync(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n`);
  // one file, so a glob that expanded would show itself
  writeFileSync(join(dir, 'some-file.txt'), '');
  const env = isolatedEnv(dir, { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, CLIENTFIT_JOURNAL: join(dir, 'journal.jsonl'), TERM: 'xterm-256color' });
  return { home: dir, env };
}

interface Shell {
  readonly name: 'bash' | 'zsh' | 'fish';
  readonly prompt: string;
  /** the command line that starts it with the completion loaded */
  start(home: string): string;
}

const SHELLS: readonly Shell[] = [
  {
    name: 'bash',
    prompt: 'READY$ ',
    start(dir) {
      writeFileSync(join(dir, '.bashrc'), `PS1='READY$ '\neval "$(clientfit completion bash)"\n`);
      return `bash --noprofile --rcfile ${quote(join(dir, '.bashrc'))} -i`;
    },
  },
  {
    name: 'zsh',
    prompt: 'READY% ',
    start(dir) {
      writeFileSync(join(dir, '.zshrc'), `PS1='READY%% '\nautoload -U compinit && compinit -u -D\neval "$(clientfit completion zsh)"\n`);
      return 'zsh -i';
    },
  },
  {
    name: 'fish',
    prompt: 'READY> ',
    start(dir) {
      mkdirSync(join(dir, '.config', 'fish', 'completions'), { recursive: true });
      writeFileSync(join(dir, '.config', 'fish', 'config.fish'), "function fish_prompt; printf 'READY> '; end\nset -g fish_greeting\n");
      return `sh -c 'clientfit completion fish > ${join(dir, '.config', 'fish', 'completions', 'clientfit.fish')}; exec fish'`;
    },
  },
];

/** What each shell's line must read after `clientfit history PREFIX` and Tab: the name, quoted (bash and zsh alike). */
const POSIX: readonly (readonly [string, string])[] = [
  ['ООО', 'ООО\\ Вектор'],
  ['Ив', 'Иванов\\ ЕООД'],
  ['Πα', 'Παπαδόπουλος\\ Α.Ε.'],
  ['Do', 'Dobra\\ Kuća\\ d.o.o.'],
  ['O', "O\\'Brien\\ \\&\\ Sons"],
  ['Z', 'Zed\\ \\$\\(touch\\ MARK\\)'],
  ['L', "$'Line1\\nLine2'"],
  ['E', "$'Esc\\e[31mRed'"],
  ["'ООО", "'ООО Вектор'"],
  ["'O", "'O'\\''Brien & Sons'"],
];

const EXPECTED: Record<Shell['name'], readonly (readonly [string, string])[]> = {
  bash: POSIX,
  zsh: POSIX,
  // fish quotes what it inserts itself, its own way
  fish: [...POSIX.slice(0, 6), ['L', 'Line1\\nLine2'], ['E', 'Esc\\e\\[31mRed'], ["'ООО", "'ООО Вектор'"], ["'O", "'O\\'Brien & Sons'"]],
};

const missing = TMUX === undefined ? 'tmux is not installed' : undefined;
if (missing !== undefined) console.warn(`completion in real terminals skipped: ${missing}`);

describe.skipIf(missing !== undefined)('completion in a real terminal', { timeout: 4 * UI_WAIT_MS }, () => {
  const driver = tmuxDriver(`clientfit-completion-${process.pid}`);
  afterAll(() => driver.kill());

  for (const shell of SHELLS) {
    const binary = findCommand(shell.name);
    it.skipIf(binary === undefined)(`${shell.name}: names are completed quoted, nothing runs, no control character reaches the screen`, async () => {
      const { home: dir, env } = home();
      const exports = Object.entries(env)
        .map(([key, value]) => `${key}=${quote(value)}`)
        .join(' ');
      const session = `${shell.name}-${process.pid}`;
      driver.tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '40', '-c', dir, `env -i ${exports} ${shell.start(dir)}`);
      await driver.waitFor(session, shell.prompt.trimEnd());
      /** The last non-empty line of the screen. */
      const lastLine = (): string =>
        driver
          .screen(session)
          .split('\n')
          .filter((line) => line.trim() !== '')
          .at(-1) ?? '';
      for (const [typed, line] of EXPECTED[shell.name]) {
        driver.keys(session, 'C-u');
        driver.keys(session, '-l', `clientfit history ${typed}`);
        driver.keys(session, 'Tab');
        const want = `${shell.prompt}clientfit history ${line}`;
        await waitUntil(
          () => lastLine().trimEnd() === want.trimEnd(),
          () => `${shell.name}: after "${typed}" Tab the line should read\n${want}\nThe screen:\n${driver.screen(session)}`,
          { interval: 50 },
        );
      }
      // Enter on the completed command substitution: history shows the prospect, touch never runs.
      driver.keys(session, 'C-u');
      driver.keys(session, '-l', 'clientfit history Z');
      driver.keys(session, 'Tab');
      await driver.waitFor(session, /history Zed\\ \\\$\\\(touch\\ MARK\\\)\s*$/u);
      driver.keys(session, 'Enter');
      await driver.waitFor(session, 'Zed $(touch MARK): 1 decision');
      expect(existsSync(join(dir, 'MARK'))).toBe(false);
      // The list of every name: each on the screen as text, the escape sequence shown, not obeyed.
      driver.keys(session, 'C-u');
      driver.keys(session, '-l', 'clientfit history ');
      driver.keys(session, 'Tab');
      if (shell.name === 'bash') driver.keys(session, 'Tab');
      const screen = await driver.waitFor(session, /O.{0,2}Brien/u);
      expect(screen).toMatch(/\[31mRed/u);
      expect(screen).toContain('Вектор');
      expect(screen).not.toContain('some-file.txt');
      // tmux keeps what the terminal was sent: no colour came from a name (the screen's own attributes only)
      const raw = driver.tmux('capture-pane', '-p', '-e', '-t', session);
      expect(raw).not.toMatch(/\u001b\[31m/u);
      expect(existsSync(join(dir, 'MARK'))).toBe(false);
      driver.tmux('kill-session', '-t', session);
    });
  }
});
