/**
 * One scoring path: on random criteria files (0-point criteria, must-only lists, `when` chains,
 * choices with failing options, max_unknown) and random leads, `calibrate` counts the same
 * verdicts as `batch` gives row by row, and a journal decision's stored result equals a
 * re-score of its stored answers under the same criteria. Both commands run in-process on
 * real files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/commands/batch/run.js';
import { runCalibrate } from '../../src/cli/commands/calibrate/run.js';
import { typedAnswers } from '../../src/cli/commands/score/run.js';
import { decisionLine, parseLine } from '../../src/core/journal.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { tempDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

type Kind = 'yes-no' | 'number' | 'choice';
interface Spec {
  readonly kind: Kind;
  readonly must: boolean;
  readonly points: number;
  readonly failOption: boolean;
  readonly optionPoints: readonly [number, number];
  /** index of an earlier criterion this one depends on (taken modulo its index), or null */
  readonly parent: number | null;
  readonly parentValue: number;
}

const POINTS = [0, 0, 5, 10, 25] as const;
const spec: fc.Arbitrary<Spec> = fc.record({
  kind: fc.constantFrom<Kind>('yes-no', 'number', 'choice'),
  must: fc.boolean(),
  points: fc.constantFrom(...POINTS),
  failOption: fc.boolean(),
  optionPoints: fc.tuple(fc.constantFrom(...POINTS), fc.constantFrom(...POINTS)),
  parent: fc.option(fc.nat(10), { nil: null }),
  parentValue: fc.nat(2),
});

const file = fc.record({
  specs: fc.array(spec, { minLength: 1, maxLength: 6 }),
  mustOnly: fc.boolean(),
  accept: fc.integer({ min: 0, max: 100 }),
  review: fc.integer({ min: 0, max: 100 }),
  maxUnknown: fc.option(fc.nat(3), { nil: undefined }),
});

function criterionFile(specs: readonly Spec[], mustOnly: boolean): Record<string, unknown>[] {
  return specs.map((item, index) => {
    const id = `c${index}`;
    const base: Record<string, unknown> = { id, question: `${id}?`, type: item.kind, must: mustOnly || item.must };
    if (item.kind === 'choice') {
      base.options = [
        { value: 'a', points: mustOnly ? 0 : item.optionPoints[0] },
        { value: 'b', points: mustOnly ? 0 : item.optionPoints[1] },
        ...(item.failOption ? [{ value: 'c', points: 0, fail: true }] : []),
      ];
    } else {
      base.points = mustOnly ? 0 : item.points;
      if (item.kind === 'number') base.min = 1000;
    }
    if (item.parent !== null && index > 0) {
      const parentIndex = item.parent % index;
      const parent = specs[parentIndex]!;
      // A number parent has no value worth naming here; yes-no and choice chains are what matter.
      if (parent.kind === 'yes-no') base.when = { [`c${parentIndex}`]: item.parentValue % 2 === 0 ? 'yes' : 'no' };
      if (parent.kind === 'choice') base.when = { [`c${parentIndex}`]: ['a', 'b', 'c'][item.parentValue % (parent.failOption ? 3 : 2)] };
    }
    return base;
  });
}

const CELLS: Record<Kind, readonly string[]> = {
  'yes-no': ['yes', 'no', '?', 'maybe'],
  number: ['500', '2000', '?', 'lots'],
  choice: ['a', 'b', 'c', '?', 'zzz'],
};

const setup = file.chain((criteria) =>
  fc.record({
    criteria: fc.constant(criteria),
    leads: fc.array(fc.tuple(...criteria.specs.map((item) => fc.constantFrom(...CELLS[item.kind]))), { minLength: 1, maxLength: 25 }),
  }),
);

type File = typeof file extends fc.Arbitrary<infer T> ? T : never;

function yamlOf(criteria: File): string {
  const thresholds = { accept: criteria.accept, review: criteria.review, ...(criteria.maxUnknown === undefined ? {} : { max_unknown: criteria.maxUnknown }) };
  // JSON is YAML: no quoting questions.
  return JSON.stringify({ version: 1, thresholds, criteria: criterionFile(criteria.specs, criteria.mustOnly) }, null, 1);
}

describe('one scoring path', () => {
  it('calibrate counts the verdicts batch gives, on random criteria and leads', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(setup, async ({ criteria, leads }) => {
        const yaml = yamlOf(criteria);
        writeFileSync(join(dir, 'clientfit.yaml'), yaml);
        const header = criteria.specs.map((_, index) => `c${index}`).join(',');
        writeFileSync(join(dir, 'leads.csv'), `${header}\n${leads.map((row) => row.join(',')).join('\n')}\n`);

        const batch = memoryIO({ cwd: dir });
        expect(await runBatch(batch.io, 'leads.csv', { format: 'jsonl', escapeFormulas: false, quiet: true })).toBe(0);
        const rows = batch
          .stdout()
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { verdict: keyof typeof counts });
        const counts = { accept: 0, review: 0, reject: 0 };
        for (const row of rows) counts[row.verdict]++;

        const calibrate = memoryIO({ cwd: dir });
        expect(await runCalibrate(calibrate.io, 'leads.csv', { costBadAccepted: '3', format: 'json' })).toBe(0);
        const report = JSON.parse(calibrate.stdout()) as { rows: number; verdicts: typeof counts; sweep: { accept: number; accepted: number }[] };
        expect(report.rows).toBe(leads.length);
        expect(report.verdicts).toEqual(counts);
        expect(report.sweep.find((point) => point.accept === criteria.accept)!.accepted).toBe(counts.accept);
      }),
      { numRuns: 60 },
    );
  });

  it("a journal decision's stored result equals a re-score of its answers under the same criteria", () => {
    fc.assert(
      fc.property(setup, ({ criteria, leads }) => {
        const loaded = loadCriteria(yamlOf(criteria));
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
        const scorer = createScorer(loaded.criteria);
        for (const row of leads) {
          const answers = Object.fromEntries(row.map((value, index) => [`c${index}`, value]));
          const result = scorer.scoreAnswers(answers);
          const line = decisionLine({ id: 'd', time: new Date(0), name: undefined, answers: typedAnswers(result), result, criteria: { file: 'f', sha256: 's' } });
          // Through the file format and back, as history and calibrate read it.
          const stored = parseLine(JSON.stringify(line)).line;
          if (stored?.type !== 'decision') throw new Error('not a decision line');
          const again = createScorer(loaded.criteria).scoreAnswers(stored.answers);
          expect({ score: again.score, potential: again.potential, verdict: again.verdict, failed: again.failed, unknown: again.unknown }).toEqual(stored.result);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('max_unknown through every command', () => {
  it('batch, calibrate and score hold an accept with too many unknown answers at review', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'clientfit.yaml'),
      `version: 1
thresholds: { accept: 60, review: 40, max_unknown: 1 }
criteria:
  - { id: a, question: A?, type: yes-no, points: 50 }
  - { id: b, question: B?, type: yes-no, points: 30 }
  - { id: c, question: C?, type: yes-no, points: 10 }
  - { id: d, question: D?, type: yes-no, points: 10 }
`,
    );
    // 80 of 100 with c unknown and d unreadable: accepted without the limit, review with it.
    writeFileSync(join(dir, 'leads.csv'), 'a,b,c,d\nyes,yes,?,carrier pigeon\nyes,yes,yes,?\n');
    const batch = memoryIO({ cwd: dir });
    await runBatch(batch.io, 'leads.csv', { format: 'jsonl', escapeFormulas: false, quiet: true });
    expect(
      batch
        .stdout()
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { verdict: string }).verdict),
    ).toEqual(['review', 'accept']);
    const calibrate = memoryIO({ cwd: dir });
    await runCalibrate(calibrate.io, 'leads.csv', { costBadAccepted: '3', format: 'json' });
    const report = JSON.parse(calibrate.stdout()) as { verdicts: Record<string, number>; thresholds: Record<string, number> };
    expect(report.verdicts).toEqual({ accept: 1, review: 1, reject: 0 });
    expect(report.thresholds).toEqual({ accept: 60, review: 40, max_unknown: 1 });
    const loaded = loadCriteria(readFileSync(join(dir, 'clientfit.yaml'), 'utf8'));
    if (!loaded.ok) throw new Error('does not load');
    expect(createScorer(loaded.criteria).scoreAnswers({ a: 'yes', b: 'yes', c: '?', d: 'carrier pigeon' })).toMatchObject({ score: 80, verdict: 'review', capped: true });
  });
});
