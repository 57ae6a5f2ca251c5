#!/usr/bin/env node
/**
 * Which .xlsx reader: time and peak memory reading a generated lead workbook (10 columns:
 * Cyrillic, Greek and Latin names, a date, numbers, a boolean, a formula, shared strings).
 *
 *   npm install --no-save read-excel-file   # the other candidate (exceljs is a dependency)
 *   node bench/workbook.mjs [rows]          # default 50000
 *
 * Each reader runs in its own process (peak RSS is per process), three times; the best time
 * and the largest peak are printed. Candidates: exceljs's streaming WorkbookReader (chosen)
 * and read-excel-file. SheetJS `xlsx` 0.18.5 from the npm registry is not a candidate.
 *
 * Measured here (Node 20.20, 2 shared cores), 50,000 rows, 3.6 MiB (20 MB of sheet XML):
 *   read-excel-file    1.49 s  peak RSS   186 MiB
 *   exceljs            1.46 s  peak RSS   172 MiB      (bare node: 41 MiB)
 * and at 125,000 rows: exceljs 7.5 s / 225 MiB; read-excel-file 48-54 s / 464 MiB, or
 * "RangeError: Maximum call stack size exceeded" when the machine was busy; at 200,000
 * rows read-excel-file overflowed the stack, exceljs read them in 262 MiB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const RUNS = 3;

const FIRST = ['Анна', 'Ирина', 'Νίκος', 'Μαρία', 'John', 'Marta', 'Đorđe', 'Zoë'];
const LAST = ['Петрова', 'Смирнова', 'Παπαδόπουλος', 'Γεωργίου', 'Smith', 'Kovač', 'Müller', 'Dubois'];

async function generate(file, rows) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Leads');
  sheet.columns = [
    { header: 'Name', key: 'name' },
    { header: 'Email', key: 'email' },
    { header: 'Signed up', key: 'date', style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Budget', key: 'budget' },
    { header: 'Pays upfront', key: 'upfront' },
    { header: 'Hourly rate', key: 'rate' },
    { header: 'Deadline weeks', key: 'weeks' },
    { header: 'Budget per week', key: 'perWeek' },
    { header: 'Industry', key: 'industry' },
    { header: 'Notes', key: 'notes' },
  ];
  const industries = ['SaaS', 'Retail', 'Финансы', 'Τουρισμός', 'Healthcare'];
  for (let index = 0; index < rows; index++) {
    const weeks = 1 + (index % 12);
    const budget = 500 + ((index * 7919) % 20000);
    sheet
      .addRow({
        name: `${FIRST[index % FIRST.length]} ${LAST[(index * 3) % LAST.length]}`,
        email: `lead${index}@example.com`,
        date: new Date(Date.UTC(2025, index % 12, 1 + (index % 28))),
        budget,
        upfront: index % 3 !== 0,
        rate: 20 + (index % 80) + 0.5,
        weeks,
        perWeek: { formula: `D${index + 2}/G${index + 2}`, result: budget / weeks },
        industry: industries[index % industries.length],
        notes: index % 10 === 0 ? 'wants it ASAP, said "no contract" twice' : '',
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

const readers = {
  async 'read-excel-file'(file) {
    const { readSheet } = await import('read-excel-file/node');
    const data = await readSheet(file, { trim: false });
    let cells = 0;
    for (const row of data) for (const cell of row) if (cell !== null) cells++;
    return { rows: data.length, cells };
  },
  async exceljs(file) {
    const { default: ExcelJS } = await import('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    let rows = 0;
    let cells = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows++;
        row.eachCell(() => cells++);
      }
      break;
    }
    return { rows, cells };
  },
};

// node bench/workbook.mjs --gen ROWS FILE: only write the workbook (for trying the CLI on it).
if (process.argv[2] === '--gen') {
  await generate(process.argv[4], Number(process.argv[3]));
  process.exit(0);
}
if (process.argv[2] === '--read') {
  const [, , , name, file] = process.argv;
  const start = performance.now();
  const counted = await readers[name](file);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...counted }));
} else {
  const rows = Number(process.argv[2] ?? 50_000);
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-wb-'));
  const file = join(dir, 'leads.xlsx');
  try {
    const start = performance.now();
    await generate(file, rows);
    console.log(`generated ${rows.toLocaleString('en-US')} rows x 10 columns: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const baseline = JSON.parse(execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify({maxRssMiB: process.resourceUsage().maxRSS / 1024}))'], { encoding: 'utf8' })).maxRssMiB;
    console.log(`bare node peak RSS: ${baseline.toFixed(0)} MiB`);
    for (const name of Object.keys(readers)) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(JSON.parse(execFileSync(process.execPath, [SELF, '--read', name, file], { encoding: 'utf8' })));
      }
      const best = Math.min(...runs.map((r) => r.ms));
      const peak = Math.max(...runs.map((r) => r.maxRssMiB));
      console.log(
        `${name.padEnd(16)} ${(best / 1000).toFixed(2).padStart(6)} s  peak RSS ${peak.toFixed(0).padStart(5)} MiB  (${runs[0].rows.toLocaleString('en-US')} rows, ${runs[0].cells.toLocaleString('en-US')} cells)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
