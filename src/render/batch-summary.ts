/**
 * The summary `clientfit batch` writes to stderr after a run, worded from typed counts. A pure
 * function of its input, so that another language can word the same counts.
 */
import type { Answer } from '../core/answers.js';
import { VERDICTS, type Verdict } from '../core/score.js';
import { describeInvalid } from './answer-problem.js';

/** A row problem the summary lists (the first few of a run). */
export type BatchRowProblem =
  /** a row with more or fewer cells than the header */
  | { readonly code: 'ragged-row'; readonly line: number; readonly fields: number; readonly width: number }
  /** a cell the criterion could not read: scored as unknown */
  | { readonly code: 'invalid-cell'; readonly line: number; readonly column: string | undefined; readonly answer: Answer; readonly message: string | undefined };

export interface BatchCounts {
  /** the input as messages name it */
  readonly source: string;
  /** the criteria as messages name them (describeSource) */
  readonly criteria: string;
  /** how the input was read (describeDialect) */
  readonly dialect: string;
  /** rows scored */
  readonly rows: number;
  /** rows written (after --only) */
  readonly kept: number;
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** failures per criterion, in criteria order */
  readonly failures: ReadonlyArray<{ readonly id: string; readonly count: number }>;
  readonly blankLines: number;
  /** blank lines went to the output as they were (CSV without --only) */
  readonly blankWrittenBack: boolean;
  readonly invalidCells: number;
  readonly shortRows: number;
  readonly longRows: number;
  /** the first row problems, in input order */
  readonly problems: readonly BatchRowProblem[];
  /** --only as given, when given */
  readonly only: string | undefined;
  /** the output file as messages name it, when not stdout */
  readonly target: string | undefined;
  /** the output encoding's label (utf-8, utf-8 with BOM, windows-1251 ...) */
  readonly encoding: string;
}

function share(count: number, total: number): string {
  return total === 0 ? '0.0%' : `${((100 * count) / total).toFixed(1)}%`;
}

const number = (value: number): string => value.toLocaleString('en-US');
const plural = (count: number, word: string): string => `${number(count)} ${word}${count === 1 ? '' : 's'}`;

export function describeRowProblem(problem: BatchRowProblem): string {
  switch (problem.code) {
    case 'ragged-row': {
      const short = problem.fields < problem.width;
      return `line ${problem.line}: ${problem.fields} field${problem.fields === 1 ? '' : 's'} where the header has ${problem.width}: ${short ? 'padded with empty cells' : 'extra cells kept'}`;
    }
    case 'invalid-cell':
      return `line ${problem.line}${problem.column === undefined ? '' : `, column "${problem.column}"`}: ${describeInvalid(problem.answer, problem.message)}`;
  }
}

/** The summary's lines, without line endings. */
export function batchSummary(counts: BatchCounts): string[] {
  const { rows } = counts;
  const lines = [`Scored ${plural(rows, 'row')} from ${counts.source} with ${counts.criteria}.`];
  for (const verdict of VERDICTS) {
    lines.push(`  ${verdict.padEnd(7)} ${number(counts.verdicts[verdict]).padStart(10)}  ${share(counts.verdicts[verdict], rows).padStart(6)}`);
  }
  const failing = counts.failures
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  if (failing.length > 0) lines.push(`Fails most often: ${failing.map((entry) => `${entry.id} ${share(entry.count, rows)}`).join(', ')}`);
  lines.push(`Read with ${counts.dialect}.`);
  if (counts.blankLines > 0) {
    lines.push(`${plural(counts.blankLines, 'blank line')} skipped (not scored${counts.blankWrittenBack ? ', written back as they were' : ''}).`);
  }
  const rowProblems = counts.invalidCells + counts.shortRows + counts.longRows;
  if (rowProblems > 0) {
    const parts = [
      counts.invalidCells > 0 ? `${plural(counts.invalidCells, 'invalid cell')} (scored as unknown)` : '',
      counts.shortRows > 0 ? `${plural(counts.shortRows, 'short row')} (padded with empty cells)` : '',
      counts.longRows > 0 ? `${plural(counts.longRows, 'long row')} (extra cells kept: after the clientfit columns in CSV, as "extra" in JSON)` : '',
    ].filter(Boolean);
    lines.push(`Row problems: ${parts.join(', ')}.${rowProblems > counts.problems.length ? ` The first ${counts.problems.length}:` : ''}`);
    for (const problem of counts.problems) lines.push(`  ${describeRowProblem(problem)}`);
  }
  if (counts.only !== undefined) lines.push(`Kept ${plural(counts.kept, 'row')} (--only ${counts.only}).`);
  if (counts.target !== undefined) lines.push(`Wrote ${counts.target}${counts.encoding === 'utf-8' ? '' : ` (${counts.encoding})`}.`);
  return lines;
}
