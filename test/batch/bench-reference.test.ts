/**
 * The benchmark's own scorers (bench/score.sql, run by DuckDB, and bench/score.mlr, run by Miller)
 * must score what `clientfit batch` scores with criteria/freelancer.yaml: `npm run bench` puts
 * their CPU beside batch's, which says nothing if they compute something else. They drifted once:
 * the template's red flags changed and the SQL kept the old list, and the bench printed
 * "DIFFERENT (7,148 rows)" that nobody read.
 *
 * The file: the bench generator's rows, then a row per red flag of the template, as written, in
 * capitals, and inside a sentence, plus the same notes with no flag at all.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findCommand, ROOT, run, tempDir } from '../helpers/cli.js';

const TEMPLATE = join(ROOT, 'criteria', 'freelancer.yaml');
const dir = tempDir();
const file = join(dir, 'leads.csv');

function leadsFile(): void {
  execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '3000', file], { stdio: 'ignore' });
  const criteria = (parse(readFileSync(TEMPLATE, 'utf8')) as { criteria: { id: string; red_flags?: string[] }[] }).criteria;
  const flags = criteria.find((criterion) => criterion.id === 'notes')?.red_flags ?? [];
  expect(flags.length).toBeGreaterThan(5);
  const notes = flags.flatMap((flag) => [flag, flag.toUpperCase(), `we need this ${flag}, thanks`]);
  notes.push('a calm request', 'скидка 20%', 'Θέλει έκπτωση', 'urgently', 'discounts');
  // Quoted only where CSV needs it, as the generator writes: batch passes a row's bytes through as they came, and the others quote only where needed.
  const cell = (text: string): string => (/[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const rows = notes.map((note, index) => `Test ${index},test.${index}@example.com,Acme,yes,50,negotiates,yes,yes,1,${cell(note)}`);
  appendFileSync(file, `${rows.join('\n')}\n`);
}

describe("the benchmark's own scorers score what batch scores", () => {
  leadsFile();
  const batch = run(['batch', file, '-c', TEMPLATE, '-q', '--format', 'csv']);

  it('DuckDB on bench/score.sql: the same CSV, byte for byte', async () => {
    const ours = await batch;
    expect(ours.code).toBe(0);
    // Into a file: DuckDB cannot open /dev/stdout when it is a pipe.
    const out = join(dir, 'duckdb.csv');
    const fd = openSync(out, 'w');
    try {
      execFileSync(process.execPath, [join(ROOT, 'bench', 'duckdb.mjs'), file, 'csv', '1'], { stdio: ['ignore', fd, 'pipe'] });
    } finally {
      closeSync(fd);
    }
    const duck = readFileSync(out, 'utf8');
    expect(duck.split('\n').length).toBe(ours.stdout.split('\n').length);
    expect(duck).toBe(ours.stdout);
  });

  it.skipIf(findCommand('mlr') === undefined)('Miller on bench/score.mlr: the same CSV, byte for byte', async () => {
    const ours = await batch;
    const miller = execFileSync('mlr', ['--icsv', '--ocsv', 'put', '-f', join(ROOT, 'bench', 'score.mlr'), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(miller).toBe(ours.stdout);
  });
});
