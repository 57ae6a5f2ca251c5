/**
 * Golden drafts: what a person would send for a decline and a holding reply, with 1, 2 and 6
 * failed (or open) criteria. At most MAX_DRAFT_REASONS reasons and MAX_DRAFT_TERMS terms,
 * must-haves first. Read the files in test/fixtures/score/drafts/ as the prospect would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { draftMessage as draftIn, MAX_DRAFT_REASONS, MAX_DRAFT_TERMS } from '../../src/core/message.js';
import { draftWords } from '../../src/render/result.js';

// The core takes its words from the edge: the English ones the CLI passes.
const draftMessage = (...args: Parameters<typeof draftIn> extends [...infer Head, unknown] ? Head : never): string | null => draftIn(...args, draftWords(ENGLISH.words.result));
import { createScorer } from '../../src/core/score.js';
import { ENGLISH } from '../../src/i18n/index.js';

const loaded = loadCriteria(readFileSync(new URL('../../criteria/freelancer.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('freelancer.yaml does not load');
const criteria = loaded.criteria;
const scorer = createScorer(criteria);
const good = { pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: 2, notes: '' };
const golden = (name: string): string => `../fixtures/score/drafts/${name}.txt`;

const cases = [
  { name: 'decline-1', verdict: 'reject', failed: 1, answers: { ...good, pays_upfront: 'no' } },
  { name: 'decline-2', verdict: 'reject', failed: 2, answers: { ...good, pays_upfront: 'no', revisions: 5 } },
  {
    name: 'decline-6',
    verdict: 'reject',
    failed: 6,
    answers: { pays_upfront: 'yes', deposit_percent: 10, conflict_style: 'scandal', polite: 'no', respects_time: 'no', revisions: 5, notes: 'need it ASAP, and a discount' },
  },
  { name: 'holding-1', verdict: 'review', failed: 1, answers: { ...good, pays_upfront: '?' } },
  { name: 'holding-2', verdict: 'review', failed: 2, answers: { ...good, pays_upfront: '?', revisions: 5 } },
  {
    name: 'holding-6',
    verdict: 'review',
    failed: 6,
    answers: { pays_upfront: '?', conflict_style: '?', polite: '?', respects_time: '?', revisions: '?', notes: 'for free' },
  },
] as const;

describe('message drafts a person would send', () => {
  it.each(cases)('$name', async ({ name, verdict, failed, answers }) => {
    const result = scorer.scoreAnswers(answers);
    expect(result.verdict).toBe(verdict);
    expect(result.failed.length + result.unknown.length).toBe(failed);
    const text = draftMessage(criteria, result, 'Dana')!;
    await expect(`${text}\n`).toMatchFileSnapshot(golden(name));
    // One line per paragraph or term, no run-on list of reasons.
    expect(text).not.toMatch(/;.*;/u);
    expect(text.split('\n').every((line) => line.length <= 200)).toBe(true);
  });

  it('names the failed must-have first, and at most two reasons', () => {
    const text = draftMessage(criteria, scorer.scoreAnswers(cases[2].answers), undefined)!;
    // conflict_style is the only failed must-have; respects_time (15 points) is the heaviest of the rest
    expect(text).toContain(
      'I only take on projects where we can agree calmly on how to handle changes and surprises, and I plan my week around agreed calls and reply times, so I need both sides to keep to them.',
    );
    expect(MAX_DRAFT_REASONS).toBe(2);
  });

  it('a holding reply asks to settle at most three terms, the must-haves first', () => {
    const text = draftMessage(criteria, scorer.scoreAnswers(cases[5].answers), undefined)!;
    const terms = text.split('\n').filter((line) => line.startsWith('- '));
    expect(terms).toHaveLength(MAX_DRAFT_TERMS);
    expect(terms[0]).toBe('- 50% deposit before work starts, the balance on delivery');
    expect(terms[1]).toBe('- Changes to scope are agreed in writing, with price and deadline adjusted');
  });
});
