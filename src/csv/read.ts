/**
 * Streaming CSV reader: bytes -> text (ChunkDecoder) -> rows (papaparse's low-level parser)
 * -> records with physical line numbers, in batches.
 *
 * Memory stays flat: text is parsed in slices of ~64K characters and only the unfinished last
 * row of a slice is carried over. Line numbers are cheap: the line breaks in a slice minus its
 * rows is the number of breaks inside quoted fields, and fields are searched for them only
 * until all are found (in most slices there are none).
 */
import type { Readable } from 'node:stream';
import { DataError } from '../errors.js';
import { BOM_SNIFF_BYTES, ChunkDecoder, UndecodableBytes, resolveEncoding, sniffBom } from './decode.js';
import { DETECT_MAX_ROWS, detectDelimiter, detectNewline, parseDelimiterOption, readSepLine } from './detect.js';
import { createRowParser, type PapaResult, type RowParser } from './papa.js';

export interface CsvReadOptions {
  /** name for messages: the file path, or '<stdin>' */
  source: string;
  /** --encoding NAME (any WHATWG label). Default: BOM sniff, else strict UTF-8 */
  encoding?: string;
  /** --delimiter (',', ';', '\t' or the word 'tab', '|'). Default: `sep=` line, else detected */
  delimiter?: string;
  /** keep each record's text as it stands in the input (CsvRecord.raw), to pass rows through unchanged */
  raw?: boolean;
}

export interface CsvHeader {
  /** header cells exactly as in the file (BOM stripped) */
  names: string[];
  delimiter: string;
  delimiterSource: 'option' | 'sep-line' | 'detected' | 'default';
  /** the encoding used, e.g. 'utf-8', 'utf-16le', 'windows-1251' */
  encoding: string;
  /** input started with a BOM */
  bom: boolean;
  /** input had an Excel sep= line */
  sepLine: boolean;
  /** line number of the header row (1, or 2 after a sep= line) */
  line: number;
  /** the line ending the file uses: '\r\n', '\n' or '\r' */
  newline: string;
}

export interface CsvRecord {
  /** the record's first physical line number in the input (1-based) */
  line: number;
  /** cells as parsed (may be fewer or more than the header's) */
  fields: string[];
  /** with the `raw` option: the record's text without its line ending (quotes, embedded line breaks and all) */
  raw?: string;
}

export interface CsvReader {
  /** null for an empty input (no bytes, only a BOM, or only blank lines) */
  header: CsvHeader | null;
  /** records in batches; blank lines are skipped but counted for line numbers */
  batches(): AsyncIterable<CsvRecord[]>;
  /** bytes consumed from the input so far (for progress) */
  bytesRead(): number;
}

/**
 * Text parsed per parser call (and so the size of a batch: ~600 records of a typical lead file).
 * Measured on 1M rows: 1M-character slices cost ~30% more time and twice the peak RSS, because
 * their records outlive V8's young generation; 32K-64K is the sweet spot.
 */
const PARSE_SLICE_CHARS = 1 << 16;
/** Big input chunks (say, a 1 MiB highWaterMark) are decoded in pieces to keep slices small. */
const MAX_CHUNK_BYTES = 64 * 1024;
/** Text looked at for the dialect (and at most DETECT_MAX_ROWS lines of it). */
const SAMPLE_CHARS = 64 * 1024;
/** A record longer than this is taken for a quoted field that is never closed. */
const MAX_RECORD_CHARS = 16 << 20;

const UTF8_HINT =
  'The file is probably in a legacy code page: try --encoding windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European) or windows-1252 (Western European).';

export async function openCsv(input: Readable | AsyncIterable<Uint8Array>, options: CsvReadOptions): Promise<CsvReader> {
  // Options first, so that a usage error does not wait for input.
  const encodingOption = options.encoding === undefined ? undefined : resolveEncoding(options.encoding);
  const delimiterOption = options.delimiter === undefined ? undefined : parseDelimiterOption(options.delimiter);

  const bytes = new ByteInput(input);
  try {
    const { text, encoding, bom } = await openText(bytes, encodingOption, options.source);
    const sep = readSepLine(text.pending);
    if (sep) text.skip(sep.length);
    const newline = detectNewline(text.pending);
    const dialect =
      delimiterOption !== undefined
        ? { delimiter: delimiterOption, delimiterSource: 'option' as const }
        : sep
          ? { delimiter: sep.delimiter, delimiterSource: 'sep-line' as const }
          : detectedDialect(text, newline);

    const records = new RecordStream(text, createRowParser(dialect.delimiter, newline), newline, options.raw === true);
    const first = await records.nextNonEmpty();
    const headerRecord = first?.shift();
    const header: CsvHeader | null = headerRecord
      ? { names: headerRecord.fields, ...dialect, encoding, bom, sepLine: sep !== null, line: headerRecord.line, newline }
      : null;
    return csvReader(header, first, records, bytes);
  } catch (error) {
    await bytes.close();
    throw error;
  }
}

/** Sniffs the BOM, picks the encoding and decodes the dialect sample. */
async function openText(bytes: ByteInput, encodingOption: string | undefined, source: string) {
  const head = await bytes.readAtLeast(BOM_SNIFF_BYTES);
  const bom = sniffBom(head);
  // A BOM is proof of the encoding, so it wins over --encoding (as in browsers).
  const encoding = bom?.encoding ?? encodingOption ?? 'utf-8';
  const text = new TextInput(bytes, new ChunkDecoder(encoding), source);
  text.push(bom ? head.subarray(bom.length) : head);
  await text.fillSample();
  if (encodingOption === undefined && !bom) rejectUtf16WithoutBom(text.pending, source);
  return { text, encoding, bom: bom !== null };
}

function detectedDialect(text: TextInput, newline: string) {
  const { delimiter, detected } = detectDelimiter(text.pending, newline, text.ended, `${text.source}:${text.line}`);
  return { delimiter, delimiterSource: detected ? ('detected' as const) : ('default' as const) };
}

function csvReader(header: CsvHeader | null, first: CsvRecord[] | null, records: RecordStream, bytes: ByteInput): CsvReader {
  let iterated = false;
  return {
    header,
    batches: () => {
      // A second pass would need the input again; fail loudly instead of yielding nothing.
      if (iterated) throw new Error('CsvReader.batches() can only be iterated once');
      iterated = true;
      return batchesOf(first, records, bytes);
    },
    bytesRead: () => bytes.count,
  };
}

/** UTF-16 without a BOM decodes as "valid" UTF-8 full of NULs: say what it probably is instead. */
function rejectUtf16WithoutBom(sample: string, source: string): void {
  const nul = sample.indexOf('\0');
  if (nul === -1) return;
  const line = 1 + countOf(sample, '\n', 0, nul);
  throw new DataError(
    `${source}:${line}: the file contains NUL bytes: it is probably UTF-16 without a byte order mark. Try --encoding utf-16le (or utf-16be).`,
  );
}

async function* batchesOf(first: CsvRecord[] | null, records: RecordStream, bytes: ByteInput): AsyncGenerator<CsvRecord[]> {
  try {
    if (first && first.length > 0) yield first;
    for (let batch = await records.nextNonEmpty(); batch; batch = await records.nextNonEmpty()) yield batch;
  } finally {
    // Also runs when the caller stops early: release the file / stdin.
    await bytes.close();
  }
}

/** Pulls byte chunks from the input, at most MAX_CHUNK_BYTES at a time, and counts them. */
class ByteInput {
  count = 0;
  private readonly chunks: AsyncIterator<Uint8Array | string>;
  /** what is left of a chunk larger than MAX_CHUNK_BYTES */
  private rest: Uint8Array = new Uint8Array(0);

  constructor(input: Readable | AsyncIterable<Uint8Array>) {
    this.chunks = (input as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  }

  /** The next chunk, or null at the end. */
  async next(): Promise<Uint8Array | null> {
    if (this.rest.byteLength === 0) {
      const { done, value } = await this.chunks.next();
      if (done) return null;
      // A Readable with setEncoding() yields strings: take them back to UTF-8 bytes.
      this.rest = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    }
    const chunk = this.rest.subarray(0, MAX_CHUNK_BYTES);
    this.rest = this.rest.subarray(chunk.byteLength);
    this.count += chunk.byteLength;
    return chunk;
  }

  /** Chunks joined until there are at least `n` bytes (fewer at the end of the input). */
  async readAtLeast(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length < n) {
      const chunk = await this.next();
      if (chunk === null) break;
      parts.push(chunk);
      length += chunk.byteLength;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

/**
 * Decoded text not yet made into records (`pending`), and the physical line it starts on.
 * Turns undecodable bytes into a DataError naming their line.
 */
class TextInput {
  pending = '';
  line = 1;
  ended = false;
  /** the character that ends a line, for counting: '\r' in old Mac files, else '\n' */
  breakChar = '\n';

  constructor(
    private readonly bytes: ByteInput,
    private readonly decoder: ChunkDecoder,
    readonly source: string,
  ) {}

  /** Reads and decodes one more chunk into `pending`; false at the end of the input. */
  async read(): Promise<boolean> {
    if (this.ended) return false;
    const chunk = await this.bytes.next();
    if (chunk === null) {
      this.pending += this.decodeOrThrow(() => this.decoder.end());
      this.ended = true;
      return false;
    }
    this.push(chunk);
    return true;
  }

  push(chunk: Uint8Array): void {
    this.pending += this.decodeOrThrow(() => this.decoder.decode(chunk));
  }

  /** Reads until `pending` holds the dialect sample: SAMPLE_CHARS, DETECT_MAX_ROWS lines, or all the input. */
  async fillSample(): Promise<void> {
    let lines = countOf(this.pending, '\n', 0, this.pending.length);
    while (this.pending.length < SAMPLE_CHARS && lines <= DETECT_MAX_ROWS) {
      const before = this.pending.length;
      if (!(await this.read())) return;
      lines += countOf(this.pending, '\n', before, this.pending.length);
    }
  }

  /** Drops `length` characters of one line (the sep= line). */
  skip(length: number): void {
    this.pending = this.pending.slice(length);
    this.line += 1;
  }

  /** Drops `length` characters that hold `breaks` line breaks. */
  consume(length: number, breaks: number): void {
    this.pending = this.pending.slice(length);
    this.line += breaks;
  }

  /** The physical line of `pending[index]`. */
  lineAt(index: number): number {
    return this.line + countOf(this.pending, this.breakChar, 0, index);
  }

  private decodeOrThrow(decode: () => string): string {
    try {
      return decode();
    } catch (error) {
      if (!(error instanceof UndecodableBytes)) throw error;
      const breakByte = this.breakChar.charCodeAt(0);
      const line = this.lineAt(this.pending.length) + error.validPrefix.reduce((n, byte) => n + (byte === breakByte ? 1 : 0), 0);
      const shown = [...error.sample].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
      throw new DataError(`${this.source}:${line}: bytes that are not valid UTF-8 (${shown}${error.truncated ? '...' : ''}). ${UTF8_HINT}`);
    }
  }
}

/** Parses `TextInput.pending` slice by slice into numbered records. */
class RecordStream {
  private done = false;
  /** parse again once `pending` is this long: doubles while one record spans it, so that a long
   *  record is not re-parsed quadratically, up to just past MAX_RECORD_CHARS */
  private parseAt = PARSE_SLICE_CHARS;

  private readonly crlf: boolean;

  constructor(
    private readonly text: TextInput,
    private readonly parser: RowParser,
    newline: string,
    private readonly keepRaw: boolean,
  ) {
    text.breakChar = newline === '\r' ? '\r' : '\n';
    this.crlf = newline === '\r\n';
  }

  /** The next batch with at least one record, or null at the end. */
  async nextNonEmpty(): Promise<CsvRecord[] | null> {
    while (!this.done) {
      const batch = await this.nextBatch();
      if (batch.length > 0) return batch;
    }
    return null;
  }

  private async nextBatch(): Promise<CsvRecord[]> {
    while (this.text.pending.length < this.parseAt && (await this.text.read()));
    const final = this.text.ended;
    const result = this.parser.parse(this.text.pending, 0, !final);
    this.throwOnBrokenQuotes(result, final);
    const consumed = final ? this.text.pending.length : result.meta.cursor;
    const records = this.number(result.data, consumed, final);
    if (final) this.done = true;
    else this.checkRecordLength();
    return records;
  }

  /** Numbers the rows parsed from `pending[0, consumed)`, drops blank lines, and consumes that text. */
  private number(rows: string[][], consumed: number, final: boolean): CsvRecord[] {
    const { text } = this;
    const breakChar = text.breakChar;
    const breaks = countOf(text.pending, breakChar, 0, consumed);
    // Before the end every row ends with a line break; at the end the last row has none
    // (papaparse gives [''] after a final line break).
    const terminated = final ? rows.length - 1 : rows.length;
    // Line breaks inside quoted fields: only while some are left to find do we look into fields.
    let inFields = breaks - terminated;
    const records: CsvRecord[] = [];
    let line = text.line;
    // Where a line starts in `pending`: found for every row with the raw option, else only for
    // rows that look blank (rare), since a line of `""` is a row with one empty cell, not a
    // blank line, and must not be lost.
    const { pending } = text;
    let offset = 0;
    let offsetLine = text.line;
    for (const fields of rows) {
      const found = inFields > 0 ? breaksInFields(fields, breakChar) : 0;
      inFields -= found;
      const blank = isBlank(fields);
      if (blank || this.keepRaw) {
        for (; offsetLine < line; offsetLine++) offset = pending.indexOf(breakChar, offset) + 1;
        // The row ends at the line break that follows its last embedded one.
        let end = offset;
        for (let seen = 0; seen <= found; seen++) {
          const at = pending.indexOf(breakChar, end);
          if (at < 0 || at >= consumed) {
            end = consumed;
            break;
          }
          end = seen < found ? at + 1 : at;
        }
        let raw = pending.slice(offset, end);
        if (this.crlf && raw.endsWith('\r')) raw = raw.slice(0, -1);
        offset = end + 1;
        offsetLine = line + 1 + found;
        if (!blank) records.push({ line, fields, raw });
        else if (raw === '""' || raw === '""\r') records.push(this.keepRaw ? { line, fields: [''], raw: '""' } : { line, fields: [''] });
      } else {
        records.push({ line, fields });
      }
      line += 1 + found;
    }
    text.consume(consumed, breaks);
    return records;
  }

  /** papaparse reports broken quotes but goes on; we stop, since going on silently merges rows. */
  private throwOnBrokenQuotes(result: PapaResult, final: boolean): void {
    for (const error of result.errors) {
      // Before the end, errors in the unfinished last row may be artefacts of the cut.
      if (!final && error.row >= result.data.length) continue;
      const opened = this.text.lineAt(error.index);
      const where = `${this.text.source}:${opened}`;
      if (error.code === 'MissingQuotes') throw new DataError(`${where}: a quoted field is never closed (opened on line ${opened})`);
      if (error.code === 'InvalidQuotes') {
        throw new DataError(
          `${where}: a quoted field has text after its closing quote (field opened on line ${opened}). Inside a quoted field, write a quote as two quotes ("").`,
        );
      }
    }
  }

  /** Bounds memory when a quote is never closed (or the input is no CSV): the rest would become one record. */
  private checkRecordLength(): void {
    const length = this.text.pending.length;
    if (length > MAX_RECORD_CHARS) {
      const limit = `${MAX_RECORD_CHARS >> 20} MiB`;
      const unclosed = this.parser.parse(this.text.pending, 0, false).errors.find((error) => error.code === 'MissingQuotes');
      if (unclosed === undefined) throw new DataError(`${this.text.source}:${this.text.line}: a record longer than ${limit}: is this a CSV file?`);
      const opened = this.text.lineAt(unclosed.index);
      throw new DataError(
        `${this.text.source}:${opened}: a record runs on for more than ${limit}: a quoted field is probably never closed (opened on line ${opened})`,
      );
    }
    this.parseAt = Math.min(MAX_RECORD_CHARS + 1, Math.max(PARSE_SLICE_CHARS, 2 * length));
  }
}

/** papaparse gives [''] for a blank line; [\r] is a blank CRLF line in a file whose first line ends with LF alone. */
function isBlank(fields: readonly string[]): boolean {
  return fields.length === 1 && (fields[0] === '' || fields[0] === '\r');
}

function breaksInFields(fields: readonly string[], breakChar: string): number {
  let breaks = 0;
  for (const field of fields) if (field.includes(breakChar)) breaks += countOf(field, breakChar, 0, field.length);
  return breaks;
}

/** Occurrences of `char` in `text[from, to)`. */
function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = text.indexOf(char, i + 1)) count++;
  return count;
}
