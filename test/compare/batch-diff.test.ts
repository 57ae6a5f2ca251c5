/**
 * compare scores through the one scoring path: on random pairs of criteria files and random
 * leads, its counts and flips are exactly what two `batch` runs (one per list) give when their
 * rows are diffed line by line. Both commands run in-process on real files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { runCompare } from '../../src/cli/commands/compare/run.js';
import type { CompareReport } from '../../src/core/compare.js';
import type { Verdict } from '../../src/core/score.js';
import { loadCriteria } from '../../src/core/load.js';
import { tempDir } from '../helpers/cli.js';
import { criteriaYaml, generatedCriterion } from '../helpers/criteria-arbitrary.js';
import { memoryIO } from '../helpers/memory-io.js';

/** Cells any criterion type may meet: answers of each type, unknown and unreadable ones. */
const CELLS = ['yes', 'no', '?', '', '0', '25', '60', 'o0', 'o1', 'o2', 'asap please', 'fine', 'maybe'] as const;

const list = fc.record({
  criteria: fc.array(generatedCriterion, { minLength: 1, maxLength: 6 }),
  accept: fc.integer({ min: 0, max: 100 }),
  review: fc.integer({ min: 0, max: 100 }),
  maxUnknown: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});

const setup = fc.tuple(list, list).chain(([before, after]) => {
  const width = Math.max(before.criteria.length, after.criteria.length);
  return fc.record({
    before: fc.constant(before),
    after: fc.constant(after),
    // Sometimes the new list is the old one with one change: the common case, and causes to trace.
    edit: fc.boolean(),
    leads: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }),
  });
});

function yamlOf(value: { criteria: Parameters<typeof criteriaYaml>[0]; accept: number; review: number; maxUnknown?: number }): string {
  return criteriaYaml(value.criteria, value.accept, value.review, { choiceParents: true, maxUnknown: value.maxUnknown });
}

async function batchVerdicts(dir: string, criteria: string): Promise<Map<number, Verdict>> {
  const memory = memoryIO({ cwd: dir });
  expect(await runBatch(memory.io, 'leads.csv', { criteria, format: 'jsonl', escapeFormulas: false, quiet: true })).toBe(0);
  // A file whose only rows are blank lines (one column, empty cells) scores no lead: no output at all.
  const rows = memory
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { line: number; verdict: Verdict });
  return new Map(rows.map((row) => [row.line, row.verdict]));
}

describe('compare against two batch runs', () => {
  it('counts, moves and flips equal the row-by-row diff of batch under each list', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(setup, async ({ before, after, edit, leads }) => {
        const oldYaml = yamlOf(before);
        // An edit: the old list with its thresholds and first criterion's weight from the new one.
        const newYaml = edit
          ? yamlOf({ ...before, accept: after.accept, criteria: [{ ...before.criteria[0]!, points: after.criteria[0]!.points, must: after.criteria[0]!.must }, ...before.criteria.slice(1)] })
          : yamlOf(after);
        fc.pre(loadCriteria(oldYaml).ok && loadCriteria(newYaml).ok);
        writeFileSync(join(dir, 'old.yaml'), oldYaml);
        writeFileSync(join(dir, 'new.yaml'), newYaml);
        const width = leads[0]!.length;
        const header = Array.from({ length: width }, (_, index) => `c${index}`).join(',');
        writeFileSync(join(dir, 'leads.csv'), `${header}\n${leads.map((row) => row.join(',')).join('\n')}\n`);

        const old = await batchVerdicts(dir, 'old.yaml');
        const now = await batchVerdicts(dir, 'new.yaml');
        const compare = memoryIO({ cwd: dir });
        if (old.size === 0) {
          // Blank lines only (one column of empty cells): batch scores no row, and compare refuses.
          await expect(runCompare(compare.io, 'old.yaml', 'new.yaml', 'leads.csv', { costBadAccepted: '3', format: 'json' })).rejects.toMatchObject({
            exitCode: 1,
            cause: { problem: { code: 'no-leads' } },
          });
          expect(now.size).toBe(0);
          return;
        }
        expect(await runCompare(compare.io, 'old.yaml', 'new.yaml', 'leads.csv', { costBadAccepted: '3', format: 'json' })).toBe(0);
        const report = JSON.parse(compare.stdout()) as CompareReport;

        const flips = [...old].filter(([line, verdict]) => now.get(line) !== verdict).map(([line, verdict]) => ({ line, from: verdict, to: now.get(line)! }));
        const count = (verdicts: Map<number, Verdict>) => {
          const counts = { accept: 0, review: 0, reject: 0 };
          for (const verdict of verdicts.values()) counts[verdict]++;
          return counts;
        };
        expect(report.leads).toBe(old.size);
        expect(report.verdicts_before).toEqual(count(old));
        expect(report.verdicts_after).toEqual(count(now));
        expect(report.changed).toBe(flips.length);
        expect(report.flips.map((flip) => ({ line: (flip as { line: number }).line, from: flip.from, to: flip.to }))).toEqual(flips);
        const moves = new Map<string, number>();
        for (const flip of flips) moves.set(`${flip.from}>${flip.to}`, (moves.get(`${flip.from}>${flip.to}`) ?? 0) + 1);
        expect(Object.fromEntries(report.moves.map((move) => [`${move.from}>${move.to}`, move.count]))).toEqual(Object.fromEntries(moves));
        const both = [...old].filter(([line, verdict]) => verdict === 'accept' && now.get(line) === 'accept').length;
        expect(report.accepted_both).toBe(both);
        expect(report.accepted_before_only).toBe(count(old).accept - both);
        expect(report.accepted_after_only).toBe(count(now).accept - both);
        // Every flip is either traced to a difference or counted as needing several together.
        if (report.flips_unexplained !== null) {
          const explained = report.changes.reduce((sum, change) => sum + (change.flips ?? 0), 0);
          expect(explained + report.flips_unexplained).toBeGreaterThanOrEqual(report.changed);
          if (report.changes.length === 0) expect(report.changed).toBe(0);
        }
      }),
      { numRuns: 80 },
    );
  });
});
