import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { openCsv } from '../../src/csv/read.js';
import { formatRow } from '../../src/csv/write.js';
import { UserError } from '../../src/errors.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'clientfit.yaml'),
  `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: polite, question: Polite?, type: yes-no, must: true, column: [c0, polite] }
  - { id: budget, question: Budget?, type: number, min: 100, column: [c1] }
`,
);

async function parse(text: string, delimiter: string): Promise<string[][]> {
  const reader = await openCsv(Readable.from([Buffer.from(text)]), { source: 'out', delimiter });
  const rows = [reader.header!.names];
  for await (const batch of reader.batches()) for (const record of batch) rows.push(record.fields);
  return rows;
}

// Cells with what makes CSV hard: delimiters, quotes, line breaks, spaces, non-Latin letters, yes/no words.
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '|', '\t', '"', '\n', '\r\n', ' ', 'я', 'λ', '1', '€', '=') }),
  fc.constantFrom('yes', 'no', 'да', '?', '150', '1 200,50', ''),
);

describe('batch properties', () => {
  it('for any table, the output has exactly the input rows with their values, plus the four columns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.constant(width), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }))),
        fc.constantFrom(',', ';', '\t', '|'),
        async ([width, rows], delimiter) => {
          const header = Array.from({ length: width }, (_, index) => `c${index}`);
          const input = [header, ...rows].map((row) => formatRow(row, delimiter)).join('\n');
          const memory = memoryIO({ stdin: input, cwd: dir });
          const code = await runBatch(memory.io, '-', { delimiter: delimiter === '\t' ? 'tab' : delimiter, allowMissing: true, escapeFormulas: false, quiet: true });
          expect(code).toBe(0);
          const output = await parse(memory.stdout(), delimiter);
          expect(output.length).toBe(rows.length + 1);
          expect(output[0]).toEqual([...header, 'clientfit_score', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown']);
          rows.forEach((row, index) => {
            const out = output[index + 1]!;
            expect(out.slice(0, width)).toEqual(row);
            expect(out).toHaveLength(width + 4);
            expect(['accept', 'review', 'reject']).toContain(out[width + 1]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("for any table, writing then reading gives the same cells, except exactly the formula-like ones, which gain one '", async () => {
    // The rule, written out independently of src/csv/write.ts: a cell starting with tab or CR, or
    // with = + - @ (or a full-width = + - @) after any spaces and line breaks, is a formula unless
    // what follows the spaces is a sign followed only by digits, spaces, dots, dashes, slashes and
    // parentheses (a phone number), a signed number with one kind of thousands separator, or dashes alone.
    const phone = /^[+\-＋－][\d \u00A0.\-/()]*\d[\d \u00A0.\-/()]*$/u;
    const signedNumber = /^[+-](?:\d+|\d{1,3}([ ,.'\u00A0\u202F])\d{3}(?:\1\d{3})*)(?:[.,]\d+)?%?$/u;
    const dashes = /^[-－][-－ \u00A0]*$/u;
    const formulaLike = (value: string) => {
      if (/^[\t\r]/u.test(value)) return true;
      const data = value.replace(/^[\t\n\v\f\r ]+/u, '');
      return /^[=+\-@＝＋－＠]/u.test(data) && !phone.test(data) && !signedNumber.test(data) && !dashes.test(data);
    };
    const tricky = fc.oneof(
      cell,
      fc.constantFrom('+49 30 1234567', '+7 (495) 123-45-67', '-5', '+3.5', '-1 200,50', '-30%', '＋49 30 123', '－5', '0049 30 1', '1e5', '007'),
      fc.constantFrom('=1+1', '+cmd', '-2+3', '@SUM(1)', '\t=1', '\r=1', '＝1', '＋x', '－1+1', '＠x', '-', '+', '- ', '--', ' =1+1', '\n@x', ' -5', ' -', '=HYPERLINK("x")', "=cmd|' /C calc'!A0"),
      fc.tuple(fc.constantFrom('+', '-', '=', '@', '＋'), fc.string({ unit: fc.constantFrom('1', ' ', '(', ')', '.', '-', '/', 'a', '+', ',') })).map(([sign, rest]) => sign + rest),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }).chain((width) => fc.tuple(fc.constant(width), fc.array(fc.array(tricky, { minLength: width, maxLength: width }), { maxLength: 8 }))),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        async ([width, rows], delimiter, newline) => {
          const header = Array.from({ length: width }, (_, index) => `c${index}`);
          const input = [header, ...rows].map((row) => `${formatRow(row, delimiter)}${newline}`).join('');
          const memory = memoryIO({ stdin: input, cwd: dir });
          const code = await runBatch(memory.io, '-', { delimiter: delimiter === '\t' ? 'tab' : delimiter, allowMissing: true, escapeFormulas: true, quiet: true });
          expect(code).toBe(0);
          const output = await parse(memory.stdout(), delimiter);
          expect(output.slice(1).map((row) => row.slice(0, width))).toEqual(rows.map((row) => row.map((value) => (formulaLike(value) ? `'${value}` : value))));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random bytes never cause an unhandled error: a result, or a clear error for the user', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.option(fc.constantFrom(',', ';')), async (bytes, delimiter) => {
        const memory = memoryIO({ stdin: Buffer.from(bytes), cwd: dir });
        try {
          const code = await runBatch(memory.io, '-', { allowMissing: true, escapeFormulas: true, quiet: true, ...(delimiter === null ? {} : { delimiter }) });
          expect([0]).toContain(code);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect((error as UserError).message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
