/**
 * Conformance: the same cells scored by the core (the one scoring path `clientfit batch` uses)
 * and by the compiled SQL in a real engine must agree on every result column of every row.
 */
import { expect } from 'vitest';
import { LONGEST_UNKNOWN_WORD } from '../../src/core/answers.js';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer } from '../../src/core/score.js';
import { compileSql } from '../../src/sql/compile.js';
import { DIALECT } from '../../src/sql/dialect.js';
import { parseName } from '../../src/sql/names.js';
import { nfcChangeable } from '../../src/sql/unicode.js';
import type { Engine } from './engines.js';

export interface Expected {
  readonly clientfit_score: string;
  readonly clientfit_potential: string;
  readonly clientfit_verdict: string;
  readonly clientfit_failed: string;
  readonly clientfit_unknown: string;
}

/** A text NFC could change (the class MariaDB's statement refuses), as the statement tests it. */
export function nfcSensitive(text: string): boolean {
  const { points } = nfcChangeable();
  return [...text].some((char) => /\p{M}/u.test(char) || points.includes(char.codePointAt(0)!));
}

/**
 * What batch writes for a row: unknown ids, then unreadable ones. With `refuseNfc` (an engine
 * without NFC), what the statement promises instead: an answer NFC could change is invalid
 * (a text answer only when it is short enough to be read as a word), everything else as batch.
 */
export function coreScores(criteria: Criteria, rows: readonly (readonly string[])[], decimalComma: boolean, refuseNfc = false): Expected[] {
  const scorer = createScorer(criteria, { decimalComma });
  return rows.map((row) => {
    const refused = new Set<string>();
    const cells = refuseNfc
      ? row.map((cell, index) => {
          const criterion = criteria.criteria[index]!;
          // The statement trims before it tests (NFC never maps a space to anything but a space).
          const read = cell.trim();
          if ((criterion.type === 'text' && [...read].length > LONGEST_UNKNOWN_WORD) || !nfcSensitive(read)) return cell;
          refused.add(criterion.id);
          // Unreadable for the core too; a text answer never is, so it is made unknown and listed as unreadable below.
          return criterion.type === 'text' ? '?' : 'zz!';
        })
      : row;
    const result = scorer.scoreValues(cells);
    const unknown = result.unknown.filter((id) => !refused.has(id));
    const invalid = criteria.criteria.flatMap((criterion) => (result.invalid.includes(criterion.id) || (refused.has(criterion.id) && result.unknown.includes(criterion.id)) ? [criterion.id] : []));
    return {
      clientfit_score: String(result.score),
      clientfit_potential: String(result.potential),
      clientfit_verdict: result.verdict,
      clientfit_failed: result.failed.join(';'),
      clientfit_unknown: [...unknown, ...invalid].join(';'),
    };
  });
}

let tables = 0;

/** Loads the rows (one column per criterion, in criteria order) and scores them in the engine. */
export async function sqlScores(engine: Engine, criteria: Criteria, rows: readonly (readonly string[])[], decimalComma: boolean): Promise<Expected[]> {
  const table = `leads_${++tables}`;
  const columns = ['row_index', ...criteria.criteria.map((criterion) => `cell ${criterion.id}`)];
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
    // (numeric order without a cast: MariaDB has no CAST AS INTEGER; ROW_NUMBER is its keyword)
    `SELECT * FROM ${table}_scored ORDER BY length(row_index), row_index`,
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
  const expected = coreScores(criteria, rows, decimalComma, DIALECT[engine.name].needsNfc !== undefined);
  const actual = await sqlScores(engine, criteria, rows, decimalComma);
  expect(actual.length).toBe(expected.length);
  const wrong = expected.flatMap((row, index) => (JSON.stringify(row) === JSON.stringify(actual[index]) ? [] : [{ cells: rows[index], core: row, sql: actual[index] }]));
  expect(wrong.slice(0, 5), `${engine.label ?? engine.name}: ${wrong.length} of ${rows.length} rows disagree`).toEqual([]);
}
