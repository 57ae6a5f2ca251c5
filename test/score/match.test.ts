/**
 * What a word typed into a list of answers picks (src/cli/commands/score/match.ts and the
 * matchers of ask.ts), in every language's list. @inquirer/select matched the start of a
 * name letter for letter and otherwise left the highlight where it was: Greek `οχι` and
 * English `no` took Yes, Russian `не знаю` took Нет. Here the criterion's reader decides,
 * then the labels without case or accents; a word naming no answer, or several, names none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { criterionMatcher, optionChoices, saveMatcher, yesNoChoices } from '../../src/cli/commands/score/ask.js';
import { fold, matchTyped } from '../../src/cli/commands/score/match.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer, type Scorer } from '../../src/core/score.js';
import { type Lang, voiceOf } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

function template(lang: Lang): Scorer {
  const loaded = loadCriteria(readFileSync(join(ROOT, 'criteria', lang === 'en' ? 'freelancer.yaml' : `freelancer-${lang}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`criteria/freelancer-${lang}.yaml does not load`);
  return createScorer(loaded.criteria);
}

/** The matcher of a yes/no question of the language's template, with Back offered, as the interview builds it. */
async function yesNo(lang: Lang): Promise<(typed: string) => readonly unknown[]> {
  const voice = await voiceOf(lang);
  const scorer = template(lang);
  const index = scorer.criteria.criteria.findIndex((criterion) => criterion.id === 'polite');
  return criterionMatcher(lang, scorer, index, yesNoChoices(voice), true);
}

async function choice(lang: Lang): Promise<(typed: string) => readonly unknown[]> {
  const voice = await voiceOf(lang);
  const scorer = template(lang);
  const index = scorer.criteria.criteria.findIndex((criterion) => criterion.id === 'conflict_style');
  const criterion = scorer.criteria.criteria[index]!;
  if (criterion.type !== 'choice') throw new Error('conflict_style is a choice');
  return criterionMatcher(lang, scorer, index, optionChoices(voice.words.score, criterion), false);
}

const LANGS: readonly Lang[] = ['en', 'ru', 'bg', 'el', 'bs'];

// Every word, in every language's list: the reader knows yes and no in all of them.
const EVERYWHERE: readonly [string, boolean | null][] = [
  ['yes', true],
  ['Y', true],
  ['no', false],
  ['NO', false],
  ['n', false],
  ['да', true],
  ['Да', true],
  ['нет', false],
  ['не', false],
  ['ναι', true],
  ['nai', true],
  ['όχι', false],
  ['οχι', false],
  ['ΟΧΙ', false],
  ['ΌΧΙ', false],
  ['ochi', false],
  ['da', true],
  ['ne', false],
  ['не знаю', null],
  ['Не знаю', null],
  ['не знам', null],
  ['δεν ξέρω', null],
  ['δεν ξερω', null],
  ['ne znam', null],
  ["don't know", null],
  ['don’t know', null],
  ['?', null],
];

describe.each(LANGS)('a yes/no list in %s', (lang) => {
  it.each(EVERYWHERE)('%s picks %s', async (typed, value) => {
    const match = await yesNo(lang);
    expect(match(typed)).toEqual([value]);
  });

  it('a number picks the choice at that place, as in @inquirer/select; < picks Back', async () => {
    const match = await yesNo(lang);
    expect(match('1')).toEqual([true]);
    expect(match('2')).toEqual([false]);
    expect(match('3')).toEqual([null]);
    expect(match('9')).toEqual([]);
    expect(match('0')).toEqual([false]); // no place 0: the reader's no
    expect(match('<')).toHaveLength(1);
    expect(typeof match('<')[0]).toBe('symbol');
  });

  it('a word that is no answer picks nothing (the prompt then says so instead of taking the highlight)', async () => {
    const match = await yesNo(lang);
    for (const typed of ['maybe', 'nope', 'xyz', 'не з', 'да нет']) expect(match(typed)).toEqual([]);
  });
});

describe('a yes/no list: the start of a label, without case or accents, when the reader cannot read it', () => {
  it.each([
    ['el', 'οχ', false],
    ['el', 'Οχ', false],
    ['el', 'δεν', null],
    ['el', 'δεν ξερω ακομα', null],
    ['ru', 'пока', null],
    ['ru', 'Пока не знаю', null],
    ['bg', 'още', null],
    ['bs', 'jos', null],
    ['bs', 'još ne znam', null],
    ['en', "don't know y", null],
  ] as const)('%s: %s picks %s', async (lang, typed, value) => {
    const match = await yesNo(lang);
    expect(match(typed)).toEqual([value]);
  });
});

describe('a choice list', () => {
  it.each([
    ['en', 'went', ['silent']],
    ['en', 'SILENT', ['silent']],
    ['en', 'Made a scene or threatened', ['scandal']],
    ['en', "don't know", [null]],
    ['ru', 'на время', ['silent']],
    ['ru', 'предложил', ['negotiates']],
    ['ru', 'scandal', ['scandal']],
    ['ru', 'не знаю', [null]],
    ['ru', 'пока', [null]],
    ['bg', 'изчезна', ['silent']],
    ['bg', 'не знам', [null]],
    ['el', 'εκανε', ['scandal']],
    ['el', 'ΧΑΘΗΚΕ', ['silent']],
    ['el', 'δεν ξερω', [null]],
    ['bs', 'predlozio', ['negotiates']],
    ['bs', 'ne znam', [null]],
    ['bs', '2', ['silent']],
  ] as const)('%s: %s picks %j', async (lang, typed, values) => {
    const match = await choice(lang);
    expect(match(typed)).toEqual(values);
  });

  it('the start of two choices picks neither: no guess', async () => {
    // silent and scandal both start with s
    for (const lang of LANGS) expect((await choice(lang))('s')).toEqual(['silent', 'scandal']);
    expect((await choice('ru'))('xyz')).toEqual([]);
  });

  it("a number that is both a place in the list and another option's value picks neither", () => {
    const candidates = [
      { value: '3', keys: ['Three rounds', '3'] },
      { value: '1', keys: ['One round', '1'] },
    ];
    const read = (typed: string) => candidates.filter((candidate) => candidate.value === typed).map((candidate) => candidate.value);
    expect(matchTyped('1', candidates, { read })).toEqual(['3', '1']);
    expect(matchTyped('3', candidates, { read })).toEqual(['3']);
    expect(matchTyped('2', candidates, { read: () => undefined })).toEqual(['1']);
  });

  it('a whole name wins over the start of another', () => {
    const candidates = [
      { value: 'a', keys: ['Remote'] },
      { value: 'b', keys: ['Remote or on site'] },
    ];
    expect(matchTyped('remote', candidates)).toEqual(['a']);
    expect(matchTyped('rem', candidates)).toEqual(['a', 'b']);
    expect(matchTyped('remote or', candidates)).toEqual(['b']);
  });
});

describe('the save question (a list outside English)', () => {
  it.each([
    ['el', 'οχι', [false]],
    ['el', 'ΟΧΙ', [false]],
    ['el', 'όχι', [false]],
    ['el', 'ναι', [true]],
    ['el', 'Οχ', [false]],
    ['ru', 'no', [false]],
    ['ru', 'нет', [false]],
    ['ru', 'да', [true]],
    ['bg', 'не', [false]],
    ['bs', 'ne', [false]],
    ['bs', 'da', [true]],
  ] as const)('%s: %s picks %j', async (lang, typed, values) => {
    expect(saveMatcher(await voiceOf(lang))(typed)).toEqual(values);
  });

  it('"don\'t know" is no answer to it: it picks neither', async () => {
    for (const lang of LANGS) {
      const voice = await voiceOf(lang);
      for (const typed of ['не знаю', 'не знам', 'δεν ξέρω', 'ne znam', "don't know", '?', 'maybe']) expect(saveMatcher(voice)(typed)).toEqual([]);
    }
  });
});

describe('fold', () => {
  it('drops case, accents and extra spaces', () => {
    expect(fold('  ΌΧΙ ')).toBe('οχι');
    expect(fold('Još  ne znam')).toBe('jos ne znam');
    expect(fold('Пока не знаю')).toBe('пока не знаю');
  });
});
