/**
 * Opening a lead file for `batch`, `calibrate`, `compare` and `sql`: the input (a file or
 * stdin), CSV or workbook, the dialect, which column answers which criterion, each problem
 * worded naming the input. What it opens becomes the pipeline's Leads (src/leads/open.ts),
 * read row by row by the scan driver (src/leads/scan.ts).
 */
import { createReadStream, open, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { parseMapOptions, resolveColumns, type ColumnMap } from '../core/columns.js';
import type { Criteria } from '../core/criteria.js';
import type { AllWords, Voice } from '../i18n/index.js';
import { grouped, plain } from '../render/locale.js';
import { openCsv, type CsvHeader, type CsvReader } from '../csv/read.js';
import { parseDelimiterOption } from '../csv/detect.js';
import { sniffFile, workbookRefusal } from '../workbook/sniff.js';
import type { WorkbookReader } from '../workbook/read.js';
import { DataError, ExitCode, UserError } from '../errors.js';
import { csvFailure, leadsOf, type Leads } from '../leads/open.js';
import { readAhead } from '../leads/read-ahead.js';
import { displayPath } from './criteria-file.js';
import { describeFsError, errorCode, fileKind } from './fs-errors.js';
import { checkStdin, type IO } from './io.js';
import { didYouMean } from './suggest.js';

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
  /** --sheet: which sheet of a workbook (a name or a 1-based number; default the first) */
  readonly sheet?: string;
}

type Input = { stream: AsyncIterable<Uint8Array>; source: string; path?: string; size?: number; close?: () => void };

function openAsync(path: string): Promise<number> {
  return new Promise((resolvePromise, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolvePromise(fd))));
}

/**
 * The input's bytes, with a failure to read them (EIO from a bad disk, EISDIR) turned into a
 * message naming the input: an I/O error is the system's, not a bug in clientfit.
 */
async function* guarded(t: AllWords['common'], stream: AsyncIterable<Uint8Array>, source: string): AsyncIterable<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    throw readFailure(t, error, source);
  }
}

/** A system error (EIO, EACCES ...) while reading `source` as a data error naming it; anything else as it is. */
function readFailure(t: AllWords['common'], error: unknown, source: string): unknown {
  if (errorCode(error)?.startsWith('E') !== true) return error;
  return new DataError(t.cannotRead({ source, reason: describeFsError(t, error) }), { cause: error });
}

/**
 * Opens the input now, so that what cannot be read (a folder, a socket, no permission) is said
 * before any work, naming the file. The open does not block: a FIFO waits for its writer
 * while Ctrl-C still works.
 */
async function openInput(io: IO, file: string | undefined): Promise<Input> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY) {
      throw new UserError(io.voice.words.common.leads.noInput, { details: [io.voice.words.common.leads.noInputExample] });
    }
    checkStdin(io);
    return { stream: guarded(io.voice.words.common, io.stdin, '<stdin>'), source: '<stdin>' };
  }
  const path = resolve(io.cwd, file);
  const source = displayPath(io, path);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new DataError(io.voice.words.common.cannotRead({ source, reason: describeFsError(io.voice.words.common, error) }), { cause: error });
  }
  if (stat.isDirectory() || stat.isSocket())
    throw new DataError(io.voice.words.common.cannotRead({ source, reason: io.voice.words.common.itIs({ kind: fileKind(io.voice.words.common.kinds, stat) }) }));
  let fd: number;
  try {
    fd = await openAsync(path);
  } catch (error) {
    throw new DataError(io.voice.words.common.cannotRead({ source, reason: describeFsError(io.voice.words.common, error) }), { cause: error });
  }
  if (stat.isFile()) {
    const file = readAhead(fd);
    return { stream: guarded(io.voice.words.common, file.chunks, source), source, path, size: stat.size, close: () => file.close() };
  }
  // A FIFO or a device reads as a stream: no positions to read ahead at.
  const bytes = createReadStream(path, { fd });
  return { stream: guarded(io.voice.words.common, bytes, source), source, path, close: () => bytes.destroy() };
}

/** Headers named in a message: the first LISTED_HEADERS, then how many more (a header can have 1M columns). */
const LISTED_HEADERS = 30;

export function listHeaders(voice: Voice, names: readonly string[]): string {
  const listed = names
    .slice(0, LISTED_HEADERS)
    .map((name) => `"${name.length > 100 ? `${name.slice(0, 100)}…` : name}"`)
    .join(', ');
  return names.length > LISTED_HEADERS ? voice.words.common.leads.headersMore({ listed, more: grouped(voice.lang, names.length - LISTED_HEADERS) }) : listed;
}

function missingColumnsError(voice: Voice, source: string, header: CsvHeader, columns: ColumnMap): UserError {
  const t = voice.words.common;
  const lines = columns.missing.map(({ id, tried, suggestion }) =>
    t.leads.tried({ id, names: tried.map((name) => `"${name}"`).join(', '), suggestion: suggestion === undefined ? '' : t.didYouMean({ word: suggestion }) }),
  );
  const count = columns.missing.length;
  const example = columns.missing.find((entry) => entry.suggestion !== undefined) ?? columns.missing[0]!;
  return new UserError(t.leads.noColumn({ source, count: plain(voice.lang, count) }), {
    exitCode: ExitCode.usage,
    details: [...lines, t.leads.headersIn({ source, headers: listHeaders(voice, header.names) }), t.leads.mapHint({ count, id: example.id, header: example.suggestion ?? t.leads.headerPlaceholder })],
  });
}

/**
 * Opens the leads and maps columns to criteria. Fails before reading any row when a
 * criterion has no column (unless --allow-missing) or reads a duplicated header.
 */
export async function openLeads(io: IO, file: string | undefined, criteria: Criteria, options: LeadOptions, warn: (message: string) => void): Promise<Leads> {
  const overrides = parseMapOptions(options.map ?? []);
  if (overrides.malformed !== undefined) {
    throw new UserError(io.voice.words.common.leads.mapMalformed({ value: overrides.malformed }), { details: [io.voice.words.common.leads.mapExample] });
  }
  // A Numbers document may be a package folder, which would be refused as "a directory".
  if (file !== undefined && /\.numbers\/?$/iu.test(file) && isDirectory(resolve(io.cwd, file))) throw legacyError(io.voice.words.common.leads, displayPath(io, resolve(io.cwd, file)), 'numbers');
  const input = await openInput(io, file);
  const reader = await openLeadReader(io.voice, input, options);
  const header = reader.header;
  if (header === null) throw new DataError(io.voice.words.common.leads.empty({ source: input.source }));

  const columns = resolveColumns(criteria, header.names, overrides.map);
  for (const unknown of columns.unknownIds) {
    throw new UserError(
      io.voice.words.common.leads.mapUnknown({
        id: unknown.id,
        suggestion: didYouMean(
          io.voice.words.common,
          unknown.id,
          criteria.criteria.map((criterion) => criterion.id),
        ),
      }),
    );
  }
  if (columns.ambiguous.length > 0) {
    const [first] = columns.ambiguous;
    throw new UserError(
      io.voice.words.common.leads.ambiguousHeader({
        source: input.source,
        header: first!.header,
        count: plain(io.voice.lang, first!.positions.length),
        positions: first!.positions.map((position) => String(position + 1)).join(', '),
        id: first!.id,
      }),
      {
        details: [io.voice.words.common.leads.ambiguousHint],
      },
    );
  }
  if (columns.missing.length > 0 && !options.allowMissing) throw missingColumnsError(io.voice, input.source, header, columns);
  const missing = columns.missing.map((entry) => entry.id);
  if (missing.length > 0) warn(io.voice.words.common.leads.missingWarning({ ids: missing.join(', '), source: input.source }));

  const decimalComma = options.decimalComma === true || header.delimiter === ';';
  return leadsOf(criteria, {
    source: input.source,
    path: input.path,
    size: input.size,
    reader,
    header,
    columns,
    decimalComma,
    missing,
    sheet: 'sheet' in reader ? reader.sheet : undefined,
    bytePath: io.env.CLIENTFIT_GENERAL_CSV !== '1',
  });
}

function delimiterOption(words: AllWords, value: string): string {
  try {
    return parseDelimiterOption(value);
  } catch (error) {
    throw csvFailure(words, error);
  }
}

function legacyName(t: AllWords['common']['leads'], format: 'xls' | 'ods' | 'numbers'): string {
  return { xls: t.legacyXls, ods: t.legacyOds, numbers: t.legacyNumbers }[format];
}

/**
 * Standard input cannot be sniffed before it is read: its first bytes are checked on the way
 * in, so a workbook piped in is named as one instead of decoded as a legacy code page.
 */
async function* refuseBinary(t: AllWords['common']['leads'], stream: AsyncIterable<Uint8Array>, source: string): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of stream) {
    if (first && chunk.length > 0) {
      first = false;
      const head = Buffer.from(chunk.subarray(0, 8));
      if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || head.equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
        throw new DataError(t.spreadsheetPiped({ source }), {
          details: [t.spreadsheetPipedExample],
        });
      }
    }
    yield chunk;
  }
}

function legacyError(t: AllWords['common']['leads'], source: string, format: 'xls' | 'ods' | 'numbers'): DataError {
  return new DataError(t.legacy({ source, format: legacyName(t, format) }), {
    details: [t.legacyHint],
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A CSV, or the sheet of an .xlsx workbook, recognised by content; other spreadsheets are refused. */
async function openLeadReader(voice: Voice, input: Awaited<ReturnType<typeof openInput>>, options: LeadOptions): Promise<CsvReader | WorkbookReader> {
  // Only a regular file is sniffed ahead: reading a pipe (<(cat leads.csv), a FIFO) would take
  // its first bytes from the CSV reader. Pipes and stdin are checked on the way in instead.
  const regular = input.path !== undefined && isRegularFile(input.path);
  let kind: ReturnType<typeof sniffFile> | { kind: 'text' };
  try {
    kind = regular ? sniffFile(input.path!) : { kind: 'text' };
  } catch (error) {
    input.close?.();
    throw readFailure(voice.words.common, error, input.source);
  }
  if (kind.kind === 'text') {
    if (options.sheet !== undefined) throw new UserError(voice.words.common.leads.sheetNotWorkbook({ source: input.source }));
    const stream = regular ? input.stream : refuseBinary(voice.words.common.leads, input.stream, input.source);
    try {
      return await openCsv(stream, { source: input.source, encoding: options.encoding, delimiter: options.delimiter, raw: options.raw, keepBlank: options.keepBlank });
    } catch (error) {
      // A usage error (--encoding, --delimiter) comes before the first read: nothing else would close the file.
      input.close?.();
      throw csvFailure(voice.words, error);
    }
  }
  input.close?.();
  if (kind.kind === 'legacy') throw legacyError(voice.words.common.leads, input.source, kind.format);
  if (kind.kind === 'zip') throw new DataError(voice.words.common.leads.zip({ source: input.source }));
  if (kind.kind === 'damaged' || kind.kind === 'encrypted') throw workbookRefusal(voice.words.common.workbook, kind.kind, input.source);
  if (options.encoding !== undefined) throw new UserError(voice.words.common.leads.encodingWorkbook({ source: input.source }));
  const { openWorkbook } = await import('../workbook/read.js');
  return openWorkbook(voice.words.common.workbook, {
    source: input.source,
    path: input.path!,
    entries: kind.entries,
    sheet: options.sheet,
    delimiter: options.delimiter === undefined ? undefined : delimiterOption(voice.words, options.delimiter),
  });
}
