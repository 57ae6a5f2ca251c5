/**
 * What a lead file is, by its first bytes and (for a ZIP) its table of contents: a CSV, an
 * .xlsx workbook, or a spreadsheet clientfit does not read (.xls, .ods, .numbers). Only the
 * ZIP's central directory is read, never its contents, so the check is cheap for any size.
 */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { DataError } from '../errors.js';
import type { AllWords } from '../i18n/index.js';

export type FileKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'xlsx'; readonly entries: ReadonlyMap<string, ZipEntry> }
  | { readonly kind: 'legacy'; readonly format: 'xls' | 'ods' | 'numbers' }
  /** a ZIP archive that is none of the above */
  | { readonly kind: 'zip' }
  /** a ZIP archive cut short: its first entry is there, its central directory (at the end) is not */
  | { readonly kind: 'damaged' }
  /** a password-protected .xlsx: an OLE2 container holding an EncryptedPackage stream */
  | { readonly kind: 'encrypted' };

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

const FREE_OR_END = 0xfffffffa;
/** Directory sectors read at most: an encrypted workbook's directory has a handful of entries. */
const DIRECTORY_SECTORS = 1024;
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * Whether an OLE2 (Compound File) container holds an `EncryptedPackage` stream: how Excel
 * stores an .xlsx saved with a password (MS-OFFCRYPTO), where a legacy .xls has a `Workbook`
 * stream. Its directory is found through the header and the sector allocation table (MS-CFB).
 */
function isEncryptedPackage(fd: number): boolean {
  const header = readAt(fd, 0, 512);
  if (header.length < 512) return false;
  const sectorSize = 2 ** header.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return false;
  const perSector = sectorSize / 4;
  const sector = (number: number): Buffer => readAt(fd, (number + 1) * sectorSize, sectorSize);
  /** The sector holding part `index` of the allocation table: 109 listed in the header, the rest in a chain of DIFAT sectors. */
  const fatSector = (index: number): number | undefined => {
    if (index < 109) return header.readUInt32LE(0x4c + 4 * index);
    let difat = header.readUInt32LE(0x44);
    let rest = index - 109;
    for (let hops = 0; difat < FREE_OR_END && hops < DIRECTORY_SECTORS; hops++) {
      const bytes = sector(difat);
      if (bytes.length < sectorSize) return undefined;
      if (rest < perSector - 1) return bytes.readUInt32LE(4 * rest);
      rest -= perSector - 1;
      difat = bytes.readUInt32LE(sectorSize - 4);
    }
    return undefined;
  };
  let current = header.readUInt32LE(0x30);
  for (let hops = 0; current < FREE_OR_END && hops < DIRECTORY_SECTORS; hops++) {
    const bytes = sector(current);
    for (let entry = 0; entry + 128 <= bytes.length; entry += 128) {
      const nameLength = bytes.readUInt16LE(entry + 64);
      if (nameLength === ENCRYPTED_PACKAGE.length + 2 && bytes.subarray(entry, entry + ENCRYPTED_PACKAGE.length).equals(ENCRYPTED_PACKAGE)) return true;
    }
    const fat = fatSector(Math.floor(current / perSector));
    if (fat === undefined || fat >= FREE_OR_END) return false;
    const table = sector(fat);
    const at = 4 * (current % perSector);
    if (table.length < at + 4) return false;
    current = table.readUInt32LE(at);
  }
  return false;
}

/** The message for a file that is a workbook clientfit cannot read: cut short, or encrypted. */
export function workbookRefusal(t: AllWords['common']['workbook'], kind: 'damaged' | 'encrypted', source: string): DataError {
  return kind === 'damaged' ? new DataError(t.truncated({ source }), { details: [t.damagedHint] }) : new DataError(t.encrypted({ source }), { details: [t.encryptedHint] });
}

/** Sniffs the file at `path` (a regular file). Read errors surface as the CSV reader's would. */
export function sniffFile(path: string): FileKind {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, 8);
    if (head.length === 8 && head.equals(OLE2)) return isEncryptedPackage(fd) ? { kind: 'encrypted' } : { kind: 'legacy', format: 'xls' };
    if (head.length < 4 || !head.subarray(0, 4).equals(ZIP)) return { kind: 'text' };
    const entries = centralDirectory(fd, fstatSync(fd).size);
    // No text file starts with the local header's signature (PK and two control characters).
    if (entries === undefined) return { kind: 'damaged' };
    if (entries.has('xl/workbook.xml')) return { kind: 'xlsx', entries };
    if (entries.has('content.xml') && entries.has('mimetype')) return { kind: 'legacy', format: 'ods' };
    if ([...entries.keys()].some((name) => name.startsWith('Index/') && name.endsWith('.iwa'))) return { kind: 'legacy', format: 'numbers' };
    return { kind: 'zip' };
  } finally {
    closeSync(fd);
  }
}
