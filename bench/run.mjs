#!/usr/bin/env node
// `npm run bench`: clientfit batch beside DuckDB doing the same scoring (bench/score.sql, written by
// hand) on the same file, in paired runs, for CSV and JSON Lines, on two sizes; plus start-up,
// calibrate, the parser's floor and Miller (bench/score.mlr). Prints a Markdown table for the README.
//
// Usage: node bench/run.mjs [--rows 1000000] [--runs 3] [--quick] [--skip-mlr]
//   --rows N   the large file's rows (the small one has N/10); default 1,000,000
//   --runs R   rounds per row of the table (medians are reported); default 3
//   --quick    --rows 100000 --runs 3 and no Miller: a couple of minutes
//
// CPU is user + system time of the whole process tree (GNU time), the figure that matters on a
// loaded or small machine; wall time is also shown. Each clientfit run is run in a round with
// DuckDB on 1 thread and on 2 (the order rotates from round to round), and a ratio is the median
// of the rounds' ratios, so that a busy moment of the machine hits all sides of a round alike.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'clientfit.js');
const CRITERIA = join(ROOT, 'criteria', 'freelancer.yaml');
const DATA = join(ROOT, 'bench', 'data');
const DUCKDB = join(ROOT, 'bench', 'duckdb.mjs');
const NODE = process.execPath;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const QUICK = args.includes('--quick');
const ROWS = Number(option('--rows', QUICK ? '100000' : '1000000'));
const SMALL_ROWS = Math.max(1, Math.floor(ROWS / 10));
const RUNS = Number(option('--runs', '3'));
const SKIP_MLR = QUICK || args.includes('--skip-mlr');
const TIME = '/usr/bin/time';

if (!existsSync(TIME)) {
  console.error('bench: needs GNU time (/usr/bin/time) for CPU time and peak RSS: apt-get install time');
  process.exit(1);
}
const HAVE_DUCKDB = existsSync(join(ROOT, 'node_modules', '@duckdb', 'node-api'));
const scratch = mkdtempSync(join(tmpdir(), 'clientfit-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

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
  if (!existsSync(file) || firstLine(file) !== HEADER) execFileSync(NODE, [join(ROOT, 'bench', 'generate.mjs'), String(rows), file], { stdio: 'inherit' });
  return file;
}

/** Runs a shell command once: CPU seconds (user + system), wall seconds, peak RSS in MB. */
function measureOnce(command) {
  const timing = join(scratch, 'time');
  const result = spawnSync(TIME, ['-o', timing, '-f', '%U %S %e %M', 'sh', '-c', command], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  if (result.status !== 0) throw new Error(`failed (${result.status}): ${command}\n${result.stderr}`);
  const [user, system, wall, rss] = readFileSync(timing, 'utf8').trim().split(/\s+/u).map(Number);
  return { cpu: user + system, wall, rssMB: rss / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summarise(samples) {
  return {
    cpu: median(samples.map((sample) => sample.cpu)),
    wall: median(samples.map((sample) => sample.wall)),
    rssMB: Math.max(...samples.map((sample) => sample.rssMB)),
  };
}

function measure(command, runs = RUNS) {
  return summarise(Array.from({ length: runs }, () => measureOnce(command)));
}

/**
 * Runs of several commands in rounds, the order rotating from round to round: each command's
 * summary, and `ratio(i, j, key)`, the median over rounds of command i's figure over command j's.
 */
function rounds(commands, runs = RUNS) {
  const samples = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (run + k) % commands.length;
      samples[index].push(measureOnce(commands[index]));
    }
  }
  return {
    summaries: samples.map(summarise),
    ratio: (i, j, key) => median(samples[i].map((sample, run) => sample[key] / samples[j][run][key])),
  };
}

const secs = (seconds) => (seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(2)} s`);
const mb = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`);
const count = (rows) => rows.toLocaleString('en-US');

const table = [];
function record(what, result, note = '') {
  table.push({ what, cpu: secs(result.cpu), wall: secs(result.wall), rss: mb(result.rssMB), note });
  console.error(`  ${what}: CPU ${secs(result.cpu)}, wall ${secs(result.wall)}, ${mb(result.rssMB)} ${note}`);
}

console.error(`clientfit benchmark: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${count(SMALL_ROWS)} and ${count(ROWS)} rows, ${RUNS} paired runs`);
const small = dataFile(SMALL_ROWS);
const big = dataFile(ROWS);

// 1. Start-up, against bare Node, without NODE_EXTRA_CA_CERTS: Node reads that certificate file
// at every start (a 220 KB bundle took 40 ms here), which would pad both sides of the ratio.
// Wall time by the clock in 20 rotating rounds (GNU time counts hundredths of a second: bare Node
// takes two or three), CPU and memory from GNU time.
const bare = (command) => `env -u NODE_EXTRA_CA_CERTS -u NODE_OPTIONS ${command}`;
const startEnv = { ...process.env };
delete startEnv.NODE_EXTRA_CA_CERTS;
delete startEnv.NODE_OPTIONS;
const starts = [
  ['-e', '0'],
  [BIN, '--version'],
  [BIN, 'check', CRITERIA],
];
const startWalls = starts.map(() => []);
for (let round = 0; round < 20; round++) {
  for (let step = 0; step < starts.length; step++) {
    const index = (round + step) % starts.length;
    const begin = process.hrtime.bigint();
    spawnSync(NODE, starts[index], { stdio: 'ignore', env: startEnv, cwd: ROOT });
    startWalls[index].push(Number(process.hrtime.bigint() - begin) / 1e9);
  }
}
const startRatio = (index) => median(startWalls[index].map((wall, round) => wall / startWalls[0][round]));
const [node0, version, check] = starts.map((argv, index) => ({ ...measure(bare(`${NODE} ${argv.join(' ')}`), 5), wall: median(startWalls[index]) }));
record('node -e 0', node0);
record('clientfit --version', version, `${startRatio(1).toFixed(2)}x bare Node's wall (aim ≤ 1.3x)`);
record('clientfit check', check, `${startRatio(2).toFixed(2)}x bare Node's wall (aim ≤ 2.2x)`);

// 2. Batch against DuckDB: CSV and JSON Lines, both sizes, to /dev/null; CSV also to a file and through a pipe.
const batch = (file, format) => `${NODE} ${BIN} batch ${file} -c ${CRITERIA} -q --format ${format}`;
// DuckDB on 1 thread (bench/duckdb.mjs's default: its least CPU, since keeping the rows in input
// order makes a second thread wait on the first) for the CPU aim, and on 2 threads for the wall aim.
const duck = (file, format, threads = 1) => `${NODE} ${DUCKDB} ${file} ${format} ${threads}`;
const cases = [];
for (const [rows, file] of [
  [SMALL_ROWS, small],
  [ROWS, big],
]) {
  cases.push({ rows, file, format: 'csv', sink: '> /dev/null', where: '/dev/null' });
  cases.push({ rows, file, format: 'jsonl', sink: '> /dev/null', where: '/dev/null' });
}
const outFile = join(scratch, 'out');
cases.push({ rows: ROWS, file: big, format: 'csv', sink: `> ${outFile}`, where: 'a file' });
cases.push({ rows: ROWS, file: big, format: 'csv', sink: '| cat > /dev/null', where: 'a pipe' });
const results = new Map();
for (const test of cases) {
  const ours = `${batch(test.file, test.format)} ${test.sink}`;
  const label = `${count(test.rows)} rows, ${test.format === 'csv' ? 'CSV' : 'JSON Lines'} to ${test.where}`;
  if (!HAVE_DUCKDB) {
    const alone = measure(ours);
    results.set(`${test.rows}:${test.format}:${test.where}`, alone);
    record(`clientfit batch, ${label}`, alone, 'DuckDB skipped (npm install: @duckdb/node-api is a dev dependency)');
    continue;
  }
  const run = rounds([ours, `${duck(test.file, test.format, 1)} ${test.sink}`, `${duck(test.file, test.format, 2)} ${test.sink}`]);
  const [mine, one, two] = run.summaries;
  results.set(`${test.rows}:${test.format}:${test.where}`, mine);
  record(
    `clientfit batch, ${label}`,
    mine,
    `**${run.ratio(0, 1, 'cpu').toFixed(2)}x DuckDB's CPU** (1 thread; ${run.ratio(0, 2, 'cpu').toFixed(2)}x on 2), **${run.ratio(0, 2, 'wall').toFixed(2)}x its wall on 2 threads** (${run.ratio(0, 1, 'wall').toFixed(2)}x on 1) (aim ≤ 0.8x CPU, ≤ 1x wall)`,
  );
  record(`DuckDB (1 thread), ${label}`, one);
  record(`DuckDB (2 threads), ${label}`, two);
}
const csvBig = results.get(`${ROWS}:csv:/dev/null`);
const csvSmall = results.get(`${SMALL_ROWS}:csv:/dev/null`);
// JSON Lines against CSV, and calibrate against batch: in rounds of their own, so a busy moment
// of the machine does not fall on one side only.
const formats = rounds([`${batch(big, 'jsonl')} > /dev/null`, `${batch(big, 'csv')} > /dev/null`]);
console.error(
  `  JSON Lines / CSV CPU at ${count(ROWS)} rows, in rounds of the two: ${formats.ratio(0, 1, 'cpu').toFixed(2)}x (aim ≤ 1.5x); peak RSS ${mb(csvSmall.rssMB)} at ${count(SMALL_ROWS)} rows, ${mb(csvBig.rssMB)} at ${count(ROWS)} (aim < 100 MB, flat)`,
);

// 3. The parser's floor: decode + parse + line numbers, no scoring or output.
record('parse-only floor (the general reader, no scoring)', measure(`${NODE} ${join(ROOT, 'bench', 'parsers.mjs')} ${big} floor`));

// 4. Calibrate on the same file: one pass, per-score counts.
const calibrateRounds = rounds([`${NODE} ${BIN} calibrate ${big} -c ${CRITERIA} --format json > /dev/null`, `${batch(big, 'csv')} > /dev/null`]);
record(`clientfit calibrate, ${count(ROWS)} rows`, calibrateRounds.summaries[0], `${calibrateRounds.ratio(0, 1, 'cpu').toFixed(2)}x batch's CPU, in rounds of the two (aim ≤ 1x)`);

// 5. Miller computing the same scores.
if (SKIP_MLR || !have('mlr')) {
  console.error('  Miller: skipped (--quick, --skip-mlr, or not installed)');
} else {
  // One run: Miller takes tens of seconds here, far beyond the noise a median would remove.
  const mlr = measure(`mlr --icsv --ocsv put -f ${join(ROOT, 'bench', 'score.mlr')} ${big} > /dev/null`, 1);
  record(`Miller 6 put, ${count(ROWS)} rows, CSV (1 run)`, mlr, `clientfit batch uses ${(csvBig.cpu / mlr.cpu).toFixed(2)}x its CPU`);
}

// 6. DuckDB on the statement that `clientfit sql` compiles (the README's "Scoring inside a database"):
// the exact reading in SQL, one run (it takes far longer than the hand-written bench/score.sql).
if (HAVE_DUCKDB && !QUICK) {
  const sqlFile = join(scratch, 'clientfit.sql');
  execFileSync('sh', ['-c', `${NODE} ${BIN} sql --from ${big} -c ${CRITERIA} > ${sqlFile}`]);
  const script = join(scratch, 'sql.mjs');
  writeFileSync(
    script,
    `import { DuckDBInstance } from '${join(ROOT, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js')}';
import { readFileSync } from 'node:fs';
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const sql = readFileSync(process.argv[2], 'utf8').replace(/;\\s*$/, '');
await connection.run(\`COPY (\${sql}) TO '/dev/null' (FORMAT csv)\`);
`,
  );
  const generated = measure(`${NODE} ${script} ${sqlFile}`, 1);
  record(`DuckDB on the SQL from clientfit sql, ${count(ROWS)} rows, CSV (1 run)`, generated, `clientfit batch uses ${(csvBig.cpu / generated.cpu).toFixed(2)}x its CPU`);
}

// 7. Same verdicts? On the small file, by e-mail (unique per row), and the same bytes.
const verdicts = (csv) => {
  const map = new Map();
  for (const match of csv.matchAll(/,([^,\n"]+@[^,\n"]+),.*,(\d+),(accept|review|reject),[^,\n]*,[^,\n]*$/gmu)) map.set(match[1], `${match[2]} ${match[3]}`);
  return map;
};
// Through a file: DuckDB cannot open /dev/stdout when it is a socket, as a captured stdout is.
const output = (command) => {
  measureOnce(`${command} > ${outFile}`);
  return readFileSync(outFile, 'utf8');
};
const oursText = output(batch(small, 'csv'));
const ours = verdicts(oursText);
const compare = (name, text) => {
  const theirs = verdicts(text);
  let same = 0;
  for (const [email, verdict] of ours) if (theirs.get(email) === verdict) same++;
  console.error(
    `  ${name} and clientfit scores and verdicts on ${count(SMALL_ROWS)} rows: ${same === ours.size && theirs.size === ours.size ? 'identical' : `DIFFERENT (${count(ours.size - same)} rows)`}; the whole CSV ${text === oursText ? 'byte for byte the same' : 'differs'}`,
  );
};
if (HAVE_DUCKDB) compare('DuckDB', output(duck(small, 'csv')));
if (!SKIP_MLR && have('mlr')) compare('Miller', output(`mlr --icsv --ocsv put -f ${join(ROOT, 'bench', 'score.mlr')} ${small}`));

console.log(`\n| what (${process.version}, ${cpus().length} CPUs) | CPU (user+sys) | wall | peak RSS | note |`);
console.log('| --- | ---: | ---: | ---: | --- |');
for (const row of table) console.log(`| ${row.what} | ${row.cpu} | ${row.wall} | ${row.rss} | ${row.note} |`);
