#!/usr/bin/env node
// `npm run bench`: start-up, batch, calibrate, the parser's parse-only floor and Miller doing the
// same scoring, timed side by side on this machine. Prints a Markdown table (paste it into the README).
//
// Usage: node bench/run.mjs [--rows 1000000] [--runs 3] [--skip-mlr]
// Wall time: the median of --runs runs (Miller: one run). Peak RSS: GNU time's maximum resident set size.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clientfit.js');
const CRITERIA = join(ROOT, 'criteria', 'freelancer.yaml');
const DATA = join(ROOT, 'bench', 'data');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const ROWS = Number(option('--rows', '1000000'));
const SMALL_ROWS = Math.max(1, Math.floor(ROWS / 10));
const RUNS = Number(option('--runs', '3'));
const SKIP_MLR = args.includes('--skip-mlr');

function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** The first line of a file, to tell a data file of an older generator from a current one. */
function firstLine(file) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(4096);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer.subarray(0, length).toString('utf8').split('\n')[0];
}

function dataFile(rows) {
  const file = join(DATA, `leads-${rows}.csv`);
  if (!existsSync(file) || firstLine(file) !== HEADER) execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), String(rows), file], { stdio: 'inherit' });
  return file;
}

/** Runs a shell command once: wall seconds and peak RSS in MB (from GNU time when present). */
function measureOnce(command) {
  const timed = have('/usr/bin/time') ? `/usr/bin/time -f 'RSS %M CPU %U %S' sh -c '${command.replaceAll("'", "'\\''")}'` : command;
  const start = process.hrtime.bigint();
  const result = spawnSync('sh', ['-c', timed], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`failed (${result.status}): ${command}\n${result.stderr}`);
  const rss = /RSS (\d+)/u.exec(result.stderr ?? '');
  const cpu = /CPU ([\d.]+) ([\d.]+)/u.exec(result.stderr ?? '');
  return { seconds, rssMB: rss ? Number(rss[1]) / 1024 : NaN, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, stdout: result.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(command, runs = RUNS) {
  const samples = Array.from({ length: runs }, () => measureOnce(command));
  return {
    seconds: median(samples.map((sample) => sample.seconds)),
    rssMB: Math.max(...samples.map((sample) => sample.rssMB)),
    cpuSeconds: median(samples.map((sample) => sample.cpuSeconds)),
    stdout: samples[0].stdout,
  };
}

const fmt = (seconds) => (seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(2)} s`);
const mb = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`);

const rows = [];
function record(what, result, note = '') {
  rows.push({ what, time: fmt(result.seconds), rss: mb(result.rssMB), note });
  console.error(`  ${what}: ${fmt(result.seconds)}, ${mb(result.rssMB)} ${note}`);
}

console.error(`clientfit benchmark: node ${process.version}, ${ROWS.toLocaleString('en-US')} rows, median of ${RUNS} runs`);
const big = dataFile(ROWS);
const small = dataFile(SMALL_ROWS);

// 1. Start-up, against bare Node.
const node0 = measure(`${process.execPath} -e 0`, 15);
const version = measure(`${process.execPath} ${BIN} --version`, 15);
const check = measure(`${process.execPath} ${BIN} check ${CRITERIA}`, 15);
record('node -e 0', node0);
record('clientfit --version', version, `${(version.seconds / node0.seconds).toFixed(2)}x bare Node (aim ≤ 1.3x)`);
record('clientfit check', check, `${(check.seconds / node0.seconds).toFixed(2)}x bare Node (aim ≤ 2x)`);

// 2. Batch, to /dev/null, on both sizes (memory must not grow with the file).
const batchSmall = measure(`${process.execPath} ${BIN} batch ${small} -c ${CRITERIA} -q > /dev/null`);
const batchBig = measure(`${process.execPath} ${BIN} batch ${big} -c ${CRITERIA} -q > /dev/null`);
record(`clientfit batch, ${SMALL_ROWS.toLocaleString('en-US')} rows`, batchSmall);
record(`clientfit batch, ${ROWS.toLocaleString('en-US')} rows`, batchBig, `RSS growth ${(batchBig.rssMB - batchSmall.rssMB).toFixed(0)} MB (aim < 20)`);

// 3. The parser's floor: decode + parse + line numbers, no scoring or output.
const floor = measure(`${process.execPath} ${join(ROOT, 'bench', 'parsers.mjs')} ${big} floor`);
record('parse-only floor (same reader)', floor);

// 4. Calibrate on the same file: one pass, per-score counts.
const calibrate = measure(`${process.execPath} ${BIN} calibrate ${big} -c ${CRITERIA} --format json > /dev/null`);
record(`clientfit calibrate, ${ROWS.toLocaleString('en-US')} rows`, calibrate, `${(calibrate.seconds / batchBig.seconds).toFixed(2)}x batch (aim ≤ 1.5x)`);

// 5. Miller computing the same scores.
if (SKIP_MLR || !have('mlr')) {
  console.error('  Miller: skipped (install it with `apt-get install miller`)');
} else {
  // One run: Miller takes tens of seconds here, far beyond the noise a median would remove.
  const mlr = measure(`mlr --icsv --ocsv put -f ${join(ROOT, 'bench', 'score.mlr')} ${big} > /dev/null`, 1);
  record(`Miller 6 put, ${ROWS.toLocaleString('en-US')} rows (1 run)`, mlr, `clientfit batch is ${(mlr.seconds / batchBig.seconds).toFixed(1)}x faster (aim ≥ 4x)`);
  // Same verdicts? Compare on the small file, where both outputs fit in memory.
  const ours = measureOnce(`${process.execPath} ${BIN} batch ${small} -c ${CRITERIA} -q`).stdout;
  const theirs = measureOnce(`mlr --icsv --ocsv put -f ${join(ROOT, 'bench', 'score.mlr')} ${small}`).stdout;
  const verdicts = (csv) => csv.match(/,(accept|review|reject),[^,\n]*,[^,\n]*$/gmu)?.map((match) => match.split(',')[1]) ?? [];
  const same = JSON.stringify(verdicts(ours)) === JSON.stringify(verdicts(theirs));
  console.error(`  Miller and clientfit verdicts on ${SMALL_ROWS.toLocaleString('en-US')} rows: ${same ? 'identical' : 'DIFFERENT'}`);
}

// 6. DuckDB running the SQL that `clientfit sql` compiles, on the same file, written to /dev/null as batch's CSV is.
const cpu = (result) => (Number.isNaN(result.cpuSeconds) ? 'n/a' : `${result.cpuSeconds.toFixed(1)} s`);
if (!existsSync(join(ROOT, 'node_modules', '@duckdb', 'node-api'))) {
  console.error('  DuckDB: skipped (npm install: @duckdb/node-api is a dev dependency)');
} else {
  const sqlFile = join(DATA, `leads-${ROWS}.sql`);
  execFileSync('sh', ['-c', `${process.execPath} ${BIN} sql --from ${big} -c ${CRITERIA} > ${sqlFile}`]);
  const script = `import { DuckDBInstance } from '@duckdb/node-api'; import { readFileSync } from 'node:fs';
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const sql = readFileSync(process.argv[1], 'utf8').replace(/;\\s*$/, '');
    await connection.run(\`COPY (\${sql}) TO '/dev/null' (FORMAT csv)\`);`;
  const duck = measure(`cd ${ROOT} && ${process.execPath} --input-type=module -e "${script.replaceAll('"', '\\"').replaceAll('$', '\\$').replaceAll('`', '\\`')}" ${sqlFile}`);
  record(`DuckDB ${execFileSync(process.execPath, ['-e', "import('@duckdb/node-api').then(async (m) => { const c = await (await m.DuckDBInstance.create()).connect(); console.log((await c.runAndReadAll('select version()')).getRows()[0][0]); })"], { cwd: ROOT, encoding: 'utf8' }).trim()} on the SQL from clientfit sql, ${ROWS.toLocaleString('en-US')} rows`, duck,
    `CPU ${cpu(duck)} (clientfit batch: CPU ${cpu(batchBig)}, wall ${fmt(batchBig.seconds)})`);
}

console.log(`\n| what (${process.version}, ${ROWS.toLocaleString('en-US')}-row file) | wall time (median) | peak RSS | note |`);
console.log('| --- | ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.what} | ${row.time} | ${row.rss} | ${row.note} |`);
