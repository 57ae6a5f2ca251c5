/**
 * A workbook's cells read as Excel shows them, from XML as Excel writes it: phonetic guides are
 * not the text, rich-text runs are joined, a formula's error result is its error text, Excel's
 * _xHHHH_ escapes are decoded; and the first sheet a person sees is the first visible one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/main.js';
import { sniffFile } from '../../src/workbook/sniff.js';
import { openWorkbook } from '../../src/workbook/read.js';
import { inlineRow, type SheetSpec, workbookParts, zipArchive } from './xlsx.js';
import { ENGLISH } from '../../src/i18n/index.js';

const CRITERIA = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: upfront, question: Pays upfront?, type: yes-no, column: [Upfront] }
`;

/** Writes the workbook, then reads its first row's Name column and the rest, as batch --format jsonl gives them. */
async function batch(sheets: readonly SheetSpec[], strings: readonly string[] = [], args: readonly string[] = []): Promise<{ code: number | null; err: string; rows: Record<string, unknown>[] }> {
  const dir = tempDir();
  writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
  writeFileSync(join(dir, 'leads.xlsx'), zipArchive(workbookParts(sheets, strings)));
  const result = await run(['batch', 'leads.xlsx', '-c', 'criteria.yaml', '--format', 'jsonl', ...args], { cwd: dir });
  const rows = result.out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code: result.code, err: result.err, rows };
}

const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
const STRINGS = ['<t>Name</t>', '<t>Upfront</t>'];

describe('cell text as Excel shows it', () => {
  it('phonetic guides (rPh) are never the text; rich-text runs (r) are joined', async () => {
    // exceljs read 山田 as ヤマダ, and "ok" as PHONETIC.
    const strings = [
      ...STRINGS,
      '<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/>',
      '<t>ok</t><rPh><t>PHONETIC</t></rPh>',
      '<r><rPr><b/></rPr><t>Κα</t></r><r><t xml:space="preserve">λός</t></r><rPh sb="0" eb="1"><t>X</t></rPh>',
      '<t>yes</t>',
    ];
    const rows = `${HEADER}${[2, 3, 4].map((row) => `<row r="${row}"><c r="A${row}" t="s"><v>${row}</v></c><c r="B${row}" t="s"><v>5</v></c></row>`).join('')}${'<row r="5"><c r="A5" t="inlineStr"><is><r><t>Анна </t></r><r><t>Петрова</t></r><rPh><t>アンナ</t></rPh></is></c></row>'}`;
    const result = await batch([{ name: 'Leads', rows }], strings);
    expect(result.code).toBe(0);
    expect(result.rows.map((row) => (row.fields as Record<string, string>).Name)).toEqual(['山田', 'ok', 'Καλός', 'Анна Петрова']);
  });

  it('a formula whose cached result is an error reads as the error text as shown', async () => {
    // exceljs gave "" (scored unknown, no word of why).
    const rows = `${HEADER}<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2" t="e"><f>VLOOKUP(A2,Z:Z,2,0)</f><v>#N/A</v></c></row>`;
    const result = await batch([{ name: 'Leads', rows }], STRINGS);
    expect(result.code).toBe(0);
    expect(result.rows[0]!.fields).toEqual({ Name: '#DIV/0!', Upfront: '#N/A' });
    expect(result.err).toContain('"#N/A"');
  });

  it("Excel's _xHHHH_ escapes are decoded, and _x005F_ escapes the escape", async () => {
    // Read literally, yes_x000D_ was an invalid answer.
    const strings = [...STRINGS, '<t>yes_x000D_</t>', '<t>Line1_x000D_\nLine2</t>', '<t>_x005F_x000D_ stays, _x0041_ is A, _xd83d__xde00_</t>'];
    const rows =
      `${HEADER}<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>2</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="inlineStr"><is><t>no_x000D_</t></is></c></row>` +
      // A formula's text result, and an inline string a writer put in <v>.
      '<row r="4"><c r="A4" t="str"><f>A1&amp;"!"</f><v>R&amp;D_x000D_</v></c><c r="B4" t="inlineStr"><v>yes_x000D_</v></c></row>';
    const result = await batch([{ name: 'Leads', rows }], strings);
    expect(result.code).toBe(0);
    expect(result.err).not.toContain('invalid');
    expect(result.rows.map((row) => [(row.fields as Record<string, string>).Name, row.verdict])).toEqual([
      ['Line1\r\nLine2', 'accept'],
      ['_x000D_ stays, A is A, 😀', 'reject'],
      ['R&D\r', 'accept'],
    ]);
  });
});

describe('which sheet is read', () => {
  const sheets: SheetSpec[] = [
    { name: 'Lookup', state: 'hidden', rows: inlineRow(1, ['Code', 'Upfront']) + inlineRow(2, ['X1', 'no']) },
    { name: 'Leads', rows: inlineRow(1, ['Name', 'Upfront']) + inlineRow(2, ['Anna', 'yes']) },
    { name: 'Secret', state: 'veryHidden', rows: inlineRow(1, ['Name']) },
  ];

  it('a hidden first sheet is skipped: the first visible one is read, and the summary names it', async () => {
    const result = await batch(sheets);
    expect(result.code).toBe(0);
    expect(result.rows).toMatchObject([{ line: 2, fields: { Name: 'Anna', Upfront: 'yes' } }]);
    expect(result.err).toContain('Read with sheet "Leads" of the workbook.');
  });

  it('--sheet still reads a hidden sheet by number or name, and the list of sheets says which are hidden', async () => {
    expect((await batch(sheets, [], ['--sheet', '1'])).rows).toMatchObject([{ fields: { Code: 'X1' } }]);
    expect((await batch(sheets, [], ['--sheet', 'lookup'])).rows).toMatchObject([{ fields: { Code: 'X1' } }]);
    const missing = await batch(sheets, [], ['--sheet', 'Leeds']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Its sheets: 1. "Lookup" (hidden), 2. "Leads", 3. "Secret" (hidden).');
  });

  it('a workbook whose every sheet is hidden has no sheet to read by default', async () => {
    const result = await batch([sheets[0]!, sheets[2]!]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('leads.xlsx has no sheets');
    expect(result.err).toContain('Its sheets: 1. "Lookup" (hidden), 2. "Secret" (hidden).');
  });
});

describe('parts that are too large or not as Excel writes them', () => {
  async function open(parts: ReturnType<typeof workbookParts>, limits: { partLimit?: number; sheetLimit?: number } = {}): Promise<string[][]> {
    const path = join(tempDir(), 'leads.xlsx');
    writeFileSync(path, zipArchive(parts));
    const kind = sniffFile(path);
    if (kind.kind !== 'xlsx') throw new Error('not sniffed as a workbook');
    const reader = await openWorkbook(ENGLISH.words.common.workbook, { source: 'leads.xlsx', path, entries: kind.entries, ...limits });
    const rows = [reader.header!.names];
    for await (const batch of reader.batches()) rows.push(...batch.map((record) => record.fields));
    return rows;
  }
  const rows = Array.from({ length: 2000 }, (_, index) => inlineRow(index + 1, [`Lead ${index}`, 'yes'])).join('');

  it('a sheet is read as a stream up to its limit, counted in bytes inflated, and refused past it', async () => {
    expect(await open(workbookParts([{ name: 'Leads', rows }]))).toHaveLength(2000);
    await expect(open(workbookParts([{ name: 'Leads', rows }]), { sheetLimit: 64 * 1024 })).rejects.toMatchObject({
      message: 'leads.xlsx is too large to read as a workbook: its part xl/worksheets/sheet1.xml holds more than 0.1 MiB, the most clientfit reads from it',
      details: [expect.stringContaining('Export the sheet as CSV')],
    });
  });

  it('a text run over 4 MiB, a cell beyond column XFD, a part cut short or missing: a damaged workbook, naming the part', async () => {
    const cases: [string, ReturnType<typeof workbookParts>][] = [
      ['its part xl/sharedStrings.xml is not XML as Excel writes it', workbookParts([{ name: 'Leads', rows }], [`<t>${'a'.repeat(5 * 1024 * 1024)}</t>`])],
      ['its part xl/worksheets/sheet1.xml is not XML as Excel writes it', workbookParts([{ name: 'Leads', rows: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }])],
      ['its part xl/worksheets/sheet1.xml is cut short', workbookParts([{ name: 'Leads', rows: `${rows}<row r="2001"><c r="A2001" t="inl` }])],
      ['its part xl/worksheets/sheet1.xml is not XML as Excel writes it', workbookParts([{ name: 'Leads', rows: `<!DOCTYPE x [<!ENTITY a "aaaa">]>${rows}` }])],
      ['its part xl/worksheets/sheet1.xml is missing', workbookParts([{ name: 'Leads', rows }]).filter((part) => !part.name.includes('worksheets'))],
    ];
    for (const [problem, parts] of cases) {
      await expect(open(parts), problem).rejects.toMatchObject({
        message: `leads.xlsx is a damaged workbook: ${problem}`,
        details: ['Get the file again, or open it in Excel (which offers to repair it) and save it as .xlsx.'],
      });
    }
  });
});
