/** `clientfit batch`: stream a lead CSV through the scorer into CSV, JSON Lines, JSON or a table. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Result, Verdict } from '../../../core/score.js';
import { failOnReached, VERDICTS } from '../../../core/score.js';
import { escapeFormula, formatRow } from '../../../csv/write.js';
import type { CsvRecord } from '../../../csv/read.js';
import { ExitCode, UserError } from '../../../errors.js';
import { normalizeHeader } from '../../../core/criteria.js';
import { pickNameColumn } from '../../../core/name-column.js';
import { closest } from '../../../core/suggest.js';
import { describeInvalid } from '../../../render/answer-problem.js';
import { createStyle, verdictColor } from '../../../render/style.js';
import { printable, renderTable } from '../../../render/table.js';
import { createAtomicWriteStream, type AtomicStream } from '../../atomic.js';
import { describeSource, displayPath, loadCriteriaFile } from '../../criteria-file.js';
import { write, type IO } from '../../io.js';
import { describeDialect, openLeads, type Leads } from '../../leads.js';
import { createProgress } from '../../progress.js';
import type { BatchFormat, BatchOptions } from './index.js';

/** Rows kept for the terminal table; the rest are counted in the summary. */
const TABLE_ROWS = 20;
/** Row problems listed in the summary. */
const LISTED_PROBLEMS = 10;
const RESULT_COLUMNS = ['clientfit_score', 'clientfit_verdict', 'clientfit_failed', 'clientfit_unknown'];


export function parseOnly(value: string | undefined): Set<Verdict> | undefined {
  if (value === undefined) return undefined;
  const words = value.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean);
  const wrong = words.filter((word) => !(VERDICTS as readonly string[]).includes(word));
  if (wrong.length > 0 || words.length === 0) {
    throw new UserError(`--only takes verdicts separated by commas: accept, review, reject (got "${value}")`);
  }
  return new Set(words as Verdict[]);
}

function pickFormat(io: IO, options: BatchOptions): BatchFormat {
  if (options.format !== undefined) return options.format;
  if (options.output === '-') return io.stdout.isTTY ? 'table' : 'csv';
  const extension = options.output?.toLowerCase().match(/\.(csv|tsv|txt|jsonl|ndjson|json)$/u)?.[1];
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension !== undefined || options.output !== undefined) return 'csv';
  return io.stdout.isTTY ? 'table' : 'csv';
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.dev === second.dev && first.ino === second.ino;
}

interface Problem {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
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
  readonly problems: Problem[] = [];
  /** the worst verdict of any row, for --fail-on */
  worst: Verdict = 'accept';

  constructor(criteria: number) {
    this.failures = new Array<number>(criteria).fill(0);
  }

  problem(problem: Problem): void {
    if (this.problems.length < LISTED_PROBLEMS) this.problems.push(problem);
  }

  get rowProblems(): number {
    return this.invalidCells + this.shortRows + this.longRows;
  }
}

interface Row {
  readonly record: CsvRecord;
  readonly result: Result;
}

/** One output format: text for the start, for each row, and for the end. */
interface Sink {
  start(): string;
  row(row: Row): string;
  end(): string;
}

/** Keys for JSON `fields`: a repeated header becomes "name (2)", skipping names already taken. */
function uniqueNames(names: readonly string[]): string[] {
  // Every header keeps its own text at its first appearance; only repeats are renamed.
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let count = 2;
    while (taken.has(`${name} (${count})`)) count++;
    const key = `${name} (${count})`;
    taken.add(key);
    return key;
  });
}

function hasFormula(fields: readonly string[]): boolean {
  for (const field of fields) if (escapeFormula(field) !== field) return true;
  return false;
}

function csvSink(leads: Leads, escape: boolean): Sink {
  const { header } = leads;
  const delimiter = header.delimiter;
  const width = header.names.length;
  const cell = escape ? escapeFormula : (value: string) => value;
  // Excel's CRLF comes back as CRLF; anything else as LF.
  const newline = header.newline === '\r\n' ? '\r\n' : '\n';
  return {
    start() {
      const prefix = `${header.bom ? '\uFEFF' : ''}${header.sepLine ? `sep=${delimiter}${newline}` : ''}`;
      return `${prefix}${formatRow([...header.names.map(cell), ...RESULT_COLUMNS], delimiter)}${newline}`;
    },
    row({ record, result }) {
      const results = [String(result.score), result.verdict, result.failed.join(';'), result.invalid.length === 0 ? result.unknown.join(';') : [...result.unknown, ...result.invalid].join(';')];
      // A whole, harmless row goes out as it came in, quoting and all: cheaper than re-quoting
      // every cell, and byte for byte the input. Anything else is rebuilt cell by cell.
      if (record.raw !== undefined && record.fields.length === width && record.raw.charCodeAt(record.raw.length - 1) !== 13 && !(escape && hasFormula(record.fields))) {
        return `${record.raw}${delimiter}${formatRow(results, delimiter)}${newline}`;
      }
      const cells: string[] = new Array(width + 4);
      for (let index = 0; index < width; index++) cells[index] = cell(record.fields[index] ?? '');
      for (let index = 0; index < 4; index++) cells[width + index] = results[index]!;
      return `${formatRow(cells, delimiter)}${newline}`;
    },
    end: () => '',
  };
}

function rowObject(leads: Leads, names: readonly string[], { record, result }: Row): Record<string, unknown> {
  const fields: Record<string, string> = {};
  for (let index = 0; index < names.length; index++) fields[names[index]!] = record.fields[index] ?? '';
  const invalid = result.invalid.map((id) => {
    const index = result.results.findIndex((entry) => entry.id === id);
    const entry = result.results[index]!;
    return {
      id,
      column: leads.header.names[leads.columns.indexes[index]!] ?? null,
      value: entry.answer.kind === 'invalid' ? entry.answer.raw : null,
      message: entry.status === 'invalid' ? describeInvalid(entry.answer, entry.message) : (entry.message ?? null),
    };
  });
  const object: Record<string, unknown> = {
    line: record.line,
    score: result.score,
    potential: result.potential,
    verdict: result.verdict,
    failed: result.failed,
    unknown: result.unknown,
    invalid,
    fields,
  };
  if (record.fields.length > names.length) object.extra = record.fields.slice(names.length);
  return object;
}

function jsonlSink(leads: Leads): Sink {
  const names = uniqueNames(leads.header.names);
  return { start: () => '', row: (row) => `${JSON.stringify(rowObject(leads, names, row))}\n`, end: () => '' };
}

function jsonSink(leads: Leads): Sink {
  const names = uniqueNames(leads.header.names);
  let first = true;
  return {
    start: () => '[',
    row(row) {
      const text = `${first ? '\n' : ',\n'}  ${JSON.stringify(rowObject(leads, names, row))}`;
      first = false;
      return text;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** `toTerminal`: colour and cut to the width only when the table goes to the terminal, not into -o FILE. */
function tableSink(io: IO, leads: Leads, tally: Tally, toTerminal: boolean, nameHeader: string | undefined): Sink {
  const rows: Row[] = [];
  const style = createStyle(toTerminal ? io.colorLevel : 0);
  const name = nameColumn(leads.header.names, nameHeader);
  return {
    start: () => '',
    row(row) {
      if (rows.length < TABLE_ROWS) rows.push(row);
      return '';
    },
    end() {
      const body = rows.map(({ record, result }) => [
        String(record.line),
        printable(name.indexes.map((index) => record.fields[index] ?? '').join(' ').trim()),
        String(result.score),
        verdictColor(style, result.verdict)(result.verdict),
        result.failed.join(', '),
        [...result.unknown, ...result.invalid].join(', '),
      ]);
      const lines = renderTable(
        [{ header: 'line', align: 'right' }, { header: printable(name.header) || 'name', shrink: true }, { header: 'score', align: 'right' }, { header: 'verdict' }, { header: 'failed', shrink: true }, { header: 'to ask', shrink: true }],
        body,
        toTerminal ? io.tableWidth : Infinity,
      );
      if (tally.kept > rows.length) {
        lines.push(style.dim(`… and ${(tally.kept - rows.length).toLocaleString('en-US')} more rows: use -o FILE or --format csv|jsonl for all of them`));
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

/** The columns that label a row in the table: --name-column, else a name-like header. */
function nameColumn(names: readonly string[], wanted: string | undefined): { header: string; indexes: readonly number[] } {
  const picked = pickNameColumn(names, wanted);
  if (picked.kind === 'found') return picked;
  const suggestion = closest(picked.wanted, names, normalizeHeader);
  throw new UserError(`--name-column ${picked.wanted}: no such column${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`, {
    details: [`Headers: ${names.map((header) => `"${printable(header)}"`).join(', ')}`],
  });
}

function createSink(io: IO, format: BatchFormat, leads: Leads, tally: Tally, escape: boolean, toStdout: boolean, nameHeader: string | undefined): Sink {
  switch (format) {
    case 'csv':
      return csvSink(leads, escape);
    case 'jsonl':
      return jsonlSink(leads);
    case 'json':
      return jsonSink(leads);
    case 'table':
      return tableSink(io, leads, tally, toStdout && io.stdout.isTTY === true, nameHeader);
  }
}

function share(count: number, total: number): string {
  return total === 0 ? '0.0%' : `${((100 * count) / total).toFixed(1)}%`;
}

function summary(leads: Leads, loadedLabel: string, tally: Tally, options: BatchOptions, target: string | undefined): string[] {
  const number = (value: number): string => value.toLocaleString('en-US');
  const lines = [`Scored ${number(tally.rows)} row${tally.rows === 1 ? '' : 's'} from ${leads.source} with ${loadedLabel}.`];
  for (const verdict of VERDICTS) {
    lines.push(`  ${verdict.padEnd(7)} ${number(tally.verdicts[verdict]).padStart(10)}  ${share(tally.verdicts[verdict], tally.rows).padStart(6)}`);
  }
  const criteria = leads.scorer.criteria.criteria;
  const failing = tally.failures
    .map((count, index) => ({ id: criteria[index]!.id, count }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
  if (failing.length > 0) lines.push(`Fails most often: ${failing.map((entry) => `${entry.id} ${share(entry.count, tally.rows)}`).join(', ')}`);
  lines.push(`Read with ${describeDialect(leads)}.`);
  if (tally.rowProblems > 0) {
    const parts = [
      tally.invalidCells > 0 ? `${number(tally.invalidCells)} invalid cell${tally.invalidCells === 1 ? '' : 's'} (scored as unknown)` : '',
      tally.shortRows > 0 ? `${number(tally.shortRows)} short row${tally.shortRows === 1 ? '' : 's'} (padded with empty cells)` : '',
      tally.longRows > 0 ? `${number(tally.longRows)} long row${tally.longRows === 1 ? '' : 's'} (extra cells kept in JSON Lines as "extra")` : '',
    ].filter(Boolean);
    lines.push(`Row problems: ${parts.join(', ')}.${tally.rowProblems > tally.problems.length ? ` The first ${tally.problems.length}:` : ''}`);
    for (const problem of tally.problems) {
      lines.push(`  line ${problem.line}${problem.column === undefined ? '' : `, column "${problem.column}"`}: ${problem.message}`);
    }
  }
  if (options.only !== undefined) lines.push(`Kept ${number(tally.kept)} row${tally.kept === 1 ? '' : 's'} (--only ${options.only}).`);
  if (target !== undefined) lines.push(`Wrote ${target}.`);
  return lines;
}

export async function runBatch(io: IO, file: string | undefined, options: BatchOptions): Promise<number> {
  const only = parseOnly(options.only);
  const format = pickFormat(io, options);
  const outputPath = options.output === undefined || options.output === '-' ? undefined : resolve(io.cwd, options.output);
  if (outputPath !== undefined && file !== undefined && file !== '-' && sameFile(outputPath, resolve(io.cwd, file))) {
    throw new UserError(`refusing to write the output over the input file ${displayPath(io, outputPath)}`, { details: ['Give -o another file name.'] });
  }
  const loaded = loadCriteriaFile(io, options.criteria);
  const say = options.quiet ? () => undefined : (message: string) => io.stderr.write(`${message}\n`);
  const leads = await openLeads(io, file, loaded.criteria, { ...options, raw: format === 'csv' }, say);

  if (options.nameColumn !== undefined) nameColumn(leads.header.names, options.nameColumn);
  const tally = new Tally(loaded.criteria.criteria.length);
  const sink = createSink(io, format, leads, tally, options.escapeFormulas !== false, outputPath === undefined, options.nameColumn);
  const atomic: AtomicStream | undefined = outputPath === undefined ? undefined : createAtomicWriteStream(outputPath, displayPath(io, outputPath));
  const out: Writable = atomic?.stream ?? io.stdout;
  const progress = createProgress(io, { enabled: !options.quiet, totalBytes: leads.size, label: 'Scoring' });
  const width = leads.header.names.length;
  const names = leads.header.names;
  const indexes = leads.columns.indexes;

  try {
    await write(out, sink.start());
    for await (const batch of leads.reader.batches()) {
      let chunk = '';
      for (const record of batch) {
        const result = leads.scorer.scoreValues(leads.values(record));
        tally.rows++;
        tally.verdicts[result.verdict]++;
        if (result.verdict !== tally.worst && failOnReached(result.verdict, tally.worst)) tally.worst = result.verdict;
        if (record.fields.length !== width) {
          const short = record.fields.length < width;
          if (short) tally.shortRows++;
          else tally.longRows++;
          tally.problem({ line: record.line, message: `${record.fields.length} field${record.fields.length === 1 ? '' : 's'} where the header has ${width}: ${short ? 'padded with empty cells' : 'extra cells kept in JSON Lines ("extra")'}` });
        }
        if (result.failed.length > 0 || result.invalid.length > 0) {
          const entries = result.results;
          for (let index = 0; index < entries.length; index++) {
            const entry = entries[index]!;
            if (entry.status === 'fail') tally.failures[index]!++;
            else if (entry.status === 'invalid') {
              tally.invalidCells++;
              tally.problem({ line: record.line, column: names[indexes[index]!], message: describeInvalid(entry.answer, entry.message) });
            }
          }
        }
        if (only !== undefined && !only.has(result.verdict)) continue;
        tally.kept++;
        chunk += sink.row({ record, result });
      }
      if (chunk !== '') await write(out, chunk);
      progress.update(tally.rows, leads.reader.bytesRead());
    }
    await write(out, sink.end());
    progress.done();
    if (atomic !== undefined) await atomic.commit();
  } catch (error) {
    progress.done();
    await atomic?.abort();
    throw error;
  }

  for (const line of summary(leads, describeSource(loaded), tally, options, outputPath === undefined ? undefined : displayPath(io, outputPath))) say(line);
  if (options.strict && tally.rowProblems > 0) return ExitCode.data;
  if (tally.rows > 0 && failOnReached(tally.worst, options.failOn)) return ExitCode.failOn;
  return ExitCode.ok;
}
