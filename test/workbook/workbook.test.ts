/**
 * Lead files as people have them: an .xlsx workbook (Cyrillic and Greek text, a date, a
 * formula, number and boolean cells, two sheets), legacy spreadsheets, and a Google Forms
 * responses file. Each workbook is written here with exceljs's writer.
 */
import fs, { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readAll } from '../csv/helpers.js';
import { run, tempDir } from '../helpers/main.js';
import { sniffFile } from '../../src/workbook/sniff.js';
import { cellValue, openWorkbook } from '../../src/workbook/read.js';
import { ENGLISH } from '../../src/i18n/index.js';

const CRITERIA = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: budget
    question: What is the budget?
    type: number
    min: 2000
    column: [Budget]
  - id: upfront
    question: Pays upfront?
    type: yes-no
    column: [Pays upfront]
  - id: per_week
    question: Budget per week
    type: number
    min: 300
    column: [Per week]
  - id: hours
    question: Hours a week
    type: number
    max: 40
    column: [Hours]
  - id: city
    question: Where?
    type: choice
    options:
      - { value: Αθήνα, points: 10 }
      - { value: Москва, points: 5 }
      - { value: Other, points: 0, fail: true }
    column: [City]
`;

const HEADER = ['Name', 'City', 'Signed up', 'Budget', 'Pays upfront', 'Per week', 'Hours', 'Lead Status'];
/** The same leads as they would be in a plain UTF-8 CSV. */
const PLAIN_CSV = [
  HEADER.join(','),
  'Анна Петрова,Москва,2026-03-01,4500,TRUE,1125,12.5,Closed Won',
  'Νίκος Παπαδόπουλος,Αθήνα,2025-12-24,1800,FALSE,450,45,Lost',
  'Đorđe Kovač,Other,2026-01-15,9000,TRUE,2250,20,Churned',
  '',
].join('\n');

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Leads');
  sheet.addRow(HEADER);
  const rows: [string, string, Date, number, boolean, number, number, string][] = [
    ['Анна Петрова', 'Москва', new Date(Date.UTC(2026, 2, 1)), 4500, true, 4, 12.5, 'Closed Won'],
    ['Νίκος Παπαδόπουλος', 'Αθήνα', new Date(Date.UTC(2025, 11, 24)), 1800, false, 4, 45, 'Lost'],
    ['Đorđe Kovač', 'Other', new Date(Date.UTC(2026, 0, 15)), 9000, true, 4, 20, 'Churned'],
  ];
  rows.forEach(([name, city, date, budget, upfront, weeks, hours, status], index) => {
    const line = index + 2;
    sheet.addRow([name, city, date, budget, upfront, { formula: `D${line}/${weeks}`, result: budget / weeks }, hours, status]);
    sheet.getCell(`C${line}`).numFmt = 'dd.mm.yyyy';
  });
  // A blank row in the middle is skipped, as a blank CSV line is.
  sheet.spliceRows(4, 0, []);
  const other = workbook.addWorksheet('Archive');
  other.addRow(HEADER);
  other.addRow(['Old Lead', 'Αθήνα', new Date(Date.UTC(2020, 0, 1)), 100, false, 25, 10, 'Lost']);
  await workbook.xlsx.writeFile(path);
}

/** The parts in the order Excel stores them: the workbook first, the shared strings after the sheets. */
const EXCEL_ORDER = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/theme/theme1.xml',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'docProps/core.xml',
  'docProps/app.xml',
];

/** Rewrites the workbook at `path` with its parts in `order` (every part kept). */
async function reorder(path: string, order: readonly string[]): Promise<void> {
  const source = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(source.files).filter((file) => !file.dir);
  expect(files.map((file) => file.name).sort()).toEqual([...order].sort());
  const out = new JSZip();
  for (const name of order) out.file(name, await source.file(name)!.async('nodebuffer'));
  writeFileSync(path, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Anna passes all, Москва earns 5 of 10; Νίκος fails budget, upfront and hours; Đorđe's city earns nothing. */
const SCORES = [
  ['90', 'accept'],
  ['40', 'review'],
  ['80', 'accept'],
];

/** Re-reads CSV output with the project's CSV reader: the header row and every record. */
async function csvRows(text: string): Promise<string[][]> {
  const { header, records } = await readAll(text);
  return [header?.names ?? [], ...records.map((record) => record.fields)];
}

describe('batch and calibrate read .xlsx workbooks', () => {
  it('scores a workbook exactly as the same leads in a plain UTF-8 CSV, every row and cell kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    await writeWorkbook(join(dir, 'leads.xlsx'));
    writeFileSync(join(dir, 'leads.csv'), PLAIN_CSV);

    const fromWorkbook = await run(['batch', 'leads.xlsx', '-c', 'criteria.yaml', '-o', 'scored.csv'], { cwd: dir });
    expect(fromWorkbook.err).toContain('Read with sheet "Leads" of the workbook.');
    expect(fromWorkbook.code).toBe(0);
    const fromCsv = await run(['batch', 'leads.csv', '-c', 'criteria.yaml'], { cwd: dir });
    expect(fromCsv.code).toBe(0);

    const bytes = readFileSync(join(dir, 'scored.csv'));
    // UTF-8 with a BOM and CRLF, no sep= line: what Excel opens with every script intact.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(bytes.toString('utf8')).not.toContain('sep=');
    const workbookRows = await csvRows(bytes.toString('utf8'));
    const csvRowsOut = await csvRows(fromCsv.out);
    expect(workbookRows).toHaveLength(4); // header + 3 leads: rows in = rows out
    expect(workbookRows).toEqual(csvRowsOut);
    // Dates as ISO, the formula's result, numbers in full and booleans as Excel shows them.
    expect(workbookRows[1]!.slice(0, 8)).toEqual(['Анна Петрова', 'Москва', '2026-03-01', '4500', 'TRUE', '1125', '12.5', 'Closed Won']);
    expect(workbookRows.slice(1).map((row) => row.slice(8, 10))).toEqual(SCORES);
  });

  it('is recognised by content, whatever its name, and --sheet picks a sheet by name or number', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    await writeWorkbook(join(dir, 'export.csv'));
    expect(sniffFile(join(dir, 'export.csv')).kind).toBe('xlsx');
    const byName = await run(['batch', 'export.csv', '-c', 'criteria.yaml', '--sheet', 'archive', '--format', 'jsonl'], { cwd: dir });
    expect({ code: byName.code, err: byName.err }).toEqual({ code: 0, err: expect.any(String) });
    expect(byName.err).not.toContain('cannot be read');
    const byNumber = await run(['batch', 'export.csv', '-c', 'criteria.yaml', '--sheet', '2', '--format', 'jsonl'], { cwd: dir });
    expect(byNumber.out).toBe(byName.out);
    expect(JSON.parse(byName.out)).toMatchObject({ line: 2, fields: { Name: 'Old Lead', 'Signed up': '2020-01-01' } });
    const missing = await run(['batch', 'export.csv', '-c', 'criteria.yaml', '--sheet', 'Leeds'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('export.csv has no sheet "Leeds"');
    expect(missing.err).toContain('Its sheets: 1. "Leads", 2. "Archive".');
  });

  it('--sheet 1 when the first sheet is not the one named "1": refused, naming both, never picked silently', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Data', '1']) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(HEADER);
      sheet.addRow([`${name} lead`, 'Αθήνα', new Date(Date.UTC(2026, 0, 1)), 5000, true, 1250, 10, 'Closed Won']);
    }
    await workbook.xlsx.writeFile(join(dir, 'two.xlsx'));
    const ambiguous = await run(['batch', 'two.xlsx', '-c', 'criteria.yaml', '--sheet', '1', '--format', 'jsonl'], { cwd: dir });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.out).toBe('');
    expect(ambiguous.err).toContain('--sheet 1 could mean sheet number 1, "Data", or the sheet named "1", number 2');
    const second = await run(['batch', 'two.xlsx', '-c', 'criteria.yaml', '--sheet', '2', '--format', 'jsonl'], { cwd: dir });
    expect(JSON.parse(second.out)).toMatchObject({ fields: { Name: '1 lead' } });
    const first = await run(['batch', 'two.xlsx', '-c', 'criteria.yaml', '--sheet', 'Data', '--format', 'jsonl'], { cwd: dir });
    expect(JSON.parse(first.out)).toMatchObject({ fields: { Name: 'Data lead' } });
  });

  it('calibrate reads the same workbook, mapping a CRM status column with --good and --bad', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    await writeWorkbook(join(dir, 'leads.xlsx'));
    const result = await run(['calibrate', 'leads.xlsx', '-c', 'criteria.yaml', '--outcome', 'Lead Status', '--good', 'Closed Won', '--bad', 'Lost,Churned', '--format', 'json'], { cwd: dir });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { rows: number; outcomes_known: number; outcomes: { good: number; bad: number } };
    expect(report).toMatchObject({ rows: 3, outcomes_known: 3, outcomes: { good: 1, bad: 2 } });

    const unmapped = await run(['calibrate', 'leads.xlsx', '-c', 'criteria.yaml', '--outcome', 'Lead Status', '--format', 'json'], { cwd: dir });
    expect({ code: unmapped.code, err: unmapped.err }).toMatchObject({ code: 0 });
    expect(unmapped.err).toContain('3 outcome cells could not be read and count as unknown');
    expect(unmapped.err).toContain('"Closed Won" ×1, "Lost" ×1, "Churned" ×1');
    expect(unmapped.err).toContain('--good VALUES --bad VALUES');
  });

  it.each([
    ['as exceljs stores them, workbook.xml last', undefined],
    ["in Excel's order, the shared strings after the sheets", EXCEL_ORDER],
  ])('loses no part of the archive when the machine is slow, with the parts %s', async (_, order) => {
    // exceljs's own pass over the archive spooled sheets stored before the shared strings to
    // temporary files, while unzipper ran ahead, ended, and dropped the entries not yet taken.
    // A write that took a few milliseconds lost workbook.xml ("Cannot read properties of
    // undefined (reading 'sheets')", exit 1), or in Excel's order the shared strings and the
    // second sheet: every text cell silently read as {"sharedString":0}. Every write to a file
    // is made slow here.
    const dir = tempDir();
    const path = join(dir, 'leads.xlsx');
    await writeWorkbook(path);
    if (order !== undefined) await reorder(path, order);
    const kind = sniffFile(path);
    if (kind.kind !== 'xlsx') throw new Error('not sniffed as a workbook');
    const { createWriteStream } = fs;
    fs.createWriteStream = ((...args: Parameters<typeof createWriteStream>) => {
      const stream = createWriteStream(...args);
      const emit = stream.emit.bind(stream);
      stream.emit = ((event: string, ...rest: unknown[]) => {
        if (event !== 'finish') return emit(event, ...rest);
        setTimeout(() => emit(event, ...rest), 20);
        return true;
      }) as typeof stream.emit;
      return stream;
    }) as typeof createWriteStream;
    try {
      for (const sheet of ['Leads', 'Archive']) {
        const reader = await openWorkbook(ENGLISH.words.common.workbook, { source: 'leads.xlsx', path, entries: kind.entries, sheet });
        expect({ sheet: reader.sheet, sheets: reader.sheetNames, header: reader.header?.names }).toEqual({ sheet, sheets: ['Leads', 'Archive'], header: HEADER });
        const rows: string[] = [];
        for await (const batch of reader.batches()) rows.push(...batch.map((record) => record.fields[0]!));
        expect(rows).toEqual(sheet === 'Leads' ? ['Анна Петрова', 'Νίκος Παπαδόπουλος', 'Đorđe Kovač'] : ['Old Lead']);
      }
    } finally {
      fs.createWriteStream = createWriteStream;
    }
  });

  it('a sheet whose compressed bytes are damaged is a clear error naming the file, not a silent exit', async () => {
    // exceljs's own pass never settled: the process ended with exit 13 and no message.
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    const path = join(dir, 'leads.xlsx');
    await writeWorkbook(path);
    const kind = sniffFile(path);
    if (kind.kind !== 'xlsx') throw new Error('not sniffed as a workbook');
    const sheet = kind.entries.get('xl/worksheets/sheet1.xml')!;
    const bytes = readFileSync(path);
    const start = sheet.offset! + 30 + bytes.readUInt16LE(sheet.offset! + 26) + bytes.readUInt16LE(sheet.offset! + 28);
    for (let index = start + 5; index < start + 25; index++) bytes[index]! ^= 0xff;
    writeFileSync(path, bytes);
    const result = await run(['batch', 'leads.xlsx', '-c', 'criteria.yaml'], { cwd: dir });
    expect({ code: result.code, out: result.out }).toEqual({ code: 1, out: '' });
    expect(result.err).toMatch(/^clientfit: leads\.xlsx cannot be read as a workbook: .+\nOpen it in Excel and save it again as \.xlsx, or export the sheet as CSV UTF-8\.\n$/u);
  });

  it('refuses a workbook whose text table is over the limit, giving the limit and suggesting CSV', async () => {
    const dir = tempDir();
    const path = join(dir, 'leads.xlsx');
    await writeWorkbook(path);
    const kind = sniffFile(path);
    if (kind.kind !== 'xlsx') throw new Error('not sniffed as a workbook');
    await expect(openWorkbook(ENGLISH.words.common.workbook, { source: 'leads.xlsx', path, entries: kind.entries, partLimit: 100 })).rejects.toMatchObject({
      message: expect.stringMatching(/^leads\.xlsx is too large to read as a workbook: its text table is [\d.]+ MiB, over the 0\.0 MiB clientfit reads into memory$/u),
      details: [expect.stringContaining('Export the sheet as CSV')],
    });
  });

  it.each([['leads.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'a legacy Excel .xls workbook']])(
    '%s gets a "save it as .xlsx or CSV" message',
    async (name, bytes, what) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
      writeFileSync(join(dir, name), bytes);
      const result = await run(['batch', name, '-c', 'criteria.yaml'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err).toContain(`${name} is ${what}, which clientfit does not read: save it as .xlsx or CSV`);
    },
  );
});

describe('cell values become the text a person sees', () => {
  it.each([
    [4500, undefined, '4500', 4500],
    [0.1 + 0.2, undefined, '0.3', 0.3],
    [4.125, undefined, '4.125', 4.125],
    [0.25, '0%', '25%', 25],
    [true, undefined, 'TRUE', true],
    [new Date(Date.UTC(2026, 2, 1)), 'dd.mm.yyyy', '2026-03-01', '2026-03-01'],
    [new Date(Date.UTC(2026, 2, 1, 14, 30)), 'dd.mm.yyyy hh:mm', '2026-03-01 14:30', '2026-03-01 14:30'],
    [46082, 'yyyy-mm-dd', '2026-03-01', '2026-03-01'],
    [9000, undefined, '9000', 9000],
    [0.75, 'hh:mm', '18:00', '18:00'],
    [new Date(Date.UTC(1899, 11, 30, 9, 15)), 'h:mm', '09:15', '09:15'],
    ['#N/A', undefined, '#N/A', '#N/A'],
    [null, undefined, '', ''],
  ])('%j (format %s) → %j', (value, format, text, typed) => {
    expect(cellValue(value, format)).toEqual({ text, typed });
  });

  it('a date in a 1904-date-system workbook counts from 1904-01-01', () => {
    // 44990 days after 1904-01-01; the 1900 system would read it 1,462 days early (2023-03-05).
    expect(cellValue(44990, 'yyyy-mm-dd', true)).toEqual({ text: '2027-03-06', typed: '2027-03-06' });
    expect(cellValue(44990, 'yyyy-mm-dd')).toEqual({ text: '2023-03-05', typed: '2023-03-05' });
  });
});

describe('a Google Forms responses file', () => {
  const QUESTIONS = {
    budget: 'What budget do you have in mind for this project (in EUR)?',
    upfront: 'Are you able to pay 50% of the fee upfront, before work begins?',
    deadline: 'Is the deadline flexible if the scope changes during the project?',
  };
  const criteria = (decimal: string): string => `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: budget
    question: Budget?
    type: number
    min: 2000
    column: ["${QUESTIONS.budget}"]${decimal}
  - id: upfront
    question: Pays upfront?
    type: yes-no
    column: ["${QUESTIONS.upfront}"]
  - id: deadline
    question: Deadline flexible?
    type: yes-no
    column: ["${QUESTIONS.deadline}"]
`;
  const form = (budget: string): string =>
    [
      `Timestamp,Email Address,Your name,${QUESTIONS.budget},"${QUESTIONS.upfront}",${QUESTIONS.deadline}`,
      `2026/03/01 10:15:22 AM GMT+1,anna@example.com,Anna Petrova,${budget},Yes,Not sure`,
      '2026/03/02 9:01:05 AM GMT+1,bob@example.com,Bob Stone,3000,No,Yes',
      '',
    ].join('\n');

  it('€4.500 is not read as 4.5: it is invalid and both readings are named; Not sure is to ask', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), criteria(''));
    writeFileSync(join(dir, 'form.csv'), form('€4.500'));
    const result = await run(['batch', 'form.csv', '-c', 'criteria.yaml', '--format', 'table'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `line 2, column "${QUESTIONS.budget}": "€4.500" could be 4.5 or 4500: for 4500 pass --decimal-comma (or give the criterion decimal: comma), for 4.5 give the criterion decimal: point`,
    );
    expect(result.err).not.toContain('Not sure');
    // The table names leads by the name column, not by the Timestamp.
    const [head, anna] = result.out.split('\n');
    expect(head).toMatch(/^line\s+Your name\s+score/u);
    expect(anna).toMatch(/^\s+2\s+Anna Petrova\s+\d+\s+review\s+deadline, budget$/u);
  });

  it('with decimal: comma on the criterion, €4.500 scores as 4500, equal to a plain 4500', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), criteria('\n    decimal: comma'));
    writeFileSync(join(dir, 'form.csv'), form('€4.500'));
    writeFileSync(join(dir, 'plain.csv'), form('4500'));
    const dressed = await run(['batch', 'form.csv', '-c', 'criteria.yaml', '--strict'], { cwd: dir });
    const plain = await run(['batch', 'plain.csv', '-c', 'criteria.yaml', '--strict'], { cwd: dir });
    expect(dressed.code).toBe(0);
    const scores = async (text: string): Promise<string[][]> => (await csvRows(text)).map((row) => row.slice(6));
    expect(await csvRows(dressed.out)).toHaveLength(3);
    expect(await scores(dressed.out)).toEqual(await scores(plain.out));
    expect((await scores(dressed.out))[1]).toEqual(['67', 'review', '', 'deadline']);
  });
});
