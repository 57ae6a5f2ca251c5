/** The result as text: the potential rule and follow-up questions under Still to ask. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { renderResult, scoreLine } from '../../src/render/result.js';
import { createStyle } from '../../src/render/style.js';
import { ENGLISH } from '../../src/i18n/index.js';

const loaded = loadCriteria(readFileSync(new URL('../../criteria/freelancer.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('freelancer.yaml does not load');
const criteria = loaded.criteria;
const scorer = createScorer(criteria);
const good = { pays_upfront: 'yes', deposit_percent: 50, conflict_style: 'negotiates', polite: 'yes', respects_time: 'yes', revisions: 2, notes: '' };

function text(answers: Record<string, unknown>): string {
  const result = scorer.scoreAnswers(answers);
  return renderResult(ENGLISH, { criteria, result, terms: [], message: null, style: createStyle(0), columns: 100 }).join('\n');
}

describe('the score line', () => {
  it('does not promise a potential after a failed must-have, and says why', () => {
    const result = scorer.scoreAnswers({ ...good, pays_upfront: 'no', polite: '?', respects_time: '?' });
    expect(result.verdict).toBe('reject');
    expect(result.potential).toBeGreaterThan(result.score);
    expect(scoreLine(ENGLISH, criteria, result)).toBe(`score ${result.score}; answering the unknowns cannot change this: the must-have "Will they pay a deposit before work starts?" failed`);
  });

  it('shows the potential when answering could change the verdict', () => {
    expect(scoreLine(ENGLISH, criteria, scorer.scoreAnswers({ ...good, polite: '?', respects_time: '?', revisions: '?' }))).toMatch(/^score \d+, up to 100 once the unknowns are answered$/u);
  });

  it('says when the verdict cannot change either way', () => {
    const result = scorer.scoreAnswers({ ...good, polite: 'no', respects_time: 'no', revisions: 5, notes: '?' });
    expect(result.verdict).toBe('review');
    expect(scoreLine(ENGLISH, criteria, result)).toBe(`score ${result.score}; answering the unknowns would not change the verdict (at most ${result.potential})`);
    expect(scoreLine(ENGLISH, criteria, scorer.scoreAnswers(good))).toBe('score 100');
  });

  it('says when max_unknown held an accept at review', () => {
    const capped = { ...criteria, thresholds: { ...criteria.thresholds, maxUnknown: 1 } };
    const result = createScorer(capped).scoreAnswers({ ...good, notes: '?', revisions: 'lots' });
    expect(result.verdict).toBe('review');
    expect(scoreLine(ENGLISH, capped, result)).toContain('held at review: 2 answers are unknown or unreadable, more than max_unknown (1) allows');
  });
});

describe('Still to ask', () => {
  it('lists the question that applies once an unknown is answered, under its parent', () => {
    const out = text({ ...good, pays_upfront: "Don't know yet", deposit_percent: undefined });
    expect(out).toContain(['Still to ask:', '  - Will they pay a deposit before work starts? (must-have)', '      - if yes: what share of the fee will they pay upfront (%)?'].join('\n'));
  });

  it('leaves it out once the parent is answered no', () => {
    expect(text({ ...good, pays_upfront: 'no', polite: '?' })).not.toContain('if yes');
  });
});
