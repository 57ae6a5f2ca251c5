/**
 * Batch's byte path (src/leads/scanner.ts: UTF-8 CSV in; CSV out with rows copied as bytes, or JSON
 * Lines written from the bytes by JsonRowBytes) against the
 * general path (CLIENTFIT_GENERAL_CSV=1): for random inputs, the same stdout, stderr and exit
 * code, or the same error and stderr (what reached stdout before an error is the same text,
 * cut at another point: each path writes in its own chunks). The random part follows a filler of plain rows, so that it is read
 * after the first parse slice, where the byte path takes over; the input arrives in random
 * chunks, so that records, quotes, CR LF pairs and UTF-8 characters straddle buffers.
 *
 * On a failure fast-check prints the seed and path; replay with FC_SEED=<seed> FC_PATH=<path>.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { runCalibrate } from '../../src/cli/commands/calibrate/run.js';
import { DataError, UserError } from '../../src/errors.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from '../helpers/cli.js';

/** Three criteria of three kinds, read from columns c0, c1 and c2 of every generated input. */
const CRITERIA = [
  'version: 1',
  'thresholds: { accept: 70, review: 40 }',
  'criteria:',
  '  - { id: polite, question: Polite?, type: yes-no, must: true, column: [c0] }',
  '  - { id: budget, question: Budget?, type: number, min: 100, column: [c1] }',
  '  - { id: notes, question: Notes?, type: text, red_flags: [discount], column: [c2] }',
].join('\n');
const dir = tempDir();
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'clientfit.yaml'), `${CRITERIA}\n`);

interface Outcome {
  code?: number;
  error?: string;
  stdout: string;
  stderr: string;
}

/**
 * `toFile`: -o FILE (a file stream, whose output buffers batch reuses and fills with
 * copyWithin from the input: src/leads/arena.ts); `stdout` is then the file's text.
 */
async function run(
  chunks: readonly Buffer[],
  delimiter: string | undefined,
  escape: boolean,
  general: boolean,
  only: string | undefined,
  format: 'csv' | 'jsonl' = 'csv',
  toFile = false,
): Promise<Outcome> {
  const memory = memoryIO({ cwd: dir, env: general ? { CLIENTFIT_GENERAL_CSV: '1' } : {} });
  const io = { ...memory.io, stdin: Readable.from(chunks) };
  const output = toFile ? join(dir, `out.${format}`) : undefined;
  rmSync(join(dir, `out.${format}`), { force: true });
  const written = (): string => (output === undefined ? memory.stdout() : existsSync(output) ? readFileSync(output, 'utf8') : '');
  // The memory streams hand data on a tick later: let them before reading what was written.
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  try {
    const code = await runBatch(io, '-', { delimiter, format, allowMissing: true, escapeFormulas: escape, only, output });
    await settled();
    return { code, stdout: written(), stderr: memory.stderr() };
  } catch (error) {
    if (!(error instanceof DataError) && !(error instanceof UserError)) throw error;
    await settled();
    return { error: `${error.constructor.name}: ${error.message}`, stdout: written(), stderr: memory.stderr() };
  }
}

/** calibrate on the same input, with the outcome in column c3 (when there is one). */
/** `whatIf`: with --drop budget and --threshold accept=60 (a second calibrator with fewer criteria). */
async function calibrate(chunks: readonly Buffer[], delimiter: string | undefined, general: boolean, outcome: boolean, whatIf: boolean): Promise<Outcome> {
  const memory = memoryIO({ cwd: dir, env: general ? { CLIENTFIT_GENERAL_CSV: '1' } : {} });
  const io = { ...memory.io, stdin: Readable.from(chunks) };
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  try {
    const code = await runCalibrate(io, '-', {
      delimiter,
      allowMissing: true,
      costBadAccepted: '3',
      format: 'json',
      outcome: outcome ? 'c3' : undefined,
      good: outcome ? ['yes', 'Иван'] : undefined,
      bad: outcome ? ['no'] : undefined,
      drop: whatIf ? ['budget'] : undefined,
      threshold: whatIf ? 'accept=60' : undefined,
    });
    await settled();
    return { code, stdout: memory.stdout(), stderr: memory.stderr() };
  } catch (error) {
    if (!(error instanceof DataError) && !(error instanceof UserError)) throw error;
    await settled();
    return { error: `${error.constructor.name}: ${error.message}`, stdout: memory.stdout(), stderr: memory.stderr() };
  }
}

const bytes = (text: string): number[] => [...Buffer.from(text, 'utf8')];

// Pieces of CSV, as bytes: cells of every kind, delimiters, line endings, quotes, and bytes
// that are not UTF-8.
const piece = (delimiter: string) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('yes', 'no', '150', '50', 'x', 'Иван', 'ναι', 'да', 'wants a discount', '  ', '', 'é', '€5', '🙂').map(bytes) },
    { weight: 6, arbitrary: fc.constant(bytes(delimiter)) },
    { weight: 4, arbitrary: fc.constantFrom('\r\n', '\n', '\r').map(bytes) },
    { weight: 3, arbitrary: fc.constantFrom('"q"', '"a\r\nb"', '"x\ny"', '"c\rd"', '"say ""hi"""', `"${delimiter}"`, '""', '"Петров, Иван"', 'a"b').map(bytes) },
    { weight: 2, arbitrary: fc.constantFrom('=1+1', '+49 30 1234567', '-5', '@x', '\t', '＝SUM(A1)', '-30%').map(bytes) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('"Alpha" \n', '"b"\t', '" "  ', '\r\n\r\n', `${delimiter}${delimiter}\n`, ' \n', '"x"y', '"open', '\u00a0', '\ufeff', 'back\\slash', '\u0001\u001f\u007f', '"a\bb"')
        .map(bytes),
    },
    { weight: 1, arbitrary: fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf0, 0x9f]) },
  );

const input = fc.constantFrom(',', ';', '\t').chain((delimiter) =>
  fc.record({
    delimiter: fc.constant(delimiter),
    // how the input starts: nothing, a UTF-8 BOM, a sep= line, both
    start: fc.constantFrom('', '\ufeff', `sep=${delimiter}\n`, `\ufeffsep=${delimiter}\r\n`),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
    // plain rows before the random part: past the first parse slice, or not
    filler: fc.constantFrom(0, 10, 2500),
    pieces: fc.array(piece(delimiter), { maxLength: 60 }),
    // cut points for the input chunks (fractions of its length)
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    escape: fc.boolean(),
    option: fc.boolean(),
    only: fc.constantFrom(undefined, 'accept,review'),
    format: fc.constantFrom('csv' as const, 'jsonl' as const),
    toFile: fc.boolean(),
  }),
);

function chunked(buffer: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * buffer.length)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of points) {
    if (point > from) chunks.push(buffer.subarray(from, point));
    from = Math.max(from, point);
  }
  chunks.push(buffer.subarray(from));
  return chunks;
}

describe('batch: the byte path writes what the general path writes', () => {
  it('for random UTF-8-ish CSV bytes, to CSV and JSON Lines: same stdout, stderr and exit code, or the same error', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ delimiter, start, newline, filler, pieces, cuts, escape, option, only, format, toFile }) => {
        const rows = Array.from({ length: filler }, (_, index) => ['yes', String(100 + (index % 7) * 10), index % 3 ? 'ok' : 'wants a discount'].join(delimiter));
        const head = `${start}${['c0', 'c1', 'c2'].join(delimiter)}${newline}${rows.map((row) => `${row}${newline}`).join('')}`;
        const buffer = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(pieces.flat())]);
        const chunks = chunked(buffer, cuts);
        const flag = option ? (delimiter === '\t' ? 'tab' : delimiter) : undefined;
        const general = await run(chunks, flag, escape, true, only, format, toFile);
        const fast = await run(chunks, flag, escape, false, only, format, toFile);
        if (general.error === undefined) expect(fast).toEqual(general);
        else {
          // The same error; what reached stdout before it (which -o never keeps) may differ in length, not in content.
          expect({ ...fast, stdout: '' }).toEqual({ ...general, stdout: '' });
          const [shorter, longer] = fast.stdout.length <= general.stdout.length ? [fast.stdout, general.stdout] : [general.stdout, fast.stdout];
          expect(longer.startsWith(shorter)).toBe(true);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 120), seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED), path: process.env.FC_PATH },
    );
  }, 300_000);

  it('calibrate, for random UTF-8-ish CSV bytes with and without an outcome column and what-ifs: the same report, warnings and exit code, or the same error', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.boolean(), fc.boolean(), async ({ delimiter, start, newline, filler, pieces, cuts, option }, outcome, whatIf) => {
        const rows = Array.from({ length: filler }, (_, index) => ['yes', String(100 + (index % 7) * 10), index % 3 ? 'ok' : 'wants a discount', ['yes', 'no', 'maybe'][index % 3]].join(delimiter));
        const head = `${start}${['c0', 'c1', 'c2', 'c3'].join(delimiter)}${newline}${rows.map((row) => `${row}${newline}`).join('')}`;
        const chunks = chunked(Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(pieces.flat())]), cuts);
        const flag = option ? (delimiter === '\t' ? 'tab' : delimiter) : undefined;
        expect(await calibrate(chunks, flag, false, outcome, whatIf)).toEqual(await calibrate(chunks, flag, true, outcome, whatIf));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60), seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED), path: process.env.FC_PATH },
    );
  }, 300_000);

  it('to a file: many buffers of output, and a record longer than the input region (256 KiB) in the middle, as the general path writes them', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `"Петров, Иван ${index}",yes,${100 + (index % 9) * 10},${index % 5 ? 'ok' : 'wants a discount'}`);
    const long = `Νίκος,yes,150,"${'a ""quoted"" word, and more\n'.repeat(12_000)}"`;
    const text = `name,c0,c1,c2\r\n${rows.slice(0, 9000).join('\r\n')}\r\n${long}\r\n${rows.slice(9000).join('\r\n')}\r\n`;
    const chunks = chunked(Buffer.from(text), [0.1, 0.2, 0.35, 0.5, 0.51, 0.7, 0.9]);
    for (const format of ['csv', 'jsonl'] as const) {
      const fast = await run(chunks, undefined, true, false, undefined, format, true);
      const general = await run(chunks, undefined, true, true, undefined, format, true);
      expect(fast).toEqual(general);
      expect(fast.stdout.length).toBeGreaterThan(600_000);
    }
    const csv = (await run(chunks, undefined, true, false, undefined, 'csv', true)).stdout.split('\r\n');
    expect(csv[1]).toBe('"Петров, Иван 0",yes,100,wants a discount,67,review,notes,');
    expect(csv[9000]).toBe('"Петров, Иван 8999",yes,180,ok,100,accept,,');
    expect(csv[9001]!.startsWith('Νίκος,yes,150,"a ""quoted"" word, and more\n')).toBe(true);
    expect(csv[9001]!.endsWith('\n",100,accept,,')).toBe(true);
    expect(csv.at(-2)).toBe('"Петров, Иван 19999",yes,110,ok,100,accept,,');
  });

  it('passes a row through byte for byte, and escapes a formula cell in the rows after the first slice', async () => {
    const rows = Array.from({ length: 3000 }, () => '"Петров, Иван" ,yes,150,ok');
    const text = `name,c0,c1,c2\n${rows.join('\n')}\nΝίκος,yes,=1+1,ok\r\n"a","yes","150","ok"\n`;
    const fast = await run([Buffer.from(text)], undefined, true, false, undefined);
    const general = await run([Buffer.from(text)], undefined, true, true, undefined);
    expect(fast).toEqual(general);
    const lines = fast.stdout.split('\n');
    expect(lines[2000]).toBe('"Петров, Иван" ,yes,150,ok,100,accept,,');
    expect(lines[3001]).toBe("Νίκος,yes,'=1+1,ok,67,review,,budget");
    expect(lines[3002]).toBe('"a","yes","150","ok","100","accept","",""');
  });
});
