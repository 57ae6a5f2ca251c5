import { describe, expect, it } from 'vitest';
import { batchSummary, type BatchCounts } from '../../src/render/batch/summary.js';
import type { Answer } from '../../src/core/answers.js';
import { ENGLISH } from '../../src/i18n/index.js';

const base: BatchCounts = {
  source: 'leads.csv',
  criteria: 'Freelancer (criteria.yaml)',
  dialect: 'delimiter "," (detected), encoding utf-8',
  rows: 4,
  kept: 4,
  verdicts: { accept: 1, review: 2, reject: 1 },
  failures: [
    { id: 'budget', count: 1 },
    { id: 'polite', count: 3 },
    { id: 'deadline', count: 0 },
  ],
  blankLines: 0,
  blankWrittenBack: false,
  invalidCells: 0,
  shortRows: 0,
  longRows: 0,
  problems: [],
  only: undefined,
  failOn: undefined,
  target: undefined,
  encoding: 'utf-8',
};

describe('batchSummary (the words of a batch run, from counts)', () => {
  it('words verdict shares and the criteria that fail most, most first', () => {
    expect(batchSummary(ENGLISH, base)).toEqual([
      'Scored 4 rows from leads.csv with Freelancer (criteria.yaml).',
      '  accept           1   25.0%',
      '  review           2   50.0%',
      '  reject           1   25.0%',
      'Fails most often: polite 75.0%, budget 25.0%',
      'Read with delimiter "," (detected), encoding utf-8.',
    ]);
  });

  it('with --fail-on, counts the rows at that verdict or worse, and says nothing when none is', () => {
    expect(batchSummary(ENGLISH, { ...base, failOn: 'review' }).at(-1)).toBe('--fail-on review: 3 rows got that verdict or a worse one (exit code 3).');
    expect(batchSummary(ENGLISH, { ...base, failOn: 'reject' }).at(-1)).toBe('--fail-on reject: 1 row got that verdict or a worse one (exit code 3).');
    expect(batchSummary(ENGLISH, { ...base, failOn: 'reject', verdicts: { accept: 1, review: 3, reject: 0 } })).toEqual(
      batchSummary(ENGLISH, { ...base, verdicts: { accept: 1, review: 3, reject: 0 } }),
    );
  });

  it('says one row, and 0.0% of nothing', () => {
    const lines = batchSummary(ENGLISH, { ...base, rows: 0, kept: 0, verdicts: { accept: 0, review: 0, reject: 0 }, failures: [] });
    expect(lines[0]).toBe('Scored 0 rows from leads.csv with Freelancer (criteria.yaml).');
    expect(lines[1]).toBe('  accept           0    0.0%');
    expect(batchSummary(ENGLISH, { ...base, rows: 1 })[0]).toBe('Scored 1 row from leads.csv with Freelancer (criteria.yaml).');
  });

  it('lists row problems, typed, with how many there were', () => {
    const lines = batchSummary(ENGLISH, {
      ...base,
      invalidCells: 1,
      shortRows: 2,
      longRows: 0,
      problems: [
        { code: 'ragged-row', line: 3, fields: 1, width: 4 },
        { code: 'invalid-cell', line: 5, column: 'Budget', answer: { kind: 'invalid', raw: 'lots', problem: { code: 'not-a-number', raw: 'lots' } } as Answer },
      ],
    });
    expect(lines.slice(-3)).toEqual([
      'Row problems: 1 invalid cell (scored as unknown), 2 short rows (padded with empty cells). The first 2:',
      '  line 3: 1 field where the header has 4: padded with empty cells',
      '  line 5, column "Budget": expected a number (got "lots") [not-a-number]',
    ]);
  });

  it('words blank lines, --only and the file written with its encoding', () => {
    const lines = batchSummary(ENGLISH, { ...base, blankLines: 2, blankWrittenBack: true, only: 'accept', kept: 1, target: 'out.csv', encoding: 'windows-1251' });
    expect(lines.slice(-3)).toEqual(['2 blank lines skipped (not scored, written back as they were).', 'Kept 1 row (--only accept).', 'Wrote out.csv (windows-1251).']);
    expect(batchSummary(ENGLISH, { ...base, target: 'out.csv' }).at(-1)).toBe('Wrote out.csv.');
  });
});
