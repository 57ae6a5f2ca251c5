/**
 * Red flags shown as the words written (issue 24 item 8): the one matcher score and read share,
 * score's reason and batch's table, check's whole-word examples for a stem; and the templates'
 * red flags (item 12): the English ones English only, each localised one its own language's families.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { LEXICONS } from '../../src/core/lexicon.js';
import { RED_FLAG_FAMILIES, stemExamples } from '../../src/core/red-flag-words.js';
import { findRedFlag, findRedFlags } from '../../src/core/red-flags.js';
import { ROOT, run, tempDir } from '../helpers/main.js';
import { writeFileSync } from 'node:fs';

describe('the red-flag matcher', () => {
  it.each([
    ['Сделайте СКИДКУ, пожалуйста', ['скидк'], 'СКИДКУ'],
    ['Μπορείτε να κάνετε έκπτωση;', ['έκπτωσ'], 'έκπτωση'],
    ['Treba nam hitno!', ['hitno'], 'hitno'],
    ['We need it ASAP.', ['asap'], 'ASAP'],
    ['a quick job, really', ['quick job'], 'quick job'],
    ['İstanbul office wants a discounted rate', ['discount'], 'discounted'],
  ])('%s: the words as written', (text, flags, words) => {
    const match = findRedFlag(text, flags);
    expect(match?.words).toBe(words);
    expect(text.slice(match!.start, match!.end)).toBe(words);
  });

  it('finds the first flag of the list, as score always did, and every flag for read', () => {
    expect(findRedFlag('cheap and ASAP', ['asap', 'cheap'])?.flag).toBe('asap');
    expect(findRedFlags('cheap and ASAP', ['asap', 'cheap']).map((match) => match.words)).toEqual(['cheap', 'ASAP']);
    expect(findRedFlag('all fine', ['asap'])).toBeUndefined();
  });
});

const TEMPLATES = { en: 'freelancer.yaml', ru: 'freelancer-ru.yaml', bg: 'freelancer-bg.yaml', el: 'freelancer-el.yaml', bs: 'freelancer-bs.yaml' } as const;

describe('score and batch show the words matched, not the stem', () => {
  it.each([
    ['ru', 'Сделайте скидку', 'упоминается «скидку»'],
    ['bg', 'Може ли отстъпка?', 'споменава „отстъпка“'],
    ['el', 'Θέλουμε έκπτωση', 'αναφέρει «έκπτωση»'],
    ['bs', 'Ima li popusta?', 'spominje „popusta“'],
    ['en', 'Any discounts?', 'mentions "discounts"'],
  ] as const)('%s: score', async (lang, notes, shown) => {
    const result = await run(['score', '--lang', lang, '-c', join(ROOT, 'criteria', TEMPLATES[lang]), '--no-input', '--no-message', '--set', `notes=${notes}`]);
    expect(result.out).toContain(shown);
  });

  it('batch --format table: the failed column names the words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'leads.csv'), 'name,pays_upfront,notes\nAcme,yes,Сделайте скидку\n');
    const result = await run(['batch', 'leads.csv', '--lang', 'ru', '-c', join(ROOT, 'criteria', 'freelancer-ru.yaml'), '--allow-missing', '--format', 'table'], { cwd: dir });
    expect(result.out).toContain('notes «скидку»');
  });
});

describe('check shows a stem by whole words', () => {
  it('gives whole-word examples for a stem and none for a word or a phrase', () => {
    expect(stemExamples('скидк')).toEqual(['скидка', 'скидки']);
    expect(stemExamples('έκπτωσ')).toEqual(['έκπτωση', 'έκπτωσης']);
    expect(stemExamples('discount')).toEqual([]);
    expect(stemExamples('quick job')).toEqual([]);
  });

  it.each([
    ['ru', '«скидка»/«скидки» и другие формы'],
    ['el', '«έκπτωση»/«έκπτωσης» και άλλες μορφές'],
  ] as const)('%s: check', async (lang, shown) => {
    const result = await run(['check', '--lang', lang, '-c', join(ROOT, 'criteria', TEMPLATES[lang])]);
    expect(result.out).toContain(shown);
    expect(result.out).not.toMatch(/[«„](скидк|έκπτωσ)[»“]/u);
  });
});

describe("the templates' red flags (issue 24 item 12)", () => {
  const flagsOf = (file: string): string[] => {
    const loaded = loadCriteria(readFileSync(join(ROOT, 'criteria', file), 'utf8'));
    if (!loaded.ok) throw new Error(file);
    return loaded.criteria.criteria.flatMap((criterion) => (criterion.type === 'text' ? criterion.redFlags : []));
  };

  it.each(['freelancer.yaml', 'agency.yaml', 'tutor.yaml'])('%s (English) lists English red flags only', (file) => {
    for (const flag of flagsOf(file)) expect(flag).toMatch(/^[\p{Script=Latin}\p{N}\s'"-]+$/u);
  });

  it.each(Object.entries(TEMPLATES))("%s: the template's red flags find a word of each of its language's families", (lang, file) => {
    const flags = flagsOf(file).map((flag) => flag.toLowerCase());
    const lexicon = LEXICONS[lang as keyof typeof LEXICONS];
    const missing = RED_FLAG_FAMILIES.filter((family) => !lexicon.redFlags[family].some((words) => flags.some((flag) => words.toLowerCase().includes(flag))));
    expect(missing).toEqual([]);
  });
});
