/**
 * Where output goes and what happens when the system fails, run in-process (main(argv, io)):
 * files, links, permissions, refusals, unreadable inputs, a failing standard output.
 * What needs a real process (devices as stdout, FIFOs, signals) is in test/e2e/outputs.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MemoryOutput, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');
const HEADER = 'name,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes';
const INPUT = `${HEADER}\nAnna,yes,50,negotiates,yes,2,\nBoris,no,0,silent,no,9,\n`;
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** A folder with leads.csv and a copy of the criteria as clientfit.yaml. */
function folder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'leads.csv'), INPUT);
  writeFileSync(join(dir, 'clientfit.yaml'), readFileSync(CRITERIA));
  return dir;
}

const scoredLines = (text: string): string[] => text.split('\n').filter(Boolean);

describe('-o over a regular file or through a link', () => {
  it('an existing file keeps its permission bits (0600 stays 0600, 0640 stays 0640)', async () => {
    const dir = folder();
    for (const mode of [0o600, 0o640]) {
      writeFileSync(join(dir, 'scored.csv'), 'old\n');
      chmodSync(join(dir, 'scored.csv'), mode);
      const result = await run(['batch', 'leads.csv', '-o', 'scored.csv', '-q'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(statSync(join(dir, 'scored.csv')).mode & 0o7777).toBe(mode);
      expect(scoredLines(readFileSync(join(dir, 'scored.csv'), 'utf8'))).toHaveLength(3);
    }
  });

  it('a symbolic link stays a link; the file it points to gets the data (atomically there)', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'scored.csv'), 'old\n');
    chmodSync(join(dir, 'real', 'scored.csv'), 0o600);
    symlinkSync(join('real', 'scored.csv'), join(dir, 'link.csv'));
    const result = await run(['batch', 'leads.csv', '-o', 'link.csv', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe(join('real', 'scored.csv'));
    expect(scoredLines(readFileSync(join(dir, 'real', 'scored.csv'), 'utf8'))).toHaveLength(3);
    expect(statSync(join(dir, 'real', 'scored.csv')).mode & 0o7777).toBe(0o600);
    expect(readdirSync(join(dir, 'real'))).toEqual(['scored.csv']);
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv', 'link.csv', 'real']);
  });

  it('a link to a file not there yet creates that file, and a chain of links is followed to its end', async () => {
    const dir = folder();
    symlinkSync('new.csv', join(dir, 'dangling.csv'));
    symlinkSync('dangling.csv', join(dir, 'chain.csv'));
    const result = await run(['batch', 'leads.csv', '-o', 'chain.csv', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'chain.csv')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'dangling.csv')).isSymbolicLink()).toBe(true);
    expect(scoredLines(readFileSync(join(dir, 'new.csv'), 'utf8'))).toHaveLength(3);
  });

  it('init --force through a link writes the template where the link points', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dotfiles'));
    writeFileSync(join(dir, 'dotfiles', 'clientfit.yaml'), 'old: yes\n');
    symlinkSync(join(dir, 'dotfiles', 'clientfit.yaml'), join(dir, 'clientfit.yaml'));
    const result = await run(['init', '--force'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'clientfit.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'dotfiles', 'clientfit.yaml'), 'utf8')).toContain('criteria:');
  });
});

describe('-o over a file the run reads is refused (exit 2), nothing written', () => {
  it('the criteria file in use, by its name, a symbolic link or a hard link', async () => {
    const dir = folder();
    symlinkSync('clientfit.yaml', join(dir, 'soft.yaml'));
    linkSync(join(dir, 'clientfit.yaml'), join(dir, 'hard.yaml'));
    const before = readFileSync(join(dir, 'clientfit.yaml'), 'utf8');
    for (const [criteria, output] of [
      [[], 'clientfit.yaml'],
      [['-c', 'clientfit.yaml'], './clientfit.yaml'],
      [['-c', 'clientfit.yaml'], 'soft.yaml'],
      [['-c', 'soft.yaml'], 'hard.yaml'],
    ] as const) {
      const result = await run(['batch', 'leads.csv', ...criteria, '-o', output], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^clientfit: refusing to write the output over the criteria file (clientfit|soft)\.yaml\nGive -o another file name\.\n$/u);
      expect(result.out).toBe('');
    }
    expect(readFileSync(join(dir, 'clientfit.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'hard.yaml', 'leads.csv', 'soft.yaml']);
  });

  it('the journal: the default one, $CLIENTFIT_JOURNAL, and through a link', async () => {
    const dir = folder();
    const journal = join(dir, '.local', 'share', 'clientfit', 'journal.jsonl');
    mkdirSync(join(dir, '.local', 'share', 'clientfit'), { recursive: true });
    writeFileSync(journal, '{"type":"decision"}\n');
    symlinkSync(journal, join(dir, 'j.link'));
    writeFileSync(join(dir, 'other.jsonl'), 'mine\n');
    const cases: [string, Record<string, string>][] = [
      [journal, { HOME: dir }],
      ['j.link', { HOME: dir }],
      ['other.jsonl', { HOME: dir, CLIENTFIT_JOURNAL: 'other.jsonl' }],
    ];
    for (const [output, env] of cases) {
      const result = await run(['batch', 'leads.csv', '-o', output], { cwd: dir, env });
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^clientfit: refusing to write the output over the journal /u);
    }
    expect(readFileSync(journal, 'utf8')).toBe('{"type":"decision"}\n');
    expect(readFileSync(join(dir, 'other.jsonl'), 'utf8')).toBe('mine\n');
  });

  it('the input, through a hard link', async () => {
    const dir = folder();
    linkSync(join(dir, 'leads.csv'), join(dir, 'same.csv'));
    const result = await run(['batch', 'leads.csv', '-o', 'same.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.err).toContain('refusing to write the output over the input file leads.csv');
    expect(readFileSync(join(dir, 'same.csv'), 'utf8')).toBe(INPUT);
  });
});

describe('temporary files', () => {
  it('a later run removes temporary files whose process is gone, and keeps live or foreign ones', async () => {
    const dir = folder();
    // A process id that was in use and is gone now.
    const gone = Number(execFileSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).trim());
    const stale = `.scored.csv.clientfit-tmp-${gone}-${HOST}-abc`;
    const live = `.scored.csv.clientfit-tmp-${process.ppid}-${HOST}-def`;
    const otherHost = `.scored.csv.clientfit-tmp-${gone}-00000000-ghi`;
    const unrelated = '.scored.csv.swp';
    for (const name of [stale, live, otherHost, unrelated]) writeFileSync(join(dir, name), 'partial');
    const result = await run(['batch', 'leads.csv', '-o', 'scored.csv', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, otherHost, unrelated, 'clientfit.yaml', 'leads.csv', 'scored.csv'].sort());
  });
});

describe('inputs that cannot be read: one line naming the file and the cause, exit 1', () => {
  it('a socket', async () => {
    const dir = folder();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'leads.sock'), resolve));
    try {
      const result = await run(['batch', 'leads.sock'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.err).toBe('clientfit: cannot read leads.sock: it is a socket\n');
    } finally {
      server.close();
    }
  });

  it('a read that fails midway (EIO from /proc/self/mem), with -o: nothing left behind', async () => {
    const dir = folder();
    const result = await run(['batch', '/proc/self/mem', '-o', 'scored.csv'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toBe('clientfit: cannot read /proc/self/mem: input/output error (a failing disk or device?)\n');
    expect(readdirSync(dir).sort()).toEqual(['clientfit.yaml', 'leads.csv']);
  });

  it('-o onto a socket is refused before any work', async () => {
    const dir = folder();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'out.sock'), resolve));
    try {
      const result = await run(['batch', 'leads.csv', '-o', 'out.sock'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.err).toBe('clientfit: cannot write out.sock: it is a socket\n');
    } finally {
      server.close();
    }
  });
});

describe('standard output that fails (in-process: an injected error)', () => {
  const failing = (code: string) => () => Object.assign(new Error(`${code}: injected`), { code });

  it.each(['batch', 'check', 'calibrate', 'score'])('%s: ENOSPC is one line and exit 1, no stack, no bug banner', async (command) => {
    const dir = folder();
    const args = { batch: ['batch', 'leads.csv'], check: ['check'], calibrate: ['calibrate', 'leads.csv'], score: ['score', '--no-input'] }[command]!;
    const result = await run(args, { cwd: dir, stdout: new MemoryOutput(failing('ENOSPC')) });
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter((line) => line.startsWith('clientfit:'))).toEqual(['clientfit: cannot write to standard output: no space left on the device']);
    expect(result.err).not.toContain('    at ');
    expect(result.err).not.toContain('This is a bug');
  });

  it('EPIPE ends quietly with exit 0', async () => {
    const dir = folder();
    const result = await run(['batch', 'leads.csv'], { cwd: dir, stdout: new MemoryOutput(failing('EPIPE')) });
    expect(result.code).toBe(0);
    expect(result.err).not.toContain('clientfit:');
  });

  it('score --save keeps the decision when printing it fails, and says so', async () => {
    const dir = folder();
    for (const code of ['EPIPE', 'ENOSPC']) {
      const result = await run(['score', '--no-input', '--save', '--name', code, '--journal', 'journal.jsonl'], { cwd: dir, stdout: new MemoryOutput(failing(code)) });
      expect(result.code).toBe(code === 'EPIPE' ? 0 : 1);
      expect(result.err).toMatch(/Saved to journal journal\.jsonl \(decision /u);
    }
    const names = readFileSync(join(dir, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names).toEqual(['EPIPE', 'ENOSPC']);
  });
});

describe('main(argv, io): commander speaks through the given streams, in our words', () => {
  it('usage errors: the clientfit: prefix on the given stderr, exit 2', async () => {
    const result = await run(['check', '--stirct']);
    expect(result.code).toBe(2);
    expect(result.err).toBe("clientfit: unknown option '--stirct'\n(Did you mean --strict?)\n");
    expect(result.out).toBe('');
    const missing = await run(['outcome']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^clientfit: missing required argument/u);
  });

  it('--help and --version go to the given stdout, exit 0', async () => {
    const help = await run(['batch', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: clientfit batch/u);
    expect(help.err).toBe('');
    const version = await run(['--version']);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it('--debug prints the stack under the message of a user error; without it, none', async () => {
    const dir = tempDir();
    const plain = await run(['batch', 'missing.csv', '-c', CRITERIA], { cwd: dir });
    const debug = await run(['batch', 'missing.csv', '-c', CRITERIA, '--debug'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(debug.code).toBe(1);
    expect(plain.err).toBe('clientfit: cannot read missing.csv: no such file or directory\n');
    expect(debug.err.startsWith(plain.err)).toBe(true);
    expect(debug.err).toMatch(/\nDataError: cannot read missing\.csv[^\n]*\n\s+at /u);
  });

  it('takes its environment and working directory from io, not the process', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cfg', 'clientfit'), { recursive: true });
    writeFileSync(join(dir, 'cfg', 'clientfit', 'clientfit.yaml'), readFileSync(CRITERIA));
    const result = await run(['check', '--format', 'json'], { cwd: dir, env: { XDG_CONFIG_HOME: join(dir, 'cfg') } });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as { file: string }).file).toBe(join(dir, 'cfg', 'clientfit', 'clientfit.yaml'));
    expect(existsSync(join(process.cwd(), 'clientfit.yaml'))).toBe(false);
  });
});
