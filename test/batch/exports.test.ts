/**
 * Realistic lead files written for these tests (test/fixtures/exports): a HubSpot-style contacts
 * export, Excel exports in windows-1251, windows-1253 and windows-1250 (sep=;, CRLF, decimal
 * commas), and a file with blank and long rows. For each: rows in = rows out, every input cell
 * unchanged (re-read with papaparse, a reader independent of ours), and the scores equal to
 * scoring the same leads from a plain UTF-8 file.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import type { BatchOptions } from '../../src/cli/commands/batch/types.js';
import { FIXTURES, run, tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const Papa = createRequire(import.meta.url)('papaparse') as {
  parse(text: string, config: { delimiter: string; newline?: string; skipEmptyLines?: boolean }): { data: string[][]; errors: unknown[] };
};

const DIR = join(FIXTURES, 'exports');
const CRITERIA = join(DIR, 'criteria.yaml');
const RESULTS = ['clientfit_score', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown'];

/** Runs batch in-process on `input`, returning the exact bytes written and the summary. */
async function batch(input: Buffer, options: Partial<BatchOptions>): Promise<{ code: number; out: Buffer; err: string }> {
  const memory = memoryIO({ stdin: input, cwd: DIR });
  const chunks: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await runBatch({ ...memory.io, stdout }, '-', { criteria: CRITERIA, escapeFormulas: true, format: 'csv', ...options });
  return { code, out: Buffer.concat(chunks), err: memory.stderr() };
}

/** Removes the four new cells from the end of each record of a CSV (in bytes read as latin1, which they are ASCII in). */
function withoutNewCells(bytes: Buffer, delimiter: string): Buffer {
  const d = delimiter;
  const cell = `(?:"[^"]*"|[^${d}"\\r\\n]*)`;
  const added = new RegExp(
    `${d}(?:"?clientfit_score"?${d}"?clientfit_verdict"?${d}"?clientfit_failed"?${d}"?clientfit_unknown"?|"?\\d+"?${d}"?(?:accept|review|reject)"?${d}${cell}${d}${cell})(?=\\r\\n|$)`,
    'gu',
  );
  return Buffer.from(bytes.toString('latin1').replace(added, ''), 'latin1');
}

const exports = [
  { file: 'excel-1251.csv', encoding: 'windows-1251', rows: 3 },
  { file: 'excel-1253.csv', encoding: 'windows-1253', rows: 3 },
  { file: 'excel-1250.csv', encoding: 'windows-1250', rows: 3 },
];

describe('Excel exports in legacy code pages', () => {
  it.each(exports)('$file goes back in $encoding, byte for byte in the input columns, scored as from UTF-8', async ({ file, encoding, rows }) => {
    const input = readFileSync(join(DIR, file));
    const result = await batch(input, { encoding });
    expect(result.code).toBe(0);
    // Byte for byte: the output without the four new cells is the input (formula escaping aside, which changes cells on purpose).
    const unescaped = await batch(input, { encoding, escapeFormulas: false });
    expect(withoutNewCells(unescaped.out, ';').equals(input)).toBe(true);
    // Cells, re-read by another reader: the input's, then the new ones.
    const text = new TextDecoder(encoding).decode(result.out);
    const inputCells = Papa.parse(new TextDecoder(encoding).decode(input).replace(/^sep=;\r\n/u, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(text.startsWith('sep=;\r\n')).toBe(true);
    const outputCells = Papa.parse(text.replace(/^sep=;\r\n/u, ''), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(outputCells).toHaveLength(rows + 1);
    expect(outputCells[0]).toEqual([...inputCells[0]!, ...RESULTS]);
    outputCells.forEach((row, index) => expect(row.slice(0, 5)).toEqual(inputCells[index]!.map((cell) => (/^[=@]/u.test(cell) ? `'${cell}` : cell))));
    // The same leads from a plain UTF-8 file score the same.
    const plain = Buffer.from(new TextDecoder(encoding).decode(input).replace(/^sep=;\r\n/u, ''), 'utf8');
    const fromUtf8 = await batch(plain, { delimiter: ';', format: 'jsonl' });
    const scores = fromUtf8.out
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { score: number; verdict: string });
    expect(outputCells.slice(1).map((row) => [Number(row[5]), row[6]])).toEqual(scores.map((score) => [score.score, score.verdict]));
    expect(result.err).toContain(`encoding ${encoding}`);
  });

  it('a character the code page cannot hold stops the run naming line and column: exit 1, nothing written to the file', async () => {
    const input = readFileSync(join(DIR, 'excel-1251.csv'));
    const error = await batch(input, { encoding: 'windows-1251', outputEncoding: 'windows-1253' }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe(
      '<stdin>:2: column "Имя": the character "И" (U+0418) cannot be written in windows-1253. Choose an encoding that holds it with --output-encoding utf-8-bom (or utf-8, utf-16le).',
    );
    expect((error as { exitCode?: number }).exitCode).toBe(1);
  });

  it('on the built CLI with -o: exit 1, the message, and no output file', async () => {
    const dir = tempDir();
    copyFileSync(join(DIR, 'excel-1253.csv'), join(dir, 'leads.csv'));
    const result = await run(['batch', 'leads.csv', '-c', CRITERIA, '--encoding', 'windows-1253', '--output-encoding', 'windows-1251', '-o', 'scored.csv'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toContain('leads.csv:2: column "Όνομα": the character "Ό" (U+038C) cannot be written in windows-1251.');
    expect(readdirSync(dir)).toEqual(['leads.csv']);
  });

  it('--output-encoding utf-8-bom writes the same cells as UTF-8 with a BOM, sep= line kept', async () => {
    const input = readFileSync(join(DIR, 'excel-1251.csv'));
    const result = await batch(input, { encoding: 'windows-1251', outputEncoding: 'utf-8-bom' });
    expect(result.out.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(withoutNewCells(result.out.subarray(3), ';').toString('latin1')).toBe(Buffer.from(new TextDecoder('windows-1251').decode(input), 'utf8').toString('latin1'));
  });

  it('--output-encoding utf-16le writes a BOM and UTF-16', async () => {
    const input = readFileSync(join(DIR, 'excel-1253.csv'));
    const result = await batch(input, { encoding: 'windows-1253', outputEncoding: 'utf-16le' });
    expect(result.out.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(result.out.subarray(2).toString('utf16le')).toContain('Γιώργος Παπαδόπουλος;+30 210 1234567;ναι;"2 500,50";;');
  });

  it('--output-encoding: an unknown or multi-byte name, or a JSON format, is a usage error before reading', async () => {
    const input = readFileSync(join(DIR, 'excel-1251.csv'));
    for (const [options, message] of [
      [{ outputEncoding: 'klingon' }, /unknown encoding "klingon"/u],
      [{ outputEncoding: 'shift_jis' }, /clientfit writes UTF-8, UTF-16 and single-byte code pages .* not shift_jis/u],
      [{ outputEncoding: 'utf-8', format: 'jsonl' as const }, /--output-encoding applies to CSV output, not --format jsonl/u],
    ] as const) {
      const error = await batch(input, { encoding: 'windows-1251', ...options }).then(
        () => undefined,
        (caught: unknown) => caught as Error & { exitCode: number },
      );
      expect(error?.message).toMatch(message);
      expect(error?.exitCode).toBe(2);
    }
  });
});

describe('a HubSpot-style contacts export', () => {
  const input = readFileSync(join(DIR, 'hubspot-contacts.csv'));

  it('comes back quoted as it was, CRLF, embedded line break and all; phone numbers untouched, the formula escaped', async () => {
    const result = await batch(input, {});
    expect(result.code).toBe(0);
    const text = result.out.toString('utf8');
    const inputCells = Papa.parse(input.toString('utf8'), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    const outputCells = Papa.parse(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    expect(outputCells).toHaveLength(inputCells.length);
    expect(outputCells[0]).toEqual([...inputCells[0]!, ...RESULTS]);
    outputCells.slice(1).forEach((row, index) => {
      const cells = inputCells[index + 1]!;
      // Exactly the formula-like cells gain one '; phone numbers (+49 30 ..., -1 555 0100) do not.
      expect(row.slice(0, cells.length)).toEqual(cells.map((cell) => (/^[=@]/u.test(cell) ? `'${cell}` : cell)));
    });
    expect(outputCells[4]!.slice(2, 6)).toEqual(['\'=HYPERLINK("http://evil.example","x")', 'jo@example.com', '-1 555 0100', "'@jo"]);
    // Every field was quoted, so the new cells are too; without escaping, the file is the input plus the new cells.
    expect(text.split('\r\n')[1]).toBe('"1001","Anna","Schmidt","anna@example.de","+49 30 1234567","+49 (0)171 555-0101","New","yes","5000","","2024-03-01 10:15","100","accept","",""');
    const unescaped = await batch(input, { escapeFormulas: false });
    expect(withoutNewCells(unescaped.out, ',').equals(input)).toBe(true);
  });

  it('scores as the same leads from a plain CSV do', async () => {
    const result = await batch(input, {});
    const plain = Papa.parse(input.toString('utf8'), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data.map((row) =>
      row.map((cell) => (/[",\n\r]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','),
    );
    const fromPlain = await batch(Buffer.from(`${plain.join('\n')}\n`), { format: 'jsonl' });
    const scores = fromPlain.out
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { score: number; verdict: string });
    const outputCells = Papa.parse(result.out.toString('utf8'), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    expect(outputCells.slice(1).map((row) => [Number(row[11]), row[12]])).toEqual(scores.map((score) => [score.score, score.verdict]));
  });
});

describe('a file with blank and long rows', () => {
  const input = readFileSync(join(DIR, 'blank-and-long.csv'));

  it('blank lines come back as they were and are counted; long rows keep their extra cells after the new ones', async () => {
    const result = await batch(input, {});
    expect(result.code).toBe(0);
    expect(result.out.toString('utf8')).toBe(
      [
        'name,Pays upfront,Budget,Notes,clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown',
        'Anna,yes,5000,,100,accept,,',
        '',
        '   ',
        'Boris,no,100,wants a discount,0,reject,pays_upfront;budget;notes,,surplus,"more, cells"',
        ',,,',
        'Cleo,yes,,,64,review,,budget',
        'Dan,yes,2500,fine,100,accept,,',
        '',
        '',
      ].join('\n'),
    );
    expect(result.err).toContain('Scored 4 rows from <stdin>');
    expect(result.err).toContain('4 blank lines skipped (not scored, written back as they were).');
    expect(result.err).toContain('1 short row (padded with empty cells), 1 long row (extra cells kept: after the clientfit columns in CSV, as "extra" in JSON)');
  });

  it('JSON Lines has one object per lead (blank lines are not leads), the extra cells as "extra"', async () => {
    const result = await batch(input, { format: 'jsonl' });
    const rows = result.out
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { line: number; extra?: string[] });
    expect(rows.map((row) => row.line)).toEqual([2, 5, 7, 8]);
    expect(rows[1]!.extra).toEqual(['surplus', 'more, cells']);
    expect(result.err).toContain('4 blank lines skipped (not scored).');
  });

  it('with --only, blank lines are left out like the rows not kept', async () => {
    const result = await batch(input, { only: 'accept' });
    expect(result.out.toString('utf8')).toBe(
      'name,Pays upfront,Budget,Notes,clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown\nAnna,yes,5000,,100,accept,,\nDan,yes,2500,fine,100,accept,,\n',
    );
  });
});
