/**
 * Text to bytes for CSV output: the input's encoding by default, so that a file read from a
 * windows-1251 Excel export goes back byte for byte in its cells.
 *
 * Single-byte code pages are encoded with the exact inverse of the WHATWG decoder that read the
 * input (built once from the reader's own decoding of the 256 bytes), so a cell read and written back is the
 * same bytes; a general encoder's table (iconv-lite's, say) can differ from WHATWG's in a few
 * undefined bytes, which would break that round trip. A character the code page cannot hold is
 * reported, never replaced by `?`.
 */
import { SINGLE_BYTE, resolveEncoding, singleByteChars } from './decode.js';

/** The label of UTF-8 with a byte order mark: renderers word it in the interface language. */
export const UTF8_BOM_LABEL = 'utf-8 with BOM';

export interface OutputEncoding {
  /** the name for messages: utf-8, utf-8 with BOM (UTF8_BOM_LABEL, worded per language by renderers), utf-16le, windows-1251 ... */
  readonly label: string;
  /** bytes written first (a BOM), as text to encode */
  readonly bom: boolean;
  /** true when every character can be written (the UTF encodings) */
  readonly holdsAll: boolean;
  /** the index of the first character of `text` that cannot be written, or -1 */
  unencodable(text: string): number;
  /** text for the stream: a string for UTF-8 (the stream encodes it), else bytes */
  encode(text: string): string | Uint8Array;
}

export class UnsupportedOutputEncoding extends Error {}

/**
 * The encoding for an --output-encoding name: utf-8, utf-8-bom, utf-16le, utf-16be, or any
 * single-byte WHATWG label (windows-1251, cp1253, latin1 ...). Throws for an unknown name (a
 * CsvError from resolveEncoding) or a multi-byte legacy one (UnsupportedOutputEncoding).
 */
export function outputEncoding(name: string): OutputEncoding {
  const label = name.trim().toLowerCase();
  if (['utf-8-bom', 'utf8-bom', 'utf-8-sig', 'utf8-sig', 'utf-8 with bom'].includes(label)) return utf8(true);
  const canonical = resolveEncoding(label);
  return encodingFor(canonical, canonical.startsWith('utf-16'));
}

/** The output encoding that gives back what was read: the same encoding, and a BOM when the input had one. */
export function sameAsInput(encoding: string, bom: boolean): OutputEncoding {
  return encodingFor(encoding, bom);
}

function encodingFor(canonical: string, bom: boolean): OutputEncoding {
  if (canonical === 'utf-8') return utf8(bom);
  // A UTF-16 file needs its BOM: without one no reader (Excel included) can tell it is UTF-16.
  if (canonical === 'utf-16le' || canonical === 'utf-16be') return utf16(canonical);
  if (SINGLE_BYTE.test(canonical)) return singleByte(canonical);
  throw new UnsupportedOutputEncoding(canonical);
}

function utf8(bom: boolean): OutputEncoding {
  return { label: bom ? UTF8_BOM_LABEL : 'utf-8', bom, holdsAll: true, unencodable: () => -1, encode: (text) => text };
}

function utf16(name: 'utf-16le' | 'utf-16be'): OutputEncoding {
  return {
    label: name,
    bom: true,
    holdsAll: true,
    unencodable: () => -1,
    encode(text) {
      const bytes = Buffer.from(text, 'utf16le');
      return name === 'utf-16le' ? bytes : bytes.swap16();
    },
  };
}

const tables = new Map<string, Int16Array>();

/** char code -> byte, -1 where the code page has no byte for the character. */
function inverseTable(name: string): Int16Array {
  let table = tables.get(name);
  if (table === undefined) {
    table = new Int16Array(0x10000).fill(-1);
    // The characters the reader decodes each byte to (not a one-shot decode: see singleByteChars).
    const decoded = singleByteChars(name);
    for (let byte = 255; byte >= 0; byte--) {
      const code = decoded.charCodeAt(byte);
      if (code !== 0xfffd) table[code] = byte;
    }
    tables.set(name, table);
  }
  return table;
}

function singleByte(name: string): OutputEncoding {
  const table = inverseTable(name);
  return {
    label: name,
    bom: false,
    holdsAll: false,
    unencodable(text) {
      for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)]! < 0) return i;
      return -1;
    },
    encode(text) {
      const bytes = Buffer.allocUnsafe(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = table[text.charCodeAt(i)]!;
        // Callers check with unencodable() first; a miss here would be a bug, never a silent '?'.
        if (byte < 0) throw new Error(`U+${text.charCodeAt(i).toString(16)} has no byte in ${name}`);
        bytes[i] = byte;
      }
      return bytes;
    },
  };
}
