/**
 * `clientfit sql` as a user runs it: the statement for a CSV file, run in DuckDB, gives what
 * `clientfit batch` gives for the same file (every input cell and every result); refusals and
 * column errors are worded, with exit 2; the CLI never bundles or loads DuckDB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/main.js';
import { openDuckDb, type Engine } from './engines.js';

let duck: Engine;
beforeAll(async () => {
  duck = await openDuckDb();
});
afterAll(async () => {
  await duck.close();
});

const CRITERIA = join(FIXTURES, 'batch', 'criteria.yaml');

const FILES: Record<string, string> = {
  'comma.csv':
    'name,Pays upfront,deposit_percent,conflict_style,polite,revisions,notes\nAcme,yes,50,negotiates,yes,2,\n"Smith, Jones",Да,"1,200",Proposed a fair compromise,ΝΑΙ,x,"line one\nline two: ASAP"\nBob,no,,scandal,,3,Скидка?\nEve,?,10%,silent,Yes.,1\n',
  'semicolon.csv': 'sep=;\r\nname;Предоплата;deposit_percent;conflict_style;polite;revisions;notes\r\nИван;да;30,5;negotiates;да;1,0;\r\nΜαρία;ΌΧΙ;1.200;silent;όχι;2;δωρεάν\r\n',
  'bom.csv': '\uFEFFname,pays_upfront,deposit_percent,conflict_style,polite,revisions,notes\nAcme,YES,€5000,NEGOTIATES,y,0,for free\n',
};

interface BatchRow {
  score: number;
  potential: number;
  verdict: string;
  failed: string[];
  unknown: string[];
  invalid: { id: string }[];
  fields: Record<string, string>;
}

FILES['missing.csv'] = 'name,pays_upfront,conflict_style,polite\nAcme,yes,negotiates,yes\nBob,no,?,\n';
// Lines before the header (DuckDB would read the first as the header), and blank rows between rows as batch skips them.
FILES['blank-before.csv'] = '\n\nname,pays_upfront\nAcme,yes\n';
FILES['sep-blank-before.csv'] = 'sep=;\r\n\r\n;;\r\nname;pays_upfront\r\nAcme;yes\r\n';
FILES['blank-between.csv'] = 'name,pays_upfront,polite\nAcme,yes,yes\n\n,,\n  , \t,\n \nBob,no,\n"",,\n,"",\nEve,?,no\n';
FILES['cr-only.csv'] = '\r\rpays_upfront,name\ryes,Acme\r\rno,Beta\r';
// A header cell holding a line break: its struct key in read_csv's columns must be a plain string literal.
FILES['newline-header.csv'] = '"na\nme",pays_upfront\nAcme,yes\n"Bob\r\nJr",no\n';
const EXTRA: Record<string, string[]> = Object.fromEntries(
  Object.keys(FILES)
    .filter((name) => !['comma.csv', 'semicolon.csv', 'bom.csv'].includes(name))
    .map((name) => [name, ['--allow-missing']]),
);

describe('clientfit sql --from FILE.csv in DuckDB', () => {
  it.each(Object.keys(FILES))('%s: every row as clientfit batch scores it', async (name) => {
    const dir = tempDir();
    const file = join(dir, name);
    writeFileSync(file, FILES[name]!);
    const extra = EXTRA[name] ?? [];
    const compiled = await run(['sql', '-c', CRITERIA, '--from', file, ...extra], { cwd: dir });
    expect(compiled.code).toBe(0);
    expect(compiled.err).toEqual(extra.length === 0 ? '' : expect.stringMatching(new RegExp(`^warning: no column for [a-z_, ]+ in ${name}: scored as unknown \\(--allow-missing\\)\n$`, 'u')));
    const batch = await run(['batch', '-c', CRITERIA, file, '--format', 'jsonl', '-q', ...extra], { cwd: dir });
    expect(batch.code).toBe(0);
    const expected = batch.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchRow)
      .map((row) => ({
        ...row.fields,
        clientfit_score: String(row.score),
        clientfit_potential: String(row.potential),
        clientfit_verdict: row.verdict,
        clientfit_failed: row.failed.join(';'),
        clientfit_unknown: [...row.unknown, ...row.invalid.map((entry) => entry.id)].join(';'),
      }));
    expect(await duck.query(compiled.out)).toEqual(expected);
  });
});

describe('clientfit sql --from: files DuckDB would read differently are refused', () => {
  it.each([
    [
      'a lone CR in a CRLF file',
      'pays_upfront,name\r\nyes,Acme\r\nyes,Alpha\rno,Beta\r\n',
      "mix3.csv: the file mixes line endings (3 CRLF, 1 CR), which DuckDB's read_csv reads differently; convert it to one line ending or score it with clientfit batch\n",
    ],
    [
      'an LF row in a CRLF file',
      'pays_upfront,name\r\nyes,Acme\nno,Beta\r\n',
      "mix3.csv: the file mixes line endings (2 CRLF, 1 LF), which DuckDB's read_csv reads differently; convert it to one line ending or score it with clientfit batch\n",
    ],
    [
      'a row of quoted spaces',
      'pays_upfront,name\nyes,Acme\n" ",\nno,Beta\n',
      "mix3.csv:3: a row of only spaces, some of them quoted: batch scores it, DuckDB's read_csv cannot tell it from a blank line; score the file with clientfit batch\n",
    ],
  ])('%s: exit 2, nothing on stdout', async (_, text, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mix3.csv'), text);
    const result = await run(['sql', '-c', CRITERIA, '--from', 'mix3.csv', '--allow-missing'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(message);
  });
});

describe('clientfit sql --table', () => {
  it('a PostgreSQL view over a table, its columns found as batch finds them', async () => {
    const result = await run([
      'sql',
      '--dialect',
      'postgres',
      '-c',
      CRITERIA,
      '--table',
      'crm.leads',
      '--view',
      'scored_leads',
      '--columns',
      'id,Pays upfront,deposit_percent,conflict_style,polite,revisions,notes',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^CREATE OR REPLACE VIEW "scored_leads" AS\nWITH source AS \(\n {2}SELECT \* FROM "crm"\."leads"\n\)/mu);
    expect(result.out).toContain('src."Pays upfront"');
    // one CASE per criterion, each under a comment naming it
    for (const id of ['pays_upfront', 'deposit_percent', 'conflict_style', 'polite', 'revisions', 'notes']) expect(result.out).toContain(`-- ${id}: `);
  });

  it('a column that is not there: the did-you-mean message, exit 2', async () => {
    const result = await run(['sql', '-c', CRITERIA, '--table', 'leads', '--columns', 'pays_upfront,deposit_percnt,conflict_style,polite,revisions,notes']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('leads: no column for 1 criterion:');
    expect(result.err).toContain('deposit_percent: tried "deposit_percent" (did you mean "deposit_percnt"?)');
  });

  it('neither --from nor --table, or --from with PostgreSQL: usage errors', async () => {
    const none = await run(['sql', '-c', CRITERIA]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('give the rows to score: --from FILE.csv (DuckDB) or --table NAME');
    const postgres = await run(['sql', '-c', CRITERIA, '--dialect', 'postgres', '--from', 'leads.csv']);
    expect(postgres.code).toBe(2);
    expect(postgres.err).toContain('--from reads a CSV file, which only DuckDB does inside one statement');
  });

  it('a rule SQL cannot express exactly is refused, not approximated', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'greek.yaml'), 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: notes, question: Notes?, type: text, red_flags: [σοφος] }\n');
    const result = await run(['sql', '-c', 'greek.yaml', '--table', 'leads'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('cannot compile greek.yaml to duckdb SQL exactly: notes: the red flag "σοφος" has a σ or ς whose lower case depends on the letters around the match');
  });
});

describe('the CLI never carries DuckDB', () => {
  it('the bundle holds no @duckdb code, and the SQL compiler is a chunk of its own', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.filter((input) => input.includes('@duckdb'))).toEqual([]);
    expect(inputs).toContain('src/sql/compile.ts');
    expect(Object.keys(meta.outputs['dist/cli/main.js']!.inputs).filter((input) => input.startsWith('src/sql/'))).toEqual([]);
  });
});
