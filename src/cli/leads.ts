/**
 * Reading a lead CSV for scoring, shared by `batch` and `calibrate`: the input (file or
 * stdin), the CSV dialect, which column answers which criterion, and the scorer. Row by row
 * work stays in the commands.
 */
import { createReadStream, open, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { parseMapOptions, resolveColumns, type ColumnMap } from '../core/columns.js';
import type { Criteria } from '../core/criteria.js';
import { createScorer, type Scorer } from '../core/score.js';
import { didYouMean } from '../core/suggest.js';
import { openCsv, type CsvHeader, type CsvReader, type CsvRecord } from '../csv/read.js';
import { delimiterName } from '../csv/detect.js';
import { DataError, ExitCode, UserError } from '../errors.js';
import { displayPath } from './criteria-file.js';
import { describeFsError, errorCode, fileKind } from './fs-errors.js';
import { checkStdin, type IO } from './io.js';

export interface LeadOptions {
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  readonly map?: readonly string[];
  readonly allowMissing?: boolean;
  /** keep each record's input text (for CSV output that passes rows through) */
  readonly raw?: boolean;
  /** pass blank lines on, marked `blank` (for CSV output that writes them back) */
  readonly keepBlank?: boolean;
}

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
  /**
   * The raw values of a record in criteria order ('' for a cell the row does not have).
   * The same array is refilled for every record: score it before asking for the next.
   */
  values(record: CsvRecord): (string | undefined)[];
}

/** How the CSV was read, for summaries: `";" (detected), utf-8 with BOM, decimal comma`. */
export function describeDialect(leads: Leads): string {
  const { header } = leads;
  const how = { option: 'from --delimiter', 'sep-line': 'from the sep= line', detected: 'detected', default: 'default' }[header.delimiterSource];
  const parts = [`delimiter ${delimiterName(header.delimiter)} (${how})`, `encoding ${header.encoding}${header.bom ? ' with BOM' : ''}`];
  if (leads.decimalComma) parts.push('decimal comma');
  return parts.join(', ');
}

type Input = { stream: AsyncIterable<Uint8Array>; source: string; path?: string; size?: number };

function openAsync(path: string): Promise<number> {
  return new Promise((resolvePromise, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolvePromise(fd))));
}

/**
 * The input's bytes, with a failure to read them (EIO from a bad disk, EISDIR) turned into a
 * message naming the input: an I/O error is the system's, not a bug in clientfit.
 */
async function* guarded(stream: AsyncIterable<Uint8Array>, source: string): AsyncIterable<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    if (errorCode(error)?.startsWith('E') !== true) throw error;
    throw new DataError(`cannot read ${source}: ${describeFsError(error)}`, { cause: error });
  }
}

/**
 * Opens the input now, so that what cannot be read (a folder, a socket, no permission) is said
 * before any work, naming the file. The open does not block: a FIFO waits for its writer
 * while Ctrl-C still works.
 */
async function openInput(io: IO, file: string | undefined): Promise<Input> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY) {
      throw new UserError('no input: give a CSV file, or pipe one in', { details: ['Example: clientfit batch leads.csv -o scored.csv'] });
    }
    checkStdin(io);
    return { stream: guarded(io.stdin, '<stdin>'), source: '<stdin>' };
  }
  const path = resolve(io.cwd, file);
  const source = displayPath(io, path);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new DataError(`cannot read ${source}: ${describeFsError(error)}`, { cause: error });
  }
  const kind = fileKind(stat);
  if (kind === 'a directory' || kind === 'a socket') throw new DataError(`cannot read ${source}: it is ${kind}`);
  let fd: number;
  try {
    fd = await openAsync(path);
  } catch (error) {
    throw new DataError(`cannot read ${source}: ${describeFsError(error)}`, { cause: error });
  }
  return { stream: guarded(createReadStream(path, { fd }), source), source, path, size: stat.isFile() ? stat.size : undefined };
}

function missingColumnsError(source: string, header: CsvHeader, columns: ColumnMap): UserError {
  const lines = columns.missing.map(({ id, tried, suggestion }) =>
    `  ${id}: tried ${tried.map((name) => `"${name}"`).join(', ')}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`);
  const count = columns.missing.length;
  const example = columns.missing.find((entry) => entry.suggestion !== undefined) ?? columns.missing[0]!;
  return new UserError(`${source}: no column for ${count === 1 ? '1 criterion' : `${count} criteria`}:`, {
    exitCode: ExitCode.usage,
    details: [
      ...lines,
      `Headers in ${source}: ${header.names.map((name) => `"${name}"`).join(', ')}`,
      `Map a column with --map ${example.id}="${example.suggestion ?? 'Header'}", add the header to the criterion's column list, or pass --allow-missing to score ${count === 1 ? 'it' : 'them'} as unknown.`,
    ],
  });
}

/**
 * Opens the leads and maps columns to criteria. Fails before reading any row when a
 * criterion has no column (unless --allow-missing) or reads a duplicated header.
 */
export async function openLeads(io: IO, file: string | undefined, criteria: Criteria, options: LeadOptions, warn: (message: string) => void): Promise<Leads> {
  const overrides = parseMapOptions(options.map ?? []);
  if (overrides.malformed !== undefined) {
    throw new UserError(`--map "${overrides.malformed}" is not of the form id=Header`, { details: ['Example: --map pays_upfront="Prepayment"'] });
  }
  const input = await openInput(io, file);
  const reader = await openCsv(input.stream, { source: input.source, encoding: options.encoding, delimiter: options.delimiter, raw: options.raw, keepBlank: options.keepBlank });
  const header = reader.header;
  if (header === null) throw new DataError(`${input.source} is empty: expected a header line and rows of leads`);

  const columns = resolveColumns(criteria, header.names, overrides.map);
  for (const unknown of columns.unknownIds) {
    throw new UserError(`--map names "${unknown.id}", which is not a criterion${didYouMean(unknown.id, criteria.criteria.map((criterion) => criterion.id))}`);
  }
  if (columns.ambiguous.length > 0) {
    const [first] = columns.ambiguous;
    throw new UserError(`${input.source}: the header "${first!.header}" appears ${first!.positions.length} times (columns ${first!.positions.map((position) => position + 1).join(', ')}), and "${first!.id}" reads it: which one is meant is unclear`, {
      details: ['Rename one of the columns, or point the criterion at another with --map.'],
    });
  }
  if (columns.missing.length > 0 && !options.allowMissing) throw missingColumnsError(input.source, header, columns);
  const missing = columns.missing.map((entry) => entry.id);
  if (missing.length > 0) warn(`warning: no column for ${missing.join(', ')} in ${input.source}: scored as unknown (--allow-missing)`);

  const decimalComma = options.decimalComma === true || header.delimiter === ';';
  const scorer = createScorer(criteria, { decimalComma, missing: new Set(missing) });
  const indexes = columns.indexes;
  const values: (string | undefined)[] = new Array(indexes.length);
  return {
    source: input.source,
    path: input.path,
    size: input.size,
    reader,
    header,
    columns,
    scorer,
    decimalComma,
    missing,
    values(record) {
      const { fields } = record;
      for (let index = 0; index < indexes.length; index++) {
        const column = indexes[index]!;
        values[index] = column < 0 ? undefined : (fields[column] ?? '');
      }
      return values;
    },
  };
}
