/**
 * The summary `clientfit batch` writes to stderr after a run, worded from typed counts. A pure
 * function of its input, so that another language can word the same counts.
 */
import type { Answer } from '../../core/answers.js';
import { VERDICTS, type Verdict } from '../../core/score.js';
import type { Voice } from '../../i18n/index.js';
import type { Lang } from '../../i18n/languages.js';
import { UTF8_BOM_LABEL } from '../../csv/encode.js';
import { describeInvalid } from '../answer-problem.js';
import { counted, grouped, plain } from '../locale.js';

/** A row problem the summary lists (the first few of a run). */
export type BatchRowProblem =
  /** a row with more or fewer cells than the header */
  | { readonly code: 'ragged-row'; readonly line: number; readonly fields: number; readonly width: number }
  /** a cell the criterion could not read: scored as unknown */
  | { readonly code: 'invalid-cell'; readonly line: number; readonly column: string | undefined; readonly answer: Answer };

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
  /** --fail-on, when given: the summary says how many rows reached it */
  readonly failOn: Verdict | undefined;
  /** the output file as messages name it, when not stdout */
  readonly target: string | undefined;
  /** the output encoding's label (utf-8, utf-8 with BOM, windows-1251 ...) */
  readonly encoding: string;
}

/** `12.5%` (one decimal), as the language writes percentages. */
export function share(lang: Lang, count: number, total: number): string {
  // English without Intl (its first number format loads ICU's locale data, ~35 ms): tenths of a
  // percent rounded half up from the exact ratio, which is what en-US's percent format gives.
  if (lang === 'en' && Number.isSafeInteger(count) && Number.isSafeInteger(total) && count >= 0 && total >= 0 && count <= 1e12 && total <= 1e12) {
    const tenths = total === 0 ? 0 : Math.floor((2000 * count + total) / (2 * total));
    return `${grouped(lang, Math.floor(tenths / 10))}.${tenths % 10}%`;
  }
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return format.format(total === 0 ? 0 : count / total);
}

export function describeRowProblem(voice: Voice, problem: BatchRowProblem): string {
  const t = voice.words.batch;
  switch (problem.code) {
    case 'ragged-row': {
      const short = problem.fields < problem.width;
      return t.ragged({ line: String(problem.line), count: plain(voice.lang, problem.fields), width: plain(voice.lang, problem.width), what: short ? t.padded : t.extraKept });
    }
    case 'invalid-cell': {
      const worded = describeInvalid(voice, problem.answer);
      return problem.column === undefined
        ? t.invalidCell({ line: String(problem.line), problem: worded })
        : t.invalidCellColumn({ line: String(problem.line), column: problem.column, problem: worded });
    }
  }
}

/** The summary's lines, without line endings. */
export function batchSummary(voice: Voice, counts: BatchCounts): string[] {
  const t = voice.words.batch;
  const { rows } = counts;
  const lines = [t.scored({ count: counted(voice.lang, rows), source: counts.source, criteria: counts.criteria })];
  const width = Math.max(7, ...VERDICTS.map((verdict) => t.verdicts[verdict].length + 1));
  for (const verdict of VERDICTS) {
    lines.push(`  ${t.verdicts[verdict].padEnd(width)} ${grouped(voice.lang, counts.verdicts[verdict]).padStart(10)}  ${share(voice.lang, counts.verdicts[verdict], rows).padStart(6)}`);
  }
  const failing = counts.failures
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  if (failing.length > 0) lines.push(t.failsMostOften({ list: failing.map((entry) => `${entry.id} ${share(voice.lang, entry.count, rows)}`).join(', ') }));
  lines.push(t.readWith({ dialect: counts.dialect }));
  if (counts.blankLines > 0) {
    lines.push((counts.blankWrittenBack ? t.blankLinesWritten : t.blankLines)({ count: counted(voice.lang, counts.blankLines) }));
  }
  const rowProblems = counts.invalidCells + counts.shortRows + counts.longRows;
  if (rowProblems > 0) {
    const parts = [
      counts.invalidCells > 0 ? t.invalidCells({ count: counted(voice.lang, counts.invalidCells) }) : '',
      counts.shortRows > 0 ? t.shortRows({ count: counted(voice.lang, counts.shortRows) }) : '',
      counts.longRows > 0 ? t.longRows({ count: counted(voice.lang, counts.longRows) }) : '',
    ].filter(Boolean);
    lines.push(`${t.rowProblems({ list: parts.join(', ') })}${rowProblems > counts.problems.length ? t.theFirst({ count: plain(voice.lang, counts.problems.length) }) : ''}`);
    for (const problem of counts.problems) lines.push(`  ${describeRowProblem(voice, problem)}`);
  }
  if (counts.only !== undefined) lines.push(t.kept({ count: counted(voice.lang, counts.kept), only: counts.only }));
  if (counts.failOn !== undefined) {
    // The exit code 3 of a script's run, explained where a person reads the run.
    const reached = VERDICTS.slice(VERDICTS.indexOf(counts.failOn)).reduce((sum, verdict) => sum + counts.verdicts[verdict], 0);
    if (reached > 0) lines.push(t.failOnReached({ count: counted(voice.lang, reached), verdict: counts.failOn }));
  }
  if (counts.target !== undefined)
    lines.push(
      counts.encoding === 'utf-8'
        ? t.wrote({ file: counts.target })
        : t.wroteEncoding({ file: counts.target, encoding: counts.encoding === UTF8_BOM_LABEL ? voice.words.input.utf8Bom : counts.encoding }),
    );
  return lines;
}
