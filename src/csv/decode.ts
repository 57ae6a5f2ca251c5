/**
 * Bytes to text: encoding labels, BOM sniffing and a streaming decoder that keeps multi-byte
 * characters intact across chunk boundaries (WHATWG TextDecoder with `stream: true`; Node's
 * full ICU covers the legacy code pages, so no iconv is needed).
 */
import { TextDecoder } from 'node:util';
import { DataError, ExitCode } from '../errors.js';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The longest BOM: this many leading bytes are enough to sniff one. */
export const BOM_SNIFF_BYTES = 3;

/** The canonical WHATWG name for an --encoding label, or a usage error. */
export function resolveEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new DataError(
      `unknown encoding "${label}": use a WHATWG encoding label such as utf-8, utf-16le, windows-1251 (Cyrillic), windows-1253 (Greek), windows-1250 (Central European) or latin1`,
      { exitCode: ExitCode.usage },
    );
  }
}

/** The BOM at the start of `head`, if any. */
export function sniffBom(head: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => head[i] === byte)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** Thrown by ChunkDecoder for bytes that are not valid UTF-8; read.ts turns it into a DataError with a line. */
export class UndecodableBytes extends Error {
  constructor(
    /** the bytes of the current chunk before the invalid sequence (to count lines up to it) */
    readonly validPrefix: Uint8Array,
    /** the invalid sequence, up to the byte that makes it invalid */
    readonly sample: Uint8Array,
    /** whether more input may follow `sample` */
    readonly truncated: boolean,
  ) {
    super('bytes that are not valid UTF-8');
  }
}

/**
 * Decodes a byte stream chunk by chunk. UTF-8 is decoded strictly, because a file in a
 * legacy code page read as UTF-8 must fail loudly instead of scoring mojibake; other
 * encodings replace the rare undefined byte with U+FFFD like every other tool does.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly strict: boolean;
  /** the previous chunk: its last bytes may begin a character that the next chunk completes */
  private previous: Uint8Array = new Uint8Array(0);

  constructor(readonly encoding: string) {
    this.strict = encoding === 'utf-8';
    this.decoder = new TextDecoder(encoding, { fatal: this.strict, ignoreBOM: true });
  }

  decode(chunk: Uint8Array): string {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.previous = chunk;
      return text;
    } catch {
      throw this.locate(chunk, false);
    }
  }

  /** Flushes the decoder at the end of the input (an incomplete last character is an error). */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw this.locate(new Uint8Array(0), true);
    }
  }

  /** Finds the invalid sequence in `chunk`, or begun in the previous chunk (the decoder does not say where). */
  private locate(chunk: Uint8Array, final: boolean): UndecodableBytes {
    const carried = incompleteUtf8Tail(this.previous);
    const bytes = concat(carried, chunk);
    const invalid = invalidUtf8(bytes) ?? { offset: 0, length: bytes.length };
    const sample = bytes.subarray(invalid.offset, invalid.offset + invalid.length);
    const validPrefix = chunk.subarray(0, Math.max(0, invalid.offset - carried.length));
    return new UndecodableBytes(validPrefix, sample, !final);
  }
}

/** How many bytes a UTF-8 sequence starting with `lead` has (0: not a valid lead byte). */
function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the byte after `lead` (excludes overlongs, surrogates and > U+10FFFF). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The first invalid or truncated UTF-8 sequence: where it starts and how many bytes up to and
 * including the one that makes it invalid. Byte by byte, so only run on the error path.
 */
function invalidUtf8(bytes: Uint8Array): { offset: number; length: number } | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = utf8SequenceLength(lead);
    if (length === 0) return { offset: i, length: 1 };
    const [low, high] = secondByteRange(lead);
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return { offset: i, length: k };
      const byte = bytes[i + k]!;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return { offset: i, length: k + 1 };
    }
    i += length;
  }
  return null;
}

/** The bytes at the end of `chunk` that start a character the chunk does not finish. */
function incompleteUtf8Tail(chunk: Uint8Array): Uint8Array {
  for (let i = chunk.length - 1; i >= Math.max(0, chunk.length - 3); i--) {
    const byte = chunk[i]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return utf8SequenceLength(byte) > chunk.length - i ? chunk.subarray(i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
