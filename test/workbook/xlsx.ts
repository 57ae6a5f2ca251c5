/**
 * Workbooks written byte by byte, for the cases a spreadsheet program would not write on
 * request: phonetic guides, error results, Excel's escapes, hidden sheets, archives that lie
 * about their sizes, archives cut short, and the OLE2 container of a password-protected .xlsx.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  readonly data: string | Buffer;
  /** the inflated size the archive declares, when it is to lie about it */
  readonly declaredSize?: number;
}

/** A ZIP archive of `parts`, deflated, in the order given. */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const deflated = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data);
    const size = part.declaredSize ?? data.length;
    // The local header and the central directory's record share these fields, the latter 2 bytes later.
    const fields = (record: Buffer, at: number): void => {
      record.writeUInt16LE(20, at);
      record.writeUInt16LE(0x0800, at + 2);
      record.writeUInt16LE(8, at + 4);
      record.writeUInt32LE(crc, at + 10);
      record.writeUInt32LE(deflated.length, at + 14);
      record.writeUInt32LE(size, at + 18);
      record.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface SheetSpec {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** the XML inside <sheetData> */
  readonly rows: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook: its sheets (in tab order), and the shared strings as the XML inside each <si>. */
export function workbookParts(sheets: readonly SheetSpec[], strings: readonly string[] = []): ZipPart[] {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const sheetList = sheets.map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state === undefined ? '' : ` state="${sheet.state}"`} r:id="rId${index + 1}"/>`).join('');
  const relations = sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
  return [
    { name: '[Content_Types].xml', data: `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'xl/workbook.xml', data: `${xml}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${sheetList}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations}</Relationships>` },
    ...sheets.map((sheet, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data: `${xml}<worksheet xmlns="${MAIN}"><sheetData>${sheet.rows}</sheetData></worksheet>` })),
    { name: 'xl/sharedStrings.xml', data: `${xml}<sst xmlns="${MAIN}" count="${strings.length}">${strings.map((item) => `<si>${item}</si>`).join('')}</sst>` },
  ];
}

/** A row of inline-string cells, A, B, C...: `<row r="N">` with `<c t="inlineStr">` each. */
export function inlineRow(number: number, cells: readonly string[]): string {
  const column = (index: number): string => String.fromCharCode(65 + index);
  return `<row r="${number}">${cells.map((text, index) => `<c r="${column(index)}${number}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
}

/**
 * The OLE2 (Compound File) container Excel saves a password-protected .xlsx in: its
 * directory, over two sectors chained through the allocation table, names EncryptionInfo and
 * EncryptedPackage (here with no real contents). With `stream` "Workbook" it is a legacy .xls.
 */
export function oleContainer(stream = 'EncryptedPackage'): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let index = 0; index < 109; index++) header.writeUInt32LE(index === 0 ? 0 : FREE, 0x4c + 4 * index);
  // Sector 0 is the allocation table: sector 1 (the directory) goes on to sector 2, which ends it.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(2, 4);
  fat.writeUInt32LE(END, 8);
  const entry = (name: string, type: number): Buffer => {
    const bytes = Buffer.alloc(128);
    const encoded = Buffer.from(name, 'utf16le');
    encoded.copy(bytes, 0);
    bytes.writeUInt16LE(encoded.length + 2, 64);
    bytes.writeUInt8(type, 66);
    return bytes;
  };
  const directory = Buffer.concat([entry('Root Entry', 5), entry('\u0006DataSpaces', 1), entry('EncryptionInfo', 2), entry('\u0005SummaryInformation', 2), entry(stream, 2), Buffer.alloc(3 * 128)]);
  return Buffer.concat([header, fat, directory]);
}
