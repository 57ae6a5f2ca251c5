/**
 * Batch's work per row: score it, count it for the summary, keep it or drop it (--only), and
 * write it through the output format (src/render/batch/), or, on the byte path, as the bytes it
 * came in with plus the result (CSV) or as JSON straight from them (JSON Lines).
 */
import type { CsvRecord } from '../csv/read.js';
import type { ReadCell, Result, ShortResult, Verdict } from '../core/score.js';
import { failOnReached } from '../core/score.js';
import type { Voice } from '../i18n/index.js';
import { ResultSuffix } from '../render/batch/csv.js';
import { JsonRowBytes, uniqueNames } from '../render/batch/json.js';
import type { BatchSink } from '../render/batch/sink.js';
import type { BatchRowProblem } from '../render/batch/summary.js';
import { ByteArena } from './arena.js';
import { BUFFER_BYTES, ChunkedOutput } from './chunked-output.js';
import type { Leads } from './open.js';
import { scanLeads } from './scan.js';
import type { ByteScanner } from './scanner.js';
import type { OutputEncoding } from '../csv/encode.js';
import type { Writable } from 'node:stream';

/** Row problems listed in the summary. */
const LISTED_PROBLEMS = 10;

/** Batch's counts for the summary; memory is bounded by the number of criteria, not rows. */
export class BatchCounts {
  rows = 0;
  kept = 0;
  readonly verdicts: Record<Verdict, number> = { accept: 0, review: 0, reject: 0 };
  readonly failures: number[];
  invalidCells = 0;
  shortRows = 0;
  longRows = 0;
  readonly problems: BatchRowProblem[] = [];
  /** the worst verdict of any row, for --fail-on */
  worst: Verdict = 'accept';
  /** blank lines of the input (the header's included), set once the input is read */
  blankLines = 0;

  constructor(criteria: number) {
    this.failures = new Array<number>(criteria).fill(0);
  }

  /** Counts a scored row's verdict (once the worst is reject, nothing is worse). */
  scored(verdict: Verdict): void {
    this.rows++;
    this.verdicts[verdict]++;
    if (verdict !== this.worst && this.worst !== 'reject' && failOnReached(verdict, this.worst)) this.worst = verdict;
  }

  problem(problem: BatchRowProblem): void {
    if (this.problems.length < LISTED_PROBLEMS) this.problems.push(problem);
  }

  get rowProblems(): number {
    return this.invalidCells + this.shortRows + this.longRows;
  }

  /** Adds the counts of a later part of the input (parallel.ts), its lines `shift` lines on. */
  add(part: PartCounts, shift: number): void {
    this.rows += part.rows;
    this.kept += part.kept;
    for (const verdict of Object.keys(this.verdicts) as Verdict[]) this.verdicts[verdict] += part.verdicts[verdict];
    part.failures.forEach((count, index) => (this.failures[index]! += count));
    this.invalidCells += part.invalidCells;
    this.shortRows += part.shortRows;
    this.longRows += part.longRows;
    for (const problem of part.problems) this.problem({ ...problem, line: problem.line + shift });
    if (part.rows > 0 && failOnReached(part.worst, this.worst)) this.worst = part.worst;
  }
}

/** BatchCounts as data (as a worker thread posts them). */
export type PartCounts = Pick<BatchCounts, 'rows' | 'kept' | 'verdicts' | 'failures' | 'invalidCells' | 'shortRows' | 'longRows' | 'problems' | 'worst'>;

export interface BatchRows {
  /** the run's words: a problem of the input (a broken quote, bytes not in the encoding) is told in them */
  readonly voice: Voice;
  readonly leads: Leads;
  /** the criteria's ids, in the file's order */
  readonly ids: readonly string[];
  readonly format: 'csv' | 'jsonl' | 'json' | 'table';
  readonly sink: BatchSink;
  readonly stream: Writable;
  readonly encoding: OutputEncoding;
  /** --only: the verdicts kept (undefined: all) */
  readonly only: ReadonlySet<Verdict> | undefined;
  /** prefix ' to formula-like cells (CSV) */
  readonly escape: boolean;
  /** after each batch of rows, with the rows counted so far */
  readonly progress: (rows: number) => void;
  /** a part of the input after the first (parallel.ts): no start or end of the format */
  readonly part?: boolean;
  /** the byte path's memory, when the caller reuses one for many parts (parallel.ts) */
  readonly arena?: ByteArena;
  /** byte scanners kept from part to part (parallel.ts), by the reader of their cells */
  readonly scanners?: Map<unknown, ByteScanner<unknown>>;
}

/**
 * The result suffixes kept in an arena: one cache per arena, so that the parts of one file
 * (parallel.ts, one arena per thread) share it rather than fill the arena's kept bytes again.
 */
const suffixes = new WeakMap<ByteArena, ResultSuffix>();

function suffixFor(leads: Leads, arena: ByteArena | undefined): ResultSuffix {
  if (arena === undefined) return new ResultSuffix(leads.header.delimiter, leads.header.newline);
  let suffix = suffixes.get(arena);
  if (suffix === undefined) suffixes.set(arena, (suffix = new ResultSuffix(leads.header.delimiter, leads.header.newline, arena)));
  return suffix;
}

/** Scores every row of the leads into the output stream (not ended) and returns the counts. */
export async function writeBatchRows(run: BatchRows): Promise<BatchCounts> {
  const { leads, sink, format, only } = run;
  const counts = new BatchCounts(run.ids.length);
  // The byte path's input and output share one block of memory, so rows move with copyWithin (arena.ts).
  const arena = format === 'csv' || format === 'jsonl' ? (run.arena ?? new ByteArena(BUFFER_BYTES)) : undefined;
  const out = new ChunkedOutput(run.stream, run.encoding, arena);
  const names = leads.header.names;
  const width = names.length;
  const indexes = leads.columns.indexes;
  const scorer = leads.scorer;

  /** Whether --only keeps a row of this verdict (counted as kept). */
  const keeps = (verdict: Verdict): boolean => {
    if (only !== undefined && !only.has(verdict)) return false;
    counts.kept++;
    return true;
  };

  /** Counts a scored row; true when --only keeps it. */
  const count = (result: Result, line: number, fields: number): boolean => {
    counts.scored(result.verdict);
    if (fields !== width) {
      if (fields < width) counts.shortRows++;
      else counts.longRows++;
      counts.problem({ code: 'ragged-row', line, fields, width });
    }
    if (result.failed.length > 0 || result.invalid.length > 0) {
      const entries = result.results;
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[index]!;
        if (entry.status === 'fail') counts.failures[index]!++;
        else if (entry.status === 'invalid') {
          counts.invalidCells++;
          counts.problem({ code: 'invalid-cell', line, column: names[indexes[index]!], answer: entry.answer });
        }
      }
    }
    return keeps(result.verdict);
  };

  /** One record as parsed; a promise to await only when the output stream is full. */
  const record = (record: CsvRecord): Promise<void> | undefined => {
    if (record.blank) {
      // Not a lead: counted, never scored; CSV output writes it back as it was.
      return sink.blank === undefined ? undefined : out.add(sink.blank(record));
    }
    const result = scorer.scoreValues(leads.values(record));
    return count(result, record.line, record.fields.length) ? out.add(sink.row({ record, result })) : undefined;
  };

  // CSV from UTF-8 into UTF-8: rows that need no change go through as bytes (src/leads/scanner.ts).
  // JSON Lines too: plain rows are written as JSON straight from their bytes (JsonRowBytes).
  const jsonl = format === 'jsonl';
  // Each distinct cell of a scored column is read once (cached by its bytes), into what the scorer takes.
  const layout =
    (format === 'csv' || jsonl) && out.utf8
      ? { delimiter: leads.header.delimiter.charCodeAt(0), width, columns: indexes, escape: !jsonl && run.escape, allFields: jsonl, read: scorer.readCell }
      : undefined;
  const jsonRows = jsonl ? new JsonRowBytes(uniqueNames(names)) : undefined;
  const suffix = suffixFor(leads, arena);
  const cells: ReadCell[] = new Array(indexes.length);

  /** For each distinct list of failed ids, the criteria's indexes (the scorer shares the lists between rows). */
  const failedIndexes = new Map<readonly string[], number[]>();
  const positions = new Map(run.ids.map((id, index) => [id, index]));
  /** Counts a plain row by its short result (no unreadable cell, as many cells as the header); true when --only keeps it. */
  const countShort = (short: ShortResult): boolean => {
    counts.scored(short.verdict);
    const failed = short.failed;
    if (failed.length > 0) {
      let indexes = failedIndexes.get(failed);
      if (indexes === undefined) {
        indexes = failed.map((id) => positions.get(id)!);
        if (failedIndexes.size < 4096) failedIndexes.set(failed, indexes);
      }
      for (let k = 0; k < indexes.length; k++) counts.failures[indexes[k]!]!++;
    }
    return keeps(short.verdict);
  };

  /** A plain row the scanner read as bytes. */
  const scanned = (row: ByteScanner<ReadCell>): Promise<void> | undefined => {
    for (let index = 0; index < cells.length; index++) cells[index] = row.value(index);
    // What the output needs of a row, shared by rows whose cells read alike; a row with an
    // unreadable cell is scored in full, for the summary's list of them.
    const short = scorer.shortResult(cells);
    if (short.invalid.length > 0) {
      const result = scorer.scoreCells(cells);
      return count(result, row.recordLine, row.fields) ? out.add(sink.row({ record: row.general(), result })) : undefined;
    }
    if (!countShort(short)) return undefined; // dropped by --only
    if (jsonRows !== undefined) {
      const written = jsonRows.write(out, row, short);
      return written === false ? out.add(sink.row({ record: row.general(), result: scorer.scoreCells(cells) })) : written;
    }
    const pending = out.addBytes(row.buffer, row.start, row.end, true);
    const after = suffix.suffix(short, row.quoted === row.fields);
    return pending === undefined ? out.addKept(after) : pending.then(() => out.addKept(after));
  };

  if (!run.part) await out.add(sink.start());
  await scanLeads(run.voice.words, leads, { layout, record, scanned, batchDone: () => run.progress(counts.rows) }, arena, run.scanners);
  if (!run.part) await out.add(sink.end(counts.kept));
  await out.flush();
  counts.blankLines = leads.reader.blankLines();
  return counts;
}
