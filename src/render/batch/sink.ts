/**
 * The shape every `clientfit batch` output format shares: text for the start, for each scored
 * row, and for the end. The formats live together in src/render/batch/ (CSV in csv.ts,
 * JSON in json.ts, the table in table.ts); the command only wires one to the rows.
 */
import type { CsvRecord } from '../../csv/read.js';
import type { Result } from '../../core/score.js';

export interface ScoredRow {
  readonly record: CsvRecord;
  readonly result: Result;
}

export interface BatchSink {
  start(): string;
  row(row: ScoredRow): string;
  /** a blank line of the input, for formats that give them back (CSV) */
  blank?(record: CsvRecord): string;
  /** `kept`: rows written (after --only), for formats that show only some of them */
  end(kept: number): string;
}

/** The columns batch adds after the input's columns, in CSV and in messages about them. */
export const RESULT_COLUMNS: readonly string[] = ['clientfit_score', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown'];
