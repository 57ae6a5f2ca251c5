/**
 * Conformance: the same cells scored by the core (the one scoring path `clientfit batch` uses)
 * and by the compiled SQL in a real engine must agree on every result column of every row.
 */
import { expect } from 'vitest';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer } from '../../src/core/score.js';
import { compileSql } from '../../src/sql/compile.js';
import { DIALECT } from '../../src/sql/dialect.js';
import { parseName } from '../../src/sql/names.js';
import type { Engine } from './engines.js';

export interface Expected {
  readonly clientfit_score: string;
  readonly clientfit_potential: string;
  readonly clientfit_verdict: string;
  readonly clientfit_failed: string;
  readonly clientfit_unknown: string;
}

/** What batch writes for a row: unknown ids, then unreadable ones. */
export function coreScores(criteria: Criteria, rows: readonly (readonly string[])[], decimalComma: boolean): Expected[] {
  const scorer = createScorer(criteria, { decimalComma });
  return rows.map((row) => {
    const result = scorer.scoreValues(row);
    return {
      clientfit_score: String(result.score),
      clientfit_potential: String(result.potential),
      clientfit_verdict: result.verdict,
      clientfit_failed: result.failed.join(';'),
      clientfit_unknown: [...result.unknown, ...result.invalid].join(';'),
    };
  });
}

let tables = 0;

/** Loads the rows (one column per criterion, in criteria order) and scores them in the engine. */
export async function sqlScores(engine: Engine, criteria: Criteria, rows: readonly (readonly string[])[], decimalComma: boolean): Promise<Expected[]> {
  const table = `leads_${++tables}`;
  const columns = ['row_number', ...criteria.criteria.map((criterion) => `cell ${criterion.id}`)];
  const compiled = compileSql(criteria, {
    dialect: DIALECT[engine.name],
    source: { kind: 'table', name: parseName(table)! },
    columns: criteria.criteria.map((criterion) => `cell ${criterion.id}`),
    decimalComma,
    view: parseName(`${table}_scored`)!,
  });
  if (!compiled.ok) throw new Error(`not compiled: ${JSON.stringify(compiled.problems)}`);
  const out = await engine.loadAndQuery(
    table,
    columns,
    rows.map((row, index) => [String(index), ...row]),
    compiled.sql,
    `SELECT * FROM ${table}_scored ORDER BY CAST(row_number AS INTEGER)`,
  );
  return out.map((row) => ({
    clientfit_score: String(row.clientfit_score),
    clientfit_potential: String(row.clientfit_potential),
    clientfit_verdict: String(row.clientfit_verdict),
    clientfit_failed: row.clientfit_failed ?? '<NULL>',
    clientfit_unknown: row.clientfit_unknown ?? '<NULL>',
  }));
}

/** Fails with the first rows that disagree, their cells beside them. */
export async function expectSameScores(engine: Engine, criteria: Criteria, rows: readonly (readonly string[])[], decimalComma = false): Promise<void> {
  const expected = coreScores(criteria, rows, decimalComma);
  const actual = await sqlScores(engine, criteria, rows, decimalComma);
  expect(actual.length).toBe(expected.length);
  const wrong = expected.flatMap((row, index) => (JSON.stringify(row) === JSON.stringify(actual[index]) ? [] : [{ cells: rows[index], core: row, sql: actual[index] }]));
  expect(wrong.slice(0, 5), `${engine.name}: ${wrong.length} of ${rows.length} rows disagree`).toEqual([]);
}
