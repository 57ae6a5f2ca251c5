#!/usr/bin/env node
/**
 * Which .xlsx reader: time and peak memory reading a generated lead workbook (10 columns:
 * Cyrillic, Greek and Latin names, a date, numbers, a boolean, a formula, shared strings).
 *
 *   node bench/workbook.mjs [rows]          # default 50000; `npm run build` first (for "batch")
 *   node bench/workbook.mjs --gen ROWS FILE # only write the workbook
 *   node bench/workbook.mjs FILE.xlsx       # measure on a workbook written earlier
 *
 * Each reader runs in its own process (peak RSS is per process), three times; the best time
 * and the largest peak are printed. Candidates: clientfit's own reader (src/workbook/xml.ts and
 * read.ts, bundled here with esbuild), exceljs's streaming WorkbookReader (a devDependency: the
 * tests write workbooks with it) and, with `npm install --no-save read-excel-file`,
 * read-excel-file, and with `npm install --no-save @e965/xlsx`, SheetJS. "batch" is the built
 * CLI end to end: read, score, write CSV to /dev/null.
 *
 * Measured here (Node 20.20, 2 cores shared with other work, load average about 20), reading
 * only, best of 3: 50,000 rows, clientfit 4.18 s / 94 MiB peak RSS, exceljs 9.55 s / 184 MiB,
 * SheetJS 16.76 s / 222 MiB (it holds the whole workbook; it has no streaming reader). The CLI
 * end to end, before and after the own reader, and a ZIP bomb: README, Performance, Workbooks.
 * Earlier, read-excel-file at 125,000 rows: 48-54 s / 464 MiB, or "RangeError: Maximum call
 * stack size exceeded" when the machine was busy.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const RUNS = 3;
const CRITERIA = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: budget, question: Budget?, type: number, min: 2000, column: [Budget] }
  - { id: upfront, question: Upfront?, type: yes-no, column: [Pays upfront] }
  - { id: per_week, question: Per week?, type: number, min: 300, column: [Budget per week] }
  - { id: industry, question: Industry?, type: choice, options: [{ value: SaaS, points: 10 }, { value: Retail, points: 5 }, { value: Healthcare, points: 5 }, { value: Финансы, points: 5 }, { value: Τουρισμός, points: 0 }], column: [Industry] }
`;

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

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const readers = {
  async clientfit(file) {
    const { build } = await import('esbuild');
    const outdir = mkdtempSync(join(tmpdir(), 'clientfit-wb-reader-'));
    await build({ entryPoints: [join(ROOT, 'bench/workbook-reader.ts')], bundle: true, platform: 'node', format: 'esm', outdir, logLevel: 'warning' });
    const { readWorkbook } = await import(join(outdir, 'workbook-reader.js'));
    rmSync(outdir, { recursive: true, force: true });
    return readWorkbook(file);
  },
  async batch(file) {
    const criteria = join(dirname(file), 'criteria.yaml');
    writeFileSync(criteria, CRITERIA);
    // The CLI's own peak, not this process's: it reports it on exit through a preloaded module.
    const peak = join(dirname(file), 'peak.json');
    execFileSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(peak)},String(process.resourceUsage().maxRSS)))`,
        join(ROOT, 'bin/clientfit.js'),
        'batch',
        file,
        '-c',
        criteria,
        '-o',
        '/dev/null',
      ],
      { stdio: 'ignore' },
    );
    return { childMaxRssMiB: Number(readFileSync(peak, 'utf8')) / 1024 };
  },
  /** SheetJS 0.20.3 as published on npm by its mirror @e965/xlsx: the whole workbook read at once. */
  async sheetjs(file) {
    const XLSX = await import('@e965/xlsx');
    const { readFileSync: read } = await import('node:fs');
    const workbook = XLSX.read(read(file), { dense: true, sheets: 0, cellDates: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0]];
    let rows = 0;
    let cells = 0;
    for (const row of sheet['!data'] ?? []) {
      if (row === undefined) continue;
      rows++;
      for (const cell of row) if (cell !== undefined && cell.v !== undefined && cell.v !== '') cells++;
    }
    return { rows, cells };
  },
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
  const { childMaxRssMiB, ...counted } = await readers[name](file);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: childMaxRssMiB ?? process.resourceUsage().maxRSS / 1024, ...counted }));
} else {
  // A number of rows to generate, or a workbook written earlier with --gen.
  const given = process.argv[2]?.endsWith('.xlsx') ? process.argv[2] : undefined;
  const rows = Number(given === undefined ? (process.argv[2] ?? 50_000) : Number.NaN);
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-wb-'));
  const file = join(dir, 'leads.xlsx');
  try {
    const start = performance.now();
    if (given === undefined) await generate(file, rows);
    else copyFileSync(given, file);
    console.log(
      `${given ?? `generated ${rows.toLocaleString('en-US')} rows x 10 columns`}: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB${given === undefined ? ` in ${((performance.now() - start) / 1000).toFixed(1)} s` : ''}`,
    );
    const baseline = JSON.parse(execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify({maxRssMiB: process.resourceUsage().maxRSS / 1024}))'], { encoding: 'utf8' })).maxRssMiB;
    console.log(`bare node peak RSS: ${baseline.toFixed(0)} MiB`);
    const installed = (name) => {
      try {
        execFileSync(process.execPath, ['-e', `import(${JSON.stringify(name)})`], { stdio: 'ignore', cwd: ROOT });
        return true;
      } catch {
        return false;
      }
    };
    const optional = { 'read-excel-file': 'read-excel-file/node', sheetjs: '@e965/xlsx' };
    for (const name of Object.keys(readers).filter((reader) => optional[reader] === undefined || installed(optional[reader]))) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(JSON.parse(execFileSync(process.execPath, [SELF, '--read', name, file], { encoding: 'utf8' })));
      }
      const best = Math.min(...runs.map((r) => r.ms));
      const peak = Math.max(...runs.map((r) => r.maxRssMiB));
      console.log(
        `${name.padEnd(16)} ${(best / 1000).toFixed(2).padStart(6)} s  peak RSS ${peak.toFixed(0).padStart(5)} MiB  ${runs[0].rows === undefined ? '(read, scored, written)' : `(${runs[0].rows.toLocaleString('en-US')} rows, ${runs[0].cells.toLocaleString('en-US')} cells)`}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
