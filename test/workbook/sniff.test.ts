/** What a lead file is, by content: CSV text, an .xlsx workbook, or a spreadsheet clientfit refuses. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { run as spawned } from '../helpers/cli.js';
import { run, tempDir } from '../helpers/main.js';
import { sniffFile } from '../../src/workbook/sniff.js';

async function zip(path: string, files: Record<string, string>): Promise<void> {
  const archive = new JSZip();
  for (const [name, text] of Object.entries(files)) archive.file(name, text);
  writeFileSync(path, await archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const CRITERIA = 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: polite, question: Polite?, type: yes-no }\n';

describe('sniffFile', () => {
  it('tells CSV text, workbooks, OpenDocument, Numbers, .xls and other ZIPs apart by content', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain.xlsx'), 'name,polite\nAnna,yes\n');
    writeFileSync(join(dir, 'pk.csv'), 'PK,polite\nAnna,yes\n');
    await zip(join(dir, 'book.bin'), { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': '<sst/>' });
    await zip(join(dir, 'sheet.ods'), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    await zip(join(dir, 'table.numbers'), { 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' });
    await zip(join(dir, 'other.zip'), { 'readme.txt': 'hello' });
    writeFileSync(join(dir, 'old.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]));
    expect(sniffFile(join(dir, 'plain.xlsx'))).toEqual({ kind: 'text' });
    expect(sniffFile(join(dir, 'pk.csv'))).toEqual({ kind: 'text' });
    const book = sniffFile(join(dir, 'book.bin'));
    expect(book.kind).toBe('xlsx');
    if (book.kind === 'xlsx')
      expect(book.entries.get('xl/sharedStrings.xml')).toEqual({ name: 'xl/sharedStrings.xml', size: 6, compressedSize: expect.any(Number), offset: expect.any(Number), method: 8 });
    expect(sniffFile(join(dir, 'sheet.ods'))).toEqual({ kind: 'legacy', format: 'ods' });
    expect(sniffFile(join(dir, 'table.numbers'))).toEqual({ kind: 'legacy', format: 'numbers' });
    expect(sniffFile(join(dir, 'other.zip'))).toEqual({ kind: 'zip' });
    expect(sniffFile(join(dir, 'old.xls'))).toEqual({ kind: 'legacy', format: 'xls' });
  });

  it.each([
    ['sheet.ods', 'an OpenDocument .ods spreadsheet'],
    ['table.numbers', 'an Apple Numbers document'],
  ])('batch refuses %s with "save it as .xlsx or CSV"', async (name, what) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    if (name.endsWith('.ods')) await zip(join(dir, name), { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    else await zip(join(dir, name), { 'Index/Document.iwa': 'x' });
    const result = await run(['batch', name, '-c', 'criteria.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(`${name} is ${what}, which clientfit does not read: save it as .xlsx or CSV`);
  });

  it('a Numbers document saved as a package folder gets the same message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    mkdirSync(join(dir, 'leads.numbers', 'Index'), { recursive: true });
    const result = await run(['batch', 'leads.numbers', '-c', 'criteria.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.err).toContain('leads.numbers is an Apple Numbers document, which clientfit does not read: save it as .xlsx or CSV');
  });

  it('a workbook piped to standard input is named as one, not decoded as a legacy code page', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    await zip(join(dir, 'book.xlsx'), { 'xl/workbook.xml': '<workbook/>' });
    const result = await run(['batch', '-c', 'criteria.yaml'], { cwd: dir, input: readFileSync(join(dir, 'book.xlsx')) });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('<stdin> is a spreadsheet file (a ZIP or an OLE2 document), not CSV text: give a workbook as a file name');
  });

  it('a CSV from a pipe given by name (a FIFO, as <(cat leads.csv)) keeps its first bytes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    execFileSync('mkfifo', [join(dir, 'leads.fifo')]);
    const [result] = await Promise.all([spawned(['batch', 'leads.fifo', '-c', 'criteria.yaml'], { cwd: dir }), writeFile(join(dir, 'leads.fifo'), 'polite\nyes\n')]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('polite,clientfit_score,clientfit_verdict,clientfit_failed,clientfit_unknown\nyes,100,accept,,\n');
  });

  it('--sheet on a CSV is a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
    writeFileSync(join(dir, 'leads.csv'), 'polite\nyes\n');
    const result = await run(['batch', 'leads.csv', '-c', 'criteria.yaml', '--sheet', '2'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.err).toContain('--sheet is for .xlsx workbooks, and leads.csv is not one');
  });
});
