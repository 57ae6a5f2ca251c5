/**
 * Safe by construction: every place a name, a path or a string enters the statement, filled
 * with text that would end a literal, an identifier or the statement. Each statement is RUN in
 * the engine (PostgreSQL also with standard_conforming_strings = off, where a backslash in '…'
 * escapes; MariaDB with NO_BACKSLASH_ESCAPES off, where it escapes, and on; ClickHouse, where it
 * always does, in '…', `…` and "…") beside a table `victim` that must survive, and the scores
 * must still be batch's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criteria } from '../../src/core/criteria.js';
import { loadCriteria } from '../../src/core/load.js';
import { DIALECT } from '../../src/sql/dialect.js';
import { run, tempDir } from '../helpers/main.js';
import { coreScores, expectSameScores } from './conformance-helpers.js';
import { haveChdb, openChdb, openDuckDb, startMariaDb, startPostgres, type Engine, type MariaDbServer } from './engines.js';

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Ends a literal, an identifier, a dollar quote, a comment or the statement, in every dialect. */
const HOSTILE = `x'); DROP TABLE victim; -- \\'; DROP TABLE victim; -- " */ $$; DROP TABLE victim; $$ \`); DROP TABLE victim; --`;
/** The same within PostgreSQL's 63 bytes for a name (it cuts longer ones). */
const NAME = `x"'\`); DROP TABLE victim; -- \\' $$`;

interface Setting {
  readonly label: string;
  readonly engine: () => Engine;
  /** run before the statement in the same session */
  readonly prelude: string;
}

const engines: Record<string, Engine> = {};
let mariaDb: MariaDbServer | undefined;
/** The same MariaDB server, its session with NO_BACKSLASH_ESCAPES on. */
let mysqlNoBackslashEscapes: Engine | undefined;
beforeAll(async () => {
  engines.duckdb = await openDuckDb();
  engines.postgres = await startPostgres();
  mariaDb = await startMariaDb();
  engines.mysql = mariaDb.engine({ noBackslashEscapes: false });
  mysqlNoBackslashEscapes = mariaDb.engine({ noBackslashEscapes: true });
  if (haveChdb()) engines.clickhouse = await openChdb();
}, 120_000);
afterAll(async () => {
  for (const engine of Object.values(engines)) await engine.close();
  await mariaDb?.close();
});

const SETTINGS: Setting[] = [
  { label: 'duckdb', engine: () => engines.duckdb!, prelude: '' },
  { label: 'postgres', engine: () => engines.postgres!, prelude: '' },
  { label: 'postgres, standard_conforming_strings = off', engine: () => engines.postgres!, prelude: 'SET standard_conforming_strings = off;\n' },
  { label: 'mysql (MariaDB), NO_BACKSLASH_ESCAPES off', engine: () => engines.mysql!, prelude: '' },
  { label: 'mysql (MariaDB), NO_BACKSLASH_ESCAPES on', engine: () => mysqlNoBackslashEscapes!, prelude: '' },
  ...(haveChdb() ? [{ label: 'clickhouse', engine: () => engines.clickhouse!, prelude: '' }] : []),
];

/** The engine with the prelude run before each statement (one session for PostgreSQL). */
function withPrelude(setting: Setting): Engine {
  const engine = setting.engine();
  if (setting.prelude === '') return engine;
  return {
    ...engine,
    query: (sql) => engine.query(`${setting.prelude}${sql}`),
    loadAndQuery: (table, columns, rows, statements, query) => engine.loadAndQuery(table, columns, rows, `${setting.prelude}${statements}`, query),
  };
}

/** Creates victim, runs `sql` (several statements if it were injected), returns victim's row count after. */
async function survives(engine: Engine, sql: string, after: string): Promise<{ victim: number; rows: Record<string, string | null>[] }> {
  await engines[engine.name]!.load('victim', ['id'], [['1']]);
  const rows = await engine.query(`${sql}\n${after}`);
  const count = await engines[engine.name]!.query('SELECT count(*) AS n FROM victim');
  return { victim: Number(count[0]!.n), rows };
}

function criteriaFile(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const ONE_CRITERION = 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: pays_upfront, question: Pays?, type: yes-no }\n';

const Y = JSON.stringify;
/** Every string of a criteria file that reaches the SQL, hostile: name, question, option values and labels, red flags, when values, column names. */
const HOSTILE_CRITERIA = `version: 1
name: ${Y(`${HOSTILE}\nline two`)}
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: ${Y(`${HOSTILE}\nnext line`)}, type: yes-no, points: 3, column: [${Y(`pays ${NAME}`)}] }
  - id: style
    question: Style?
    type: choice
    column: [${Y(`style ${NAME}`)}]
    options:
      - { value: ${Y(`v ${HOSTILE}`)}, label: ${Y(`label ${HOSTILE}`)}, points: 5 }
      - { value: "\\\\", label: "'", points: 2 }
      - { value: "$$", label: "a\\\\'b", points: 0, fail: true }
  - { id: notes, question: Notes?, type: text, points: 2, column: [${Y(`notes ${NAME}`)}], red_flags: [${Y(HOSTILE)}, "\\\\", "'", "$$", "a\\\\'b", "--", "/*"] }
  - { id: more, question: More?, type: yes-no, points: 1, when: { notes: [${Y(HOSTILE)}, "\\\\"] } }
`;

const HOSTILE_CELLS = [HOSTILE, '\\', "'", '$$', "a\\'b", 'yes', `v ${HOSTILE}`, `LABEL ${HOSTILE.toUpperCase()}`, `say ${HOSTILE} twice`, '--', '/* x */', 'no'];

function load(text: string): Criteria {
  const loaded = loadCriteria(text);
  if (!loaded.ok) throw new Error(`criteria do not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.criteria;
}

describe.each(SETTINGS)('injection: $label', (setting) => {
  it('criteria strings (questions, options, red flags, when values, the name) are literals and comments, scored as batch scores them', async () => {
    const engine = withPrelude(setting);
    const criteria = load(HOSTILE_CRITERIA);
    const rows = HOSTILE_CELLS.flatMap((cell, index) => [criteria.criteria.map(() => cell), criteria.criteria.map((_, column) => HOSTILE_CELLS[(index + column * 5) % HOSTILE_CELLS.length]!)]);
    await engines[engine.name]!.load('victim', ['id'], [['1']]);
    await expectSameScores(engine, criteria, rows);
    expect(await engines[engine.name]!.query('SELECT count(*) AS n FROM victim')).toEqual([{ n: '1' }]);
  });

  it('the CLI: a hostile table name, view name, column names and criteria file, run as written', async () => {
    const engine = withPrelude(setting);
    const dir = tempDir();
    const file = criteriaFile(dir, 'hostile.yaml', HOSTILE_CRITERIA);
    const criteria = load(HOSTILE_CRITERIA);
    const table = `leads ${SETTINGS.indexOf(setting)} ${NAME}`;
    const view = `scored ${SETTINGS.indexOf(setting)} ${NAME}`;
    const columns = ['id', `pays ${NAME}`, `style ${NAME}`, `notes ${NAME}`, 'more'];
    const cells = [
      ['1', 'yes', `v ${HOSTILE}`, 'fine', 'yes'],
      ['2', "a\\'b", '\\', HOSTILE, 'no'],
      ['3', 'no', "'", '$$', '?'],
    ];
    await engines[engine.name]!.load(table, columns, cells);
    const compiled = await run(
      ['sql', '--dialect', engine.name, '-c', file, '--table', quoteIdent(table), '--view', quoteIdent(view), '--columns', columns.map((name) => `"${name.replaceAll('"', '""')}"`).join(',')],
      { cwd: dir },
    );
    expect(compiled.err).toBe('');
    expect(compiled.code).toBe(0);
    const { victim, rows } = await survives(engine, compiled.out, `SELECT * FROM ${DIALECT[engine.name].ident(view)} ORDER BY id;`);
    expect(victim).toBe(1);
    const expected = coreScores(
      criteria,
      cells.map((row) => row.slice(1)),
      false,
    );
    expect(rows.map((row) => ({ id: row.id, verdict: row.clientfit_verdict, score: row.clientfit_score, unknown: row.clientfit_unknown ?? '' }))).toEqual(
      expected.map((row, index) => ({ id: cells[index]![0], verdict: row.clientfit_verdict, score: row.clientfit_score, unknown: row.clientfit_unknown })),
    );
    expect(rows[1]![`notes ${NAME}`]).toBe(HOSTILE);
  });

  it('--map to a hostile column name', async () => {
    const engine = withPrelude(setting);
    const column = `yes ${NAME}`;
    await engines[engine.name]!.load('mapped', ['id', column], [['1', 'yes']]);
    const dir = tempDir();
    const file = criteriaFile(dir, 'one.yaml', ONE_CRITERION);
    const compiled = await run(['sql', '--dialect', engine.name, '-c', file, '--table', 'mapped', '--map', `pays_upfront=${column}`], { cwd: dir });
    expect(compiled.code).toBe(0);
    const { victim, rows } = await survives(engine, compiled.out.replace(/;\n$/u, ''), ';');
    expect(victim).toBe(1);
    expect(rows.map((row) => row.clientfit_verdict)).toEqual(['accept']);
  });

  it('a name that is not a plain or quoted name is refused, not written: exit 2, nothing on stdout', async () => {
    const engine = setting.engine();
    for (const [flag, name] of [
      ['--view', 'v AS SELECT 1; DROP TABLE victim; CREATE VIEW "x"'],
      ['--table', 'leads; DROP TABLE victim'],
      ['--table', 'Sales Team.leads'],
      ['--table', '"unclosed.leads'],
      ['--view', 'a..b'],
      ['--view', 'x"y'],
    ] as const) {
      const result = await run(['sql', '--dialect', engine.name, '--table', flag === '--table' ? name : 'leads', ...(flag === '--view' ? ['--view', name] : [])]);
      expect(result.code, name).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(`clientfit: ${flag} "${name}" is not a table name: each dot-separated part must be a plain name`);
    }
  });
});

describe('names', () => {
  it('a plain part is folded as the engine folds it, a quoted one kept; every part is quoted in the SQL', async () => {
    const pg = await run(['sql', '--dialect', 'postgres', '--table', 'CRM."Sales Team".Leads', '--view', 'public.Scored']);
    expect(pg.out).toContain('SELECT * FROM "crm"."Sales Team"."leads"');
    expect(pg.out).toContain('CREATE OR REPLACE VIEW "public"."scored" AS');
    const duck = await run(['sql', '--table', 'CRM."Sales Team".Leads', '--view', '"order"']);
    expect(duck.out).toContain('SELECT * FROM "CRM"."Sales Team"."Leads"');
    expect(duck.out).toContain('CREATE OR REPLACE VIEW "order" AS');
    const mysql = await run(['sql', '--dialect', 'mysql', '--table', 'CRM."Sales `Team`"', '--view', '"order"']);
    expect(mysql.out).toContain('SELECT * FROM `CRM`.`Sales ``Team```');
    expect(mysql.out).toContain('CREATE OR REPLACE VIEW `order` AS');
  });

  it('a reserved word as a table name runs in PostgreSQL', async () => {
    await engines.postgres!.load('order', ['pays_upfront'], [['yes']]);
    const result = await run(['sql', '--dialect', 'postgres', '--table', 'order', '--allow-missing', '--columns', 'pays_upfront']);
    expect(result.code).toBe(0);
    const rows = await engines.postgres!.query(result.out);
    expect(rows).toHaveLength(1);
  });
});

describe('--from: the path as written, read as that one file (DuckDB)', () => {
  it('glob characters and quotes in the path read exactly the file named, from any folder; the header is hostile too', async () => {
    const dir = tempDir();
    const folder = join(dir, `it's [1]`);
    mkdirSync(folder);
    const name = `leads'); DROP TABLE victim; --?*[1].csv`;
    const header = `pays_upfront,"name ${HOSTILE.replaceAll('"', '""')}"`;
    writeFileSync(join(folder, name), `${header}\nyes,Right\n`);
    // What the path would also match as a glob: must not be read.
    writeFileSync(join(folder, `leads'); DROP TABLE victim; --xx1.csv`), `${header}\nno,Wrong\n`);
    const file = criteriaFile(dir, 'one.yaml', ONE_CRITERION);
    const compiled = await run(['sql', '-c', file, '--from', join(`it's [1]`, name)], { cwd: dir });
    expect(compiled.code).toBe(0);
    expect(compiled.out).toContain(`read_csv('${join(folder, name).replaceAll("'", "''").replace(/[*?[]/gu, '[$&]')}'`);
    const { victim, rows } = await survives(engines.duckdb!, compiled.out, '');
    expect(victim).toBe(1);
    expect(rows.map((row) => [row[`name ${HOSTILE}`], row.clientfit_verdict])).toEqual([['Right', 'accept']]);
  });

  it('a backslash in the path is refused (DuckDB takes it for a separator): exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a\\b.csv'), 'pays_upfront\nyes\n');
    const result = await run(['sql', '--from', 'a\\b.csv', '--allow-missing'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain("DuckDB's read_csv cannot read the path");
  });
});

describe('helpers never meet source columns', () => {
  it.each(['duckdb', 'postgres', 'mysql', ...(haveChdb() ? ['clickhouse'] : [])])('%s: columns named like the helpers (cell.notes, status.pays, total.failed) are data, not steps', async (name) => {
    const engine = engines[name]!;
    const dir = tempDir();
    const file = criteriaFile(
      dir,
      'two.yaml',
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: pays, question: Pays?, type: yes-no, points: 3 }\n  - { id: notes, question: Notes?, type: text, red_flags: [asap] }\n',
    );
    const columns = ['pays', 'notes', 'cell.notes', 'cell.pays', 'status.pays', 'answer.pays', 'total.failed', 'total.earned', 'src', 'source', 'word.pays', 'x', 'row key', 'step_cell'];
    await engine.load('clash', columns, [['yes', 'fine', 'ASAP', 'no', 'fail', 'invalid', 'pays', '0', 'x', 'y', 'no', 'z', 'k', 's']]);
    const compiled = await run(['sql', '--dialect', name, '-c', file, '--table', 'clash'], { cwd: dir });
    const rows = await engine.query(compiled.out);
    expect(rows).toEqual([
      {
        ...Object.fromEntries(columns.map((column, index) => [column, ['yes', 'fine', 'ASAP', 'no', 'fail', 'invalid', 'pays', '0', 'x', 'y', 'no', 'z', 'k', 's'][index]])),
        clientfit_score: '100',
        clientfit_potential: '100',
        clientfit_verdict: 'accept',
        clientfit_failed: '',
        clientfit_unknown: '',
      },
    ]);
  });
});
