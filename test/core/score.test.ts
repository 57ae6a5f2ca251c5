import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer, percent, type Status } from '../../src/core/score.js';

function criteriaFrom(yaml: string): Criteria {
  const loaded = loadCriteria(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.criteria;
}

const contract = criteriaFrom(readFileSync(new URL('../fixtures/criteria/contract.yaml', import.meta.url), 'utf8'));
const scorer = createScorer(contract);

// The contract file: pays_upfront 30 (must), deposit_percent 15 (when pays_upfront yes), conflict_style 20 (must),
// polite 10, revisions 10, notes 5: 90 points when everything applies, 75 when deposit_percent is n/a.
const good = { pays_upfront: 'yes', deposit_percent: '50', conflict_style: 'negotiates', polite: 'yes', revisions: '2', notes: '' };

describe('statuses', () => {
  const statuses = (answers: Record<string, unknown>): Record<string, Status> =>
    Object.fromEntries(scorer.scoreAnswers(answers).results.map((result) => [result.id, result.status]));

  it('pass for every passing answer', () => {
    expect(Object.values(statuses(good))).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('fail: expect mismatch, out of range, fail option, red flag (case-insensitive)', () => {
    expect(statuses({ ...good, polite: 'no', deposit_percent: '20', revisions: '5', conflict_style: 'scandal', notes: 'need a DISCOUNT' })).toEqual({
      pays_upfront: 'pass', deposit_percent: 'fail', conflict_style: 'fail', polite: 'fail', revisions: 'fail', notes: 'fail',
    });
  });

  it('unknown, invalid and n/a', () => {
    const result = scorer.scoreAnswers({ ...good, pays_upfront: 'no', polite: '?', revisions: 'lots' });
    expect(result.results.map((entry) => entry.status)).toEqual(['fail', 'n/a', 'pass', 'unknown', 'invalid', 'pass']);
    expect(result.results[4]).toMatchObject({ message: 'expected a number (got "lots")' });
    expect(result.unknown).toEqual(['polite']);
    expect(result.invalid).toEqual(['revisions']);
  });

  it('a when whose parent is unknown or invalid does not apply', () => {
    expect(statuses({ ...good, pays_upfront: '' }).deposit_percent).toBe('n/a');
    expect(statuses({ ...good, pays_upfront: 'perhaps' }).deposit_percent).toBe('n/a');
    expect(statuses({ ...good, pays_upfront: 'да' }).deposit_percent).toBe('pass');
  });

  it('a choice earns its option points', () => {
    const result = scorer.scoreAnswers({ ...good, conflict_style: 'Went quiet for a while' });
    expect(result.results[2]).toMatchObject({ status: 'pass', points: 5, max: 20 });
    expect(result.score).toBe(percent(75, 90));
  });
});

describe('verdicts, in order', () => {
  it('accept: score at or above accept, no must-have open', () => {
    expect(scorer.scoreAnswers(good)).toMatchObject({ score: 100, potential: 100, verdict: 'accept', failed: [] });
  });

  it('reject: a failed must-have, whatever the score', () => {
    const result = scorer.scoreAnswers({ ...good, conflict_style: 'scandal' });
    expect(result).toMatchObject({ score: 78, verdict: 'reject', failed: ['conflict_style'] });
  });

  it('review, not accept, when a must-have is unknown even with a high score', () => {
    // conflict_style unknown: 70/90 = 77.8 → 78 ≥ 70 but the must-have is open.
    const result = scorer.scoreAnswers({ ...good, conflict_style: '?' });
    expect(result).toMatchObject({ score: 78, potential: 100, verdict: 'review', unknown: ['conflict_style'] });
  });

  it('review: score at or above review', () => {
    // polite, revisions and notes fail: 65/90 = 72 → accept; fail deposit too: 50/90 = 56 → review.
    const result = scorer.scoreAnswers({ ...good, polite: 'no', revisions: '9', notes: 'ASAP', deposit_percent: '10' });
    expect(result).toMatchObject({ score: 56, verdict: 'review' });
  });

  it('review: score below review but potential reaches accept', () => {
    // pays_upfront (30) and conflict_style (20) unknown, deposit n/a: earned 25/75 = 33 < 40; potential 75/75.
    const result = scorer.scoreAnswers({ ...good, pays_upfront: '', conflict_style: '' });
    expect(result).toMatchObject({ score: 33, potential: 100, verdict: 'review' });
  });

  it('reject: below review and potential below accept', () => {
    // pays_upfront yes (30), deposit fails, conflict silent (5), everything else fails: 35/90 = 39.
    const result = scorer.scoreAnswers({ pays_upfront: 'yes', deposit_percent: 0, conflict_style: 'silent', polite: 'no', revisions: 3, notes: 'for free' });
    expect(result).toMatchObject({ score: 39, potential: 39, verdict: 'reject' });
  });

  it('no applicable criterion: score and potential 0, review', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: a, question: A?, type: yes-no, when: { b: yes } }
  - { id: b, question: B?, type: yes-no }
`);
    const only = createScorer({ ...criteria, criteria: [criteria.criteria[0]!] });
    expect(only.scoreAnswers({ a: 'yes' })).toMatchObject({ score: 0, potential: 0, verdict: 'review' });
  });

  it('invalid answers count like unknown for potential', () => {
    const result = scorer.scoreAnswers({ ...good, polite: 'maybe' });
    expect(result).toMatchObject({ score: 89, potential: 100, verdict: 'accept', invalid: ['polite'] });
  });
});

describe('percent rounds half up', () => {
  it.each([[1, 8, 13], [7, 40, 18], [35, 100, 35], [2, 3, 67], [1, 3, 33], [0, 0, 0], [5, 200, 3]])('%d/%d → %d', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});

describe('decimal comma option reaches numbers', () => {
  it('1,5 revisions is invalid by default, 1.5 with a decimal comma', () => {
    expect(createScorer(contract).scoreAnswers({ ...good, revisions: '1,5' }).results[4]!.status).toBe('invalid');
    expect(createScorer(contract, { decimalComma: true }).scoreAnswers({ ...good, revisions: '1,5' }).results[4]!.status).toBe('pass');
  });
});
