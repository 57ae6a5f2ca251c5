/**
 * Streaming CSV reader: bytes -> text (ChunkDecoder) -> records (parse.ts) with physical line
 * numbers, in batches.
 *
 * Memory stays flat: text is parsed in slices of ~64K characters and only the unfinished last
 * record of a slice is carried over.
 */
import type { Readable } from 'node:stream';
import { BOM_SNIFF_BYTES, ChunkDecoder, UndecodableBytes, resolveEncoding, sniffBom } from './decode.js';
import { DETECT_MAX_ROWS, detectDelimiter, parseDelimiterOption, readSepLine } from './detect.js';
import { CsvError } from './problems.js';
import { breaksIn, dominantEnding, parseRecords, type LineEndings, type ParsedRecord, type ParseProblem } from './parse.js';

export interface CsvReadOptions {
  /** name for messages: the file path, or '<stdin>' */
  source: string;
  /** --encoding NAME (any WHATWG label). Default: BOM sniff, else strict UTF-8 */
  encoding?: string;
  /** --delimiter (',', ';', '\t' or the word 'tab', '|'). Default: `sep=` line, else detected */
  delimiter?: string;
  /** keep each record's text as it stands in the input (CsvRecord.raw), to pass rows through unchanged */
  raw?: boolean;
  /** pass blank lines on as records with `blank: true` (they are always counted) */
  keepBlank?: boolean;
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
  /** the line ending most records end with in the first slice of the file (ties: the header's): '\r\n', '\n' or '\r' */
  newline: '\r\n' | '\n' | '\r';
  /** with the `raw` option: the header's text as in the file */
  raw?: string;
  /** how many header cells were quoted */
  quoted: number;
  /** with the `keepBlank` option: the text of blank lines between the sep= line and the header */
  blankBefore: string[];
}

/** A record: its first physical line (1-based), its cells as parsed (as many as the row has), and with the `raw` option its text. */
export type CsvRecord = ParsedRecord;

export interface CsvReader {
  /** null for an empty input (no bytes, only a BOM, or only blank lines) */
  header: CsvHeader | null;
  /** records in batches; blank lines are skipped (or, with keepBlank, passed on marked `blank`) */
  batches(): AsyncIterable<CsvRecord[]>;
  /**
   * For UTF-8 input with an ASCII delimiter (and the `raw` option): the same records, but after
   * the first batch as a byte scanner over each buffer read (made by `scanner`, from the line it
   * starts on: src/leads/scanner.ts), which the caller steps through to its end before asking for
   * the next batch. Undefined for other inputs: use batches().
   */
  byteBatches?<S extends ByteScan>(scanner: (line: number, keepBlank: boolean) => S, region?: InputRegion): AsyncIterable<CsvRecord[] | S> | undefined;
  /** blank lines seen so far (lines of only whitespace or only delimiters), the header's included */
  blankLines(): number;
  /** bytes consumed from the input so far (for progress) */
  bytesRead(): number;
  /** releases the input when its records will not be read (a reader iterated to its end, or left, releases it itself) */
  close?(): Promise<void>;
  /** the physical line the next record starts on (after the last record: the line after the input) */
  nextLine?(): number;
}

/** What the reader needs of a byte scanner (src/leads/scanner.ts) to hand it buffers and take over where it stops. */
export interface ByteScan {
  /** a new buffer, whose first bytes are the carried rest of the last one */
  reset(buffer: Buffer, final: boolean): void;
  /** the bytes of the buffer not given out as records */
  rest(): Buffer;
  /** met something only the general path handles: the reader parses the rest */
  readonly stopped: boolean;
  /** physical line of the first byte of rest() */
  readonly line: number;
  /** blank lines seen */
  readonly blank: number;
}

/** Memory the byte path's input buffers go to when they fit (src/leads/arena.ts). */
export interface InputRegion {
  /** the carried rest followed by `chunk`, in the region; undefined when they do not fit */
  input(carry: Uint8Array, chunk: Uint8Array): Buffer | undefined;
  holds(bytes: Uint8Array): boolean;
}

/**
 * Text parsed per parser call (and so the size of a batch: ~150 records of a typical lead file).
 * Measured on 1M rows: 1M-character slices cost ~30% more time and twice the peak RSS, because
 * their records outlive V8's young generation. Smaller still pays: a string over V8's 128 KiB
 * regular-object limit goes to the large-object space, a fresh mmap and munmap each time, and
 * text with Cyrillic or Greek takes 2 bytes a character, so a 64K-character slice was one.
 */
const PARSE_SLICE_CHARS = 1 << 14;
/**
 * Input chunks are decoded in pieces of this many bytes, so that each decoded string stays far
 * below the large-object limit too (64 KiB of Greek text decodes to a ~80 KiB two-byte string).
 */
const MAX_CHUNK_BYTES = 16 * 1024;
/** Text looked at for the dialect (and at most DETECT_MAX_ROWS lines of it). */
const SAMPLE_CHARS = 64 * 1024;
/** A record longer than this is taken for a quoted field that is never closed. */
const MAX_RECORD_CHARS = 16 << 20;

export async function openCsv(input: Readable | AsyncIterable<Uint8Array>, options: CsvReadOptions): Promise<CsvReader> {
  // Options first, so that a usage error does not wait for input.
  const encodingOption = options.encoding === undefined ? undefined : resolveEncoding(options.encoding);
  const delimiterOption = options.delimiter === undefined ? undefined : parseDelimiterOption(options.delimiter);

  const bytes = new ByteInput(input);
  try {
    const { text, encoding, bom } = await openText(bytes, encodingOption, options.source);
    const sep = readSepLine(text.pending);
    if (sep) text.skip(sep.length);
    const dialect =
      delimiterOption !== undefined
        ? { delimiter: delimiterOption, delimiterSource: 'option' as const }
        : sep
          ? { delimiter: sep.delimiter, delimiterSource: 'sep-line' as const }
          : detectedDialect(text);

    const keepBlank = options.keepBlank === true;
    const records = new RecordStream(text, dialect.delimiter, options.raw === true, keepBlank);
    const blankBefore: string[] = [];
    let first = await records.nextNonEmpty();
    while (first?.[0]?.blank) {
      blankBefore.push(first.shift()!.raw ?? '');
      if (first.length === 0) first = await records.nextNonEmpty();
    }
    const headerRecord = first?.shift();
    const header: CsvHeader | null = headerRecord
      ? {
          names: headerRecord.fields,
          ...dialect,
          encoding,
          bom,
          sepLine: sep !== null,
          line: headerRecord.line,
          newline: dominantEnding(records.endings),
          raw: headerRecord.raw,
          quoted: headerRecord.quoted,
          blankBefore,
        }
      : null;
    return csvReader(header, first, records, bytes, { text, encoding, delimiter: dialect.delimiter, keepRaw: options.raw === true, keepBlank });
  } catch (error) {
    await bytes.close();
    throw error;
  }
}

/**
 * A part of a UTF-8 CSV whose header was read elsewhere: its records from the first byte of
 * `input` on, which must start a record (src/leads/parallel.ts reads parts of a large file in
 * worker threads). `line`: the physical line the part starts on, for messages and problems.
 */
export function openCsvPart(input: AsyncIterable<Uint8Array>, options: { source: string; delimiter: string; line: number; raw: boolean; keepBlank: boolean }): CsvReader {
  const bytes = new ByteInput(input);
  const text = new TextInput(bytes, new ChunkDecoder('utf-8'), options.source);
  text.line = options.line;
  const records = new RecordStream(text, options.delimiter, options.raw, options.keepBlank);
  return csvReader(null, null, records, bytes, { text, encoding: 'utf-8', delimiter: options.delimiter, keepRaw: options.raw, keepBlank: options.keepBlank });
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

function detectedDialect(text: TextInput) {
  const { delimiter, detected } = detectDelimiter(text.pending, text.ended, `${text.source}:${text.line}`);
  return { delimiter, delimiterSource: detected ? ('detected' as const) : ('default' as const) };
}

interface ReaderState {
  readonly text: TextInput;
  readonly encoding: string;
  readonly delimiter: string;
  readonly keepRaw: boolean;
  readonly keepBlank: boolean;
}

function csvReader(header: CsvHeader | null, first: CsvRecord[] | null, records: RecordStream, bytes: ByteInput, state: ReaderState): CsvReader {
  let iterated = false;
  /** blank lines counted by the byte scanner and by a general path taken over from it */
  const counted = { blank: 0, streams: [records] as Array<{ blank: number }>, line: () => state.text.line };
  const once = (): void => {
    // A second pass would need the input again; fail loudly instead of yielding nothing.
    if (iterated) throw new Error('CsvReader.batches() can only be iterated once');
    iterated = true;
  };
  return {
    header,
    batches: () => {
      once();
      return batchesOf(first, records, bytes);
    },
    byteBatches(scanner, region) {
      if (state.encoding !== 'utf-8' || state.delimiter.charCodeAt(0) >= 0x80 || state.delimiter.length !== 1) return undefined;
      once();
      return byteBatchesOf(first, bytes, state, scanner, counted, region);
    },
    bytesRead: () => bytes.count,
    blankLines: () => counted.streams.reduce((sum, stream) => sum + stream.blank, 0),
    close: () => bytes.close(),
    nextLine: () => counted.line(),
  };
}

/**
 * The first batch as parsed, then the rest scanned as bytes (src/leads/scanner.ts). Where the scanner
 * stops (bytes that are not UTF-8, broken quotes, a very long record), the general path reads
 * the rest of the input from that record on, with its line numbers, messages and guards.
 */
async function* byteBatchesOf<S extends ByteScan>(
  first: CsvRecord[] | null,
  bytes: ByteInput,
  state: ReaderState,
  makeScanner: (line: number, keepBlank: boolean) => S,
  counted: { streams: Array<{ blank: number }>; line: () => number },
  arena: InputRegion | undefined,
): AsyncGenerator<CsvRecord[] | S> {
  try {
    if (first && first.length > 0) yield first;
    const { text } = state;
    // What the general path decoded and did not parse goes back as the bytes it was (valid UTF-8 round-trips).
    bytes.unshift(Buffer.concat([Buffer.from(text.pending, 'utf8'), text.heldBytes()]));
    const scanner = makeScanner(text.line, state.keepBlank);
    counted.streams.push(scanner);
    counted.line = () => scanner.line;
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const chunk = await bytes.nextWhole();
      const final = chunk === null;
      // In the arena when it fits (its input region is overwritten by the next chunk, once this one is scanned).
      const buffer = chunk === null ? carry : (arena?.input(carry, chunk) ?? (carry.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([carry, chunk])));
      scanner.reset(buffer, final);
      yield scanner;
      if (scanner.stopped) break;
      if (final) return;
      // The rest is small: left where it is in the arena (input() moves it to the front), else a copy, so the chunk it is part of can go.
      const rest = scanner.rest();
      carry = arena?.holds(rest) ? rest : Buffer.from(rest);
    }
    bytes.unshift(scanner.rest());
    const rest = new TextInput(bytes, new ChunkDecoder('utf-8'), text.source);
    rest.line = scanner.line;
    const general = new RecordStream(rest, state.delimiter, state.keepRaw, state.keepBlank);
    counted.streams.push(general);
    counted.line = () => rest.line;
    for (let batch = await general.nextNonEmpty(); batch; batch = await general.nextNonEmpty()) yield batch;
  } finally {
    await bytes.close();
  }
}

/** UTF-16 without a BOM decodes as "valid" UTF-8 full of NULs: say what it probably is instead. */
function rejectUtf16WithoutBom(sample: string, source: string): void {
  const nul = sample.indexOf('\0');
  if (nul === -1) return;
  const line = 1 + countOf(sample, '\n', 0, nul);
  throw new CsvError({ code: 'nul-bytes', source, line });
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

  /** The next chunk as read (not cut to MAX_CHUNK_BYTES: bytes that are not decoded need no cutting), or null at the end. */
  async nextWhole(): Promise<Uint8Array | null> {
    if (this.rest.byteLength === 0) {
      const { done, value } = await this.chunks.next();
      if (done) return null;
      this.rest = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    }
    const chunk = this.rest;
    this.rest = new Uint8Array(0);
    this.count += chunk.byteLength;
    return chunk;
  }

  /** Gives bytes back, to be read again first (uncounted). */
  unshift(bytes: Uint8Array): void {
    if (bytes.byteLength === 0) return;
    this.count -= bytes.byteLength;
    this.rest = this.rest.byteLength === 0 ? bytes : Buffer.concat([bytes, this.rest]);
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
 * Turns undecodable bytes into a CsvError naming their line.
 */
class TextInput {
  pending = '';
  line = 1;
  ended = false;

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

  /** UTF-8: the bytes of a character the decoder holds until the next chunk. */
  heldBytes(): Uint8Array {
    return this.decoder.held();
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

  /** Drops the first `length` characters; `line` is the physical line of what follows. */
  consume(length: number, line: number): void {
    this.pending = this.pending.slice(length);
    this.line = line;
  }

  /** The physical line of `pending[index]`. */
  lineAt(index: number): number {
    return this.line + breaksIn(this.pending, 0, index);
  }

  private decodeOrThrow(decode: () => string): string {
    try {
      return decode();
    } catch (error) {
      if (!(error instanceof UndecodableBytes)) throw error;
      // The line of the bad bytes: breaks in the text before them (a CR LF split between the two counts once).
      const before = this.pending + error.before;
      const line = this.line + breaksIn(before, 0, before.length);
      throw new CsvError({ code: 'undecodable', source: this.source, line, bytes: error.problem });
    }
  }
}

/** Parses `TextInput.pending` slice by slice into numbered records. */
class RecordStream {
  private done = false;
  /** parse again once `pending` is this long: doubles while one record spans it, so that a long
   *  record is not re-parsed quadratically, up to just past MAX_RECORD_CHARS */
  private parseAt = PARSE_SLICE_CHARS;
  /** line endings of the records read so far, for the output's line ending */
  readonly endings: LineEndings = { crlf: 0, lf: 0, cr: 0 };
  /** blank lines skipped (or passed on as blank records with keepBlank) */
  blank = 0;

  constructor(
    private readonly text: TextInput,
    private readonly delimiter: string,
    private readonly keepRaw: boolean,
    private readonly keepBlank: boolean,
  ) {}

  /** The next batch with at least one record, or null at the end. */
  async nextNonEmpty(): Promise<CsvRecord[] | null> {
    while (!this.done) {
      const batch = await this.nextBatch();
      if (batch.length > 0) return batch;
    }
    return null;
  }

  private async nextBatch(): Promise<CsvRecord[]> {
    const { text } = this;
    while (text.pending.length < this.parseAt && (await text.read()));
    const final = text.ended;
    const result = parseRecords(text.pending, { delimiter: this.delimiter, line: text.line, final, endings: this.endings, raw: this.keepRaw });
    if (result.problem) throw this.brokenQuotes(result.problem);
    let records: CsvRecord[] = result.records;
    let blank = 0;
    for (const record of records) if (record.blank) blank++;
    if (blank > 0) {
      this.blank += blank;
      if (!this.keepBlank) records = records.filter((record) => !record.blank);
    }
    text.consume(result.cursor, result.cursorLine);
    if (final) this.done = true;
    else this.checkRecordLength(result.openQuoteLine);
    return records;
  }

  /** We stop on broken quotes, since going on silently merges or splits rows. */
  private brokenQuotes(problem: ParseProblem): CsvError {
    return new CsvError({ code: problem.code, source: this.text.source, line: problem.line });
  }

  /** Bounds memory when a quote is never closed (or the input is no CSV): the rest would become one record. */
  private checkRecordLength(openQuoteLine: number | undefined): void {
    const length = this.text.pending.length;
    if (length > MAX_RECORD_CHARS) {
      const limitMiB = MAX_RECORD_CHARS >> 20;
      if (openQuoteLine === undefined) throw new CsvError({ code: 'record-too-long', source: this.text.source, line: this.text.line, limitMiB });
      throw new CsvError({ code: 'record-runs-on', source: this.text.source, line: openQuoteLine, limitMiB });
    }
    this.parseAt = Math.min(MAX_RECORD_CHARS + 1, Math.max(PARSE_SLICE_CHARS, 2 * length));
  }
}

/** Occurrences of `char` in `text[from, to)`. */
function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = text.indexOf(char, i + 1)) count++;
  return count;
}
