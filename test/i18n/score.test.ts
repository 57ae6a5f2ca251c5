/**
 * The interactive side in five languages: golden outputs of `score`, a follow-up, `history`,
 * `outcome` and `init` per language; no English phrase of those commands' catalog sections in
 * a localised run; machine output (score and history JSON, the journal) byte-identical in every
 * language; plural forms.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinReasons } from '../../src/core/message.js';
import { en } from '../../src/i18n/en/index.js';
import { draftWords } from '../../src/render/result.js';
import { voiceOf, type AllWords } from '../../src/i18n/index.js';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.js';
import { ru } from '../../src/i18n/ru/index.js';
import { bg } from '../../src/i18n/bg/index.js';
import { el } from '../../src/i18n/el/index.js';
import { bs } from '../../src/i18n/bs/index.js';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/main.js';

const CRITERIA = join(FIXTURES, 'score', 'criteria.yaml');
const OTHERS = ['ru', 'bg', 'el', 'bs'] as const satisfies readonly Lang[];
const CATALOGS = { ru, bg, el, bs };
const SECTIONS = ['score', 'result', 'init', 'history', 'outcome'] as const;

/** A journal with fixed ids and times: a thread of two decisions for Acme, one without a name, outcomes. */
const JOURNAL = [
  {
    type: 'decision',
    id: 'd1',
    time: '2026-03-14T09:30:00.000Z',
    name: 'Acme',
    answers: { pays_upfront: true, deposit_percent: 50, conflict_style: 'silent', polite: null, revisions: null, notes: null },
    result: { score: 59, potential: 88, verdict: 'review', failed: [], unknown: ['polite', 'revisions', 'notes'] },
    criteria: { file: CRITERIA, sha256: 'x' },
  },
  {
    type: 'decision',
    id: 'd2',
    time: '2026-03-20T16:05:00.000Z',
    name: 'Acme',
    answers: { pays_upfront: true, deposit_percent: 50, conflict_style: 'negotiates', polite: true, revisions: 1, notes: null },
    result: { score: 94, potential: 100, verdict: 'accept', failed: [], unknown: ['notes'] },
    criteria: { file: CRITERIA, sha256: 'x' },
    continues: 'd1',
  },
  {
    type: 'decision',
    id: 'd3',
    time: '2026-04-02T11:00:00.000Z',
    name: null,
    answers: { pays_upfront: false, deposit_percent: null, conflict_style: 'scandal', polite: true, revisions: 3, notes: '' },
    result: { score: 10, potential: 10, verdict: 'reject', failed: ['pays_upfront', 'conflict_style', 'revisions'], unknown: [] },
    criteria: { file: CRITERIA, sha256: 'x' },
  },
  { type: 'outcome', id: 'o1', time: '2026-05-01T10:00:00.000Z', decision: 'd2', name: 'Acme', outcome: 'bad', note: 'late' },
  { type: 'outcome', id: 'o2', time: '2026-06-01T10:00:00.000Z', decision: 'd2', name: 'Acme', outcome: 'good', note: null },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

const INVALID = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=20', '--set', 'polite=no', '--set', 'revisions=lots', '--name', 'Acme Ltd'];
const MUST_FAILED = ['--set', 'pays_upfront=no', '--set', 'conflict_style=negotiates', '--set', 'polite=yes', '--set', 'revisions=1'];
const REVIEW = ['--set', 'pays_upfront=yes', '--set', 'deposit_percent=50', '--set', 'conflict_style=silent'];

let savedTZ: string | undefined;
beforeAll(() => {
  // history and the follow-up show local times: one zone for every machine that runs this.
  savedTZ = process.env.TZ;
  process.env.TZ = 'UTC';
});
afterAll(async () => {
  if (savedTZ === undefined) delete process.env.TZ;
  else process.env.TZ = savedTZ;
});

function journalHome(): { home: string; journal: string } {
  const home = tempDir();
  const journal = join(home, 'journal.jsonl');
  writeFileSync(journal, `${JOURNAL}\n`);
  return { home, journal };
}

/** One transcript of a command: what it printed, each stream labelled, and its exit code. */
async function transcript(lang: Lang, args: readonly string[], home: string): Promise<string> {
  const result = await run(['--lang', lang, ...args], { env: { HOME: home, CLIENTFIT_JOURNAL: join(home, 'journal.jsonl') } });
  const shown = args.map((arg) => (arg === CRITERIA ? 'criteria.yaml' : arg)).join(' ');
  const clean = (text: string): string => text.replaceAll(CRITERIA, 'criteria.yaml').replaceAll(home, '~');
  return [`$ clientfit ${shown}  # exit ${result.code}`, clean(result.out).trimEnd(), ...(result.err === '' ? [] : ['-- stderr', clean(result.err).trimEnd()]), ''].join('\n');
}

/** Every command of this side, each run in `lang`: scored prospects, a follow-up, history, outcome, init, errors. */
async function session(lang: Lang): Promise<string> {
  const { home } = journalHome();
  const parts: string[] = [];
  const score = ['score', '-c', CRITERIA, '--no-input'];
  parts.push(await transcript(lang, [...score, ...INVALID], home));
  parts.push(await transcript(lang, [...score, ...MUST_FAILED], home));
  parts.push(await transcript(lang, [...score, ...REVIEW], home));
  parts.push(await transcript(lang, [...score, '--resume', 'Acme', '--set', 'notes=', '--set', 'revisions=3'], home));
  // The language's own template, answered in the language: the whole page reads in it.
  const template = join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`);
  const yes = { en: 'yes', ru: 'да', bg: 'да', el: 'ναι', bs: 'da' }[lang];
  parts.push(
    (
      await transcript(
        lang,
        ['score', '-c', template, '--no-input', '--set', `pays_upfront=${yes}`, '--set', 'deposit_percent=40', '--set', 'conflict_style=negotiates', '--set', 'polite=?', '--set', 'revisions=1 200'],
        home,
      )
    ).replaceAll(ROOT, ''),
  );
  parts.push(await transcript(lang, ['history'], home));
  parts.push(await transcript(lang, ['history', '--all'], home));
  parts.push(await transcript(lang, ['history', 'Acme'], home));
  parts.push(await transcript(lang, ['history', '--name', 'Zeta'], home));
  parts.push(await transcript(lang, ['init', '--list'], home));
  parts.push(await transcript(lang, [...score, '--set', 'bogus=1'], home));
  parts.push(await transcript(lang, ['score', '-c', CRITERIA], home));
  parts.push(await transcript(lang, ['history', '--since', 'March'], home));
  parts.push(await transcript(lang, ['outcome', 'Nobody', 'good'], home));
  // Written last: they change the journal and the folder.
  parts.push((await transcript(lang, ['outcome', '(no name)', 'bad', '--note', 'never paid'], home)).replace(/\bo[a-z0-9]{7,}-[a-z0-9]{6}\b/gu, 'ID'));
  parts.push((await transcript(lang, ['outcome', 'Acme', 'good'], home)).replace(/\b[a-z0-9]{8,}-[a-z0-9]{6}\b/gu, 'ID'));
  parts.push(await transcript(lang, ['init'], home));
  parts.push(await transcript(lang, ['init'], home));
  return parts.join('\n');
}

const sessions = new Map<Lang, string>();
async function sessionOf(lang: Lang): Promise<string> {
  if (!sessions.has(lang)) sessions.set(lang, await session(lang));
  return sessions.get(lang)!;
}

describe('golden outputs per language', () => {
  it.each(LANGUAGES)('%s: score (every status, Still to ask, terms, both drafts), a follow-up, history, outcome, init, errors', async (lang) => {
    await expect(await sessionOf(lang)).toMatchFileSnapshot(`__snapshots__/score.${lang}.txt`);
  });
});

/** The English catalog's words, placeholders cut out: the fragments a translation must not leave in English. */
function englishFragments(section: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const piece of value.split(/\{[A-Za-z]+\}/u)) {
        const text = piece.trim();
        if (text.length > 12) out.push(text);
      }
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(walk);
    }
  };
  walk(section);
  return out;
}

function textOf(section: unknown): string {
  return typeof section === 'string' ? section : typeof section === 'object' && section !== null ? Object.values(section).map(textOf).join('\n') : '';
}

describe('no English phrase leaks into a localised run', () => {
  const fragments = [...new Set(SECTIONS.flatMap((name) => englishFragments(en[name])))];

  it('has English phrases to look for', () => {
    expect(fragments.length).toBeGreaterThan(80);
    expect(fragments).toContain('Still to ask:');
    expect(fragments).toContain('If you go ahead, require:');
  });

  it('finds them in the English run (the check can fail)', async () => {
    const text = await sessionOf('en');
    expect(fragments.filter((fragment) => text.includes(fragment)).length).toBeGreaterThan(25);
  });

  it.each(OTHERS)('%s: none of them appears', async (lang) => {
    const text = await sessionOf(lang);
    // What a translation keeps on purpose (a command line, a flag) is in its own catalog too.
    const own = SECTIONS.map((name) => textOf(CATALOGS[lang][name])).join('\n');
    const leaked = fragments.filter((fragment) => text.includes(fragment) && !own.includes(fragment));
    expect(leaked).toEqual([]);
  });
});

describe('machine output is the same in every language', () => {
  it.each([
    ['score --format json', ['score', '-c', CRITERIA, '--no-input', '--format', 'json', ...INVALID]],
    ['score --format json (review, with its draft)', ['score', '-c', CRITERIA, '--no-input', '--format', 'json', ...REVIEW]],
    ['history --format json', ['history', '--format', 'json', '--all']],
    ['history NAME --format json', ['history', 'Acme', '--format', 'json']],
  ])('%s', async (_label, args) => {
    const outputs = new Map<Lang, string>();
    for (const lang of LANGUAGES) {
      const { home } = journalHome();
      const result = await run(['--lang', lang, ...args], { env: { HOME: home, CLIENTFIT_JOURNAL: join(home, 'journal.jsonl') } });
      expect(result.code).toBe(0);
      outputs.set(lang, result.stdout);
    }
    expect(JSON.parse(outputs.get('en')!)).toBeTruthy();
    for (const lang of OTHERS) expect(outputs.get(lang)).toBe(outputs.get('en'));
  });

  it('the journal line a Russian run saves is the one an English run saves', async () => {
    const lines = new Map<Lang, string>();
    for (const lang of ['en', 'ru'] as const) {
      const home = tempDir();
      const journal = join(home, 'journal.jsonl');
      const result = await run(['--lang', lang, 'score', '-c', CRITERIA, '--no-input', '--save', ...INVALID], { env: { HOME: home, CLIENTFIT_JOURNAL: journal } });
      expect(result.code).toBe(0);
      lines.set(
        lang,
        readFileSync(journal, 'utf8')
          .replace(/"id":"[^"]+","time":"[^"]+"/u, '')
          .replace(/"at":"[^"]+"/gu, '"at":""'),
      );
    }
    expect(lines.get('ru')).toBe(lines.get('en'));
    expect(lines.get('ru')).toContain('"verdict":"review"');
  });
});

describe('plural forms', () => {
  const forms = async (lang: Lang, counts: readonly number[], say: (words: AllWords, count: number) => string): Promise<string[]> => {
    const { words } = await voiceOf(lang);
    return counts.map((count) => say(words, count));
  };

  it('Russian: 1, 2, 5, 21 (one, few, many, one)', async () => {
    expect(await forms('ru', [1, 2, 5, 21], (words, count) => words.result.thread.decisions({ name: 'Acme', count }))).toEqual([
      'Acme: 1 решение',
      'Acme: 2 решения',
      'Acme: 5 решений',
      'Acme: 21 решение',
    ]);
    expect(await forms('ru', [1, 2, 5, 21], (words, count) => words.history.journal.moreSkipped({ file: 'j', count }))).toEqual([
      'j: пропущена ещё 1 строка',
      'j: пропущены ещё 2 строки',
      'j: пропущено ещё 5 строк',
      'j: пропущена ещё 21 строка',
    ]);
    expect(await forms('ru', [1, 2, 5, 21], (words, count) => words.result.score.capped({ count, max: 1 }))).toEqual([
      '; остаётся «уточнить»: 1 ответ неизвестен или не прочитан, а max_unknown допускает не больше 1',
      '; остаётся «уточнить»: 2 ответа неизвестны или не прочитаны, а max_unknown допускает не больше 1',
      '; остаётся «уточнить»: 5 ответов неизвестны или не прочитаны, а max_unknown допускает не больше 1',
      '; остаётся «уточнить»: 21 ответ неизвестен или не прочитан, а max_unknown допускает не больше 1',
    ]);
  });

  it('Bosnian: 1, 2, 5 (one, few, other)', async () => {
    expect(await forms('bs', [1, 2, 5], (words, count) => words.result.thread.decisions({ name: 'Acme', count }))).toEqual(['Acme: 1 odluka', 'Acme: 2 odluke', 'Acme: 5 odluka']);
    expect(await forms('bs', [1, 2, 5], (words, count) => words.outcome.several({ name: 'Acme', count, time: 't', id: 'i' }))).toEqual([
      'Za "Acme" je sačuvana 1 odluka: bilježim ishod za posljednju (t, id i).',
      'Za "Acme" su sačuvane 2 odluke: bilježim ishod za posljednju (t, id i).',
      'Za "Acme" je sačuvano 5 odluka: bilježim ishod za posljednju (t, id i).',
    ]);
  });

  it('a thread of 5 decisions in a real Russian run', async () => {
    const home = tempDir();
    const journal = join(home, 'journal.jsonl');
    for (let index = 0; index < 5; index++) {
      const result = await run(['score', '-c', CRITERIA, '--no-input', '--save', '--name', 'Acme', ...REVIEW], { env: { HOME: home, CLIENTFIT_JOURNAL: journal } });
      expect(result.code).toBe(0);
    }
    const result = await run(['history', 'Acme'], { env: { HOME: home, CLIENTFIT_JOURNAL: journal, LANG: 'ru_RU.UTF-8' } });
    expect(result.out.split('\n')[0]).toBe('Acme: 5 решений');
  });
});

describe('init writes the template of the language', () => {
  it.each([
    ['ru', 'freelancer-ru'],
    ['bg', 'freelancer-bg'],
    ['el', 'freelancer-el'],
    ['bs', 'freelancer-bs'],
    ['en', 'freelancer'],
  ] as const)('%s → %s, unless --template names one', async (lang, template) => {
    const home = tempDir();
    mkdirSync(join(home, 'a'));
    const result = await run(['--lang', lang, 'init', 'a/clientfit.yaml'], { env: { HOME: home } });
    expect(result.code).toBe(0);
    expect(readFileSync(join(home, 'a', 'clientfit.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'criteria', `${template}.yaml`), 'utf8'));
    const named = await run(['--lang', lang, 'init', 'b.yaml', '--template', 'agency'], { env: { HOME: home } });
    expect(named.code).toBe(0);
    expect(readFileSync(join(home, 'b.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'criteria', 'agency.yaml'), 'utf8'));
  });
});

describe('Greek punctuation', () => {
  it("uses ';' only as the question mark at the end of a question, and no English 'and'", () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    SECTIONS.forEach((name) => walk(el[name]));
    expect(strings.length).toBeGreaterThan(100);
    // A Greek question mark ends the text, a line, or a sentence followed by a capital.
    const inside = strings.filter((text) => /;(?!$|\n| \p{Lu})/mu.test(text));
    expect(inside).toEqual([]);
    expect(strings.filter((text) => /\band\b/u.test(text))).toEqual([]);
  });
});

describe('the reasons of a decline, joined in each language', () => {
  const reasons = ['Deposit first', 'two rounds of revisions', 'my usual rates'];
  it.each([
    ['en', 'Deposit first, and two rounds of revisions.', 'Deposit first; two rounds of revisions; and my usual rates.'],
    ['ru', 'Deposit first, а также two rounds of revisions.', 'Deposit first; two rounds of revisions, а также my usual rates.'],
    ['bg', 'Deposit first и two rounds of revisions.', 'Deposit first; two rounds of revisions и my usual rates.'],
    ['el', 'Deposit first και two rounds of revisions.', 'Deposit first, two rounds of revisions και my usual rates.'],
    ['bs', 'Deposit first i two rounds of revisions.', 'Deposit first; two rounds of revisions i my usual rates.'],
  ] as const)('%s', async (lang, two, three) => {
    const drafts = draftWords((await voiceOf(lang)).words.result);
    expect(joinReasons(reasons.slice(0, 2), drafts.joinReasons)).toBe(two);
    expect(joinReasons(reasons, drafts.joinReasons)).toBe(three);
    // The built-in drafts keep their placeholders for the core to fill.
    for (const key of ['{name}', '{reasons}']) expect(drafts.decline).toContain(key);
    for (const key of ['{name}', '{terms}']) expect(drafts.review).toContain(key);
  });

  it("a criteria file's own messages win over the built-in drafts in every language", async () => {
    const custom = join(FIXTURES, 'score', 'custom-messages.yaml');
    for (const lang of LANGUAGES) {
      const result = await run(['--lang', lang, 'score', '-c', custom, '--no-input', '--set', 'pays_upfront=нет', '--set', 'polite=да']);
      expect(result.out).toContain('Спасибо за предложение, но я не возьмусь за этот проект.');
    }
  });
});
