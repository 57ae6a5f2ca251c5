import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { draftMessage as draftIn, fillTemplate, formatTerms, joinReasons as joinIn } from '../../src/core/message.js';
import { draftWords } from '../../src/render/result.js';

// The core takes its words from the edge: these are the English ones the CLI passes.
const english = draftWords(ENGLISH.words.result);
const DEFAULT_DECLINE = english.decline;
const DEFAULT_REVIEW = english.review;
const joinReasons = (reasons: readonly string[]): string => joinIn(reasons, english.joinReasons);
const draftMessage: (...args: Parameters<typeof draftIn> extends [...infer Head, unknown] ? Head : never) => string = (...args) => draftIn(...args, english);
import { createScorer } from '../../src/core/score.js';
import type { Criteria } from '../../src/core/criteria.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { ENGLISH } from '../../src/i18n/index.js';

function fixture(name: string): Criteria {
  const loaded = loadCriteria(readFileSync(join(FIXTURES, 'score', name), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.criteria;
}

describe('joinReasons', () => {
  it.each([
    [[], ''],
    [['i start work once the deposit is paid'], 'I start work once the deposit is paid.'],
    [['Deposit first.', 'Two rounds of revisions'], 'Deposit first, and two rounds of revisions.'],
    [['Deposit first', 'I work at my rates', 'ASAP work costs more', 'Я беру предоплату'], 'Deposit first; I work at my rates; ASAP work costs more; and я беру предоплату.'],
    [['Is that fine?'], 'Is that fine?'],
    [['Same', 'Same'], 'Same.'],
  ])('%j → %j', (reasons, expected) => {
    expect(joinReasons(reasons)).toBe(expected);
  });
});

describe('fillTemplate', () => {
  it.each([
    ['Hello {name},', { name: 'Ann' }, 'Hello Ann,'],
    ['Hello {name},', {}, 'Hello,'],
    ['Здравствуйте, {name}!', {}, 'Здравствуйте!'],
    ['Здравствуйте, {name}!', { name: 'Анна' }, 'Здравствуйте, Анна!'],
    ['{name}, thanks', {}, 'thanks'],
    ['Hi {name}\n\n{reasons}\n\nBye', {}, 'Hi\n\nBye'],
    ['A\n{terms}\nB', { terms: '- x\n- y' }, 'A\n- x\n- y\nB'],
    ['A\n\n{terms}\n\n{reasons}\n\nB', {}, 'A\n\nB'],
    ['Keep {unknown} as is', {}, 'Keep {unknown} as is'],
    ['Windows\r\nlines {name}\r\n', { name: 'X' }, 'Windows\nlines X'],
  ])('%j with %j', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });

  it('never leaves "Hello ," or a blank line pair in the built-in texts', () => {
    for (const template of [DEFAULT_DECLINE, DEFAULT_REVIEW]) {
      const text = fillTemplate(template, {});
      expect(text).not.toMatch(/\{|\s,|\n\n\n/u);
      expect(text.startsWith('Hello,\n')).toBe(true);
    }
  });
});

describe('formatTerms', () => {
  it('lists each term once, one per line', () => {
    expect(formatTerms(['a', ' b ', 'a', ''])).toBe('- a\n- b');
  });
});

describe('draftMessage', () => {
  const criteria = fixture('criteria.yaml');
  const scorer = createScorer(criteria);

  it('declines with each failed client_reason as one sentence and the name', () => {
    const result = scorer.scoreAnswers({ pays_upfront: 'no', conflict_style: 'negotiates', polite: 'yes', revisions: 5, notes: '' });
    expect(result.verdict).toBe('reject');
    const text = draftMessage(criteria, result, 'Acme')!;
    expect(text.split('\n')[0]).toBe('Hello Acme,');
    expect(text).toContain('I start work once the deposit is paid, and I include two rounds of revisions.');
    expect(text).toMatch(/won't be taking it on/u);
    expect(text).toMatch(/welcome to contact me again/u);
  });

  it('a review is a holding reply listing the terms of failed and unknown criteria', () => {
    const result = scorer.scoreAnswers({ pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'silent', polite: 'no', revisions: '?', notes: '' });
    expect(result.verdict).toBe('review');
    const text = draftMessage(criteria, result, undefined)!;
    expect(text.split('\n')[0]).toBe('Hello,');
    expect(text).toContain('- Requests sent in writing through one channel\n- Two revision rounds included');
  });

  it('accept is an acceptance: glad to take it on, every term the result asks for, the next steps', () => {
    const result = scorer.scoreAnswers({ pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', revisions: '?', notes: '' });
    expect(result.verdict).toBe('accept');
    const text = draftMessage(criteria, result, 'Acme');
    expect(text.split('\n')[0]).toBe('Hello Acme,');
    expect(text).toMatch(/glad to take it on/u);
    expect(text).toContain('proceed:\n- Two revision rounds included');
    expect(text).toMatch(/\n- I'll send you a short proposal/u);
    // with nothing left open, the list starts with the next steps
    const clean = draftMessage(criteria, scorer.scoreAnswers({ pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', revisions: 1, notes: '' }), 'Acme');
    expect(clean).toContain("proceed:\n- I'll send you a short proposal");
  });

  it('an acceptance comes from messages.accept when the criteria file has one', () => {
    const custom = { ...criteria, messages: { accept: 'Hi {name}!\n\nYes, gladly.\n{terms}\n\nBest' } };
    const result = scorer.scoreAnswers({ pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', revisions: 1, notes: '' });
    expect(draftMessage(custom, result, 'Acme')).toBe('Hi Acme!\n\nYes, gladly.\n\nBest');
  });

  it('uses the templates from the criteria file, without lower-casing or losing Cyrillic', () => {
    const custom = fixture('custom-messages.yaml');
    const result = createScorer(custom).scoreAnswers({ pays_upfront: 'нет', polite: 'да' });
    expect(draftMessage(custom, result, undefined)).toBe('Здравствуйте!\n\nСпасибо за предложение, но я не возьмусь за этот проект.\nЯ начинаю работу после предоплаты.\n\nВсего доброго');
  });
});
