/**
 * Reading one sheet of an .xlsx workbook as lead records, in the CSV reader's shape (header,
 * batches of records with line numbers), so batch and calibrate score it exactly as a CSV.
 *
 * The library is exceljs's streaming WorkbookReader, loaded only when a workbook is read.
 * Chosen by measurement (bench/workbook.mjs, 50,000 rows x 10 columns, 3.6 MiB):
 * exceljs 1.46 s / 172 MiB peak RSS, read-excel-file 1.49 s / 186 MiB; but at 125,000 rows
 * read-excel-file took 48-54 s and 464 MiB, or died with "Maximum call stack size exceeded"
 * depending on machine load (its sheet parser recurses once per XML chunk, and shrinks the
 * chunk when the machine is busy), where exceljs took 7.5 s and 225 MiB, and 262 MiB at
 * 200,000 rows: rows stream, only the shared-string table is held whole. The archive itself is
 * read here, part by part from its central directory (readParts), not by exceljs's own pass.
 *
 * What each cell becomes (the text a person sees, and for numbers and booleans the typed
 * value, so that 4.125 in a number cell is never taken for an ambiguous "4.125"):
 * text as is; numbers in full (15 significant digits, as Excel keeps them), no grouping,
 * a decimal point; percent-formatted numbers as shown (0.25 -> 25%); dates as ISO
 * 2026-03-01 (with " 14:30" when there is a time); TRUE/FALSE; a formula's cached result;
 * an error value as Excel shows it (#N/A).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { words } from '../i18n/index.js';
import type { CsvHeader, CsvReader, CsvRecord } from '../csv/read.js';
import { DataError, ExitCode, UserError } from '../errors.js';
import type { ZipEntry } from './sniff.js';

/**
 * exceljs keeps the whole shared-string table (every distinct text cell) in memory. Past this
 * size of its XML the workbook is refused: some 500,000 distinct short texts, far above any
 * lead list, and well inside Node's default heap.
 */
export const SHARED_STRINGS_LIMIT = 64 * 1024 * 1024;

/** Records per batch, about what the CSV reader yields. */
const BATCH = 512;

export interface WorkbookRecord extends CsvRecord {
  /** per column: a number or boolean where the cell holds one, else the text */
  readonly typed: unknown[];
}

export interface WorkbookReader extends CsvReader {
  /** the sheet read, by name */
  readonly sheet: string;
  readonly sheetNames: readonly string[];
}

export interface WorkbookOptions {
  readonly source: string;
  readonly path: string;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** --sheet: a name, or a 1-based position */
  readonly sheet?: string;
  /** delimiter for CSV output of the scored rows (--delimiter, default ,) */
  readonly delimiter?: string;
  readonly sharedStringsLimit?: number;
}

// The parts of exceljs's streaming API used here (its typings describe the document API).
interface StreamCell {
  readonly value: unknown;
  readonly numFmt?: unknown;
}
interface StreamRow {
  readonly number: number;
  eachCell(iteratee: (cell: StreamCell, column: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  readonly name: string;
  /** the stream of the sheet's XML */
  readonly iterator?: { destroy?(): void };
}

/** A sheet not read: its entry's stream is closed. */
function skip(sheet: StreamSheet): void {
  sheet.iterator?.destroy?.();
}
interface StreamWorkbook extends AsyncIterable<StreamSheet> {
  readonly model?: { readonly sheets?: readonly { readonly name: string }[] };
  /** the workbook's properties once workbook.xml is read: date1904 for the 1904 date system */
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
  /** exceljs's pass over the archive, which `[Symbol.asyncIterator]` takes the worksheets from; replaced here */
  parse: () => AsyncGenerator<{ eventType: string; value: unknown }>;
  // Its readers of each part, given the part's inflated bytes as a stream.
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

/** The header of an entry's local record: signature, then at 26 the lengths of its name and extra field. */
const LOCAL_HEADER = 30;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * The inflated bytes of one entry of the archive at `path`, read from where the central
 * directory says it is. Destroying the stream closes the file.
 */
function entryStream(path: string, entry: ZipEntry): Readable {
  const { offset, compressedSize: size, method } = entry;
  if (offset === undefined || size === undefined) throw new Error(`${entry.name}: ZIP64 entries are not supported`);
  if (method !== 0 && method !== 8) throw new Error(`${entry.name}: compression method ${method} is not supported`);
  const header = Buffer.alloc(LOCAL_HEADER);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, LOCAL_HEADER, offset) !== LOCAL_HEADER || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`${entry.name}: no local header at offset ${offset}`);
  } finally {
    closeSync(fd);
  }
  const start = offset + LOCAL_HEADER + header.readUInt16LE(26) + header.readUInt16LE(28);
  // An empty range would be read to the end of the file: an empty entry reads as no bytes.
  const bytes = size === 0 ? Readable.from([]) : createReadStream(path, { start, end: start + size - 1 });
  if (method === 0) return bytes;
  const inflate = createInflateRaw();
  bytes.on('error', (error: Error) => inflate.destroy(error));
  inflate.on('close', () => bytes.destroy());
  return bytes.pipe(inflate);
}

/**
 * exceljs's own pass over the archive (`WorkbookReader.parse`) reads it front to back through
 * unzipper, and loses entries: unzipper's parser emits 'end' as soon as it has parsed the last
 * record, while entries it pushed still wait in its buffer (exceljs pauses the stream between
 * entries), so whatever came after an entry that took a moment to handle (a worksheet spooled
 * to a temporary file, on a busy machine) is dropped. An exceljs-written workbook stores
 * workbook.xml last: it failed with "Cannot read properties of undefined (reading 'sheets')";
 * a workbook whose shared strings come after its sheets would lose its texts. Here the parts
 * are read where the central directory says they are, the ones sheets depend on first (so no
 * sheet waits in a temporary file), then the worksheets in the archive's order, each opened
 * only when it is reached. The parts themselves are still read by exceljs.
 */
function readParts(workbook: StreamWorkbook, path: string, entries: ReadonlyMap<string, ZipEntry>, opened: Readable[]): StreamWorkbook['parse'] {
  const open = (entry: ZipEntry): Readable => {
    const stream = entryStream(path, entry);
    opened.push(stream);
    return stream;
  };
  return async function* parts() {
    const part = (name: string): ZipEntry | undefined => entries.get(name);
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels !== undefined) await workbook._parseRels(open(rels));
    const book = part('xl/workbook.xml');
    if (book !== undefined) await workbook._parseWorkbook(open(book));
    const strings = part('xl/sharedStrings.xml');
    // Cached, the shared strings yield nothing: the loop only drives the reading.
    if (strings !== undefined) for await (const _ of workbook._parseSharedStrings(open(strings)));
    const styles = part('xl/styles.xml');
    if (styles !== undefined) await workbook._parseStyles(open(styles));
    for (const entry of entries.values()) {
      const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/u.exec(entry.name)?.[1];
      if (sheetNo !== undefined) yield* workbook._parseWorksheet(open(entry), sheetNo);
    }
  };
}

const MiB = 1024 * 1024;

function mebibytes(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}

function checkSize(options: WorkbookOptions): void {
  const limit = options.sharedStringsLimit ?? SHARED_STRINGS_LIMIT;
  const strings = options.entries.get('xl/sharedStrings.xml');
  if (strings === undefined) return;
  if (strings.size === undefined || strings.size > limit) {
    const t = words().common.workbook;
    throw new DataError(t.tooLarge({ source: options.source, size: strings.size === undefined ? t.over4GiB : mebibytes(strings.size), limit: mebibytes(limit) }), {
      details: [t.tooLargeHint],
    });
  }
}

/** A format code that shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./gu, '');
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

function isPercentFormat(format: unknown): boolean {
  return typeof format === 'string' && format.replace(/"[^"]*"|\\./gu, '').includes('%');
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** ISO date, with the time when there is one. Excel dates carry no time zone: exceljs gives them as UTC. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  const time = `${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
  // A time of day alone (a serial below 1, `hh:mm`) sits on Excel's day zero: show the time only,
  // never a made-up date (1899-12-30 18:00).
  if (day === EXCEL_DAY_ZERO) return time;
  return `${day} ${time}`;
}

const EXCEL_DAY_ZERO = '1899-12-30';

/** Numbers as Excel keeps them, to 15 significant digits: 0.1 + 0.2 shows as 0.3. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** Days since 1899-12-30 (Excel's 1900 date system), or since 1904-01-01 (the 1904 system), as a UTC date. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}

/** The text a person sees in a cell, and the typed value the scorer reads. */
export function cellValue(value: unknown, numFmt: unknown, date1904 = false): { text: string; typed: unknown } {
  if (value === null || value === undefined) return { text: '', typed: '' };
  if (typeof value === 'string') return { text: value, typed: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', typed: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { text: '', typed: '' };
    // A formula's result comes as a bare number even in a date cell.
    if (isDateFormat(numFmt)) {
      const text = formatDate(serialToDate(value, date1904));
      return { text, typed: text };
    }
    if (isPercentFormat(numFmt)) {
      const shown = Number((value * 100).toPrecision(15));
      return { text: `${formatNumber(shown)}%`, typed: shown };
    }
    const shown = Number(value.toPrecision(15));
    return { text: formatNumber(shown), typed: shown };
  }
  if (value instanceof Date) {
    const text = formatDate(value);
    return { text, typed: text };
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object) return cellValue(object.result, numFmt, date1904);
    if (Array.isArray(object.richText)) {
      const text = object.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
      return { text, typed: text };
    }
    if ('error' in object) {
      const text = String(object.error);
      return { text, typed: text };
    }
    if ('text' in object) return cellValue(object.text, numFmt, date1904);
  }
  const text = String(value);
  return { text, typed: text };
}

function sheetWanted(wanted: string | undefined, name: string, position: number): boolean {
  if (wanted === undefined) return position === 0;
  if (/^\d+$/u.test(wanted.trim())) return position === Number(wanted) - 1;
  return name === wanted || name.toLowerCase() === wanted.trim().toLowerCase();
}

/**
 * `--sheet 1` when a sheet is named "1" but is not the first: it could mean either, so neither
 * is picked silently. The name of the first and the position of the other are unambiguous.
 */
function ambiguousSheet(wanted: string | undefined, names: readonly string[]): void {
  if (wanted === undefined || !/^\d+$/u.test(wanted.trim())) return;
  const number = Number(wanted.trim());
  const named = names.indexOf(wanted.trim());
  if (named < 0 || named === number - 1 || number < 1 || number > names.length) return;
  const byNumber = names[number - 1]!;
  const t = words().common.workbook;
  throw new UserError(t.ambiguousSheet({ wanted: wanted.trim(), number: String(number), byNumber, named: String(named + 1) }), {
    exitCode: ExitCode.usage,
    details: [t.ambiguousSheetHint({ byNumber, named: String(named + 1) })],
  });
}

/** Opens the sheet and reads up to its header row. */
export async function openWorkbook(options: WorkbookOptions): Promise<WorkbookReader> {
  checkSize(options);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(options.path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as StreamWorkbook;
  const opened: Readable[] = [];
  workbook.parse = readParts(workbook, options.path, options.entries, opened);
  const sheets = workbook[Symbol.asyncIterator]();
  const close = async (): Promise<void> => {
    await sheets.return?.(undefined);
    for (const stream of opened) stream.destroy();
  };
  try {
    let chosen: StreamSheet | undefined;
    const seen: string[] = [];
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const sheet = next.value;
      const names = workbook.model?.sheets?.map((entry) => entry.name) ?? [];
      if (seen.length === 0) ambiguousSheet(options.sheet, names);
      const position = names.indexOf(sheet.name);
      seen.push(sheet.name);
      if (sheetWanted(options.sheet, sheet.name, position < 0 ? seen.length - 1 : position)) {
        chosen = sheet;
        break;
      }
      skip(sheet);
    }
    const sheetNames = workbook.model?.sheets?.map((entry) => entry.name) ?? seen;
    if (chosen === undefined) {
      await close();
      const list = sheetNames.map((name, index) => `${index + 1}. "${name}"`).join(', ');
      const t = words().common.workbook;
      if (options.sheet === undefined) throw new DataError(t.noSheets({ source: options.source }));
      throw new UserError(
        /^\d+$/u.test(options.sheet.trim()) ? t.noSheetNumber({ source: options.source, sheet: options.sheet.trim() }) : t.noSheetNamed({ source: options.source, sheet: options.sheet }),
        {
          exitCode: ExitCode.usage,
          details: [t.itsSheets({ list })],
        },
      );
    }
    return await sheetReader(options, chosen, sheetNames, close, () => workbook.properties?.model?.date1904 === true);
  } catch (error) {
    await close();
    if (error instanceof DataError || error instanceof UserError) throw error;
    throw new DataError(words().common.workbook.unreadable({ source: options.source, reason: error instanceof Error ? error.message : String(error) }), {
      details: [words().common.workbook.unreadableHint],
    });
  }
}

async function sheetReader(options: WorkbookOptions, sheet: StreamSheet, sheetNames: readonly string[], close: () => Promise<void>, date1904: () => boolean): Promise<WorkbookReader> {
  const rows = sheet[Symbol.asyncIterator]();
  // A sheet has no short rows: cells left empty at the end of a row are empty cells.
  let width = 0;
  // Empty rows skipped, as the CSV reader counts its blank lines (the summary says how many).
  let blankRows = 0;
  const toRecord = (row: StreamRow): WorkbookRecord | undefined => {
    const fields: string[] = [];
    const typed: unknown[] = [];
    let filled = false;
    row.eachCell((cell, column) => {
      const { text, typed: value } = cellValue(cell.value, cell.numFmt, date1904());
      for (let index = fields.length; index < column - 1; index++) {
        fields.push('');
        typed.push('');
      }
      fields[column - 1] = text;
      typed[column - 1] = value;
      if (text.trim() !== '') filled = true;
    });
    // A row with nothing in it is skipped, as the CSV reader skips blank lines.
    if (!filled) {
      blankRows++;
      return undefined;
    }
    for (let index = fields.length; index < width; index++) {
      fields.push('');
      typed.push('');
    }
    return { line: row.number, fields, typed, quoted: 0, blank: false };
  };
  let headerRecord: WorkbookRecord | undefined;
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    headerRecord = toRecord(next.value);
    if (headerRecord !== undefined) break;
  }
  width = headerRecord?.fields.length ?? 0;
  const delimiter = options.delimiter ?? ',';
  // Scored rows go out as CSV that Excel opens with every script intact: UTF-8 with a BOM and
  // CRLF, and no sep= line (Excel reads a file with one in the ANSI code page, BOM or not).
  const header: CsvHeader | null =
    headerRecord === undefined
      ? null
      : {
          names: headerRecord.fields,
          delimiter,
          delimiterSource: options.delimiter === undefined ? 'default' : 'option',
          encoding: 'utf-8',
          bom: true,
          sepLine: false,
          line: headerRecord.line,
          newline: '\r\n',
          quoted: 0,
          blankBefore: [],
        };
  if (header === null) await close();
  let iterated = false;
  let count = 0;
  return {
    header,
    sheet: sheet.name,
    sheetNames,
    bytesRead: () => count,
    blankLines: () => blankRows,
    batches() {
      if (iterated) throw new Error('WorkbookReader.batches() can only be iterated once');
      iterated = true;
      return (async function* batches(): AsyncGenerator<CsvRecord[]> {
        if (header === null) return;
        try {
          let batch: WorkbookRecord[] = [];
          for (let next = await rows.next(); !next.done; next = await rows.next()) {
            const record = toRecord(next.value);
            if (record === undefined) continue;
            batch.push(record);
            count++;
            if (batch.length >= BATCH) {
              yield batch;
              batch = [];
            }
          }
          if (batch.length > 0) yield batch;
        } catch (error) {
          throw new DataError(words().common.workbook.unreadable({ source: options.source, reason: error instanceof Error ? error.message : String(error) }));
        } finally {
          await close();
        }
      })();
    },
  };
}
