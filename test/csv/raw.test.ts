import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCsv, type CsvRecord } from '../../src/csv/read.js';
import { formatRow } from '../../src/csv/write.js';

async function records(text: string, chunk = 7): Promise<CsvRecord[]> {
  const pieces: Buffer[] = [];
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunk) pieces.push(bytes.subarray(at, at + chunk));
  const reader = await openCsv(Readable.from(pieces), { source: 'test.csv', raw: true, delimiter: ',' });
  const out: CsvRecord[] = [];
  for await (const batch of reader.batches()) out.push(...batch);
  return out;
}

describe('raw record text', () => {
  it('is each record as written: quotes, embedded line breaks, no line ending', async () => {
    const text = 'a,b\r\n"x, y","two\r\nlines"\r\n\r\nplain,""\r\n"""q""",last';
    expect((await records(text)).map((record) => [record.line, record.raw])).toEqual([
      [2, '"x, y","two\r\nlines"'],
      [5, 'plain,""'],
      [6, '"""q""",last'],
    ]);
  });

  it('keeps a row of one empty quoted cell', async () => {
    expect((await records('a\n""\n\nz\n')).map((record) => record.raw)).toEqual(['""', 'z']);
  });

  it('for any table, each record’s raw text is the row as formatted, whatever the chunking', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'я', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        async (rows, newline, chunk) => {
          const lines = rows.map((row) => formatRow(row, ','));
          const read = await records(['h1,h2', ...lines].join(newline) + newline, chunk);
          expect(read.map((record) => record.raw)).toEqual(lines);
        },
      ),
      { numRuns: 200 },
    );
  });
});
