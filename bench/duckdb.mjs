#!/usr/bin/env node
// DuckDB doing batch's work on a lead CSV: bench/score.sql (the freelancer.yaml scoring written
// by hand in SQL) reads FILE and writes CSV or JSON Lines to standard output.
//
//   node bench/duckdb.mjs FILE [csv|jsonl]
//
// @duckdb/node-api is a dev dependency, for the benchmark only: the CLI never loads it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, format = 'csv'] = process.argv.slice(2);
if (!file || !['csv', 'jsonl'].includes(format)) {
  console.error('usage: node bench/duckdb.mjs FILE [csv|jsonl]');
  process.exit(2);
}
const sql = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'score.sql'), 'utf8')
  .replaceAll('{{file}}', resolve(file).replaceAll("'", "''"))
  .replaceAll('{{format}}', format === 'csv' ? 'FORMAT csv, HEADER' : 'FORMAT json');
const connection = await (await DuckDBInstance.create(':memory:')).connect();
// One statement at a time: the macros, then the COPY.
for (const statement of sql
  .replace(/^--.*$/gmu, '')
  .split(/;\s*$/mu)
  .map((text) => text.trim())
  .filter(Boolean))
  await connection.run(statement);
