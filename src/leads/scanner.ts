/**
 * The byte-level record scanner behind batch's fast CSV path (UTF-8 input, CSV output).
 *
 * It follows parse.ts's grammar exactly (a quote opens a quoted field only as its first
 * character; CRLF, LF and a lone CR each end a record outside quotes and count one line;
 * spaces and tabs may follow a closing quote), but on bytes: a record is found without
 * decoding it, only the cells that criteria read are decoded (through a per-column cache keyed
 * by their bytes), and a row that needs no change is copied to the output as bytes.
 *
 * It handles the common case only. A record it is not sure of (a ragged row, a cell that may
 * need formula escaping, a row that may be blank) is decoded and parsed by parse.ts itself
 * (`general`); anything else unusual (bytes that are not UTF-8, text after a closing quote, a
 * quote never closed, a record longer than MAX_FAST_RECORD_BYTES) stops the scanner, and the
 * reader parses the rest of the input with the general path from that record on, which gives
 * the same records, messages and line numbers as if it had read the whole file.
 *
 * Measured on the 1M-row benchmark file: decoding every cell and building every row's text
 * was over half of batch's CPU time; bytes in, bytes out was the way to DuckDB's level.
 */
import { isUtf8 } from 'node:buffer';
import { parseRecords, type ParsedRecord } from '../csv/parse.js';

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;

/** A record that does not end within this many bytes goes to the general path (with its 16 MiB guard). */
export const MAX_FAST_RECORD_BYTES = 1 << 20;
/** `reader` of a column that several criteria read */
const MANY_READERS = -2;

export interface ByteLayout<T = string> {
  /** the delimiter's byte (ASCII) */
  readonly delimiter: number;
  /** the header's number of cells */
  readonly width: number;
  /** for each criterion, the column it reads, -1 for none */
  readonly columns: readonly number[];
  /** formula-like cells are escaped in the output: such rows take the general path */
  readonly escape: boolean;
  /** keep where every cell is (`fieldStart`, `fieldEnd`, `fieldQuoted`), for writers that copy them all (JSON) */
  readonly allFields?: boolean;
  /**
   * What a criterion's cell is read into (`value(j)`): called once per distinct cell of a
   * column (cached by its bytes), and with undefined for a criterion with no column.
   */
  readonly read: (criterion: number, text: string | undefined) => T;
}

/** What `next()` found. */
export const Step = {
  /** no complete record left in this buffer */
  End: 0,
  /** a plain record: `start`, `end`, `recordLine`, `quoted`, `fields`, `value(j)` */
  Fast: 1,
  /** a record parsed by parse.ts: `record` */
  General: 2,
  /** the scanner stops here: the general path reads the rest from `rest()` on */
  Stop: 3,
} as const;
export type Step = (typeof Step)[keyof typeof Step];

/** Cells longer than this are read afresh each time: lead files repeat short values. */
const CACHED_CELL_BYTES = 256;
/** Distinct cells kept per column; slots in the open-addressing table (a power of two, at least twice the cells). */
const CACHED_CELLS = 4096;
const SLOTS = 8192;
/** a 32-bit hash shifted down to a slot (32 - log2(SLOTS)) */
const SLOT_SHIFT = 19;

/**
 * What `read` made of a column's cells, keyed by their bytes: an open-addressing table over
 * typed arrays (no Map, no string per lookup). A cell of up to 8 bytes is its own key (two
 * 32-bit words and the length); a longer one is hashed (FNV-1a) and its bytes compared in full.
 * Either way two cells share a value only when their bytes are the same.
 */
export class CellCache<T> {
  private readonly slots = new Int32Array(SLOTS).fill(-1);
  /** per entry: the first and second 4 bytes of a short cell, or the hash of a long one (and 0) */
  private readonly low = new Int32Array(CACHED_CELLS);
  private readonly high = new Int32Array(CACHED_CELLS);
  private readonly lengths = new Int32Array(CACHED_CELLS);
  /** where a long entry's bytes are in `bytes` */
  private readonly starts = new Int32Array(CACHED_CELLS);
  private readonly values: T[] = [];
  private bytes = new Uint8Array(1 << 14);
  private bytesView = new DataView(this.bytes.buffer);
  private used = 0;
  private readonly empty: T;

  constructor(private readonly read: (text: string) => T) {
    this.empty = read('');
  }

  value(buffer: Uint8Array, view: DataView, start: number, end: number): T {
    const length = end - start;
    if (length === 0) return this.empty;
    if (length > CACHED_CELL_BYTES) return this.read(decode(buffer, start, end));
    let low = 0;
    let high = 0;
    if (length <= 8) {
      // The first 4 bytes big-endian, as the byte loop would shift them in.
      let at = start;
      if (length >= 4) {
        low = view.getInt32(start);
        at += 4;
        for (; at < end; at++) high = (high << 8) | buffer[at]!;
      } else for (; at < end; at++) low = (low << 8) | buffer[at]!;
    } else low = longCellHash(buffer, view, start, end);
    const slots = this.slots;
    let slot = Math.imul(low ^ Math.imul(high ^ length, 0x9e3779b1), 0x85ebca6b) >>> SLOT_SHIFT;
    for (let entry = slots[slot]!; entry >= 0; entry = slots[slot]!) {
      if (this.low[entry] === low && this.high[entry] === high && this.lengths[entry] === length && (length <= 8 || this.same(entry, buffer, view, start, length))) return this.values[entry]!;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const value = this.read(decode(buffer, start, end));
    const count = this.values.length;
    if (count < CACHED_CELLS) {
      if (length > 8) {
        if (this.used + length > this.bytes.length) {
          const bytes = new Uint8Array(2 * this.bytes.length + length);
          bytes.set(this.bytes);
          this.bytes = bytes;
          this.bytesView = new DataView(bytes.buffer);
        }
        this.bytes.set(buffer.subarray(start, end), this.used);
        this.starts[count] = this.used;
        this.used += length;
      }
      this.low[count] = low;
      this.high[count] = high;
      this.lengths[count] = length;
      this.values.push(value);
      slots[slot] = count;
    }
    return value;
  }

  private same(entry: number, buffer: Uint8Array, view: DataView, start: number, length: number): boolean {
    const bytes = this.bytes;
    const kept = this.bytesView;
    const from = this.starts[entry]!;
    let i = 0;
    for (; i + 4 <= length; i += 4) if (kept.getInt32(from + i) !== view.getInt32(start + i)) return false;
    for (; i < length; i++) if (bytes[from + i] !== buffer[start + i]) return false;
    return true;
  }
}

/** The key of a cell of more than 8 bytes: FNV-1a over 4 bytes at a time, then the last 0 to 3 bytes one by one. */
export function longCellHash(buffer: Uint8Array, view: DataView, start: number, end: number): number {
  let hash = 0x811c9dc5;
  let at = start;
  for (; at + 4 <= end; at += 4) hash = Math.imul(hash ^ view.getInt32(at), 0x01000193);
  for (; at < end; at++) hash = Math.imul(hash ^ buffer[at]!, 0x01000193);
  return hash ^ (hash >>> 16);
}

function decode(buffer: Uint8Array, start: number, end: number): string {
  return (buffer as Buffer).toString('utf8', start, end);
}

/**
 * Scans records out of a buffer of UTF-8 bytes. The reader hands it a buffer (`reset`); `next()`
 * steps through the complete records; what is left from `consumed` on is carried into the next
 * buffer.
 */
export class ByteScanner<T = string> {
  buffer: Buffer = Buffer.alloc(0);
  /** `buffer` 4 bytes at a time, for the cell caches' keys and comparisons */
  private view = new DataView(this.buffer.buffer, this.buffer.byteOffset, 0);
  /** the first byte not yet given out as a record */
  consumed = 0;
  /** physical line of buffer[consumed] */
  line: number;
  /** blank lines seen (the reader's count continues here) */
  blank = 0;

  // The current record.
  start = 0;
  end = 0;
  recordLine = 0;
  quoted = 0;
  fields = 0;
  record: ParsedRecord | undefined;
  /** the scanner met something only the general path handles: the rest goes there */
  stopped = false;

  /** with `allFields`: each cell's content span, and whether it was quoted (its quotes doubled) */
  fieldStart = new Int32Array(64);
  fieldEnd = new Int32Array(64);
  fieldQuoted = new Uint8Array(64);
  /** with `allFields`: 1 for an unquoted cell none of whose bytes JSON escapes (it can be copied as it is) */
  fieldPlain = new Uint8Array(64);

  private final = false;
  /** pass blank lines on (as General records marked blank) rather than skip them */
  private keepBlankLines: boolean;
  /** bytes known to be valid UTF-8: [0, valid) */
  private valid = 0;
  private invalid = false;
  /** per criterion: start and end of its cell's content, and whether it holds doubled quotes */
  private readonly cellStart: Int32Array;
  private readonly cellEnd: Int32Array;
  private readonly cellEscaped: Uint8Array;
  /** column -> the criterion reading it, -1 for none, MANY_READERS when several do (then `readers`) */
  private readonly reader: Int32Array;
  private readonly readers: number[][];
  private readonly cells: CellCache<T>[];
  /** made when a column first has a cell with doubled quotes */
  private readonly escapedCells: Array<CellCache<T> | undefined>;
  /** per criterion, its value when it has no column */
  private readonly absent: T[];
  /** the highest of the delimiter, CR and LF: a byte above it ends no unquoted cell */
  private readonly highest: number;
  /** the same with the bytes JSON escapes: a byte above it neither ends a cell nor needs escaping */
  private readonly jsonHighest: number;

  constructor(
    private readonly layout: ByteLayout<T>,
    line: number,
    keepBlank: boolean,
  ) {
    this.line = line;
    this.keepBlankLines = keepBlank;
    const count = layout.columns.length;
    this.cellStart = new Int32Array(count);
    this.cellEnd = new Int32Array(count);
    this.cellEscaped = new Uint8Array(count);
    this.readers = Array.from({ length: layout.width }, () => []);
    layout.columns.forEach((column, criterion) => {
      if (column >= 0 && column < layout.width) this.readers[column]!.push(criterion);
    });
    this.reader = Int32Array.from(this.readers, (criteria) => (criteria.length === 0 ? -1 : criteria.length === 1 ? criteria[0]! : MANY_READERS));
    // A criterion without a column keeps -1 here for good; every other one is set by each Fast record.
    this.cellStart.fill(-1);
    this.cells = layout.columns.map((_, criterion) => new CellCache((text) => layout.read(criterion, text)));
    this.escapedCells = new Array(layout.columns.length);
    this.absent = layout.columns.map((column, criterion) => (column >= 0 && column < layout.width ? (undefined as T) : layout.read(criterion, undefined)));
    this.highest = Math.max(layout.delimiter, CR, LF);
    this.jsonHighest = Math.max(this.highest, QUOTE, BACKSLASH);
  }

  /**
   * The scanner for another input of the same layout, from `line` on, its cell caches kept (the
   * parts of one file, parallel.ts: a cell read in one part is not read again in the next).
   */
  restart(line: number, keepBlank: boolean): this {
    this.line = line;
    this.blank = 0;
    this.stopped = false;
    this.record = undefined;
    this.keepBlankLines = keepBlank;
    this.buffer = Buffer.alloc(0);
    this.consumed = 0;
    return this;
  }

  /** A new buffer whose first bytes are the carried rest of the last one. */
  reset(buffer: Buffer, final: boolean): void {
    this.buffer = buffer;
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.consumed = 0;
    this.final = final;
    // Validate up to the last ASCII byte: a character cannot straddle it.
    let safe = buffer.length;
    if (!final) {
      while (safe > 0 && buffer[safe - 1]! >= 0x80) safe--;
    }
    this.invalid = !isUtf8(buffer.subarray(0, safe));
    this.valid = this.invalid ? 0 : safe;
  }

  /** The bytes not given out as records. */
  rest(): Buffer {
    return this.buffer.subarray(this.consumed);
  }

  /** What `layout.read` made of criterion `j`'s cell in the current Fast record. */
  value(j: number): T {
    const start = this.cellStart[j]!;
    if (start < 0) return this.absent[j]!;
    // A quoted cell with doubled quotes has its own cache: its bytes mean the text with the quotes undoubled.
    if (this.cellEscaped[j]) return (this.escapedCells[j] ?? this.escapedCache(j)).value(this.buffer, this.view, start, this.cellEnd[j]!);
    return this.cells[j]!.value(this.buffer, this.view, start, this.cellEnd[j]!);
  }

  /**
   * Made apart from `value`: a closure there over `j` and `this` would make V8 allocate a
   * context on every call, made or not (7 cells a row: 0.4 GB over 1M rows, 110 scavenges).
   */
  private escapedCache(j: number): CellCache<T> {
    const cache = new CellCache((text) => this.layout.read(j, text.replaceAll('""', '"')));
    this.escapedCells[j] = cache;
    return cache;
  }

  next(): Step {
    for (;;) {
      const found = this.scan();
      if (found !== Step.General || this.record === undefined || !this.record.blank) return found;
      this.blank++;
      if (this.keepBlankLines) return found;
    }
  }

  private scan(): Step {
    const buffer = this.buffer;
    const length = buffer.length;
    const position = this.consumed;
    if (position >= length) return Step.End;
    if (this.invalid && position >= this.valid) return this.stop(position);
    const { delimiter, width, escape } = this.layout;
    const reader = this.reader;
    const highest = this.highest;
    const jsonHighest = this.jsonHighest;
    const allFields = this.layout.allFields === true;
    let line = this.line;
    let field = 0;
    let quoted = 0;
    let general = false;
    let blankSoFar = true;
    let at = position;
    let end: number;
    for (;;) {
      let contentStart: number;
      let contentEnd: number;
      let escaped = 0;
      let quotedHere = 0;
      /** (allFields) an unquoted cell with no byte JSON escapes */
      let plainHere = 1;
      if (buffer[at] === QUOTE) {
        quotedHere = 1;
        plainHere = 0;
        let from = at + 1;
        let close: number;
        for (;;) {
          close = buffer.indexOf(QUOTE, from);
          if (close === -1 || (close === length - 1 && !this.final)) return this.more(position);
          line += breaks(buffer, from, close);
          if (buffer[close + 1] === QUOTE) {
            escaped = 1;
            from = close + 2;
            continue;
          }
          break;
        }
        contentStart = at + 1;
        contentEnd = close;
        quoted++;
        at = close + 1;
        let code = buffer[at];
        while ((code === SPACE || code === TAB) && code !== delimiter) code = buffer[++at];
        if (at >= length) {
          if (!this.final) return this.more(position);
          end = at;
        } else if (code === delimiter) {
          end = -1;
        } else if (code === CR || code === LF) {
          end = at;
        } else {
          // Text after a closing quote: the general path says where.
          return this.stop(position);
        }
      } else {
        let scan = at;
        let code = 0;
        if (allFields) {
          // The same scan, also noting a byte JSON must escape (a control character, '"' or '\\').
          while (scan < length) {
            code = buffer[scan]!;
            if (code <= jsonHighest) {
              if (code === delimiter || code === CR || code === LF) break;
              if (code < SPACE || code === QUOTE || code === BACKSLASH) plainHere = 0;
            }
            scan++;
          }
        } else {
          while (scan < length) {
            code = buffer[scan]!;
            // Most bytes are above all three (letters, digits after ',', UTF-8): one comparison.
            if (code <= highest && (code === delimiter || code === CR || code === LF)) break;
            scan++;
          }
        }
        contentStart = at;
        contentEnd = scan;
        if (scan >= length) {
          if (!this.final) return this.more(position);
          end = scan;
        } else end = code === delimiter ? -1 : scan;
        at = scan;
      }
      if (contentEnd > contentStart) {
        const first = buffer[contentStart]!;
        if (first < 127 && first > SPACE) blankSoFar = false;
        if (escape && (first < 65 ? FORMULA_ASCII[first] === 1 : first === 0xef && isFullWidthFormula(buffer, contentStart, contentEnd))) general = true;
      }
      if (allFields) {
        if (field >= this.fieldStart.length) this.grow();
        this.fieldStart[field] = contentStart;
        this.fieldEnd[field] = contentEnd;
        this.fieldQuoted[field] = quotedHere;
        this.fieldPlain[field] = plainHere;
      }
      if (field < width) {
        const j = reader[field]!;
        if (j >= 0) {
          this.cellStart[j] = contentStart;
          this.cellEnd[j] = contentEnd;
          this.cellEscaped[j] = escaped;
        } else if (j === MANY_READERS) {
          for (const k of this.readers[field]!) {
            this.cellStart[k] = contentStart;
            this.cellEnd[k] = contentEnd;
            this.cellEscaped[k] = escaped;
          }
        }
      }
      field++;
      if (end >= 0) break;
      at++;
    }
    // The line ending (none at the very end of the input).
    let next = end;
    const code = buffer[end];
    if (code === CR) {
      if (end + 1 >= length && !this.final) return this.more(position);
      next = buffer[end + 1] === LF ? end + 2 : end + 1;
      line++;
    } else if (code === LF) {
      next = end + 1;
      line++;
    }
    if (end - position > MAX_FAST_RECORD_BYTES) return this.stop(position);
    this.start = position;
    this.end = end;
    this.recordLine = this.line;
    this.quoted = quoted;
    this.fields = field;
    this.consumed = next;
    this.line = line;
    // A row that may be blank (no quote, no printable ASCII first character), a ragged row or
    // one with a formula-like cell: parse.ts and the general writer decide.
    if (general || field !== width || (blankSoFar && quoted === 0)) {
      this.record = this.parseGeneral(position, end);
      return Step.General;
    }
    this.record = undefined;
    return Step.Fast;
  }

  /** The current Fast record as parse.ts parses it (for a writer that needs it after all). */
  general(): ParsedRecord {
    return this.parseGeneral(this.start, this.end);
  }

  private grow(): void {
    const size = this.fieldStart.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const quoted = new Uint8Array(size);
    start.set(this.fieldStart);
    end.set(this.fieldEnd);
    quoted.set(this.fieldQuoted);
    const plain = new Uint8Array(size);
    plain.set(this.fieldPlain);
    this.fieldPlain = plain;
    this.fieldStart = start;
    this.fieldEnd = end;
    this.fieldQuoted = quoted;
  }

  /** The record's text parsed by parse.ts, as the general path would have parsed it. */
  private parseGeneral(start: number, end: number): ParsedRecord {
    const text = `${this.buffer.toString('utf8', start, end)}\n`;
    const parsed = parseRecords(text, { delimiter: String.fromCharCode(this.layout.delimiter), line: this.recordLine, final: true, raw: true });
    const record = parsed.records[0];
    // The grammar is the same: a difference is a bug in this scanner, never a silent misreading.
    if (parsed.records.length !== 1 || parsed.problem !== undefined || record === undefined) throw new Error(`byte scanner and parser disagree at line ${this.recordLine}`);
    return record;
  }

  /** Needs more bytes (the carried rest of a record); at the end of the input, the general path says what is wrong. */
  private more(position: number): Step {
    if (this.final || this.buffer.length - position > MAX_FAST_RECORD_BYTES) return this.stop(position);
    return Step.End;
  }

  private stop(position: number): Step {
    this.consumed = position;
    this.stopped = true;
    return Step.Stop;
  }
}

/** Breaks in buffer[from, to): CRLF, LF and a lone CR each count once. */
function breaks(buffer: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) {
    const code = buffer[at];
    if (code === LF) count++;
    else if (code === CR) {
      count++;
      if (at + 1 < to && buffer[at + 1] === LF) at++;
    }
  }
  return count;
}

/**
 * Cells that may start like a formula (write.ts's FORMULA_START): = + - @ tab CR in ASCII, other
 * ASCII whitespace (a formula may follow it), and the full-width ＝ ＋ － ＠ (EF BC 9D, 8B, 8D, A0 in UTF-8). Such rows take the general writer,
 * which knows numbers and phone numbers from formulas.
 */
const FORMULA_ASCII = new Uint8Array(65);
for (const code of [61, 43, 45, 64, TAB, CR, LF, 11, 12, SPACE]) FORMULA_ASCII[code] = 1;

function isFullWidthFormula(buffer: Buffer, start: number, end: number): boolean {
  if (end - start < 3 || buffer[start + 1] !== 0xbc) return false;
  const third = buffer[start + 2];
  return third === 0x9d || third === 0x8b || third === 0x8d || third === 0xa0;
}
