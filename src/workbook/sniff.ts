/**
 * What a lead file is, by its first bytes and (for a ZIP) its table of contents: a CSV, an
 * .xlsx workbook, or a spreadsheet clientfit does not read (.xls, .ods, .numbers). Only the
 * ZIP's central directory is read, never its contents, so the check is cheap for any size.
 */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';

export type FileKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'xlsx'; readonly entries: ReadonlyMap<string, ZipEntry> }
  | { readonly kind: 'legacy'; readonly format: 'xls' | 'ods' | 'numbers' }
  /** a ZIP archive that is none of the above */
  | { readonly kind: 'zip' };

export interface ZipEntry {
  readonly name: string;
  /** bytes once inflated, as the central directory says (undefined in a ZIP64 entry) */
  readonly size: number | undefined;
  /** bytes as stored, and where the entry's local header starts (undefined in a ZIP64 entry) */
  readonly compressedSize: number | undefined;
  readonly offset: number | undefined;
  /** 0 stored, 8 deflated */
  readonly method: number;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 64 KiB. */
const TAIL = 22 + 0xffff;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The ZIP's entries by name, or undefined when its central directory cannot be found. */
function centralDirectory(fd: number, size: number): Map<string, ZipEntry> | undefined {
  const tailStart = Math.max(0, size - TAIL);
  const tail = readAt(fd, tailStart, size - tailStart);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index--) {
    if (tail.readUInt32LE(index) === EOCD) {
      end = index;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const length = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (offset === 0xffffffff || length === 0xffffffff || offset + length > size) return undefined;
  const directory = readAt(fd, offset, length);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < count && at + 46 <= directory.length; index++) {
    if (directory.readUInt32LE(at) !== CENTRAL) return undefined;
    const method = directory.readUInt16LE(at + 10);
    const compressed = directory.readUInt32LE(at + 20);
    const inflated = directory.readUInt32LE(at + 24);
    const local = directory.readUInt32LE(at + 42);
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const known = (value: number): number | undefined => (value === 0xffffffff ? undefined : value);
    entries.set(name, { name, size: known(inflated), compressedSize: known(compressed), offset: known(local), method });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** Sniffs the file at `path` (a regular file). Read errors surface as the CSV reader's would. */
export function sniffFile(path: string): FileKind {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, 8);
    if (head.length === 8 && head.equals(OLE2)) return { kind: 'legacy', format: 'xls' };
    if (head.length < 4 || !head.subarray(0, 4).equals(ZIP)) return { kind: 'text' };
    const entries = centralDirectory(fd, fstatSync(fd).size);
    if (entries === undefined) return { kind: 'text' };
    if (entries.has('xl/workbook.xml')) return { kind: 'xlsx', entries };
    if (entries.has('content.xml') && entries.has('mimetype')) return { kind: 'legacy', format: 'ods' };
    if ([...entries.keys()].some((name) => name.startsWith('Index/') && name.endsWith('.iwa'))) return { kind: 'legacy', format: 'numbers' };
    return { kind: 'zip' };
  } finally {
    closeSync(fd);
  }
}
