/**
 * Differential tests over random CSVs: whatever the input (mixed line endings, whitespace and line
 * breaks after closing quotes, blank lines, ragged rows), each row written to CSV is the record
 * that was scored: re-reading the CSV output gives, row by row, the cells and the scores that the
 * JSON Lines output (which never looks at the input's text) gives for the same input.
 */
import { escapeFormula } from '../../src/csv/write.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { openCsv, type CsvRecord } from '../../src/csv/read.js';
import { DataError } from '../../src/errors.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'clientfit.yaml'),
  `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: polite, question: Polite?, type: yes-no, must: true, column: [c0] }
  - { id: budget, question: Budget?, type: number, min: 100, column: [c1] }
`,
);

async function records(text: string, delimiter: string): Promise<{ header: string[]; rows: CsvRecord[] }> {
  const reader = await openCsv(Readable.from([Buffer.from(text)]), { source: 'out', delimiter });
  const rows: CsvRecord[] = [];
  for await (const batch of reader.batches()) rows.push(...batch);
  return { header: reader.header!.names, rows };
}

interface Scored {
  line: number;
  score: number;
  verdict: string;
  fields: Record<string, string>;
  extra?: string[];
}

async function batch(input: string, delimiter: string, format: 'csv' | 'jsonl', escape = false): Promise<string | DataError> {
  const memory = memoryIO({ stdin: input, cwd: dir });
  try {
    const code = await runBatch(memory.io, '-', { delimiter, format, allowMissing: true, escapeFormulas: escape, quiet: true });
    expect(code).toBe(0);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  return memory.stdout();
}

// Pieces of CSV text: plain and quoted cells, delimiters, every line ending, and the awkward
// whitespace papaparse took for padding (a line feed between a closing quote and a delimiter).
const piece = (delimiter: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('yes', 'no', '150', '50', 'x', 'Anna', 'я', '=1+1', '+49 30 1234567', '  ', '') },
    { weight: 4, arbitrary: fc.constant(delimiter) },
    { weight: 3, arbitrary: fc.constantFrom('\r\n', '\n', '\r') },
    { weight: 3, arbitrary: fc.constantFrom('"q"', '"a\r\nb"', '"x\ny"', '"c\rd"', '"say ""hi"""', `"${delimiter}"`, '""') },
    { weight: 1, arbitrary: fc.constantFrom('"Alpha" \n', '"b"\t', '" "  ', '\r\n\r\n', `${delimiter}${delimiter}\n`, ' \n') },
  );

const csvText = fc.constantFrom(',', ';', '\t').chain((delimiter) => fc.tuple(fc.constant(delimiter), fc.array(piece(delimiter), { maxLength: 40 }), fc.constantFrom('\r\n', '\n', '\r')));

describe('batch: the CSV output row is the record that was scored', () => {
  it('for random CSV text, re-reading the CSV output gives the JSON Lines records and scores, row by row', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.boolean(), async ([delimiter, pieces, newline], escape) => {
        const header = ['c0', 'c1', 'c2'].join(delimiter);
        const input = `${header}${newline}${pieces.join('')}`;
        const csv = await batch(input, delimiter === '\t' ? 'tab' : delimiter, 'csv', escape);
        const jsonl = await batch(input, delimiter === '\t' ? 'tab' : delimiter, 'jsonl');
        if (csv instanceof DataError || jsonl instanceof DataError) {
          // A broken input is refused alike by both, and never half-written.
          expect(csv).toBeInstanceOf(DataError);
          expect(jsonl).toBeInstanceOf(DataError);
          return;
        }
        const scored: Scored[] = jsonl
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Scored);
        const output = await records(csv, delimiter);
        expect(output.header).toEqual(['c0', 'c1', 'c2', 'clientfit_score', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown']);
        // Blank lines come back as blank lines, which the reader skips: the rows are the scored records.
        expect(output.rows).toHaveLength(scored.length);
        output.rows.forEach((row, index) => {
          const expected = scored[index]!;
          // The formula rule itself is test/csv/write.test.ts's; here the cells must be the scored record's, escaped by it.
          const cells = [...Object.values(expected.fields), ...(expected.extra ?? [])].map((cell) => (escape ? escapeFormula(cell) : cell));
          expect([...row.fields.slice(0, 3), ...row.fields.slice(7)]).toEqual(cells);
          expect(row.fields[3]).toBe(String(expected.score));
          expect(row.fields[4]).toBe(expected.verdict);
        });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the example from issue 8: a line feed after a closing quote in a CRLF file moves no row onto another’s score', async () => {
    const input = 'name,c0,notes\r\n"Alpha" \n,yes,one\r\nBeta,no,two\r\nGamma,yes,three\r\nDelta,no,four\r\n';
    const csv = await batch(input, ',', 'csv');
    expect(csv).toBe(
      [
        'name,c0,notes,clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown',
        // "Alpha" then a line feed: a record of one quoted cell, padded (its new cells quoted like it).
        '"Alpha" ,"","","0","review","","polite;budget"',
        ',yes,one,50,review,,budget',
        'Beta,no,two,0,reject,polite,budget',
        'Gamma,yes,three,50,review,,budget',
        'Delta,no,four,0,reject,polite,budget',
        '',
      ].join('\r\n'),
    );
  });
});
