/**
 * Workbooks that are not what they claim, run through the built CLI as a real process: the
 * point is that Node never crashes (a ZIP bomb ended in "Fatal JavaScript invalid size error",
 * exit 133, at 2 GB), and that each is named for what it is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { oleContainer, workbookParts, zipArchive } from './xlsx.js';

const CRITERIA = 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: upfront, question: Pays upfront?, type: yes-no, column: [Upfront] }\n';

async function batch(name: string, bytes: Buffer): Promise<Awaited<ReturnType<typeof run>>> {
  const dir = tempDir();
  writeFileSync(join(dir, 'criteria.yaml'), CRITERIA);
  writeFileSync(join(dir, name), bytes);
  return run(['batch', name, '-c', 'criteria.yaml'], { cwd: dir });
}

/** A process that ended as a program ends: exit 1, nothing on stdout, no crash and no stack trace. */
function expectRefused(result: Awaited<ReturnType<typeof run>>): void {
  expect({ code: result.code, signal: result.signal, out: result.out }).toEqual({ code: 1, signal: null, out: '' });
  expect(result.err).not.toMatch(/Fatal|FATAL|heap|RangeError|\n\s+at /u);
}

describe('hostile workbooks on the built CLI', () => {
  it('a text table that declares 1 KiB and inflates to 80 MiB (a ZIP bomb) is stopped at the limit, naming the file and the limit', async () => {
    // Small on disk (about 80 KB): a few texts, then 80 MiB of the blanks XML allows between tags.
    const table = Buffer.concat([Buffer.from('<sst><si><t>lead</t></si>'), Buffer.alloc(80 * 1024 * 1024, ' '), Buffer.from('<si><t>end</t></si></sst>')]);
    const parts = workbookParts([{ name: 'Leads', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }]).map((part) =>
      part.name === 'xl/sharedStrings.xml' ? { name: part.name, data: table, declaredSize: 1024 } : part,
    );
    const bomb = zipArchive(parts);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await batch('bomb.xlsx', bomb);
    expectRefused(result);
    expect(result.err).toBe(
      'clientfit: bomb.xlsx is too large to read as a workbook: its part xl/sharedStrings.xml holds more than 64 MiB, the most clientfit reads from it\n' +
        'Export the sheet as CSV (in Excel: File > Save As > CSV UTF-8) and score that: CSV is read as a stream, whatever its size.\n',
    );
    // Writing and reading 80 MiB on a machine shared with other work: more than the default 30 s may pass.
  }, 120_000);

  it('a workbook cut short (no table of contents at its end) is a damaged workbook, not a CSV in a legacy code page', async () => {
    const whole = zipArchive(workbookParts([{ name: 'Leads', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Upfront</t></is></c></row>' }]));
    const result = await batch('leads.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expectRefused(result);
    expect(result.err).toBe(
      'clientfit: leads.xlsx is a damaged workbook: it ends before its table of contents, so it was probably cut short in a download or a copy\n' +
        'Get the file again, or open it in Excel (which offers to repair it) and save it as .xlsx.\n',
    );
  });

  it('a password-protected .xlsx (an OLE2 container with an EncryptedPackage) says so, not "legacy .xls"', async () => {
    const result = await batch('leads.xlsx', oleContainer());
    expectRefused(result);
    expect(result.err).toContain('clientfit: leads.xlsx is a password-protected workbook: its contents are encrypted, and clientfit does not read encrypted workbooks\n');
    expect(result.err).toContain('save it without a password');
    expect(result.err).not.toContain('.xls workbook');
    // The same container holding a Workbook stream is a legacy .xls.
    const legacy = await batch('old.xls', oleContainer('Workbook'));
    expectRefused(legacy);
    expect(legacy.err).toContain('old.xls is a legacy Excel .xls workbook, which clientfit does not read: save it as .xlsx or CSV');
  });
});
