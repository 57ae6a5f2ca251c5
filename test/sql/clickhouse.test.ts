/**
 * `clientfit sql --dialect clickhouse` beyond the shared conformance and injection suites: tables
 * as ClickHouse schemas hold them (Nullable, numeric and LowCardinality columns, a database whose
 * name's case matters, columns named like the statement's own parts), a view and --check-view,
 * a dbt model, and --from refused. The statements run in chdb when it is installed (engines.ts
 * chdbDir); what needs no engine runs everywhere.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { run, tempDir } from '../helpers/main.js';
import { coreScores } from './conformance-helpers.js';
import { haveChdb, openChdb, type Engine } from './engines.js';

const LIST = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays_upfront, question: Pays?, type: yes-no, points: 3 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 2 }
  - { id: notes, question: Notes?, type: text, red_flags: [скидк, discount] }
`;

function listFile(dir: string, text = LIST): string {
  const file = join(dir, 'list.yaml');
  writeFileSync(file, text);
  return file;
}

function criteria(text = LIST) {
  const loaded = loadCriteria(text);
  if (!loaded.ok) throw new Error('criteria do not load');
  return loaded.criteria;
}

describe('without an engine', () => {
  it('--from is refused with the way to load a CSV file into ClickHouse: exit 2, nothing on stdout', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), 'pays_upfront,budget,notes\nyes,5000,\n');
    const result = await run(['sql', '--dialect', 'clickhouse', '-c', listFile(dir), '--from', 'leads.csv'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      "clientfit: --from is not available with --dialect clickhouse: ClickHouse's file() reads from the server's user_files folder, not this machine's path, and reads CSV differently from batch; load the file into a table (clickhouse-client --query 'INSERT INTO leads FORMAT CSVWithNames' < leads.csv) and pass --table\n",
    );
  });

  it('names are written in backticks, their case kept (ClickHouse never folds it); a literal escapes a backslash', async () => {
    const dir = tempDir();
    const result = await run(['sql', '--dialect', 'clickhouse', '-c', listFile(dir, LIST.replace('discount]', 'a\\b]')), '--table', 'CRM."Sales `Team`"', '--view', 'Scored'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.out).toContain('FROM `CRM`.`Sales \\`Team\\``\n');
    expect(result.out).toContain('CREATE OR REPLACE VIEW `Scored` AS\n');
    expect(result.out).toContain("position(`lowered.notes`, 'a\\\\b') > 0");
  });
});

describe.skipIf(!haveChdb())('in ClickHouse (chdb)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openChdb();
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('a table as ClickHouse holds it: Nullable, Int64 and LowCardinality columns, a database name in capitals, columns named src, scored and cell.notes', async () => {
    const dir = tempDir();
    await engine.query(
      [
        'CREATE DATABASE IF NOT EXISTS CRM',
        'CREATE OR REPLACE TABLE CRM.Leads (id UInt32, pays_upfront LowCardinality(String), budget Nullable(Int64), notes Nullable(String), src String, scored String, `cell.notes` String) ENGINE = Memory',
        "INSERT INTO CRM.Leads VALUES (1, 'yes', 5000, NULL, 'a', 'b', 'discount'), (2, 'Да', NULL, 'СКИДКА!', 'c', 'd', ''), (3, 'no', -1200, 'fine', '', '', 'x')",
      ].join(';\n'),
    );
    const compiled = await run(['sql', '--dialect', 'clickhouse', '-c', listFile(dir), '--table', 'CRM.Leads'], { cwd: dir });
    expect(compiled.err).toBe('');
    const rows = await engine.query(`SELECT * FROM (${compiled.out.replace(/;\n$/u, '')}) ORDER BY id`);
    const expected = coreScores(
      criteria(),
      [
        ['yes', '5000', ''],
        ['Да', '', 'СКИДКА!'],
        ['no', '-1200', 'fine'],
      ],
      false,
    );
    expect(rows).toEqual(
      expected.map((row, index) => ({
        id: String(index + 1),
        pays_upfront: ['yes', 'Да', 'no'][index],
        budget: ['5000', null, '-1200'][index],
        notes: [null, 'СКИДКА!', 'fine'][index],
        src: ['a', 'c', ''][index],
        scored: ['b', 'd', ''][index],
        'cell.notes': ['discount', '', 'x'][index],
        ...row,
      })),
    );
  });

  it('a view keeps its list: create_table_query carries the constant column, and --check-view reads it', async () => {
    const dir = tempDir();
    const file = listFile(dir);
    await engine.load('crm_leads', ['pays_upfront', 'budget', 'notes'], [['yes', '5000', '']]);
    const made = await run(['sql', '--dialect', 'clickhouse', '-c', file, '--table', 'crm_leads', '--view', 'scored_leads'], { cwd: dir });
    const [ddl] = await engine.query(`${made.out}\nSELECT create_table_query AS ddl FROM system.tables WHERE name = 'scored_leads';`);
    const current = await run(['sql', '-c', file, '--check-view', '-'], { cwd: dir, input: ddl!.ddl! });
    expect(current.code).toBe(0);
    expect(current.out).toContain('<stdin>: the view scores with list.yaml as it is today');
    const [row] = await engine.query('SELECT clientfit_list, clientfit_verdict FROM scored_leads');
    expect(row).toEqual({ clientfit_list: expect.stringMatching(/^sha256:[0-9a-f]{64}$/u), clientfit_verdict: 'accept' });

    writeFileSync(file, LIST.replace('min: 1000', 'min: 2000'));
    const stale = await run(['sql', '-c', file, '--check-view', '-'], { cwd: dir, input: ddl!.ddl! });
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('the view scores with another list');
  });

  it('a dbt model (dbt-clickhouse): the ref() replaced by the table, it scores as batch', async () => {
    const dir = tempDir();
    const cells = [
      ['yes', '5 000', 'fine'],
      ['no', '1,200', 'discount please'],
      ['?', 'n/a', ''],
    ];
    await engine.load(
      'stg_leads',
      ['id', 'pays_upfront', 'budget', 'notes'],
      cells.map((row, index) => [String(index), ...row]),
    );
    const model = await run(['sql', '--dialect', 'clickhouse', '-c', listFile(dir), '--dbt-ref', 'stg_leads', '--columns', 'id,pays_upfront,budget,notes'], { cwd: dir });
    expect(model.code).toBe(0);
    expect(model.out).toContain("FROM {{ ref('stg_leads') }}\n");
    expect(model.out.trimEnd().endsWith(';')).toBe(false);
    const rows = await engine.query(`SELECT * FROM (${model.out.replace("{{ ref('stg_leads') }}", '`stg_leads`')}) ORDER BY id`);
    expect(
      rows.map(({ clientfit_score, clientfit_potential, clientfit_verdict, clientfit_failed, clientfit_unknown }) => ({
        clientfit_score,
        clientfit_potential,
        clientfit_verdict,
        clientfit_failed,
        clientfit_unknown,
      })),
    ).toEqual(coreScores(criteria(), cells, false));
  });
});
