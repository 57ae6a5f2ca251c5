/** `clientfit batch`: stream a lead CSV through the scorer into CSV, JSON Lines, JSON or a table. */
import type { Result, Verdict } from '../../../core/score.js';
import { failOnReached, VERDICTS } from '../../../core/score.js';
import { outputEncoding, sameAsInput, UnsupportedOutputEncoding, type OutputEncoding } from '../../../csv/encode.js';
import { ChunkedOutput } from '../../../csv/output.js';
import { extendRow } from '../../../csv/write.js';
import type { CsvRecord } from '../../../csv/read.js';
import { DataError, ExitCode, UserError } from '../../../errors.js';
import { normalizeHeader } from '../../../core/criteria.js';
import { pickNameColumn } from '../../../core/name-column.js';
import { closest } from '../../../core/suggest.js';
import { describeInvalid, invalidJson } from '../../../render/answer-problem.js';
import { createStyle, verdictColor } from '../../../render/style.js';
import { printableLines } from '../../../render/sanitize.js';
import { printable, renderTable } from '../../../render/table.js';
import { describeSource, loadCriteriaFile } from '../../criteria-file.js';
import type { IO } from '../../io.js';
import { journalPath } from '../../journal.js';
import { describeDialect, openLeads, type Leads } from '../../leads.js';
import { openOutput } from '../../output.js';
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
  if (options.output !== undefined && /\.(xlsx|xlsm|xls|ods|numbers)$/iu.test(options.output)) {
    throw new UserError(`-o ${options.output}: clientfit writes CSV, JSON Lines or JSON, not a spreadsheet`, {
      details: ['Name the output .csv (Excel opens it), .jsonl or .json.'],
    });
  }
  const extension = options.output?.toLowerCase().match(/\.(csv|tsv|txt|jsonl|ndjson|json)$/u)?.[1];
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension !== undefined || options.output !== undefined) return 'csv';
  return io.stdout.isTTY ? 'table' : 'csv';
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
  /** lines of only whitespace or delimiters: not leads */
  blankLines = 0;
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
  /** a blank line of the input, for formats that give them back (CSV) */
  blank?(record: CsvRecord): string;
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

/** Where a character the output encoding cannot hold is: the first cell (input or new) that has one. */
function unencodableError(leads: Leads, encoding: OutputEncoding, line: number, cells: readonly string[], added: readonly string[]): DataError {
  const width = leads.header.names.length;
  const all = [...cells, ...added];
  const index = Math.max(0, all.findIndex((cell) => encoding.unencodable(cell) >= 0));
  const cell = all[index] ?? '';
  const char = [...cell.slice(Math.max(0, encoding.unencodable(cell)))][0] ?? '';
  const column =
    index >= cells.length ? `column "${RESULT_COLUMNS[index - cells.length] ?? 'clientfit'}"` : index < width ? `column "${printable(leads.header.names[index]!)}"` : `extra cell ${index - width + 1}`;
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new DataError(
    `${leads.source}:${line}: ${column}: the character "${printable(char)}" (${code}) cannot be written in ${encoding.label}. Choose an encoding that holds it with --output-encoding utf-8-bom (or utf-8, utf-16le).`,
  );
}

function csvSink(leads: Leads, escape: boolean, encoding: OutputEncoding): Sink {
  const { header } = leads;
  const delimiter = header.delimiter;
  const layout = { delimiter, width: header.names.length, escape };
  const newline = header.newline;
  const check = (text: string, line: number, cells: readonly string[], added: readonly string[]): string => {
    if (!encoding.holdsAll && encoding.unencodable(text) >= 0) throw unencodableError(leads, encoding, line, cells, added);
    return text;
  };
  return {
    start() {
      const sep = header.sepLine ? `sep=${delimiter}${newline}` : '';
      const blank = header.blankBefore.map((line) => `${line}${newline}`).join('');
      const names = extendRow({ fields: header.names, raw: header.raw, quoted: header.quoted }, RESULT_COLUMNS, layout);
      return check(`${encoding.bom ? '\uFEFF' : ''}${sep}${blank}${names}${newline}`, header.line, header.names, RESULT_COLUMNS);
    },
    row({ record, result }) {
      const results = [String(result.score), result.verdict, result.failed.join(';'), result.invalid.length === 0 ? result.unknown.join(';') : [...result.unknown, ...result.invalid].join(';')];
      return check(`${extendRow(record, results, layout)}${newline}`, record.line, record.fields, results);
    },
    blank(record) {
      return check(`${record.raw ?? ''}${newline}`, record.line, record.fields, []);
    },
    end: () => '',
  };
}

function rowObject(leads: Leads, names: readonly string[], { record, result }: Row): Record<string, unknown> {
  // No prototype: a column named __proto__ or constructor is a key like any other.
  const fields = Object.create(null) as Record<string, string>;
  for (let index = 0; index < names.length; index++) fields[names[index]!] = record.fields[index] ?? '';
  const invalid = result.invalid.map((id) => {
    const index = result.results.findIndex((entry) => entry.id === id);
    const entry = result.results[index]!;
    return {
      id,
      column: leads.header.names[leads.columns.indexes[index]!] ?? null,
      value: entry.answer.kind === 'invalid' ? entry.answer.raw : null,
      ...invalidJson(entry.answer),
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

function createSink(io: IO, format: BatchFormat, leads: Leads, tally: Tally, escape: boolean, toStdout: boolean, encoding: OutputEncoding, nameHeader: string | undefined): Sink {
  switch (format) {
    case 'csv':
      return csvSink(leads, escape, encoding);
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

function summary(leads: Leads, loadedLabel: string, tally: Tally, options: BatchOptions, target: string | undefined, pickedCsv: boolean, encodingLabel: string): string[] {
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
  if (tally.blankLines > 0) {
    const kept = options.only === undefined && pickedCsv ? ', written back as they were' : '';
    lines.push(`${number(tally.blankLines)} blank line${tally.blankLines === 1 ? '' : 's'} skipped (not scored${kept}).`);
  }
  if (tally.rowProblems > 0) {
    const parts = [
      tally.invalidCells > 0 ? `${number(tally.invalidCells)} invalid cell${tally.invalidCells === 1 ? '' : 's'} (scored as unknown)` : '',
      tally.shortRows > 0 ? `${number(tally.shortRows)} short row${tally.shortRows === 1 ? '' : 's'} (padded with empty cells)` : '',
      tally.longRows > 0 ? `${number(tally.longRows)} long row${tally.longRows === 1 ? '' : 's'} (extra cells kept: after the clientfit columns in CSV, as "extra" in JSON)` : '',
    ].filter(Boolean);
    lines.push(`Row problems: ${parts.join(', ')}.${tally.rowProblems > tally.problems.length ? ` The first ${tally.problems.length}:` : ''}`);
    for (const problem of tally.problems) {
      lines.push(`  line ${problem.line}${problem.column === undefined ? '' : `, column "${problem.column}"`}: ${problem.message}`);
    }
  }
  if (options.only !== undefined) lines.push(`Kept ${number(tally.kept)} row${tally.kept === 1 ? '' : 's'} (--only ${options.only}).`);
  if (target !== undefined) lines.push(`Wrote ${target}${encodingLabel === 'utf-8' ? '' : ` (${encodingLabel})`}.`);
  return lines;
}

/** --output-encoding: for CSV only (JSON is UTF-8 by definition); checked before any input is read. */
function parseOutputEncoding(name: string | undefined, format: BatchFormat): OutputEncoding | undefined {
  if (name === undefined) return undefined;
  if (format !== 'csv') throw new UserError(`--output-encoding applies to CSV output, not --format ${format} (JSON is always UTF-8)`);
  try {
    return outputEncoding(name);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw error;
    throw new UserError(`--output-encoding ${name}: clientfit writes UTF-8, UTF-16 and single-byte code pages (windows-1251, windows-1253, windows-1250, latin1 ...), not ${error.message}`);
  }
}

/** CSV output goes back in the encoding it came in, BOM and all; a multi-byte legacy code page becomes UTF-8 with a BOM, with a word. */
function inputEncoding(leads: Leads, say: (message: string) => void): OutputEncoding {
  try {
    return sameAsInput(leads.header.encoding, leads.header.bom);
  } catch (error) {
    if (!(error instanceof UnsupportedOutputEncoding)) throw error;
    say(`warning: clientfit cannot write ${error.message}: the output is UTF-8 with a BOM (choose with --output-encoding)`);
    return outputEncoding('utf-8-bom');
  }
}

export async function runBatch(io: IO, file: string | undefined, options: BatchOptions): Promise<number> {
  const only = parseOnly(options.only);
  const format = pickFormat(io, options);
  const loaded = loadCriteriaFile(io, options.criteria);
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
  const sink = createSink(io, format, leads, tally, options.escapeFormulas !== false, output.toStdout, encoding, options.nameColumn);
  const out = new ChunkedOutput(output.stream, encoding);
  const progress = createProgress(io, { enabled: !options.quiet, totalBytes: leads.size, label: 'Scoring' });
  const width = leads.header.names.length;
  const names = leads.header.names;
  const indexes = leads.columns.indexes;

  try {
    await out.add(sink.start());
    for await (const batch of leads.reader.batches()) {
      for (const record of batch) {
        if (record.blank) {
          // Not a lead: counted, never scored; CSV output writes it back as it was.
          const pending = sink.blank === undefined ? undefined : out.add(sink.blank(record));
          if (pending) await pending;
          continue;
        }
        const result = leads.scorer.scoreValues(leads.values(record));
        tally.rows++;
        tally.verdicts[result.verdict]++;
        if (result.verdict !== tally.worst && failOnReached(result.verdict, tally.worst)) tally.worst = result.verdict;
        if (record.fields.length !== width) {
          const short = record.fields.length < width;
          if (short) tally.shortRows++;
          else tally.longRows++;
          tally.problem({ line: record.line, message: `${record.fields.length} field${record.fields.length === 1 ? '' : 's'} where the header has ${width}: ${short ? 'padded with empty cells' : 'extra cells kept'}` });
        }
        if (result.failed.length > 0 || result.invalid.length > 0) {
          const entries = result.results;
          for (let index = 0; index < entries.length; index++) {
            const entry = entries[index]!;
            if (entry.status === 'fail') tally.failures[index]!++;
            else if (entry.status === 'invalid') {
              tally.invalidCells++;
              tally.problem({ line: record.line, column: names[indexes[index]!], message: describeInvalid(entry.answer) });
            }
          }
        }
        if (only !== undefined && !only.has(result.verdict)) continue;
        tally.kept++;
        // Awaited only when the stream is full: an await per row would cost more than the row.
        const pending = out.add(sink.row({ record, result }));
        if (pending) await pending;
      }
      progress.update(tally.rows, leads.reader.bytesRead());
    }
    await out.add(sink.end());
    await out.flush();
    tally.blankLines = leads.reader.blankLines();
    progress.done();
    await output.commit();
  } catch (error) {
    progress.done();
    throw await output.abort(error);
  }

  for (const line of summary(leads, describeSource(loaded), tally, options, output.shown, format === 'csv', encoding.label)) say(line);
  if (options.strict && tally.rowProblems > 0) return ExitCode.data;
  if (tally.rows > 0 && failOnReached(tally.worst, options.failOn)) return ExitCode.failOn;
  return ExitCode.ok;
}
