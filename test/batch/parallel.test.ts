/**
 * Batch on two threads (src/leads/parallel.ts) against one: the built CLI, as a real process
 * (the worker thread is the point), on files cut into tiny parts (CLIENTFIT_THREADS=2,
 * CLIENTFIT_PARTS=MIN,PART,wait: the main thread waits for the worker to be ready, so that it
 * scores parts too) so
 * that cuts fall everywhere: inside quoted fields with line breaks (the speculative cut is then
 * disproved and the part read again with the next ones joined to it; a field's middle line that
 * looks like a whole record fools the choice of cuts), between a CR and its LF, beside blank lines, ragged rows,
 * unreadable cells and bytes that are not UTF-8. Output bytes, stderr and exit code must be the
 * same as one thread's (CLIENTFIT_THREADS=1).
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, isolatedEnv, run, tempDir } from '../helpers/cli.js';
import { writeLeadCriteria } from './lead-criteria.js';

const dir = tempDir();
writeLeadCriteria(dir);

/** A deterministic generator (the same file on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `rows` lead rows with every awkward thing a cut can fall into or beside. */
function leads(rows: number, seed: number, newline = '\n'): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const lines = ['name,polite,budget,notes'];
  for (let row = 0; row < rows; row++) {
    const notes = pick(['ok', '"two\nlines"', '"a, b"', '"say ""hi"""', '', '"x\r\ny"', '=1+1', 'discount', '"\n\n"', 'Иван', '"a\nx,y,z,w\nb"']);
    const kind = next();
    if (kind < 0.03) lines.push('');
    else if (kind < 0.05) lines.push(`ragged,yes`);
    else if (kind < 0.07) lines.push(`r${row},maybe,150,${notes}`);
    else lines.push(`r${row},${pick(['yes', 'no', 'Yes'])},${pick(['150', '50', '', '1e3'])},${notes}`);
  }
  return `${lines.join(newline)}${newline}`;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  file?: string;
}

async function batch(file: string, args: readonly string[], threads: 1 | 2, part = 97): Promise<Outcome> {
  const out = join(dir, 'out.csv');
  rmSync(out, { force: true });
  const toFile = args.includes('-o');
  const given = args.map((arg) => (arg === 'OUT' ? out : arg));
  const env = { HOME: dir, ...(threads === 1 ? { CLIENTFIT_THREADS: '1' } : { CLIENTFIT_THREADS: '2', CLIENTFIT_PARTS: `1,${part},wait` }) };
  const result = await run(['batch', file, ...given], { cwd: dir, env });
  return { code: result.code, stdout: result.stdout, stderr: result.stderr, ...(toFile ? { file: existsSync(out) ? readFileSync(out, 'latin1') : '(none)' } : {}) };
}

async function same(name: string, text: string | Buffer, args: readonly string[], part?: number): Promise<Outcome> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const one = await batch(file, args, 1);
  const two = await batch(file, args, 2, part);
  expect(two).toEqual(one);
  return one;
}

describe('batch on two threads writes what one thread writes', () => {
  it('rows, blank lines, ragged rows, unreadable cells and quoted line breaks across tiny parts', async () => {
    for (const seed of [1, 2]) {
      const one = await same(`leads-${seed}.csv`, leads(300, seed), ['-o', 'OUT']);
      expect(one.code).toBe(0);
      expect(one.file?.split('\n').length).toBeGreaterThan(300);
    }
  });

  it('CRLF files, cut between a CR and its LF; and to standard output', async () => {
    const text = leads(200, 7, '\r\n');
    for (const part of [1, 97]) await same('crlf.csv', text, ['-o', 'OUT'], part);
    const one = await same('crlf-stdout.csv', text, ['--format', 'csv'], 61);
    expect(one.stdout.length).toBeGreaterThan(text.length);
  });

  it('a BOM, a sep= line and blank lines before the header; --only; --no-escape-formulas', async () => {
    const text = `\uFEFFsep=,\n\n\n${leads(200, 11)}`;
    await same('bom.csv', text, ['-o', 'OUT']);
    await same('only.csv', text, ['-o', 'OUT', '--only', 'review,reject', '--no-escape-formulas']);
  });

  it('--strict (exit 1), --fail-on (exit 3) and the summary, row problems in input order', async () => {
    const text = leads(300, 5);
    const strict = await same('strict.csv', text, ['-o', 'OUT', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/line \d+/u);
    const failOn = await same('fail-on.csv', leads(300, 6).replaceAll('maybe', 'yes').replaceAll('ragged,yes', 'ragged,yes,1,x'), ['-o', 'OUT', '--fail-on', 'reject']);
    expect(failOn.code).toBe(3);
  });

  it('a data error in the middle: the same message at the same line, exit 1, no file', async () => {
    const text = leads(300, 9);
    const at = text.indexOf('\n', text.length / 2) + 1;
    const broken = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xc8, 0xe2, 0x2c, 0x0a]), Buffer.from(text.slice(at))]);
    const one = await same('broken.csv', broken, ['-o', 'OUT']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/broken\.csv:\d+: bytes that are not valid UTF-8/u);
    expect(one.file).toBe('(none)');
    const unclosed = await same('unclosed.csv', `${text}r,yes,150,"never closed\n${text.slice(25)}`, ['-o', 'OUT']);
    expect(unclosed.code).toBe(1);
    expect(unclosed.stderr).toMatch(/unclosed\.csv:\d+: a quoted field/u);
  });
});

describe('batch on two threads, a full stream', () => {
  it('a worker started early and not used: a run that stops at its columns, a file in a legacy encoding, JSON Lines', async () => {
    const text = leads(200, 13);
    const missing = await same('missing.csv', text.replace('polite', 'courteous'), ['-o', 'OUT']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/polite/u);
    // windows-1251 (two threads read UTF-8 only): the worker started for the file's size is left.
    await same('legacy.csv', Buffer.from(text.replaceAll('Иван', 'Ivan').replaceAll('скидк', 'discount'), 'latin1'), ['-o', 'OUT', '--encoding', 'windows-1251']);
    await same('lines.csv', text, ['--format', 'jsonl']);
  });

  // A FIFO holds the run at its criteria until the early worker has loaded: it then answers the
  // setting at once, while this thread still closes its header reader (reads in flight).
  it.skipIf(process.platform === 'win32')(
    'a worker started early and loaded before it is given the setting: its readiness is heard (the run ends, as one thread writes)',
    async () => {
      const rows = ['name,polite,budget,notes'];
      for (let row = 0; row < 40_000; row++) rows.push(`r${row},${row % 3 === 0 ? 'no' : 'yes'},${row % 5 === 0 ? 50 : 150},${row % 7 === 0 ? 'discount' : 'ok'}`);
      const file = join(dir, 'early.csv');
      writeFileSync(file, `${rows.join('\n')}\n`);
      const fifo = join(dir, 'criteria.fifo');
      const out = join(dir, 'early-out.csv');
      const once = async (threads: '1' | '2'): Promise<{ code: number | null; file: string }> => {
        rmSync(fifo, { force: true });
        rmSync(out, { force: true });
        execFileSync('mkfifo', [fifo]);
        const child = spawn(process.execPath, [BIN, 'batch', file, '--criteria', fifo, '-o', out, '--quiet'], {
          cwd: dir,
          env: isolatedEnv(dir, { CLIENTFIT_THREADS: threads, CLIENTFIT_PARTS: `1,${1 << 16},wait` }),
          stdio: 'ignore',
        });
        const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
        const killer = setTimeout(() => child.kill(), 10_000);
        await sleep(1500);
        await writeFile(fifo, readFileSync(join(dir, 'clientfit.yaml')));
        const code = await exited;
        clearTimeout(killer);
        return { code, file: existsSync(out) ? readFileSync(out, 'utf8') : '(none)' };
      };
      const one = await once('1');
      expect(one.code).toBe(0);
      for (let round = 0; round < 3; round++) expect(await once('2')).toEqual(one);
    },
    60_000,
  );

  // Linux only: what the process has read is in /proc/PID/io.
  it.skipIf(process.platform !== 'linux')('a stream that does not drain: the worker scores no further than a few parts past the part to write next', async () => {
    const rows = ['name,polite,budget,notes'];
    for (let row = 0; row < 1_200_000; row++) rows.push(`r${row},yes,150,ok`);
    const file = join(dir, 'stalled.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { size } = statSync(file);
    const fifo = join(dir, 'stalled.fifo');
    rmSync(fifo, { force: true });
    execFileSync('mkfifo', [fifo]);
    // Open for reading and writing: the run's open for writing does not wait, and nobody reads.
    const held = openSync(fifo, 'r+');
    /** The bytes a run writing into the FIFO has read once it stalls (its reads stopped). */
    const readWhenStalled = async (threads: '1' | '2'): Promise<number> => {
      const child = spawn(process.execPath, [BIN, 'batch', file, '-o', fifo, '--quiet'], {
        cwd: dir,
        env: isolatedEnv(dir, { CLIENTFIT_THREADS: threads, CLIENTFIT_PARTS: `1,${1 << 18}` }),
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      try {
        let read = -1;
        for (let still = 0; still < 4; ) {
          await sleep(250);
          const now = Number(/rchar: (\d+)/u.exec(readFileSync(`/proc/${child.pid}/io`, 'utf8'))![1]);
          still = now === read ? still + 1 : 0;
          read = now;
        }
        return read;
      } finally {
        child.kill();
        await exited;
      }
    };
    try {
      const one = await readWhenStalled('1');
      const two = await readWhenStalled('2');
      // Two threads read 64 KiB at each cut (a quarter of the file) and a few parts more; not the whole file.
      expect(two - one).toBeLessThan(size * 0.5);
    } finally {
      closeSync(held);
    }
  });
});
