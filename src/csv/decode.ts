/**
 * Bytes to text: encoding labels, BOM sniffing and a streaming decoder that keeps multi-byte
 * characters intact across chunk boundaries (WHATWG TextDecoder with `stream: true`; Node's
 * full ICU covers the legacy code pages, so no iconv is needed).
 */
import { TextDecoder } from 'node:util';
import { CsvError, type Undecodable } from './problems.js';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The longest BOM: this many leading bytes are enough to sniff one. */
export const BOM_SNIFF_BYTES = 3;

/** The canonical WHATWG name for an encoding label; a CsvError (unknown-encoding) for one no decoder knows. */
export function resolveEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new CsvError({ code: 'unknown-encoding', label });
  }
}

/** The BOM at the start of `head`, if any. */
export function sniffBom(head: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => head[i] === byte)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** WHATWG encodings with one byte per character. */
export const SINGLE_BYTE = /^(ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-874|windows-125\d|x-mac-cyrillic)$/u;

const singleByteTables = new Map<string, string>();

/**
 * The 256 characters of a single-byte code page (index = byte), decoded exactly as ChunkDecoder
 * decodes: with `stream: true`, then a flush. Not a one-shot decode(): Node 20's one-shot
 * windows-1252 (and latin1) decode takes a fast path that reads the bytes as ISO-8859-1
 * (0x80 -> U+0080 instead of €), while a streaming decode goes through ICU.
 */
export function singleByteChars(encoding: string): string {
  let chars = singleByteTables.get(encoding);
  if (chars === undefined) {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    chars =
      decoder.decode(
        Uint8Array.from({ length: 256 }, (_, byte) => byte),
        { stream: true },
      ) + decoder.decode();
    singleByteTables.set(encoding, chars);
  }
  return chars;
}

/** Thrown by ChunkDecoder for bytes that are not text in its encoding; read.ts adds the line. */
export class UndecodableBytes extends Error {
  constructor(
    /** the text of the current chunk before the bad bytes (to count lines up to them) */
    readonly before: string,
    /** the bad bytes: the invalid sequence up to the byte that makes it invalid, or the undefined byte */
    readonly sample: Uint8Array,
    /** what is wrong with them */
    readonly problem: Undecodable,
  ) {
    super(problem.kind);
  }
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

type Mode = 'utf-8' | 'utf-16le' | 'utf-16be' | 'single-byte' | 'other';

/**
 * Decodes a byte stream chunk by chunk. Nothing is replaced by U+FFFD behind the user's back:
 * UTF-8 and UTF-16 are decoded strictly (a legacy code page read as UTF-8, a UTF-16 file cut off
 * in the middle of a character or holding half a surrogate pair must fail loudly instead of
 * scoring mojibake), and a byte a single-byte code page leaves undefined is an error too (such a
 * page cannot encode U+FFFD, so every U+FFFD it decodes to is an undefined byte). Multi-byte
 * legacy encodings (shift_jis, gb18030 ...) still replace invalid bytes with U+FFFD.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly mode: Mode;
  /** the last bytes decoded (up to 3): they may begin a character that the next chunk completes */
  private tail: Uint8Array = new Uint8Array(0);
  /** bytes decoded so far (the parity of a UTF-16 stream) */
  private fed = 0;

  constructor(readonly encoding: string) {
    this.mode =
      encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be' ? encoding : SINGLE_BYTE.test(encoding) && singleByteChars(encoding).length === 256 ? 'single-byte' : 'other';
    const fatal = this.mode !== 'single-byte' && this.mode !== 'other';
    this.decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  }

  decode(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw this.locate(chunk, false);
    }
    if (this.mode === 'single-byte') {
      // One character per byte: the index of U+FFFD is the offset of the undefined byte.
      const at = text.indexOf('\ufffd');
      if (at !== -1) {
        throw new UndecodableBytes(text.slice(0, at), chunk.subarray(at, at + 1), { kind: 'undefined-byte', byte: hex(chunk.subarray(at, at + 1)), encoding: this.encoding });
      }
    }
    this.remember(chunk);
    return text;
  }

  /** UTF-8 only: the bytes of a character begun in the last chunk and not yet decoded (the decoder holds them). */
  held(): Uint8Array {
    if (this.mode !== 'utf-8') throw new Error(`held() is for UTF-8, not ${this.encoding}`);
    return incompleteUtf8Tail(this.tail);
  }

  /** Flushes the decoder at the end of the input (an incomplete last character is an error). */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw this.locate(new Uint8Array(0), true);
    }
  }

  private remember(chunk: Uint8Array): void {
    this.fed += chunk.length;
    const joined = concat(this.tail, chunk);
    this.tail = joined.slice(Math.max(0, joined.length - 3));
  }

  /** Finds the invalid sequence in `chunk`, or begun in an earlier chunk (the decoder does not say where). */
  private locate(chunk: Uint8Array, final: boolean): UndecodableBytes {
    const utf16 = this.mode === 'utf-16le' || this.mode === 'utf-16be';
    const bigEndian = this.mode === 'utf-16be';
    const carried = utf16 ? incompleteUtf16Tail(this.tail, this.fed, bigEndian) : incompleteUtf8Tail(this.tail);
    const bytes = concat(carried, chunk);
    const invalid = (utf16 ? invalidUtf16(bytes, final, bigEndian) : invalidUtf8(bytes)) ?? { offset: 0, length: bytes.length };
    const sample = bytes.subarray(invalid.offset, invalid.offset + invalid.length);
    const before = new TextDecoder(this.encoding, { ignoreBOM: true }).decode(bytes.subarray(0, invalid.offset));
    if (utf16) {
      const name = this.mode.toUpperCase();
      return new UndecodableBytes(before, sample, { kind: sample.length === 1 ? 'utf16-half' : 'utf16-surrogate', name, bytes: hex(sample) });
    }
    return new UndecodableBytes(before, sample, { kind: 'utf8', bytes: hex(sample), more: !final });
  }
}

/** The UTF-16 code unit at `i`. */
function unitAt(bytes: Uint8Array, i: number, bigEndian: boolean): number {
  return bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8);
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The bytes at the end of a UTF-16 stream (`tail` its last bytes, `fed` its length) that the decoder holds back: half a unit, and a high surrogate. */
function incompleteUtf16Tail(tail: Uint8Array, fed: number, bigEndian: boolean): Uint8Array {
  const end = tail.length - (fed % 2);
  if (end >= 2 && isHigh(unitAt(tail, end - 2, bigEndian))) return tail.subarray(end - 2);
  return tail.subarray(end);
}

/** The first lone surrogate (2 bytes) or, at the end of the input, a trailing odd byte or high surrogate. */
function invalidUtf16(bytes: Uint8Array, final: boolean, bigEndian: boolean): { offset: number; length: number } | null {
  for (let i = 0; i < bytes.length; ) {
    if (i + 1 >= bytes.length) return final ? { offset: i, length: 1 } : null;
    const unit = unitAt(bytes, i, bigEndian);
    if (isLow(unit)) return { offset: i, length: 2 };
    if (!isHigh(unit)) {
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.length) return final ? { offset: i, length: 2 } : null;
    if (!isLow(unitAt(bytes, i + 2, bigEndian))) return { offset: i, length: 2 };
    i += 4;
  }
  return null;
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
