/**
 * Reading one sheet of an .xlsx workbook as lead records, in the CSV reader's shape (header,
 * batches of records with line numbers), so batch and calibrate score it exactly as a CSV.
 *
 * The archive is read here, part by part from its central directory (sniff.ts), each part
 * inflated as a stream and capped by the bytes it actually produces, whatever the archive
 * declares (a 12 MB file whose text table declared 1 KiB and inflated to 5 GB crashed Node).
 * Its XML is read by the small scanner in xml.ts: the sheet as a stream, row by row; the text
 * table, styles and workbook part whole, each at most PART_LIMIT.
 *
 * Chosen by measurement over exceljs 4.4 (unmaintained since 2023, whose archive pass had to be
 * bypassed, and which read phonetic guides as the text and error results as empty):
 * bench/workbook.mjs; the figures are in the README (Performance, Workbooks).
 *
 * What each cell becomes (the text a person sees, and for numbers and booleans the typed
 * value, so that 4.125 in a number cell is never taken for an ambiguous "4.125"):
 * text as Excel shows it (rich-text runs joined, phonetic guides left out, _xHHHH_ escapes
 * decoded); numbers in full (15 significant digits, as Excel keeps them), no grouping, a
 * decimal point; percent-formatted numbers as shown (0.25 -> 25%); dates as ISO 2026-03-01
 * (with " 14:30" when there is a time); TRUE/FALSE; a formula's cached result; an error value
 * as Excel shows it (#N/A, #DIV/0!).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { AllWords } from '../i18n/index.js';
import type { CsvHeader, CsvReader, CsvRecord } from '../csv/read.js';
import { DataError, ExitCode, UserError } from '../errors.js';
import type { ZipEntry } from './sniff.js';
import { attribute, decodeEntities, prefixedAttribute, stringText, XmlError, type XmlEvents, XmlScanner } from './xml.js';

const MiB = 1024 * 1024;

/**
 * The parts held whole in memory (the shared-string table, every distinct text cell; the
 * styles; the list of sheets) are refused past this many bytes of XML: some 500,000 distinct
 * short texts, far above any lead list, and well inside Node's default heap.
 */
export const PART_LIMIT = 64 * MiB;

/**
 * A sheet is read as a stream and never held (memory stays flat however far it inflates), but
 * its XML is refused past this size: 1M rows of 10 columns are about 400 MiB, so this is five
 * such sheets; a sheet that inflates without end (a ZIP bomb) stops here.
 */
export const SHEET_LIMIT = 2048 * MiB;

/** Text of one cell, once decoded: Excel holds 32,767 characters; a run past this is no cell. */
const CELL_TEXT_LIMIT = 4 * MiB;
/** Excel's last column, XFD. */
const LAST_COLUMN = 16_384;

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
  /** bytes of XML read from a part held whole: text table, styles, workbook (tests lower it) */
  readonly partLimit?: number;
  /** bytes of XML read from the sheet (tests lower it) */
  readonly sheetLimit?: number;
}

/** A part that cannot be read: missing, cut short, or not XML as Excel writes it. */
class DamagedPart extends Error {
  constructor(
    readonly part: string,
    readonly problem: 'missing' | 'cut' | 'xml',
  ) {
    super(`${part}: ${problem}`);
  }
}

/** A part that inflates past its limit. */
class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part}: over ${limit} bytes`);
  }
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
    if (readSync(fd, header, 0, LOCAL_HEADER, offset) !== LOCAL_HEADER || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new DamagedPart(entry.name, 'cut');
  } finally {
    closeSync(fd);
  }
  const start = offset + LOCAL_HEADER + header.readUInt16LE(26) + header.readUInt16LE(28);
  // An empty range would be read to the end of the file: an empty entry reads as no bytes.
  const bytes = size === 0 ? Readable.from([]) : createReadStream(path, { start, end: start + size - 1, highWaterMark: 64 * 1024 });
  if (method === 0) return bytes;
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  bytes.on('error', (error: Error) => inflate.destroy(error));
  inflate.on('close', () => bytes.destroy());
  return bytes.pipe(inflate);
}

/**
 * The text of the part `name`, inflated as a stream; stops with PartTooLarge as soon as the
 * bytes inflated pass `limit`, whatever the archive declared.
 */
async function* partText(options: WorkbookOptions, name: string, limit: number, opened: Readable[]): AsyncGenerator<string> {
  const entry = options.entries.get(name);
  if (entry === undefined) throw new DamagedPart(name, 'missing');
  const stream = entryStream(options.path, entry);
  opened.push(stream);
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit) throw new PartTooLarge(name, limit);
      yield decoder.write(chunk);
    }
    yield decoder.end();
  } finally {
    stream.destroy();
  }
}

/** A part that is not XML as Excel writes it is damaged. */
function asDamaged(name: string, error: unknown): unknown {
  return error instanceof XmlError ? new DamagedPart(name, error.problem === 'cut' ? 'cut' : 'xml') : error;
}

/** Feeds the whole part `name` through the scanner, `events` receiving its tags and text. */
async function scanPart(options: WorkbookOptions, name: string, limit: number, events: XmlEvents, opened: Readable[]): Promise<void> {
  const scanner = new XmlScanner(events);
  try {
    for await (const text of partText(options, name, limit, opened)) scanner.write(text);
    scanner.end();
  } catch (error) {
    throw asDamaged(name, error);
  }
}

/** Text gathered from `<t>` in a string item (`<si>`, `<is>`): rich-text runs joined, phonetic runs (`<rPh>`) left out. */
class StringItem {
  private text = '';
  private inText = false;
  private phonetic = 0;

  constructor(private readonly part: string) {}

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  add(raw: string): void {
    if (!this.inText) return;
    this.text += raw;
    if (this.text.length > CELL_TEXT_LIMIT) throw new DamagedPart(this.part, 'xml');
  }

  /** The item's text as Excel shows it, and a fresh start for the next item. */
  take(): string {
    const text = stringText(this.text);
    this.text = '';
    this.inText = false;
    this.phonetic = 0;
    return text;
  }
}

/** The shared-string table: the text of every `<si>`. */
async function readSharedStrings(options: WorkbookOptions, name: string, limit: number, opened: Readable[]): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItem(name);
  let inItem = false;
  await scanPart(
    options,
    name,
    limit,
    {
      open(tag) {
        if (tag === 'si') inItem = true;
        else if (inItem) item.open(tag);
      },
      close(tag) {
        if (tag === 'si') {
          strings.push(item.take());
          inItem = false;
        } else if (inItem) item.close(tag);
      },
      text(raw) {
        if (inItem) item.add(raw);
      },
    },
    opened,
  );
  return strings;
}

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** the part holding its cells, e.g. xl/worksheets/sheet1.xml */
  readonly part: string;
}

/** A relationship's target, relative to xl/ or absolute from the archive's root, as an entry name. */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The sheets in tab order (with where their cells are), and whether dates count from 1904. */
async function readWorkbookPart(options: WorkbookOptions, limit: number, opened: Readable[]): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const targets = new Map<string, string>();
  if (options.entries.has('xl/_rels/workbook.xml.rels')) {
    await scanPart(
      options,
      'xl/_rels/workbook.xml.rels',
      limit,
      {
        open(tag, attributes) {
          if (tag !== 'Relationship') return;
          const id = attribute(attributes, 'Id');
          const target = attribute(attributes, 'Target');
          if (id !== undefined && target !== undefined) targets.set(id, partName(target));
        },
        close() {},
        text() {},
      },
      opened,
    );
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await scanPart(
    options,
    'xl/workbook.xml',
    limit,
    {
      open(tag, attributes) {
        if (tag === 'workbookPr') {
          const value = attribute(attributes, 'date1904');
          date1904 = value === '1' || value === 'true';
        } else if (tag === 'sheet') {
          const id = prefixedAttribute(attributes, 'id');
          const state = attribute(attributes, 'state');
          sheets.push({
            name: attribute(attributes, 'name') ?? '',
            hidden: state === 'hidden' || state === 'veryHidden',
            // Without relationships, Excel's own naming: the n-th sheet in sheetN.xml.
            part: (id === undefined ? undefined : targets.get(id)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`,
          });
        }
      },
      close() {},
      text() {},
    },
    opened,
  );
  return { sheets, date1904 };
}

/** Excel's built-in number formats that show a date, a time or a percentage (ECMA-376 18.8.30, and the East Asian dates). */
const BUILT_IN_FORMATS: Record<number, string> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN_FORMATS[id] = 'yyyy-mm-dd';

/** The number format of each cell style (`s` of a cell is an index into cellXfs). */
async function readStyles(options: WorkbookOptions, limit: number, opened: Readable[]): Promise<(string | undefined)[]> {
  if (!options.entries.has('xl/styles.xml')) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  await scanPart(
    options,
    'xl/styles.xml',
    limit,
    {
      open(tag, attributes) {
        if (tag === 'numFmt') custom.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? '');
        else if (tag === 'cellXfs') inCellXfs = true;
        else if (tag === 'xf' && inCellXfs) ids.push(Number(attribute(attributes, 'numFmtId') ?? 0));
      },
      close(tag) {
        if (tag === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    opened,
  );
  return ids.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id]);
}

/** A format code that shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  // [^\][]: a run of `[` without `]` would be scanned again from each one.
  const bare = format.replace(/"[^"]*"|\[[^\][]*\]|\\.|_.|\*./gu, '');
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

function isPercentFormat(format: unknown): boolean {
  return typeof format === 'string' && format.replace(/"[^"]*"|\\./gu, '').includes('%');
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** ISO date, with the time when there is one. Excel dates carry no time zone: they are read as UTC. */
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
export function cellValue(value: string | number | boolean | Date | null | undefined, numFmt: unknown, date1904 = false): { text: string; typed: unknown } {
  if (value === null || value === undefined) return { text: '', typed: '' };
  if (typeof value === 'string') return { text: value, typed: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', typed: value };
  if (value instanceof Date) {
    const text = formatDate(value);
    return { text, typed: text };
  }
  if (!Number.isFinite(value)) return { text: '', typed: '' };
  // A date is a number in a date-formatted cell.
  if (isDateFormat(numFmt)) {
    const text = formatDate(serialToDate(value, date1904));
    return { text, typed: text };
  }
  if (isPercentFormat(numFmt)) {
    const shown = Number((value * 100).toPrecision(15));
    return { text: `${formatNumber(shown)}%`, typed: shown };
  }
  // Already at 15 digits: formatNumber's rounding would change nothing (and costs a third of the cell's time).
  const shown = Number.isInteger(value) ? value : Number(value.toPrecision(15));
  return { text: String(shown), typed: shown };
}

/** The value of a `<c>` from its type (`t`) and the text of its `<v>` (or its inline string). */
function rawValue(type: string | undefined, value: string, strings: readonly string[]): string | number | boolean | Date | null {
  switch (type) {
    case 's': {
      const text = strings[Number(value)];
      return text ?? null;
    }
    // A formula's text result (and an inline string some writers put in <v>), and an error value as Excel shows it (#DIV/0!).
    case 'str':
    case 'inlineStr':
      return stringText(value);
    case 'e':
      return decodeEntities(value).trim();
    case 'b':
      return value.trim() === '1' || value.trim() === 'true';
    // ISO 8601, as strict Open XML and some writers store dates; without a zone it is local to no one: UTC.
    case 'd': {
      const iso = value.trim();
      if (iso === '') return null;
      return new Date(/Z|[+-]\d\d:?\d\d$/u.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
    }
    default: {
      const text = value.trim();
      if (text === '') return null;
      const number = Number(text);
      return Number.isNaN(number) ? decodeEntities(text) : number;
    }
  }
}

/** The 1-based column of a cell reference (B7 is 2); 0 when it has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
    if (column > LAST_COLUMN) return column;
  }
  return column;
}

interface SheetRow {
  readonly number: number;
  readonly fields: string[];
  readonly typed: unknown[];
  readonly filled: boolean;
}

/** The cells of one sheet, row by row, as the text a person sees. */
class SheetEvents implements XmlEvents {
  readonly rows: SheetRow[] = [];
  private rowNumber = 0;
  private fields: string[] = [];
  private typed: unknown[] = [];
  private filled = false;
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private value = '';
  private inValue = false;
  private inInline = false;
  /** the text of the cell's <is>, once read */
  private inlineText: string | undefined;
  private readonly inline: StringItem;

  constructor(
    private readonly part: string,
    private readonly strings: readonly string[],
    private readonly formats: readonly (string | undefined)[],
    private readonly date1904: boolean,
  ) {
    this.inline = new StringItem(part);
  }

  open(name: string, attributes: string): void {
    if (this.inInline) {
      this.inline.open(name);
      return;
    }
    switch (name) {
      case 'row': {
        const number = Number(attribute(attributes, 'r'));
        this.rowNumber = Number.isInteger(number) && number > 0 ? number : this.rowNumber + 1;
        this.fields = [];
        this.typed = [];
        this.filled = false;
        this.column = 0;
        break;
      }
      case 'c': {
        const reference = attribute(attributes, 'r');
        const column = reference === undefined ? 0 : columnOf(reference);
        this.column = column > 0 ? column : this.column + 1;
        if (this.column > LAST_COLUMN) throw new DamagedPart(this.part, 'xml');
        this.type = attribute(attributes, 't');
        const style = attribute(attributes, 's');
        this.style = style === undefined ? 0 : Number(style);
        this.value = '';
        this.inlineText = undefined;
        break;
      }
      case 'v':
        this.inValue = true;
        break;
      case 'is':
        this.inInline = true;
        break;
    }
  }

  close(name: string): void {
    if (this.inInline) {
      if (name !== 'is') {
        this.inline.close(name);
        return;
      }
      this.inInline = false;
      this.inlineText = this.inline.take();
      return;
    }
    switch (name) {
      case 'v':
        this.inValue = false;
        break;
      case 'c':
        this.cell();
        break;
      case 'row':
        this.rows.push({ number: this.rowNumber, fields: this.fields, typed: this.typed, filled: this.filled });
        break;
    }
  }

  text(raw: string): void {
    if (this.inInline) this.inline.add(raw);
    else if (this.inValue) {
      this.value += raw;
      if (this.value.length > CELL_TEXT_LIMIT) throw new DamagedPart(this.part, 'xml');
    }
  }

  private cell(): void {
    const value = this.inlineText ?? rawValue(this.type, this.value, this.strings);
    if (value === null || value === '') return;
    const { text, typed } = cellValue(value, this.formats[this.style], this.date1904);
    for (let index = this.fields.length; index < this.column - 1; index++) {
      this.fields.push('');
      this.typed.push('');
    }
    this.fields[this.column - 1] = text;
    this.typed[this.column - 1] = typed;
    if (text.trim() !== '') this.filled = true;
  }
}

/** The rows of the sheet in `part`, read as a stream: the rows of one chunk of XML at a time. */
async function* sheetRows(options: WorkbookOptions, part: string, events: SheetEvents, opened: Readable[]): AsyncGenerator<SheetRow[]> {
  const scanner = new XmlScanner(events);
  try {
    for await (const text of partText(options, part, options.sheetLimit ?? SHEET_LIMIT, opened)) {
      scanner.write(text);
      if (events.rows.length > 0) yield events.rows.splice(0);
    }
    scanner.end();
    yield events.rows.splice(0);
  } catch (error) {
    throw asDamaged(part, error);
  }
}

function sheetWanted(wanted: string | undefined, sheet: SheetEntry, position: number, firstVisible: number): boolean {
  if (wanted === undefined) return position === firstVisible;
  if (/^\d+$/u.test(wanted.trim())) return position === Number(wanted) - 1;
  return sheet.name === wanted || sheet.name.toLowerCase() === wanted.trim().toLowerCase();
}

/**
 * `--sheet 1` when a sheet is named "1" but is not the first: it could mean either, so neither
 * is picked silently. The name of the first and the position of the other are unambiguous.
 */
function ambiguousSheet(t: AllWords['common']['workbook'], wanted: string | undefined, names: readonly string[]): void {
  if (wanted === undefined || !/^\d+$/u.test(wanted.trim())) return;
  const number = Number(wanted.trim());
  const named = names.indexOf(wanted.trim());
  if (named < 0 || named === number - 1 || number < 1 || number > names.length) return;
  const byNumber = names[number - 1]!;
  throw new UserError(t.ambiguousSheet({ wanted: wanted.trim(), number: String(number), byNumber, named: String(named + 1) }), {
    exitCode: ExitCode.usage,
    details: [t.ambiguousSheetHint({ byNumber, named: String(named + 1) })],
  });
}

function mebibytes(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}

/** The text table's declared size, checked before anything is inflated: an honest large table is refused at once. */
function checkSize(t: AllWords['common']['workbook'], options: WorkbookOptions): void {
  const limit = options.partLimit ?? PART_LIMIT;
  const strings = options.entries.get('xl/sharedStrings.xml');
  if (strings === undefined) return;
  if (strings.size === undefined || strings.size > limit) {
    throw new DataError(t.tooLarge({ source: options.source, size: strings.size === undefined ? t.over4GiB : mebibytes(strings.size), limit: mebibytes(limit) }), {
      details: [t.tooLargeHint],
    });
  }
}

/** Any failure while reading the workbook, worded for the person who gave it. */
function workbookError(t: AllWords['common']['workbook'], error: unknown, source: string): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof PartTooLarge) return new DataError(t.partTooLarge({ source, part: error.part, limit: mebibytes(error.limit) }), { details: [t.tooLargeHint] });
  if (error instanceof DamagedPart) {
    const problem = { missing: t.damagedMissing, cut: t.damagedCut, xml: t.damagedXml }[error.problem]({ part: error.part });
    return new DataError(t.damaged({ source, problem }), { details: [t.damagedHint] });
  }
  return new DataError(t.unreadable({ source, reason: error instanceof Error ? error.message : String(error) }), { details: [t.unreadableHint] });
}

/** Opens the sheet and reads up to its header row; `t` words what goes wrong. */
export async function openWorkbook(t: AllWords['common']['workbook'], options: WorkbookOptions): Promise<WorkbookReader> {
  checkSize(t, options);
  const opened: Readable[] = [];
  const close = (): void => {
    for (const stream of opened) stream.destroy();
  };
  try {
    const limit = options.partLimit ?? PART_LIMIT;
    const { sheets, date1904 } = await readWorkbookPart(options, limit, opened);
    const names = sheets.map((sheet) => sheet.name);
    ambiguousSheet(t, options.sheet, names);
    // A hidden sheet (a lookup table, last year's list) is not "the first sheet" a person sees.
    const firstVisible = sheets.findIndex((sheet) => !sheet.hidden);
    const position = sheets.findIndex((sheet, index) => sheetWanted(options.sheet, sheet, index, firstVisible));
    const chosen = sheets[position];
    if (chosen === undefined) {
      const list = sheets.map((sheet, index) => `${index + 1}. ${sheet.hidden ? t.hiddenSheet({ sheet: `"${sheet.name}"` }) : `"${sheet.name}"`}`).join(', ');
      if (options.sheet === undefined) throw new DataError(t.noSheets({ source: options.source }), sheets.length === 0 ? {} : { details: [t.itsSheets({ list })] });
      throw new UserError(
        /^\d+$/u.test(options.sheet.trim()) ? t.noSheetNumber({ source: options.source, sheet: options.sheet.trim() }) : t.noSheetNamed({ source: options.source, sheet: options.sheet }),
        {
          exitCode: ExitCode.usage,
          details: [t.itsSheets({ list })],
        },
      );
    }
    const strings = options.entries.has('xl/sharedStrings.xml') ? await readSharedStrings(options, 'xl/sharedStrings.xml', limit, opened) : [];
    const formats = await readStyles(options, limit, opened);
    const events = new SheetEvents(chosen.part, strings, formats, date1904);
    return await sheetReader(t, options, chosen.name, names, sheetRows(options, chosen.part, events, opened));
  } catch (error) {
    close();
    throw workbookError(t, error, options.source);
  }
}

async function sheetReader(t: AllWords['common']['workbook'], options: WorkbookOptions, sheet: string, sheetNames: readonly string[], chunks: AsyncGenerator<SheetRow[]>): Promise<WorkbookReader> {
  // A sheet has no short rows: cells left empty at the end of a row are empty cells.
  let width = 0;
  // Empty rows skipped, as the CSV reader counts its blank lines (the summary says how many).
  let blankRows = 0;
  const toRecord = (row: SheetRow): WorkbookRecord | undefined => {
    // A row with nothing in it is skipped, as the CSV reader skips blank lines.
    if (!row.filled) {
      blankRows++;
      return undefined;
    }
    const { fields, typed } = row;
    for (let index = fields.length; index < width; index++) {
      fields.push('');
      typed.push('');
    }
    return { line: row.number, fields, typed, quoted: 0, blank: false };
  };
  // Rows come a chunk of XML's worth at a time (a generator's step per row cost as much as its cells):
  // the rows after the header in its chunk are the first to score.
  let headerRecord: WorkbookRecord | undefined;
  let after: SheetRow[] = [];
  search: for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    for (const [index, row] of next.value.entries()) {
      headerRecord = toRecord(row);
      if (headerRecord === undefined) continue;
      after = next.value.slice(index + 1);
      break search;
    }
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
  if (header === null) await chunks.return(undefined);
  let iterated = false;
  let count = 0;
  return {
    header,
    sheet,
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
          let rows = after;
          for (;;) {
            for (const row of rows) {
              const record = toRecord(row);
              if (record === undefined) continue;
              batch.push(record);
              count++;
              if (batch.length >= BATCH) {
                yield batch;
                batch = [];
              }
            }
            const next = await chunks.next();
            if (next.done) break;
            rows = next.value;
          }
          if (batch.length > 0) yield batch;
        } catch (error) {
          throw workbookError(t, error, options.source);
        } finally {
          await chunks.return(undefined);
        }
      })();
    },
  };
}
