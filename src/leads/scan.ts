/**
 * The one scan driver of the lead pipeline: every record of the leads goes to a per-row callback,
 * from the byte scanner (scanner.ts) where the input allows it, else from the general reader
 * (src/csv/read.ts), which also takes over where the scanner stops. `batch` and `calibrate`
 * give it their row work; neither steps a scanner itself.
 */
import type { CsvRecord } from '../csv/read.js';
import type { AllWords } from '../i18n/index.js';
import { ByteArena } from './arena.js';
import { csvFailure, type Leads } from './open.js';
import { ByteScanner, Step, type ByteLayout } from './scanner.js';

export type { ByteLayout } from './scanner.js';

/** A row the byte scanner read: what a row callback may ask of it (the scanner is one of these). */
export interface ScannedRow<T> {
  /** what `layout.read` made of criterion `j`'s cell */
  value(j: number): T;
  /** the physical line the row starts on */
  readonly recordLine: number;
  /** how many cells the row has */
  readonly fields: number;
  /** the row parsed in full, for what needs every cell */
  general(): CsvRecord;
}

/** A promise to await only when the output is full: an await per row would cost more than the row. */
type Pending = Promise<void> | undefined | void;

export interface RowCallbacks<T, R extends ScannedRow<T> = ScannedRow<T>> {
  /** the cells the byte scanner reads of each row, and how; undefined: rows come parsed only */
  readonly layout: ByteLayout<T> | undefined;
  /** a record as the general reader parsed it (or as the scanner left it to the general parser) */
  record(record: CsvRecord): Pending;
  /** a plain row the scanner read as bytes */
  scanned(row: R): Pending;
  /** after each batch of rows (for progress) */
  batchDone?(): void;
}

/**
 * Feeds every record of `leads` to `rows`. `arena`: memory the scanner's input shares with the
 * output (batch's byte path moves rows with copyWithin); without one, an input-only arena.
 * `words`: the words the CSV library's problems are told in (the run's).
 */
export async function scanLeads<T>(words: AllWords, leads: Leads, rows: RowCallbacks<T, ByteScanner<T>>, arena?: ByteArena, scanners?: Map<unknown, ByteScanner<unknown>>): Promise<void> {
  const layout = rows.layout;
  /** The scanner: a new one, or (`scanners`, for the parts of one file) the last one of this layout's reader, its caches warm. */
  const scanner = (line: number, keepBlank: boolean): ByteScanner<T> => {
    const kept = scanners?.get(layout!.read) as ByteScanner<T> | undefined;
    if (kept !== undefined) return kept.restart(line, keepBlank);
    const made = new ByteScanner(layout!, line, keepBlank);
    scanners?.set(layout!.read, made as ByteScanner<unknown>);
    return made;
  };
  const byteBatches = layout !== undefined && leads.bytePath ? leads.reader.byteBatches?.(scanner, arena ?? new ByteArena(0)) : undefined;
  try {
    await scan(leads, rows, byteBatches);
  } catch (error) {
    // The CSV library's problems (broken quotes, bytes that are not the encoding) in words.
    throw csvFailure(words, error);
  }
}

async function scan<T>(leads: Leads, rows: RowCallbacks<T, ByteScanner<T>>, byteBatches: AsyncIterable<CsvRecord[] | ByteScanner<T>> | undefined): Promise<void> {
  for await (const batch of byteBatches ?? leads.reader.batches()) {
    if (batch instanceof ByteScanner) {
      for (let step = batch.next(); step !== Step.End && step !== Step.Stop; step = batch.next()) {
        const pending = step === Step.General ? rows.record(batch.record!) : rows.scanned(batch);
        if (pending) await pending;
      }
    } else {
      for (const record of batch) {
        const pending = rows.record(record);
        if (pending) await pending;
      }
    }
    rows.batchDone?.();
  }
}
