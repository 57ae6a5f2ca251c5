/**
 * The shipped templates: each is lint-clean, and the localised freelancer templates are the
 * English list in another language: same ids, types, points, thresholds and `when`, so a
 * prospect scores the same whichever language the list is written in, and a lead export with
 * column names in that language maps by itself.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../src/core/columns.js';
import type { Criteria, Criterion } from '../../src/core/criteria.js';
import { lintCriteria } from '../../src/core/lint.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { ROOT, run, tempDir } from '../helpers/main.js';

const DIR = join(ROOT, 'criteria');
const TEMPLATES = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
/** The language of each localised copy of freelancer.yaml, and a script its text must use. */
const LOCALISED = {
  'freelancer-ru': /[а-яё]/iu,
  'freelancer-bg': /[а-яъ]/iu,
  'freelancer-el': /[α-ωά-ώ]/iu,
  'freelancer-bs': /[čćšžđ]/iu,
} as const;
type Localised = keyof typeof LOCALISED;
const NAMES = Object.keys(LOCALISED) as Localised[];
/** Written for issue 12; freelancer-ru came first and keeps only some English column names. */
type New = 'freelancer-bg' | 'freelancer-el' | 'freelancer-bs';
const NEW: readonly New[] = ['freelancer-bg', 'freelancer-el', 'freelancer-bs'];

function load(name: string): Criteria {
  const loaded = loadCriteria(readFileSync(join(DIR, `${name}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.problems)}`);
  return loaded.criteria;
}

const ENGLISH = load('freelancer');
const COPIES = Object.fromEntries(NAMES.map((name) => [name, load(name)])) as Record<Localised, Criteria>;

/** Everything that decides a score; no words. */
function scoring(criteria: Criteria): unknown {
  return {
    thresholds: criteria.thresholds,
    targetAccept: criteria.targetAccept,
    criteria: criteria.criteria.map((criterion) => ({
      id: criterion.id,
      type: criterion.type,
      must: criterion.must,
      maxPoints: criterion.maxPoints,
      when: criterion.when,
      expect: criterion.type === 'yes-no' ? criterion.expect : undefined,
      min: criterion.type === 'number' ? criterion.min : undefined,
      max: criterion.type === 'number' ? criterion.max : undefined,
      options: criterion.type === 'choice' ? criterion.options.map(({ value, points, fail }) => ({ value, points, fail })) : undefined,
    })),
  };
}

/** The words a person reads, by where they appear; present in English means present in every copy. */
function words(criteria: Criteria): Record<string, string | undefined> {
  const entries: [string, string | undefined][] = [
    ['name', criteria.name],
    ['description', criteria.description],
    ['messages.decline', criteria.messages.decline],
    ['messages.review', criteria.messages.review],
    ['messages.accept', criteria.messages.accept],
  ];
  for (const criterion of criteria.criteria) {
    entries.push(
      [`${criterion.id}.question`, criterion.question],
      [`${criterion.id}.help`, criterion.help],
      [`${criterion.id}.why`, criterion.why],
      [`${criterion.id}.client_reason`, criterion.clientReason],
      [`${criterion.id}.terms`, criterion.terms],
    );
    if (criterion.type === 'choice') criterion.options.forEach((option) => entries.push([`${criterion.id}.${option.value}.label`, option.label]));
  }
  return Object.fromEntries(entries);
}

describe('every shipped template', () => {
  it('includes the localised freelancer templates', () => {
    expect(TEMPLATES).toEqual(expect.arrayContaining(['freelancer.yaml', ...NAMES.map((name) => `${name}.yaml`)]));
  });

  // What check --strict judges, in-process for every template (test/e2e/check.test.ts also
  // runs the CLI on each); the CLI run below covers the templates this file was added for.
  it.each(TEMPLATES)('%s loads and lints clean', (file) => {
    expect(lintCriteria(load(file.replace(/\.yaml$/u, '')))).toEqual([]);
  });

  it.each(TEMPLATES)('%s has an acceptance draft (messages.accept) listing {terms}, which an accept shows', async (file) => {
    const criteria = load(file.replace(/\.yaml$/u, ''));
    expect(criteria.messages.accept).toContain('{terms}');
    // every answer its best: the highest-scoring option, yes where yes is expected, no red flag
    const best = Object.fromEntries(
      criteria.criteria.map((criterion) => [
        criterion.id,
        criterion.type === 'yes-no'
          ? String(criterion.expect ?? true)
          : criterion.type === 'number'
            ? String(criterion.min ?? criterion.max ?? 0)
            : criterion.type === 'choice'
              ? [...criterion.options].sort((a, b) => b.points - a.points)[0]!.value
              : '',
      ]),
    );
    const result = await run(['score', '-c', join(DIR, file), '--no-input', '--name', 'Acme', ...Object.entries(best).flatMap(([id, value]) => ['--set', `${id}=${value}`])]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ACCEPT/u);
    const opening = criteria.messages.accept!.split('\n').find((line) => line.length > 40 && !line.includes('{'))!;
    expect(result.out).toContain(opening);
  });

  it.each(NEW)('clientfit check --strict %s: valid, no warnings, exit 0', async (name) => {
    const result = await run(['check', '--strict', '--format', 'json', join(DIR, `${name}.yaml`)]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ valid: true, warnings: [] });
  });
});

describe('init offers the new templates', () => {
  it('--list shows each with its own name', async () => {
    const result = await run(['init', '--list']);
    expect(result.code).toBe(0);
    for (const name of NEW) {
      const row = result.out.split('\n').find((line) => line.startsWith(`${name} `));
      expect(row, name).toContain(COPIES[name].name);
    }
  });

  it('--template NAME writes that template byte for byte', async () => {
    const dir = tempDir();
    const results = await Promise.all(NEW.map((name) => run(['init', `${name}.yaml`, '--template', name], { cwd: dir })));
    results.forEach((result, at) => {
      expect(result.code, NEW[at]).toBe(0);
      expect(readFileSync(join(dir, `${NEW[at]}.yaml`)), NEW[at]).toEqual(readFileSync(join(DIR, `${NEW[at]}.yaml`)));
    });
  });
});

describe.each(NAMES)('%s is freelancer.yaml in another language', (name) => {
  const copy = COPIES[name];

  it('has the same ids, types, must flags, points, thresholds, when and option values', () => {
    expect(scoring(copy)).toEqual(scoring(ENGLISH));
  });

  it('translates every text the English template has, in its own script', () => {
    const english = words(ENGLISH);
    const own = words(copy);
    const script = LOCALISED[name];
    for (const [where, text] of Object.entries(english)) {
      if (text === undefined) continue;
      expect(own[where], where).toBeDefined();
      expect(own[where], where).not.toBe(text);
    }
    // Each criterion as a whole is written in the language (a bare "Deposit %" would not do).
    for (const criterion of copy.criteria) {
      expect([criterion.question, criterion.help, criterion.why, criterion.terms].join(' '), criterion.id).toMatch(script);
    }
    expect(`${copy.messages.decline} ${copy.messages.review}`).toMatch(script);
    expect(copy.messages.accept).toMatch(script);
  });

  it('reads its id as a column first, and (the new templates) every English column name too', () => {
    copy.criteria.forEach((criterion, index) => {
      expect(criterion.column[0], criterion.id).toBe(criterion.id);
      if (NEW.some((added) => added === name)) expect(criterion.column, criterion.id).toEqual(expect.arrayContaining([...ENGLISH.criteria[index]!.column]));
    });
  });

  it('every column name finds its own criterion, and only that one', () => {
    copy.criteria.forEach((criterion, index) => {
      for (const alias of criterion.column) {
        const found = resolveColumns(copy, [alias]);
        expect(found.indexes.map((at, position) => (at === 0 ? copy.criteria[position]!.id : undefined)).filter(Boolean), alias).toEqual([criterion.id]);
        expect(found.indexes[index], alias).toBe(0);
      }
    });
  });

  it('scores any answers exactly as the English template does', () => {
    const scoreEnglish = createScorer(ENGLISH);
    const scoreCopy = createScorer(copy);
    // Raw answers for each criterion, including unknown, unreadable and dealbreaker ones;
    // notes only with red flags every copy shares (ASAP, discount) or none.
    const pools: Record<Criterion['type'], readonly unknown[]> = {
      'yes-no': ['yes', 'no', 'да', 'ναι', 'ne', '?', '', 'maybe'],
      number: ['0', '29', '30', '50', '2', '3', '1 200', '?', '', 'lots'],
      choice: [...ENGLISH.criteria.flatMap((criterion) => (criterion.type === 'choice' ? criterion.options.map((option) => option.value) : [])), '?', 'other'],
      text: ['', '?', 'Need it ASAP', 'Any discount?', 'Looking forward to working with you'],
    };
    const answers = fc.tuple(...ENGLISH.criteria.map((criterion) => fc.constantFrom(...pools[criterion.type])));
    fc.assert(
      fc.property(answers, (values) => {
        const english = scoreEnglish.scoreValues(values);
        const localised = scoreCopy.scoreValues(values);
        expect({ ...localised, results: localised.results.map(({ id, status, points, max }) => ({ id, status, points, max })) }).toEqual({
          ...english,
          results: english.results.map(({ id, status, points, max }) => ({ id, status, points, max })),
        });
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Red flags in the language of the template: what a worrying message says there fails the
 * notes criterion; an ordinary brief passes, even one that mentions free delivery for a shop.
 */
const MESSAGES: Record<New, { readonly fail: readonly string[]; readonly pass: readonly string[] }> = {
  'freelancer-bg': {
    fail: [
      'Ще има ли отстъпка, ако платим веднага?',
      'Много спешно е, трябва ни до петък',
      'Сайтът ни трябва за вчера',
      'Може ли да го направите безплатно, ще е добре за портфолиото ви',
      'Нещо набързо, една страница',
    ],
    pass: ['Онлайн магазин с безплатна доставка над 50 лв. и плащане с карта', 'Искаме сайтът да продава успешно', 'Харесахме портфолиото ви и искаме оферта'],
  },
  'freelancer-el': {
    fail: [
      'Μπορείτε να μας κάνετε μια έκπτωση;',
      'Θέλουμε ΕΚΠΤΩΣΗ',
      'Είναι επείγον, το θέλουμε αύριο',
      'ΕΠΕΙΓΟΝ!!',
      'Κάτι στα γρήγορα, μια σελίδα',
      'Θα είναι καλό για το portfolio σας',
      'Αν γίνεται τζάμπα, ακόμα καλύτερα',
    ],
    pass: ['Ηλεκτρονικό κατάστημα με δωρεάν αποστολή και πληρωμή με κάρτα', 'Είδαμε το portfolio σας και θα θέλαμε μια προσφορά'],
  },
  'freelancer-bs': {
    fail: ['Ima li kakav popust?', 'Treba nam hitno, do petka', 'Možete li to uraditi džaba, bit će vam dobro za portfolio', 'Nešto na brzinu, jedna stranica', 'Mozete li dzaba?'],
    pass: ['Web shop sa besplatnom dostavom i plaćanjem karticom', 'Vidjeli smo vaš portfolio i željeli bismo ponudu'],
  },
};

describe.each(NEW)('%s: red flags in its own language', (name) => {
  const scorer = createScorer(COPIES[name]);
  const notes = (text: string) => scorer.scoreAnswers({ notes: text }).results.find((result) => result.id === 'notes')!.status;

  it.each(MESSAGES[name].fail)('fails: %s', (text) => expect(notes(text)).toBe('fail'));
  it.each(MESSAGES[name].pass)('passes: %s', (text) => expect(notes(text)).toBe('pass'));
});

/**
 * The same prospects through the CLI: English answers to freelancer.yaml, and answers as a
 * local user types them (own yes/no words, own option labels) to the localised template.
 */
const YES = { 'freelancer-ru': 'да', 'freelancer-bg': 'да', 'freelancer-el': 'ναι', 'freelancer-bs': 'da' } as const;
const NO = { 'freelancer-ru': 'нет', 'freelancer-bg': 'не', 'freelancer-el': 'όχι', 'freelancer-bs': 'ne' } as const;

function label(name: Localised, value: string): string {
  const criterion = COPIES[name].criteria.find((candidate) => candidate.id === 'conflict_style');
  if (criterion?.type !== 'choice') throw new Error('conflict_style is a choice');
  return criterion.options.find((option) => option.value === value)!.label;
}

const PROSPECTS: readonly Record<string, string>[] = [
  { pays_upfront: 'yes', deposit_percent: '50', conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: '2', notes: '' },
  { pays_upfront: 'yes', deposit_percent: '20', conflict_style: 'silent', polite: 'no', revisions: '4' },
  { pays_upfront: 'no', conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: '1' },
  { pays_upfront: 'yes', deposit_percent: '40', conflict_style: 'scandal', polite: 'yes', respects_time: 'no', revisions: '2' },
  { pays_upfront: 'yes', conflict_style: 'silent' },
];

function localAnswer(name: Localised, id: string, value: string): string {
  if (value === 'yes') return YES[name];
  if (value === 'no') return NO[name];
  if (id === 'conflict_style') return label(name, value);
  return value;
}

async function scoreJson(
  template: string,
  answers: Record<string, string>,
): Promise<{ score: number; potential: number; verdict: string; unknown: string[]; results: { id: string; status: string; points: number }[] }> {
  const set = Object.entries(answers).flatMap(([id, value]) => ['--set', `${id}=${value}`]);
  const result = await run(['score', '-c', join(DIR, `${template}.yaml`), ...set, '--no-input', '--no-message', '--format', 'json']);
  expect(result.err).toBe('');
  expect([0]).toContain(result.code);
  return JSON.parse(result.out);
}

describe('score through the CLI: the same verdicts and scores in every language', () => {
  const pick = (json: Awaited<ReturnType<typeof scoreJson>>) => ({
    score: json.score,
    potential: json.potential,
    verdict: json.verdict,
    unknown: json.unknown,
    results: json.results.map(({ id, status, points }) => ({ id, status, points })),
  });

  // One prospect per verdict (the in-process property above covers the rest).
  it.each([
    [0, 'accept'],
    [1, 'reject'],
    [4, 'review'],
  ] as const)('prospect %i: %s', async (index, verdict) => {
    const answers = PROSPECTS[index]!;
    const english = pick(await scoreJson('freelancer', answers));
    expect(english.verdict).toBe(verdict);
    const local = await Promise.all(NAMES.map((name) => scoreJson(name, Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, localAnswer(name, id, value)])))));
    local.forEach((json, at) => expect(pick(json), NAMES[at]).toEqual(english));
  });
});

/** Headers a local spreadsheet would have: as written, in capitals, without diacritics. */
const LOCAL_HEADERS: Record<Localised, readonly string[]> = {
  'freelancer-ru': ['Предоплата', 'Процент предоплаты', 'Поведение в конфликте', 'Вежливость', 'Пунктуальность', 'Круги правок', 'Комментарий'],
  'freelancer-bg': ['Предплащане', 'Аванс %', 'Поведение при конфликт', 'Учтивост', 'Точност', 'Брой корекции', 'Бележки'],
  'freelancer-el': ['ΠΡΟΚΑΤΑΒΟΛΗ', 'Ποσοστό προκαταβολής', 'Συμπεριφορά', 'Ευγένεια', 'ΣΥΝΕΠΕΙΑ', 'Διορθώσεις', 'ΣΧΟΛΙΑ'],
  'freelancer-bs': ['Avans', 'Procenat avansa', 'Ponasanje u sukobu', 'Ljubaznost', 'Tačnost', 'Broj izmjena', 'Napomene'],
};

const IDS = ENGLISH.criteria.map((criterion) => criterion.id);

function csv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map((cell) => (/[",\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n')}\n`;
}

async function batchJson(template: string, file: string): Promise<{ score: number; verdict: string; failed: string[]; unknown: string[]; invalid: string[] }[]> {
  const result = await run(['batch', file, '-c', join(DIR, `${template}.yaml`), '--format', 'json', '--quiet']);
  expect(result.err, template).toBe('');
  expect(result.code, template).toBe(0);
  return (JSON.parse(result.out) as { score: number; verdict: string; failed: string[]; unknown: string[]; invalid: string[] }[]).map(({ score, verdict, failed, unknown, invalid }) => ({
    score,
    verdict,
    failed,
    unknown,
    invalid,
  }));
}

describe('batch: a lead export with column names in the template language maps without --map', () => {
  const dir = tempDir();
  const english = join(dir, 'leads-en.csv');
  writeFileSync(english, csv([IDS, ...PROSPECTS.map((answers) => IDS.map((id) => answers[id] ?? '?'))]));

  let expected: Awaited<ReturnType<typeof batchJson>> | undefined;

  it.each(NAMES)('%s', async (name) => {
    expect(LOCAL_HEADERS[name]).toHaveLength(IDS.length);
    expected ??= await batchJson('freelancer', english);
    const file = join(dir, `leads-${name}.csv`);
    const rows = PROSPECTS.map((answers) => IDS.map((id) => (answers[id] === undefined ? '?' : localAnswer(name, id, answers[id]!))));
    writeFileSync(file, csv([LOCAL_HEADERS[name], ...rows]));
    const local = await batchJson(name, file);
    expect(local.flatMap((row) => row.invalid)).toEqual([]);
    expect(local).toEqual(expected);
  });
});
