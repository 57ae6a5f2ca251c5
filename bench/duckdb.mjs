#!/usr/bin/env node
// DuckDB doing batch's work on a lead CSV: bench/score.sql (the freelancer.yaml scoring written
// by hand in SQL) reads FILE and writes CSV or JSON Lines to standard output, rows in input order.
//
//   node bench/duckdb.mjs FILE [csv|jsonl] [THREADS]
//
// THREADS: DuckDB's worker threads, 1 unless given. Keeping the input order (as clientfit does)
// with 2 threads, DuckDB buffers each thread's batches until the earlier ones are written: on
// the 1M-row file that took 5.2 CPU s and 320 MB against 3.4 s and 127 MB with 1 thread (which
// streams), for about the same wall time on this shared 2-core machine (README, Performance).
// Pass 2 to measure DuckDB's wall time on both cores.
//
// @duckdb/node-api is a dev dependency, for the benchmark only: the CLI never loads it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, format = 'csv', threads = '1'] = process.argv.slice(2);
if (!file || !['csv', 'jsonl'].includes(format) || !/^[1-9]\d*$/u.test(threads)) {
  console.error('usage: node bench/duckdb.mjs FILE [csv|jsonl] [THREADS]');
  process.exit(2);
}
const sql = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'score.sql'), 'utf8')
  .replaceAll('{{file}}', resolve(file).replaceAll("'", "''"))
  .replaceAll('{{format}}', format === 'csv' ? 'FORMAT csv, HEADER' : 'FORMAT json');
const connection = await (await DuckDBInstance.create(':memory:', { threads })).connect();
// One statement at a time: the macros, then the COPY.
for (const statement of sql
  .replace(/^--.*$/gmu, '')
  .split(/;\s*$/mu)
  .map((text) => text.trim())
  .filter(Boolean))
  await connection.run(statement);
