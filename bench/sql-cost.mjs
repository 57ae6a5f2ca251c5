#!/usr/bin/env node
// The CPU of statements from `clientfit sql` in DuckDB, in paired rounds, and whether they write
// the same bytes: for changes to the compiler (README, "Scoring inside a database", Speed).
//
//   node bench/sql-cost.mjs A.sql B.sql [--rounds 3]
//
// Each statement runs in its own process (DuckDB through @duckdb/node-api, 1 thread, as
// `COPY (statement) TO file (FORMAT csv, HEADER)`), under GNU time: user + system seconds and peak
// RSS. The order alternates from round to round, so that a busy moment of a shared machine hits
// both alike. Make the statements with, e.g.,
//   node bin/clientfit.js sql --from bench/data/leads-1000000.csv -c criteria/freelancer.yaml > B.sql
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 3;
const files = args.filter((arg, index) => !arg.startsWith('--') && index !== at + 1).map((file) => resolve(file));
if (files.length < 1 || !Number.isInteger(ROUNDS) || ROUNDS < 1 || !existsSync('/usr/bin/time')) {
  console.error('usage: node bench/sql-cost.mjs A.sql [B.sql …] [--rounds 3] (needs GNU time in /usr/bin/time)');
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'clientfit-sql-cost-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// The child: one statement, one thread, the rows to a file.
const RUN = `import { DuckDBInstance } from ${JSON.stringify(join(ROOT, 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js'))};
import { readFileSync } from 'node:fs';
const [file, out] = process.argv.slice(1);
const connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
const sql = readFileSync(file, 'utf8').replace(/;\\s*$/u, '');
await connection.run(\`COPY (\${sql}) TO '\${out.replaceAll("'", "''")}' (FORMAT csv, HEADER)\`);`;

const sha256 = (file) =>
  new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });

const cpu = files.map(() => []);
const digests = [];
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < files.length; k++) {
    const index = (round + k) % files.length;
    const out = join(scratch, `out-${index}.csv`);
    const timing = join(scratch, 'time');
    const result = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%U %S %M', process.execPath, '--input-type=module', '-e', RUN, files[index], out], { encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(`${files[index]} failed:\n${result.stderr}`);
      process.exit(1);
    }
    const [user, system, rss] = readFileSync(timing, 'utf8').trim().split(/\s+/u).map(Number);
    cpu[index].push(user + system);
    console.error(`round ${round + 1}: ${files[index]}: ${(user + system).toFixed(2)} CPU s (user ${user}, system ${system}), ${(rss / 1024).toFixed(0)} MB`);
    digests[index] = await sha256(out);
  }
}
for (const [index, file] of files.entries()) {
  console.log(`${file}: CPU ${cpu[index].map((value) => value.toFixed(2)).join(', ')} s (least ${Math.min(...cpu[index]).toFixed(2)}), output sha256 ${digests[index].slice(0, 16)}…`);
}
console.log(new Set(digests).size === 1 ? 'the same bytes out' : 'the outputs DIFFER');
