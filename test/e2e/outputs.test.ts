/**
 * Output and system failures where a real process is the point: devices and FIFOs as -o or as
 * standard output, a full file system, another user's permissions, signals. The same classes
 * in-process (links, permissions, refusals, injected failures) are in test/cli/outputs.test.ts.
 */
import { execFileSync, spawn, type StdioOptions } from 'node:child_process';
import { chmodSync, closeSync, cpSync, createReadStream, existsSync, lstatSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, isolatedEnv, ROOT, tempDir } from '../helpers/cli.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const HEADER = 'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes';
const ROW = 'Anna Smith,yes,50,negotiates,yes,2,"a note, with a comma"\n';
const INPUT = `${HEADER}\n${ROW}${ROW}`;
const isRoot = process.getuid?.() === 0;

interface Spawned {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

interface SpawnOptions {
  readonly cwd: string;
  /** a file descriptor for the child's stdin or stdout; otherwise pipes */
  readonly stdin?: number;
  readonly stdout?: number;
  /** runs the CLI under this command (setpriv, sh -c ...) */
  readonly wrap?: readonly string[];
  /** the bin to run, when not the clone's own */
  readonly bin?: string;
  readonly env?: Record<string, string>;
  /** called once the child runs */
  readonly started?: (child: ReturnType<typeof spawn>) => void;
}

function cli(args: readonly string[], options: SpawnOptions): Promise<Spawned> {
  const command = [...(options.wrap ?? []), process.execPath, options.bin ?? BIN, ...args];
  const stdio: StdioOptions = [options.stdin ?? 'pipe', options.stdout ?? 'pipe', 'pipe'];
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env: isolatedEnv(options.cwd, options.env), stdio });
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdin?.end();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
    options.started?.(child);
  });
}

/** A folder with leads.csv (`rows` rows) and the criteria as clientfit.yaml. */
function folder(rows = 2): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), `${HEADER}\n${ROW.repeat(rows)}`);
  writeFileSync(join(dir, 'clientfit.yaml'), readFileSync(CRITERIA));
  return dir;
}

const rows = (text: string): string[] => text.split('\n').filter(Boolean);

/**
 * The device to write into. As root, a regression would replace the machine's own /dev/null
 * with a regular file (it happened while testing the old code): root's runs get device nodes
 * and a /dev/stdout link of their own in a temporary folder; other users cannot replace /dev.
 */
function device(name: 'null' | 'full' | 'stdout'): string | undefined {
  if (!isRoot) return `/dev/${name}`;
  const path = join(tempDir(), name);
  try {
    if (name === 'stdout') symlinkSync('/proc/self/fd/1', path);
    else execFileSync('mknod', ['-m', '666', path, 'c', '1', name === 'null' ? '3' : '7'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return path;
}
const devNull = device('null');
const devFull = device('full');
const devStdout = device('stdout');

describe('-o onto something that is not a regular file writes into it, never replaces it', () => {
  it.runIf(devNull !== undefined)('/dev/null stays the null device', async () => {
    const before = statSync(devNull!);
    const result = await cli(['batch', 'leads.csv', '-o', devNull!], { cwd: folder() });
    expect(result.code).toBe(0);
    expect(result.err).toContain(`Wrote ${devNull}.`);
    const after = statSync(devNull!);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
  });

  it.runIf(devStdout !== undefined)('/dev/stdout is standard output, even when it is a file opened for appending (>>)', async () => {
    const piped = await cli(['batch', 'leads.csv', '-o', devStdout!, '-q'], { cwd: folder() });
    expect(piped.code).toBe(0);
    expect(rows(piped.out)).toHaveLength(3);
    expect(rows(piped.out)[0]).toMatch(/^name,.*,clientfit_verdict,/u);

    const dir = folder();
    writeFileSync(join(dir, 'log.csv'), 'kept\n');
    const fd = openSync(join(dir, 'log.csv'), 'a');
    const { ino } = statSync(join(dir, 'log.csv'));
    const appended = await cli(['batch', 'leads.csv', '-o', devStdout!, '-q'], { cwd: dir, stdout: fd });
    closeSync(fd);
    expect(appended.code).toBe(0);
    const text = readFileSync(join(dir, 'log.csv'), 'utf8');
    expect(text.startsWith('kept\nname,')).toBe(true);
    expect(rows(text)).toHaveLength(4);
    expect(statSync(join(dir, 'log.csv')).ino).toBe(ino);
    expect(lstatSync(devStdout!).isSymbolicLink()).toBe(true);
  });

  it('a FIFO made by the test: its reader gets the data, and it stays a FIFO', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo)
        .on('data', (chunk) => (text += chunk.toString()))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    const result = await cli(['batch', 'leads.csv', '-o', 'pipe.csv', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(rows(await received)).toHaveLength(3);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv', 'pipe.csv']);
  });

  it.runIf(isRoot)('a character device in the current folder stays a device', async () => {
    const dir = folder();
    execFileSync('mknod', [join(dir, 'null.csv'), 'c', '1', '3']);
    const result = await cli(['batch', 'leads.csv', '-o', 'null.csv', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(statSync(join(dir, 'null.csv')).isCharacterDevice()).toBe(true);
  });

  it.runIf(devStdout !== undefined)('init --force /dev/stdout prints the template', async () => {
    const result = await cli(['init', '--force', devStdout!], { cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(result.out).toContain('criteria:');
    expect(lstatSync(devStdout!).isSymbolicLink()).toBe(true);
  });

  it.runIf(devFull !== undefined)('-o /dev/full: one line, exit 1', async () => {
    const result = await cli(['batch', 'leads.csv', '-o', devFull!], { cwd: folder() });
    expect(result.code).toBe(1);
    expect(result.err).toBe(`clientfit: cannot write ${devFull}: no space left on the device\n`);
    expect(statSync(devFull!).isCharacterDevice()).toBe(true);
  });
});

describe('standard output that fails', () => {
  it('> /dev/full: batch, score, calibrate, check and --version (which loads no words until then) say so in one line, exit 1, no stack', async () => {
    const dir = folder();
    const full = openSync('/dev/full', 'w');
    const results = await Promise.all([['batch', 'leads.csv'], ['score', '--no-input'], ['calibrate', 'leads.csv'], ['check'], ['--version']].map((args) => cli(args, { cwd: dir, stdout: full })));
    closeSync(full);
    for (const result of results) {
      expect(result.code).toBe(1);
      expect(result.err.split('\n').filter((line) => line.startsWith('clientfit:'))).toEqual(['clientfit: cannot write to standard output: no space left on the device']);
      expect(result.err).not.toMatch(/^\s+at /mu);
      expect(result.err).not.toContain('This is a bug');
    }
  });

  it('score --save keeps the decision when the reader has gone (EPIPE, exit 0) or the disk is full (exit 1)', async () => {
    const dir = folder();
    const save = ['score', '--no-input', '--save', '--journal', 'journal.jsonl', '--format', 'json'];
    // The reader closes its end before the CLI prints: the write fails with EPIPE.
    const gone = await cli([...save, '--name', 'Piped'], { cwd: dir, started: (child) => child.stdout?.destroy() });
    expect(gone.code).toBe(0);
    expect(gone.err).not.toContain('clientfit:');
    const full = openSync('/dev/full', 'w');
    const failed = await cli([...save, '--name', 'Full'], { cwd: dir, stdout: full });
    closeSync(full);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('clientfit: cannot write to standard output: no space left on the device\n');
    expect(failed.err).toMatch(/Saved to journal journal\.jsonl \(decision /u);
    const names = readFileSync(join(dir, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names).toEqual(['Piped', 'Full']);
  });
});

describe('-o on a file system that fills up: one line naming the file, exit 1, nothing left behind', () => {
  const mounted: string[] = [];
  afterAll(() => {
    for (const dir of mounted) execFileSync('umount', [dir]);
  });

  /** A 64 KiB tmpfs, where only root may mount one (and the test says so by skipping). */
  function smallFileSystem(): string | undefined {
    if (!isRoot) return undefined;
    const dir = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    mounted.push(dir);
    return dir;
  }

  const fs = smallFileSystem();
  it.runIf(fs !== undefined)('a real full file system (ENOSPC): the old output stays as it was', async () => {
    const dir = fs!;
    writeFileSync(join(dir, 'leads.csv'), `${HEADER}\n${ROW.repeat(300)}`); // 18 KB in, 24 KB out
    writeFileSync(join(dir, 'scored.csv'), 'old results\n');
    writeFileSync(join(dir, 'filler'), Buffer.alloc(30_000));
    const result = await cli(['batch', 'leads.csv', '-c', CRITERIA, '-o', 'scored.csv'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toBe('clientfit: cannot write scored.csv: no space left on the device\n');
    expect(readFileSync(join(dir, 'scored.csv'), 'utf8')).toBe('old results\n');
    expect(readdirSync(dir).sort()).toEqual(['filler', 'leads.csv', 'scored.csv']);
  });

  it('a file size limit (EFBIG, the same write path without root): the old output stays as it was', async () => {
    const dir = folder(2000);
    writeFileSync(join(dir, 'scored.csv'), 'old results\n');
    // ulimit -f counts 512-byte blocks in sh; SIGXFSZ ignored so the write fails instead of killing.
    const result = await cli(['batch', 'leads.csv', '-o', 'scored.csv'], { cwd: dir, wrap: ['sh', '-c', 'ulimit -f 64; trap "" XFSZ; exec "$@"', 'sh'] });
    expect(result.code).toBe(1);
    expect(result.err).toBe('clientfit: cannot write scored.csv: the file is too large for the file system\n');
    expect(readFileSync(join(dir, 'scored.csv'), 'utf8')).toBe('old results\n');
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv', 'scored.csv']);
  });
});

// Root reads everything: run the CLI as nobody (setpriv) when the tests run as root.
const asUser = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

/**
 * The built CLI as that user can run it. The clone may sit in a folder nobody cannot enter (a
 * fresh clone under root's home or a `mktemp -d`): bin/, dist/ and package.json (all the
 * built CLI reads) are copied to a temporary folder open to all. A reason instead when that user
 * cannot run it even there (Node itself out of reach, no setpriv).
 */
function binForUser(): { readonly bin: string } | { readonly reason: string } {
  if (!isRoot) return { bin: BIN };
  const dir = tempDir('clientfit-as-user-');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  for (const entry of ['', ...readdirSync(dir, { recursive: true, encoding: 'utf8' })]) {
    const path = join(dir, entry);
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  }
  const bin = join(dir, 'bin', 'clientfit.js');
  try {
    execFileSync(asUser[0]!, [...asUser.slice(1), process.execPath, bin, '--version'], { stdio: 'pipe' });
    return { bin };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { reason: `${asUser[0]} ${process.execPath} ${bin} failed as uid 65534: ${stderr || (error as Error).message}` };
  }
}

const forUser = binForUser();
if ('reason' in forUser) console.warn(`skipping the permission tests as a normal user: ${forUser.reason}`);

describe.skipIf('reason' in forUser)('permissions, as a normal user would meet them', () => {
  const bin = 'bin' in forUser ? forUser.bin : BIN;

  it('an unreadable CSV, and -o into a folder that is not writable: the file and the cause, exit 1', async () => {
    const dir = folder();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'leads.csv'), 0o600);
    chmodSync(join(dir, 'clientfit.yaml'), 0o644);
    const unreadable = await cli(['batch', 'leads.csv'], { cwd: dir, wrap: asUser, bin });
    expect(unreadable.code).toBe(1);
    expect(unreadable.err).toBe('clientfit: cannot read leads.csv: permission denied\n');
    chmodSync(join(dir, 'leads.csv'), 0o644);
    const unwritable = await cli(['batch', 'leads.csv', '-o', 'scored.csv'], { cwd: dir, wrap: asUser, bin });
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toBe('clientfit: cannot write scored.csv: permission denied\n');
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv']);
  });
});

describe('standard input', () => {
  it('a directory is said to be one (not "empty"), for batch and for score --answers -', async () => {
    const dir = folder();
    const fd = openSync(dir, 'r');
    const batch = await cli(['batch'], { cwd: dir, stdin: fd });
    const score = await cli(['score', '--answers', '-'], { cwd: dir, stdin: fd });
    closeSync(fd);
    for (const result of [batch, score]) {
      expect(result.code).toBe(1);
      expect(result.err).toBe('clientfit: cannot read <stdin>: it is a directory\n');
    }
  });

  it('-o over the file redirected into standard input is refused (exit 2)', async () => {
    const dir = folder();
    const fd = openSync(join(dir, 'leads.csv'), 'r');
    const result = await cli(['batch', '-o', 'leads.csv'], { cwd: dir, stdin: fd });
    closeSync(fd);
    expect(result.code).toBe(2);
    expect(result.err).toBe('clientfit: refusing to write the output over the input file (standard input)\nGive -o another file name.\n');
    expect(readFileSync(join(dir, 'leads.csv'), 'utf8')).toBe(`${HEADER}\n${ROW.repeat(2)}`);
  });
});

describe('killed during batch -o', () => {
  /** Starts batch -o on a big file and sends `signal` once its temporary file exists. */
  function killMidway(dir: string, signal: NodeJS.Signals): Promise<Spawned> {
    return cli(['batch', 'leads.csv', '-o', 'scored.csv'], {
      cwd: dir,
      started(child) {
        const timer = setInterval(() => {
          if (readdirSync(dir).some((name) => name.includes('.clientfit-tmp-'))) {
            clearInterval(timer);
            child.kill(signal);
          }
        }, 5);
        child.on('close', () => clearInterval(timer));
      },
    });
  }

  it('SIGQUIT cleans up like SIGTERM: exit 131, no temporary file, the old output untouched', async () => {
    const dir = folder(400_000);
    writeFileSync(join(dir, 'scored.csv'), 'old results\n');
    const result = await killMidway(dir, 'SIGQUIT');
    expect(result.code).toBe(131);
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv', 'scored.csv']);
    expect(readFileSync(join(dir, 'scored.csv'), 'utf8')).toBe('old results\n');
  });

  it('SIGKILL leaves a temporary file named for its process; the next run into the folder removes it', async () => {
    const dir = folder(400_000);
    const killed = await killMidway(dir, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const left = readdirSync(dir).filter((name) => name.includes('.clientfit-tmp-'));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.scored\.csv\.clientfit-tmp-\d+-[0-9a-f]{8}-[0-9a-z]+$/u);
    writeFileSync(join(dir, 'small.csv'), INPUT);
    const next = await cli(['batch', 'small.csv', '-o', 'other.csv', '-q'], { cwd: dir });
    expect(next.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv', 'other.csv', 'small.csv']);
    expect(existsSync(join(dir, 'scored.csv'))).toBe(false);
  });
});
