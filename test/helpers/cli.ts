/** Runs the built CLI as a process, as users and scripts do. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'clientfit.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr with escape codes removed */
  readonly out: string;
  readonly err: string;
  readonly stdoutBytes: Buffer;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
}

/**
 * A clean environment: no colour forcing, a private HOME and XDG dirs so a developer's own
 * ~/.config/clientfit never leaks into a test.
 */
export function isolatedEnv(home: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    LANG: 'C.UTF-8',
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const home = options.env?.HOME ?? tempDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? home,
      env: isolatedEnv(home, options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const out = Buffer.concat(stdout);
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({
        code,
        signal,
        stdout: out.toString('utf8'),
        stderr: err,
        out: stripVTControlCharacters(out.toString('utf8')),
        err: stripVTControlCharacters(err),
        stdoutBytes: out,
      });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all input
    child.stdin.end(options.input ?? '');
  });
}

const made: string[] = [];

/** A temporary directory removed when the test process exits. */
export function tempDir(prefix = 'clientfit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The path of a program on PATH (tmux, bash, zsh, fish), or undefined: tests that need one skip without it. */
export function findCommand(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
