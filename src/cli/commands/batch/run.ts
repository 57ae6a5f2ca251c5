/**
 * `clientfit batch`: wiring. Streams a lead CSV through the scorer into one of the output formats
 * (src/render/batch/csv.ts, src/render/batch/json.ts, src/render/batch/table.ts) and words the run
 * with src/render/batch/summary.ts.
 */
import type { Outcome, ReadCell, Result, Verdict } from '../../../core/score.js';
import { failOnReached, VERDICTS } from '../../../core/score.js';
import { csvSink, ResultSuffix } from '../../../render/batch/csv.js';
import { ByteRecords, Next } from '../../../leads/scanner.js';
import { outputEncoding, sameAsInput, UnsupportedOutputEncoding, type OutputEncoding } from '../../../csv/encode.js';
import { ByteArena } from '../../../leads/arena.js';
import { BUFFER_BYTES, ChunkedOutput } from '../../../leads/chunked-output.js';
import type { CsvRecord } from '../../../csv/read.js';
import { ExitCode, UserError } from '../../../errors.js';
import { normalizeHeader } from '../../../core/criteria.js';
import { pickNameColumn } from '../../../core/name-column.js';
import { closest } from '../../../core/suggest.js';
import { JsonRowBytes, jsonlSink, jsonSink, uniqueNames } from '../../../render/batch/json.js';
import type { BatchSink } from '../../../render/batch/sink.js';
import { batchSummary, type BatchRowProblem } from '../../../render/batch/summary.js';
import { words } from '../../../i18n/index.js';
import { tableSink } from '../../../render/batch/table.js';
import { printableLines } from '../../../render/sanitize.js';
import { printable } from '../../../render/table.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath } from '../../journal.js';
import { describeDialect, openLeads, type Leads } from '../../../leads/open.js';
import { openOutput } from '../../output-target.js';
import { createProgress } from '../../progress.js';
import type { BatchFormat, BatchOptions } from './types.js';

/** Row problems listed in the summary. */
const LISTED_PROBLEMS = 10;

export function parseOnly(value: string | undefined): Set<Verdict> | undefined {
  if (value === undefined) return undefined;
  const given = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  const wrong = given.filter((word) => !(VERDICTS as readonly string[]).includes(word));
  if (wrong.length > 0 || given.length === 0) {
    throw new UserError(words().batch.errors.only({ value }));
  }
  return new Set(given as Verdict[]);
}

function pickFormat(io: IO, options: BatchOptions): BatchFormat {
  if (options.format !== undefined) return options.format;
  if (options.output === '-') return io.stdout.isTTY ? 'table' : 'csv';
  if (options.output !== undefined && /\.(xlsx|xlsm|xls|ods|numbers)$/iu.test(options.output)) {
    throw new UserError(words().batch.errors.spreadsheetOutput({ file: options.output }), {
      details: [words().batch.errors.spreadsheetOutputHint],
    });
  }
  const extension = options.output?.toLowerCase().match(/\.(csv|tsv|txt|jsonl|ndjson|json)$/u)?.[1];
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension !== undefined || options.output !== undefined) return 'csv';
  return io.stdout.isTTY ? 'table' : 'csv';
}

/** Counts for the summary; memory is bounded by the number of criteria, not rows. */
class Tally {
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
}

/** The columns that label a row in the table: --name-column, else a name-like header. */
function nameColumn(names: readonly string[], wanted: string | undefined): { header: string; indexes: readonly number[] } {
  const picked = pickNameColumn(names, wanted);
  if (picked.kind === 'found') return picked;
  const suggestion = closest(picked.wanted, names, normalizeHeader);
  const t = words();
  throw new UserError(t.batch.errors.nameColumn({ column: picked.wanted, suggestion: suggestion === undefined ? '' : t.common.didYouMean({ word: suggestion }) }), {
    details: [t.batch.errors.headers({ headers: names.map((header) => `"${printable(header)}"`).join(', ') })],
  });
}

function createSink(io: IO, format: BatchFormat, leads: Leads, escape: boolean, toStdout: boolean, encoding: OutputEncoding, nameHeader: string | undefined): BatchSink {
  switch (format) {
    case 'csv':
      return csvSink(leads.source, leads.header, escape, encoding);
    case 'jsonl':
      return jsonlSink({ header: leads.header.names, columns: leads.columns.indexes });
    case 'json':
      return jsonSink({ header: leads.header.names, columns: leads.columns.indexes });
    case 'table': {
      // Colour and cut to the width only when the table goes to the terminal, not into -o FILE.
      const toTerminal = toStdout && io.stdout.isTTY === true;
      return tableSink({ colorLevel: toTerminal ? io.colorLevel : 0, width: toTerminal ? io.tableWidth : Infinity, name: nameColumn(leads.header.names, nameHeader) });
    }
  }
}

/** --output-encoding: for CSV only (JSON is UTF-8 by definition); checked before any input is read. */
function parseOutputEncoding(name: string | undefined, format: BatchFormat): OutputEncoding | undefined {
  if (name === undefined) return undefined;
  if (format !== 'csv') throw new UserError(words().batch.errors.outputEncodingFormat({ format }));
  try {
    return outputEncoding(name);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw error;
    throw new UserError(words().batch.errors.outputEncoding({ name, encoding: error.message }));
  }
}

/** CSV output goes back in the encoding it came in, BOM and all; a multi-byte legacy code page becomes UTF-8 with a BOM, with a word. */
function inputEncoding(leads: Leads, say: (message: string) => void): OutputEncoding {
  try {
    return sameAsInput(leads.header.encoding, leads.header.bom);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw error;
    say(words().batch.errors.cannotWriteEncoding({ encoding: error.message }));
    return outputEncoding('utf-8-bom');
  }
}

export async function runBatch(io: IO, file: string | undefined, options: BatchOptions): Promise<number> {
  const only = parseOnly(options.only);
  const format = pickFormat(io, options);
  const loaded = await loadCriteriaFile(io, options.criteria);
  // Messages quote headers, cells and file names: sanitised where they are written.
  const say = options.quiet ? () => undefined : (message: string) => io.stderr.write(`${printableLines(message)}\n`);
  const chosenEncoding = parseOutputEncoding(options.outputEncoding, format);
  // CSV output gives blank lines back where they were (unless --only picks rows).
  const leads = await openLeads(io, file, loaded.criteria, { ...options, raw: format === 'csv', keepBlank: format === 'csv' && only === undefined }, say);
  const encoding = format === 'csv' ? (chosenEncoding ?? inputEncoding(leads, say)) : outputEncoding('utf-8');

  if (options.nameColumn !== undefined) nameColumn(leads.header.names, options.nameColumn);
  const tally = new Tally(loaded.criteria.criteria.length);
  const output = await openOutput(io, options.output, [
    { what: 'input file', path: leads.path ?? 'stdin' },
    { what: 'criteria file', path: loaded.path },
    { what: 'journal', path: journalPath(io, undefined) },
  ]);
  const sink = createSink(io, format, leads, options.escapeFormulas !== false, output.toStdout, encoding, options.nameColumn);
  // The byte path's input and output share one block of memory, so rows move with copyWithin (arena.ts).
  const arena = format === 'csv' || format === 'jsonl' ? new ByteArena(BUFFER_BYTES) : undefined;
  const out = new ChunkedOutput(output.stream, encoding, arena);
  const progress = createProgress(io, { enabled: !options.quiet, totalBytes: leads.size, label: words().batch.progressLabel });
  const width = leads.header.names.length;
  const names = leads.header.names;
  const indexes = leads.columns.indexes;
  const scorer = leads.scorer;

  /** Whether --only keeps a row of this verdict (counted as kept). */
  const keeps = (verdict: Verdict): boolean => {
    if (only !== undefined && !only.has(verdict)) return false;
    tally.kept++;
    return true;
  };

  /** Counts a scored row; true when --only keeps it. */
  const count = (result: Result, line: number, fields: number): boolean => {
    tally.scored(result.verdict);
    if (fields !== width) {
      if (fields < width) tally.shortRows++;
      else tally.longRows++;
      tally.problem({ code: 'ragged-row', line, fields, width });
    }
    if (result.failed.length > 0 || result.invalid.length > 0) {
      const entries = result.results;
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[index]!;
        if (entry.status === 'fail') tally.failures[index]!++;
        else if (entry.status === 'invalid') {
          tally.invalidCells++;
          tally.problem({ code: 'invalid-cell', line, column: names[indexes[index]!], answer: entry.answer });
        }
      }
    }
    return keeps(result.verdict);
  };

  /** One record as parsed; a promise to await only when the output stream is full. */
  const handle = (record: CsvRecord): Promise<void> | undefined => {
    if (record.blank) {
      // Not a lead: counted, never scored; CSV output writes it back as it was.
      return sink.blank === undefined ? undefined : out.add(sink.blank(record));
    }
    const result = scorer.scoreValues(leads.values(record));
    return count(result, record.line, record.fields.length) ? out.add(sink.row({ record, result })) : undefined;
  };

  // CSV from UTF-8 into UTF-8: rows that need no change go through as bytes (src/leads/scanner.ts).
  // CLIENTFIT_GENERAL_CSV=1 turns that off (the differential tests compare the two paths).
  // JSON Lines too: plain rows are written as JSON straight from their bytes (JsonRowBytes).
  const jsonl = format === 'jsonl';
  // Each distinct cell of a scored column is read once (cached by its bytes), into what the scorer takes.
  const layout = { delimiter: leads.header.delimiter.charCodeAt(0), width, columns: indexes, escape: !jsonl && options.escapeFormulas !== false, allFields: jsonl, read: scorer.readCell };
  const byteBatches = (format === 'csv' || jsonl) && out.utf8 && io.env.CLIENTFIT_GENERAL_CSV !== '1' ? leads.reader.byteBatches?.(layout, arena) : undefined;
  const jsonRows = jsonl ? new JsonRowBytes(uniqueNames(names)) : undefined;
  const suffix = new ResultSuffix(leads.header.delimiter, leads.header.newline, arena);
  const cells: ReadCell[] = new Array(indexes.length);

  /** For each distinct list of failed ids, the criteria's indexes (the scorer shares the lists between rows). */
  const failedIndexes = new Map<readonly string[], number[]>();
  const positions = new Map(loaded.criteria.criteria.map((criterion, index) => [criterion.id, index]));
  /** Counts a plain row by its outcome (no unreadable cell, as many cells as the header); true when --only keeps it. */
  const countOutcome = (outcome: Outcome): boolean => {
    tally.scored(outcome.verdict);
    const failed = outcome.failed;
    if (failed.length > 0) {
      let indexes = failedIndexes.get(failed);
      if (indexes === undefined) {
        indexes = failed.map((id) => positions.get(id)!);
        if (failedIndexes.size < 4096) failedIndexes.set(failed, indexes);
      }
      for (let k = 0; k < indexes.length; k++) tally.failures[indexes[k]!]!++;
    }
    return keeps(outcome.verdict);
  };

  /** The records of one buffer scanned as bytes. */
  const scanned = async (records: ByteRecords<ReadCell>): Promise<void> => {
    for (let next = records.next(); next !== Next.End && next !== Next.Stop; next = records.next()) {
      let pending: Promise<void> | undefined;
      if (next === Next.General) pending = handle(records.record!);
      else {
        for (let index = 0; index < cells.length; index++) cells[index] = records.value(index);
        // What the output needs of a row, shared by rows whose cells read alike; a row with an
        // unreadable cell is scored in full, for the summary's list of them.
        const outcome = scorer.outcome(cells);
        if (outcome.invalid.length > 0) {
          const result = scorer.scoreCells(cells);
          if (count(result, records.recordLine, records.fields)) pending = out.add(sink.row({ record: records.general(), result }));
        } else if (!countOutcome(outcome)) {
          // dropped by --only
        } else if (jsonRows !== undefined) {
          const written = jsonRows.write(out, records, outcome);
          pending = written === false ? out.add(sink.row({ record: records.general(), result: scorer.scoreCells(cells) })) : written;
        } else {
          pending = out.addBytes(records.buffer, records.start, records.end, true);
          if (pending) await pending;
          pending = out.addKept(suffix.suffix(outcome, records.quoted === records.fields));
        }
      }
      // Awaited only when the stream is full: an await per row would cost more than the row.
      if (pending) await pending;
    }
  };

  try {
    await out.add(sink.start());
    for await (const batch of byteBatches ?? leads.reader.batches()) {
      if (batch instanceof ByteRecords) await scanned(batch);
      else {
        for (const record of batch) {
          const pending = handle(record);
          if (pending) await pending;
        }
      }
      progress.update(tally.rows, leads.reader.bytesRead());
    }
    await out.add(sink.end(tally.kept));
    await out.flush();
    progress.done();
    await output.commit();
  } catch (error) {
    progress.done();
    throw await output.abort(error);
  }

  const criteria = loaded.criteria.criteria;
  const lines = batchSummary({
    source: leads.source,
    criteria: describeSource(loaded),
    dialect: describeDialect(leads),
    rows: tally.rows,
    kept: tally.kept,
    verdicts: tally.verdicts,
    failures: tally.failures.map((count, index) => ({ id: criteria[index]!.id, count })),
    blankLines: leads.reader.blankLines(),
    blankWrittenBack: options.only === undefined && format === 'csv',
    invalidCells: tally.invalidCells,
    shortRows: tally.shortRows,
    longRows: tally.longRows,
    problems: tally.problems,
    only: options.only,
    // Named only when it decides the exit code: --strict's exit 1 for row problems comes first.
    failOn: options.strict && tally.rowProblems > 0 ? undefined : options.failOn,
    target: output.shown,
    encoding: encoding.label,
  });
  for (const line of lines) say(line);
  if (options.strict && tally.rowProblems > 0) return ExitCode.data;
  if (tally.rows > 0 && failOnReached(tally.worst, options.failOn)) return ExitCode.failOn;
  return ExitCode.ok;
}
