/**
 * What only the mysql dialect does: MariaDB has no NFC, so an answer NFC could change is refused
 * (invalid), never misread; the class it refuses covers every text NFC changes; --from stays
 * DuckDB's. (The conformance, injection and dbt suites run the dialect in a real MariaDB too.)
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { run } from '../helpers/main.js';
import { expectSameScores, nfcSensitive } from './conformance-helpers.js';
import { startMariaDb, type Engine, type MariaDbServer } from './engines.js';

let server: MariaDbServer | undefined;
let engine: Engine;
beforeAll(async () => {
  server = await startMariaDb();
  engine = server.engine({ noBackslashEscapes: false });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('the class of text NFC could change', () => {
  it('holds every text that NFC changes (bases, combining marks, Hangul jamo, singletons)', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'e', 'A', 'o', 'ο', 'Ο', 'и', 'И', 'е', 'ᄀ', '가', '\u1161', '\u11a8', '\u212b', '\u2126', '\u1f71', '\u0374', '\uf900', 'x', ' '),
      fc.integer({ min: 0x300, max: 0x36f }).map((point) => String.fromCodePoint(point)),
      fc.integer({ min: 0x20, max: 0x2fff }).map((point) => String.fromCodePoint(point)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), (units) => {
        const text = units.join('');
        if (text.normalize('NFC') !== text) expect(nfcSensitive(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('MariaDB: an answer NFC would change is refused, not misread', () => {
  it('yes/no, number, choice and a short text answer holding a combining mark are invalid; a long text is still read (red flags)', async () => {
    const loaded = loadCriteria(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, points: 1 }
  - { id: budget, question: Budget?, type: number, points: 1 }
  - id: style
    question: Style?
    type: choice
    options: [{ value: négociateur, label: Négociateur, points: 1 }]
  - { id: notes, question: Notes?, type: text, red_flags: [asap], points: 1 }
`);
    if (!loaded.ok) throw new Error('criteria');
    const table = 'nfc_leads';
    const decomposed = ['да\u0301', '5\u0301', 'ne\u0301gociateur', 'n/a\u0301'];
    const composed = ['да', '5', 'négociateur', 'wants it ASAP, e\u0301te\u0301 2025'];
    const { compileSql } = await import('../../src/sql/compile.js');
    const { DIALECT } = await import('../../src/sql/dialect.js');
    const { parseName } = await import('../../src/sql/names.js');
    const compiled = compileSql(loaded.criteria, {
      dialect: DIALECT.mysql,
      source: { kind: 'table', name: parseName(table)! },
      columns: ['pays', 'budget', 'style', 'notes'],
      decimalComma: false,
      view: parseName(`${table}_scored`)!,
    });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const rows = await engine.loadAndQuery(
      table,
      ['id', 'pays', 'budget', 'style', 'notes'],
      [
        ['1', ...decomposed],
        ['2', ...composed],
      ],
      compiled.sql,
      `SELECT id, clientfit_failed, clientfit_unknown FROM ${table}_scored ORDER BY id`,
    );
    expect(rows).toEqual([
      // batch would read the first row after NFC (yes, 5, the option, an unknown word): MariaDB cannot, and says it could not read them
      { id: '1', clientfit_failed: '', clientfit_unknown: 'pays;budget;style;notes' },
      { id: '2', clientfit_failed: 'notes', clientfit_unknown: '' },
    ]);
  });
});

describe('MariaDB names', () => {
  it('criteria ids long enough to make helper names over 64 characters still make a view (MariaDB refuses such a column name)', async () => {
    // 56 characters: the test table's column "cell <id>" fits in 64, "status.<id> points" does not.
    const id = `a_criterion_id_that_goes_on_${'and_on_'.repeat(4)}`;
    const loaded = loadCriteria(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: ${id}, question: Q?, type: choice, options: [{ value: a, points: 2 }, { value: b, points: 0, fail: true }] }
  - { id: n_${id}, question: N?, type: number, min: 3, points: 1 }
`);
    if (!loaded.ok) throw new Error('criteria');
    await expectSameScores(engine, loaded.criteria, [
      ['a', '5'],
      ['B', '1'],
      ['?', 'x'],
    ]);
  });
});

describe('the CLI', () => {
  it('--from stays DuckDB-only: exit 2, the MariaDB way to load a file named, nothing on stdout', async () => {
    const result = await run(['sql', '--dialect', 'mysql', '--from', 'leads.csv']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('LOAD DATA LOCAL INFILE');
  });

  it('a table and a view in backticks, the statement runs in MariaDB with the client as it is', async () => {
    await engine.load(
      'crm leads',
      ['pays_upfront', 'deposit_percent'],
      [
        ['Yes', '50'],
        ['нет', '€5,000'],
      ],
    );
    const result = await run(['sql', '--dialect', 'mysql', '--table', '"crm leads"', '--view', 'scored_leads', '--allow-missing', '--columns', 'pays_upfront,deposit_percent']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('SELECT * FROM `crm leads`');
    expect(result.out).toContain('CREATE OR REPLACE VIEW `scored_leads` AS');
    const made = server!.client(result.out);
    expect(made.stderr).toBe('');
    const rows = await engine.query('SELECT pays_upfront, clientfit_verdict, clientfit_unknown FROM scored_leads ORDER BY pays_upfront');
    expect(rows).toEqual([
      { pays_upfront: 'Yes', clientfit_verdict: 'review', clientfit_unknown: 'conflict_style;polite;respects_time;revisions;notes' },
      { pays_upfront: 'нет', clientfit_verdict: 'reject', clientfit_unknown: 'conflict_style;polite;respects_time;revisions;notes' },
    ]);
  });
});
