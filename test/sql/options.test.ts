/**
 * `clientfit sql`'s options that used to misread silently: --allow-missing without the table's
 * columns, a column name holding a comma, rows scored before, --from standard input, and a
 * view that outlives its list (the fingerprint and --check-view), run in real engines.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/main.js';
import { openDuckDb, startPostgres, type Engine } from './engines.js';

let duck: Engine;
let pg: Engine;
beforeAll(async () => {
  duck = await openDuckDb();
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  await duck.close();
  await pg.close();
});

const LIST =
  'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: pays_upfront, question: Pays?, type: yes-no, points: 3 }\n  - { id: budget, question: Budget?, type: number, min: 1000, points: 2 }\n';

function listFile(dir: string, text = LIST): string {
  const file = join(dir, 'list.yaml');
  writeFileSync(file, text);
  return file;
}

describe('column options', () => {
  it('--allow-missing with --table and no --columns: exit 2, saying why', async () => {
    const result = await run(['sql', '--table', 'leads', '--allow-missing']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(
      "clientfit: --allow-missing with --table needs --columns: without the table's columns nothing tells which are missing (the query would fail on the first); list them with --columns\n",
    );
  });

  it('--columns is one CSV line: a name with a comma or a quote is quoted, and the statement runs', async () => {
    const dir = tempDir();
    await duck.load('budgets', ['id', 'Budget, EUR', 'say "yes"'], [['1', '1 200', 'yes']]);
    const result = await run(['sql', '-c', listFile(dir), '--table', 'budgets', '--columns', 'id,"Budget, EUR" ,"say ""yes"""', '--map', 'budget=Budget, EUR', '--map', 'pays_upfront=say "yes"'], {
      cwd: dir,
    });
    expect(result.err).toBe('');
    const rows = await duck.query(result.out);
    expect(rows.map((row) => [row['Budget, EUR'], row.clientfit_score, row.clientfit_verdict])).toEqual([['1 200', '100', 'accept']]);
    const broken = await run(['sql', '-c', listFile(dir), '--table', 'budgets', '--columns', 'id,"Budget, EUR'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('clientfit: --columns "id,"Budget, EUR" is not one line of comma-separated names: quote a name holding a comma');
  });

  it('rows scored before: exit 2 naming the column, for a CSV header and for --columns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'scored.csv'), 'pays_upfront,budget,Clientfit_Score\nyes,5000,100\n');
    const csv = await run(['sql', '-c', listFile(dir), '--from', 'scored.csv'], { cwd: dir });
    expect(csv.code).toBe(2);
    expect(csv.out).toBe('');
    expect(csv.err).toBe('clientfit: scored.csv already has the column "Clientfit_Score", which the statement adds (were these rows scored before?): drop or rename its clientfit_ columns first\n');
    const table = await run(['sql', '-c', listFile(dir), '--table', 'leads', '--columns', 'pays_upfront,budget,clientfit_verdict'], { cwd: dir });
    expect(table.code).toBe(2);
    expect(table.err).toContain('clientfit: leads already has the column "clientfit_verdict"');
  });

  it('--from - (standard input) is refused: the statement reads the file by its path', async () => {
    const result = await run(['sql', '--from', '-'], { input: 'pays_upfront\nyes\n' });
    expect(result.code).toBe(2);
    expect(result.err).toContain('clientfit: --from names a file the statement reads by its path, not standard input');
  });
});

describe('a view carries its list: the fingerprint and --check-view', () => {
  it('DuckDB: the view definition says whether its list is today', async () => {
    const dir = tempDir();
    const file = listFile(dir);
    writeFileSync(join(dir, 'leads.csv'), 'pays_upfront,budget\nyes,5000\n');
    const made = await run(['sql', '-c', file, '--from', 'leads.csv', '--view', 'scored_leads'], { cwd: dir });
    expect(made.out).toMatch(/^-- list sha256:[0-9a-f]{64} \(clientfit sql --check-view tells whether a view's list is the file's today\)$/mu);
    await duck.query(made.out);
    const [row] = await duck.query('SELECT clientfit_list, clientfit_verdict FROM scored_leads');
    expect(row!.clientfit_list).toMatch(/^sha256:[0-9a-f]{64}$/u);
    const [ddl] = await duck.query("SELECT sql FROM duckdb_views() WHERE view_name = 'scored_leads'");

    const current = await run(['sql', '-c', file, '--check-view', '-'], { cwd: dir, input: ddl!.sql! });
    expect(current.code).toBe(0);
    expect(current.out).toBe(`<stdin>: the view scores with list.yaml as it is today (${row!.clientfit_list})\n`);

    writeFileSync(file, LIST.replace('min: 1000', 'min: 2000'));
    const stale = await run(['sql', '-c', file, '--check-view', '-'], { cwd: dir, input: ddl!.sql! });
    expect(stale.code).toBe(1);
    expect(stale.out).toBe('');
    expect(stale.err).toMatch(new RegExp(`^clientfit: <stdin>: the view scores with another list \\(${row!.clientfit_list}\\); list\\.yaml today is sha256:[0-9a-f]{64}\n`, 'u'));
  });

  it('PostgreSQL: pg_get_viewdef keeps the constant column (comments are dropped); a file with no fingerprint is exit 2', async () => {
    const dir = tempDir();
    const file = listFile(dir);
    await pg.load('crm_leads', ['pays_upfront', 'budget'], [['yes', '5000']]);
    const made = await run(['sql', '--dialect', 'postgres', '-c', file, '--table', 'crm_leads', '--view', 'scored_crm'], { cwd: dir });
    const [ddl] = await pg.query(`${made.out}\nSELECT pg_get_viewdef('scored_crm') AS ddl;`);
    writeFileSync(join(dir, 'view.sql'), ddl!.ddl!);
    const current = await run(['sql', '-c', file, '--check-view', 'view.sql'], { cwd: dir });
    expect(current.code).toBe(0);
    expect(current.out).toContain('view.sql: the view scores with list.yaml as it is today');

    writeFileSync(join(dir, 'nothing.sql'), 'SELECT 1;');
    const none = await run(['sql', '-c', file, '--check-view', 'nothing.sql'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.err).toContain("clientfit: nothing.sql: no list fingerprint (sha256:…) in it: pass the view's definition or its clientfit_list value");
    expect(none.err).toContain(`psql -Atc "SELECT pg_get_viewdef('scored_leads')" | clientfit sql --check-view -`);

    const mixed = await run(['sql', '-c', file, '--check-view', 'view.sql', '--table', 'leads'], { cwd: dir });
    expect(mixed.code).toBe(2);
  });
});

describe('names with three parts', () => {
  it('are refused when the statement is written for an engine that takes two (MySQL, ClickHouse), and written for DuckDB and PostgreSQL', async () => {
    for (const dialect of ['mysql', 'clickhouse']) {
      const table = await run(['sql', '--dialect', dialect, '--table', 'crm.sales.leads']);
      expect(table.code).toBe(2);
      expect(table.out).toBe('');
      expect(table.err).toMatch(/^clientfit: cannot compile \S*criteria\/freelancer\.yaml to \w+ SQL exactly: /u);
      expect(table.err).toContain(`: --table crm.sales.leads has three parts (catalog.schema.table), and --dialect ${dialect} takes at most two (database.table): leave out the first part\n`);
      const view = await run(['sql', '--dialect', dialect, '--table', 'crm.leads', '--view', 'crm."Sales Team".scored']);
      expect(view.code).toBe(2);
      expect(view.err).toContain('--view crm."Sales Team".scored has three parts');
      expect((await run(['sql', '--dialect', dialect, '--table', 'crm.leads', '--view', 'crm.scored'])).code).toBe(0);
    }
    for (const dialect of ['duckdb', 'postgres']) {
      const result = await run(['sql', '--dialect', dialect, '--table', 'crm.sales.leads', '--view', 'crm.sales.scored']);
      expect(result.code).toBe(0);
      expect(result.out).toContain('FROM "crm"."sales"."leads"');
    }
  });
});
