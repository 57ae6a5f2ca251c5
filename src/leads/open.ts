/**
 * Leads as opened, what the pipeline reads them through: the input's dialect, which column
 * answers which criterion, the scorer, and each record's values in criteria order (leadsOf).
 * Opening a command's input (the file or stdin, CSV or workbook, the checks on the header) is
 * the edge's: src/cli/leads-input.ts. The rows are then read by the scan driver (scan.ts).
 */
import type { ColumnMap } from '../core/columns.js';
import type { Criteria } from '../core/criteria.js';
import { createScorer, type Scorer } from '../core/score.js';
import type { AllWords } from '../i18n/index.js';
import type { CsvHeader, CsvReader, CsvRecord } from '../csv/read.js';
import { CsvError, isUsageProblem } from '../csv/problems.js';
import { describeCsvProblem } from '../render/csv-problem.js';
import type { WorkbookRecord } from '../workbook/read.js';
import { DataError, UserError } from '../errors.js';

export interface Leads {
  /** the input as messages name it: a path, or <stdin> */
  readonly source: string;
  /** absolute path, undefined for stdin */
  readonly path?: string;
  /** input size in bytes when known, for progress */
  readonly size?: number;
  readonly reader: CsvReader;
  readonly header: CsvHeader;
  readonly columns: ColumnMap;
  readonly scorer: Scorer;
  readonly decimalComma: boolean;
  /** criteria scored as unknown because their column is missing (--allow-missing) */
  readonly missing: readonly string[];
  /** the sheet read, when the input is an .xlsx workbook */
  readonly sheet?: string;
  /**
   * Whether the scan may read a UTF-8 CSV as bytes (scan.ts); CLIENTFIT_GENERAL_CSV=1 turns that
   * off, read once from the run's environment when the input is opened (src/cli/leads-input.ts;
   * the differential tests compare the two paths).
   */
  readonly bytePath: boolean;
  /**
   * The raw values of a record in criteria order ('' for a cell the row does not have).
   * The same array is refilled for every record: score it before asking for the next.
   */
  values(record: CsvRecord): unknown[];
}

/**
 * A problem of the CSV library (src/csv/problems.ts) as the error the command reports, in words:
 * a wrong --encoding or --delimiter is a usage error (exit 2), bad data a data error (exit 1).
 */
export function csvFailure(words: AllWords, error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const message = describeCsvProblem(words, error.problem);
  return isUsageProblem(error.problem) ? new UserError(message, { cause: error }) : new DataError(message, { cause: error });
}

/** Leads from what was opened: the scorer, and the values of a record in criteria order. */
export function leadsOf(criteria: Criteria, opened: Omit<Leads, 'scorer' | 'values'>, given?: Scorer): Leads {
  // A scorer is shared by the parts of one file (parallel.ts): its caches of cells and outcomes stay warm.
  const scorer = given ?? createScorer(criteria, { decimalComma: opened.decimalComma, missing: new Set(opened.missing) });
  const indexes = opened.columns.indexes;
  const values: unknown[] = new Array(indexes.length);
  return {
    ...opened,
    scorer,
    values(record) {
      // A workbook's number and boolean cells are scored as typed, not re-read from text.
      const fields = (record as Partial<WorkbookRecord>).typed ?? record.fields;
      for (let index = 0; index < indexes.length; index++) {
        const column = indexes[index]!;
        values[index] = column < 0 ? undefined : (fields[column] ?? '');
      }
      return values;
    },
  };
}
