/** Issue 10's potential rule in the follow-up views: "up to N" only where answering could change the verdict. */
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../src/core/criteria.js';
import type { DecisionLine } from '../../src/core/journal.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { renderFollowUp, renderThread } from '../../src/render/followup.js';
import { createStyle } from '../../src/render/style.js';
import { ENGLISH } from '../../src/i18n/index.js';

const loaded = loadCriteria(readFileSync(new URL('../fixtures/score/criteria.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('fixture does not load');
const criteria: Criteria = loaded.criteria;
const scorer = createScorer(criteria);

function decision(id: string, answers: Record<string, unknown>): DecisionLine {
  const result = scorer.scoreAnswers(answers);
  return {
    type: 'decision',
    id,
    time: '2026-11-23T10:00:00.000Z',
    name: 'Acme Ltd',
    answers: {},
    result: { score: result.score, potential: result.potential, verdict: result.verdict, failed: result.failed, unknown: result.unknown },
    criteria: { file: 'criteria.yaml', sha256: 'ab' },
  } as unknown as DecisionLine;
}

const style = createStyle(0);

describe('follow-up views show the potential only where it could change the verdict', () => {
  it('a reject after a failed must-have shows no "up to", in the thread and in before/after', () => {
    const answers = { pays_upfront: 'no', deposit_percent: '?', conflict_style: 'negotiates', polite: '?', revisions: '?', notes: '' };
    const rejected = decision('d1', answers);
    expect(rejected.result.verdict).toBe('reject');
    expect(rejected.result.potential).toBeGreaterThan(rejected.result.score);
    const thread = renderThread(ENGLISH, { thread: { decisions: [rejected], latest: rejected }, outcomes: new Map(), criteria, style, columns: 100 }).join('\n');
    expect(stripVTControlCharacters(thread)).toMatch(/REJECT {2}score \d+ {2}decision d1/u);
    const after = scorer.scoreAnswers(answers);
    const followUp = renderFollowUp(ENGLISH, { decision: rejected, after, changes: [], criteria, style, columns: 100 }).join('\n');
    expect(followUp).not.toContain('up to');
  });

  it('a review that answering could make an accept shows "up to"', () => {
    const answers = { pays_upfront: 'yes', deposit_percent: '40', conflict_style: '?', polite: 'yes', revisions: '2', notes: '' };
    const review = decision('d2', answers);
    expect(review.result.verdict).toBe('review');
    const thread = renderThread(ENGLISH, { thread: { decisions: [review], latest: review }, outcomes: new Map(), criteria, style, columns: 100 }).join('\n');
    expect(thread).toContain(`REVIEW  score ${review.result.score}, up to ${review.result.potential}`);
  });
});
