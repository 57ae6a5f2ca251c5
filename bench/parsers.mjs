#!/usr/bin/env node
// How the CSV parser library was chosen: parse-only time and peak RSS per candidate,
// plus a csv-spectrum and ragged-row check of each.
//
//   node bench/parsers.mjs FILE            every candidate and the floor, each in its own process
//   node bench/parsers.mjs FILE PARSER     one of: papaparse udsv csv-parse floor
//
// Only papaparse is a dependency. For the others: npm install --no-save udsv csv-parse
// "floor" runs the real reader (dist/csv/read.js: decode + parse + line numbers); build it
// first with: npm run build
import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CHUNK_BYTES = 1 << 20;
const CANDIDATES = ['papaparse', 'udsv', 'csv-parse', 'floor'];

/** Each candidate in its streaming mode: reads a byte stream, hands parsed rows (header included) to onRows. */
const parsers = {
  /** Papa.parse on a Node stream: its own chunked streamer (the "chunk mode"). */
  async papaparse(stream, onRows) {
    const Papa = require('papaparse');
    stream.setEncoding('utf8');
    await new Promise((resolve, reject) => {
      Papa.parse(stream, {
        chunk: (results) => onRows(results.data),
        complete: resolve,
        error: reject,
      });
    });
  },
  /** uDSV's incremental parser: schema inferred from the first chunk, then chunk()/end().
   *  `header: () => []` keeps the header row in the output like the other candidates. */
  async udsv(stream, onRows) {
    const { inferSchema, initParser } = await import('udsv');
    stream.setEncoding('utf8');
    let parser = null;
    const batch = [];
    const collect = (row) => {
      batch.push(row);
    };
    for await (const text of stream) {
      parser ??= initParser(inferSchema(text, { header: () => [] }));
      parser.chunk(text, parser.stringArrs, collect);
      onRows(batch.splice(0));
    }
    parser?.end();
    onRows(batch.splice(0));
  },
  /** csv-parse's Node stream API on raw bytes (it decodes UTF-8 itself). relax_quotes: a quote
   *  inside an unquoted field is data (csv-spectrum's location_coordinates needs it). */
  async 'csv-parse'(stream, onRows) {
    const { parse } = await import('csv-parse');
    const parser = stream.pipe(parse({ relax_column_count: true, relax_quotes: true }));
    const batch = [];
    parser.on('data', (row) => {
      batch.push(row);
      if (batch.length >= 10_000) onRows(batch.splice(0));
    });
    await new Promise((resolve, reject) => {
      parser.on('end', resolve);
      parser.on('error', reject);
    });
    onRows(batch.splice(0));
  },
  /** The real reader (decode + sniff + parse + line numbers): the floor for `clientfit batch`. */
  async floor(stream, onRows) {
    const distRead = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'csv', 'read.js');
    const { openCsv } = await import(distRead);
    const reader = await openCsv(stream, { source: 'bench' });
    if (reader.header) onRows([reader.header.names]);
    for await (const batch of reader.batches()) onRows(batch.map((record) => record.fields));
  },
};

/** A byte stream of a file path or of an in-memory buffer. */
function streamOf(source) {
  return typeof source === 'string' ? createReadStream(source, { highWaterMark: CHUNK_BYTES }) : Readable.from([source], { objectMode: false });
}

async function parseAll(name, source) {
  const rows = [];
  await parsers[name](streamOf(source), (batch) => {
    for (const row of batch) rows.push(row);
  });
  return rows;
}

/** csv-spectrum: every CSV against its JSON. location_coordinates.json in csv-spectrum 2.0.0
 *  is a bare object with a different phone number than the CSV (a known defect of the
 *  package), so that case is compared on the other cells only. */
async function spectrumFailures(name) {
  const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', 'csv-spectrum');
  const failures = [];
  for (const file of readdirSync(join(dir, 'csvs'))) {
    const caseName = basename(file, '.csv');
    const expectedJson = JSON.parse(readFileSync(join(dir, 'json', `${caseName}.json`), 'utf8'));
    const expected = [expectedJson].flat();
    let rows;
    try {
      rows = await parseAll(name, readFileSync(join(dir, 'csvs', file)));
    } catch (error) {
      failures.push(`${caseName} (threw ${error.message})`);
      continue;
    }
    const [header = [], ...records] = rows.filter((row) => !(row.length === 1 && row[0] === ''));
    const actual = records.map((record) => Object.fromEntries(header.map((key, i) => [key, record[i]])));
    if (caseName === 'location_coordinates') {
      for (const row of [...actual, ...expected]) delete row['Contact Phone Number'];
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(caseName);
  }
  return failures;
}

/** Ragged rows must come back as-is: the scorer reports them per line. */
async function raggedOk(name) {
  const rows = await parseAll(name, Buffer.from('a,b,c\n1,2,3,4\n5\n6,7,8'));
  return JSON.stringify(rows) === JSON.stringify([['a', 'b', 'c'], ['1', '2', '3', '4'], ['5'], ['6', '7', '8']]);
}

async function measureOne(file, name) {
  let rows = 0;
  const start = performance.now();
  await parsers[name](streamOf(file), (batch) => {
    rows += batch.length;
  });
  const ms = performance.now() - start;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  const failures = await spectrumFailures(name);
  return {
    parser: name,
    rows,
    ms: Math.round(ms),
    maxRssMiB: Math.round(maxRssMiB),
    spectrum: failures.length === 0 ? 'pass' : `FAIL: ${failures.join(', ')}`,
    ragged: (await raggedOk(name)) ? 'as-is' : 'ALTERED',
  };
}

function measureEachInChildProcess(file) {
  const self = fileURLToPath(import.meta.url);
  for (const name of CANDIDATES) {
    const child = spawnSync(process.execPath, [self, file, name], { encoding: 'utf8' });
    const out = child.status === 0 ? child.stdout.trim() : `${name}: failed: ${child.stderr.trim().split('\n')[0]}`;
    console.log(out);
  }
}

const [file, name] = process.argv.slice(2);
if (!file || (name && !CANDIDATES.includes(name))) {
  console.error(`usage: node bench/parsers.mjs FILE [${CANDIDATES.join('|')}]`);
  process.exit(2);
}
if (name) {
  const r = await measureOne(file, name);
  console.log(`${r.parser.padEnd(10)} rows=${r.rows} time=${r.ms} ms  maxRSS=${r.maxRssMiB} MiB  csv-spectrum=${r.spectrum}  ragged=${r.ragged}`);
} else {
  measureEachInChildProcess(file);
}
