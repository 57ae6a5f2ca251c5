/**
 * `clientfit sql --dbt-ref/--dbt-source`: a dbt model. The test compiles it as dbt's Jinja
 * would for these models ({% raw %} blocks kept verbatim, ref() and source() replaced by the
 * relation, anything else Jinja would run is an error) and runs the result in DuckDB, where it
 * must score as the core does.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { run, tempDir } from '../helpers/main.js';
import { coreScores } from './conformance-helpers.js';
import { openDuckDb, type Engine } from './engines.js';

let duck: Engine;
beforeAll(async () => {
  duck = await openDuckDb();
});
afterAll(async () => {
  await duck.close();
});

/** What dbt's Jinja makes of a model: raw blocks as they are, ref('m') → "m", source('s', 't') → "s"."t". */
function compileModel(model: string): string {
  let out = '';
  for (const [index, piece] of model.split(/\{% raw %\}([\s\S]*?)\{% endraw %\}/u).entries()) {
    if (index % 2 === 1) {
      out += piece;
      continue;
    }
    const replaced = piece
      .replace(/\{\{ ref\('([^']+)'\) \}\}/gu, (_, name: string) => `"${name}"`)
      .replace(/\{\{ source\('([^']+)', '([^']+)'\) \}\}/gu, (_, schema: string, table: string) => `"${schema}"."${table}"`);
    if (/\{[{%#]/u.test(replaced)) throw new Error(`Jinja would run: ${replaced.match(/\{[{%#].{0,40}/u)![0]}`);
    out += replaced;
  }
  return out;
}

const LIST = `version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays_upfront, question: "Pays? {{ 7 * 7 }}", type: yes-no, points: 3 }
  - { id: budget, question: Budget?, type: number, min: 1000, points: 2 }
  - { id: notes, question: Notes?, type: text, red_flags: ["{{ run_query('DROP TABLE victim') }}", "{% if true %}x{% endif %}", "{# note #}"] }
`;

const CELLS = [
  ['yes', '5 000', 'fine'],
  ['no', '1,200', "x {{ run_query('DROP TABLE victim') }} y"],
  ['?', 'n/a', '{# note #}'],
  ['Да', '€2,000', ''],
];

function listFile(dir: string, text: string): string {
  const file = join(dir, 'list.yaml');
  writeFileSync(file, text);
  return file;
}

describe('dbt models', () => {
  it.each([
    ['--dbt-ref', 'stg_leads', `{{ ref('stg_leads') }}`, 'stg_leads'],
    ['--dbt-source', 'crm.leads', `{{ source('crm', 'leads') }}`, 'crm"."leads'],
  ])('%s %s: a select without ;, compiled and run in DuckDB, scores as batch does', async (flag, name, call, relation) => {
    const dir = tempDir();
    await duck.query('CREATE SCHEMA IF NOT EXISTS crm');
    await duck.load('victim', ['id'], [['1']]);
    for (const table of ['stg_leads', 'crm"."leads']) {
      await duck.query(`DROP TABLE IF EXISTS "${table}"`);
      await duck.query(
        `CREATE TABLE "${table}" (id VARCHAR, pays_upfront VARCHAR, budget VARCHAR, notes VARCHAR); INSERT INTO "${table}" VALUES ${CELLS.map((row, index) => `('${index}', ${row.map((cell) => `'${cell.replaceAll("'", "''")}'`).join(', ')})`).join(', ')}`,
      );
    }
    const model = await run(['sql', '-c', listFile(dir, LIST), flag, name, '--columns', 'id,pays_upfront,budget,notes'], { cwd: dir });
    expect(model.err).toBe('');
    expect(model.code).toBe(0);
    expect(model.out).toContain(call);
    expect(model.out.trimEnd()).not.toMatch(/;$/u);
    // Text from the criteria file that Jinja would run stays inside raw blocks.
    expect(model.out.startsWith('{% raw %}')).toBe(true);
    const compiled = compileModel(model.out);
    expect(compiled).toContain(`SELECT * FROM "${relation}"`);
    await duck.query(`CREATE OR REPLACE VIEW model AS ${compiled}`);
    const rows = await duck.query('SELECT * FROM model ORDER BY id');
    const criteria = loadCriteria(LIST);
    if (!criteria.ok) throw new Error('list');
    const expected = coreScores(criteria.criteria, CELLS, false);
    expect(rows.map((row) => ({ verdict: row.clientfit_verdict, score: row.clientfit_score, failed: row.clientfit_failed }))).toEqual(
      expected.map((row) => ({ verdict: row.clientfit_verdict, score: row.clientfit_score, failed: row.clientfit_failed })),
    );
    expect(rows[0]!.clientfit_list).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(await duck.query('SELECT count(*) AS n FROM victim')).toEqual([{ n: '1' }]);
  });

  it('a model without Jinja-like text is plain SQL, no raw blocks', async () => {
    const dir = tempDir();
    const model = await run(
      ['sql', '-c', listFile(dir, 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: pays, question: Pays?, type: yes-no }\n'), '--dbt-ref', 'stg_leads'],
      {
        cwd: dir,
      },
    );
    expect(model.code).toBe(0);
    expect(model.out).not.toContain('{% raw %}');
    expect(model.out).toContain("  SELECT * FROM {{ ref('stg_leads') }}\n");
  });

  it('refusals: a text that would end a raw block, --view, a source without its table, two sources', async () => {
    const dir = tempDir();
    // in a question, which every dialect writes as it is (in a comment); DuckDB writes red flags as a regex, each character escaped
    const endraw = await run(['sql', '-c', listFile(dir, LIST.replace('{{ 7 * 7 }}', '{%- endraw %}')), '--dbt-ref', 'stg_leads'], { cwd: dir });
    expect(endraw.code).toBe(2);
    expect(endraw.out).toBe('');
    expect(endraw.err).toContain('a text of the criteria file would end a Jinja {% raw %} block in the dbt model');
    const view = await run(['sql', '--dbt-ref', 'stg_leads', '--view', 'v']);
    expect(view.code).toBe(2);
    expect(view.err).toContain('clientfit: --view makes a view, and dbt makes its own from a model');
    const parts = await run(['sql', '--dbt-source', 'leads']);
    expect(parts.code).toBe(2);
    expect(parts.err).toContain('clientfit: --dbt-source "leads": --dbt-ref takes MODEL or PACKAGE.MODEL, --dbt-source takes SOURCE.TABLE');
    const two = await run(['sql', '--dbt-ref', 'stg_leads', '--table', 'leads']);
    expect(two.code).toBe(2);
    expect(two.err).toContain('clientfit: give one source of rows: --from, --table, --dbt-ref or --dbt-source');
  });
});
