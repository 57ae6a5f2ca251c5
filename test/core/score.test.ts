import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/core/load.js';
import type { Criteria } from '../../src/core/criteria.js';
import { createScorer, followUps, judge, percent, potentialNote, type Status } from '../../src/core/score.js';
import { criteriaYaml, generatedCriterion } from '../helpers/criteria-arbitrary.js';

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
  const statuses = (answers: Record<string, unknown>): Record<string, Status> => Object.fromEntries(scorer.scoreAnswers(answers).results.map((result) => [result.id, result.status]));

  it('pass for every passing answer', () => {
    expect(Object.values(statuses(good))).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('fail: expect mismatch, out of range, fail option, red flag (case-insensitive)', () => {
    expect(statuses({ ...good, polite: 'no', deposit_percent: '20', revisions: '5', conflict_style: 'scandal', notes: 'need a DISCOUNT' })).toEqual({
      pays_upfront: 'pass',
      deposit_percent: 'fail',
      conflict_style: 'fail',
      polite: 'fail',
      revisions: 'fail',
      notes: 'fail',
    });
  });

  it('unknown, invalid and n/a', () => {
    const result = scorer.scoreAnswers({ ...good, pays_upfront: 'no', polite: '?', revisions: 'lots' });
    expect(result.results.map((entry) => entry.status)).toEqual(['fail', 'n/a', 'pass', 'unknown', 'invalid', 'pass']);
    expect(result.results[4]).toMatchObject({ reason: { code: 'not-a-number', raw: 'lots' } });
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
  - { id: b, question: B?, type: yes-no }
  - { id: a, question: A?, type: yes-no, when: { b: yes } }
`);
    // A file always has a first criterion that applies: a scorer of the dependant alone has none.
    const only = createScorer({ ...criteria, criteria: [criteria.criteria[1]!] });
    expect(only.scoreAnswers({ a: 'yes' })).toMatchObject({ score: 0, potential: 0, verdict: 'review' });
  });

  it('invalid answers count like unknown for potential', () => {
    const result = scorer.scoreAnswers({ ...good, polite: 'maybe' });
    expect(result).toMatchObject({ score: 89, potential: 100, verdict: 'accept', invalid: ['polite'] });
  });
});

describe('percent rounds half up', () => {
  it.each([
    [1, 8, 13],
    [7, 40, 18],
    [35, 100, 35],
    [2, 3, 67],
    [1, 3, 33],
    [0, 0, 0],
    [5, 200, 3],
  ])('%d/%d → %d', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});

describe('decimal comma option reaches numbers', () => {
  it('1,5 revisions is invalid by default, 1.5 with a decimal comma', () => {
    expect(createScorer(contract).scoreAnswers({ ...good, revisions: '1,5' }).results[4]!.status).toBe('invalid');
    expect(createScorer(contract, { decimalComma: true }).scoreAnswers({ ...good, revisions: '1,5' }).results[4]!.status).toBe('pass');
  });
});

describe('max_unknown', () => {
  const yaml = (maxUnknown: string): string => `version: 1
thresholds: { accept: 60, review: 40${maxUnknown} }
criteria:
  - { id: a, question: A?, type: yes-no, points: 50 }
  - { id: b, question: B?, type: yes-no, points: 30 }
  - { id: c, question: C?, type: yes-no, points: 10 }
  - { id: d, question: D?, type: yes-no, points: 10 }
`;
  it('is read from the file and left out when not given', () => {
    expect(criteriaFrom(yaml(', max_unknown: 1')).thresholds).toEqual({ accept: 60, review: 40, maxUnknown: 1 });
    expect(criteriaFrom(yaml('')).thresholds).toEqual({ accept: 60, review: 40 });
    expect(loadCriteria(yaml(', max_unknown: -1')).ok).toBe(false);
    expect(loadCriteria(yaml(', max_unknown: 1.5')).ok).toBe(false);
  });

  it('beyond N unknown or unreadable answers, accept becomes review', () => {
    // a + b pass: 80/100; c unknown and d unreadable: 2 open answers
    const answers = { a: 'yes', b: 'yes', c: '?', d: 'carrier pigeon' };
    expect(createScorer(criteriaFrom(yaml(''))).scoreAnswers(answers)).toMatchObject({ score: 80, verdict: 'accept', capped: false });
    expect(createScorer(criteriaFrom(yaml(', max_unknown: 2'))).scoreAnswers(answers)).toMatchObject({ verdict: 'accept', capped: false });
    expect(createScorer(criteriaFrom(yaml(', max_unknown: 1'))).scoreAnswers(answers)).toMatchObject({ score: 80, verdict: 'review', capped: true });
    expect(createScorer(criteriaFrom(yaml(', max_unknown: 0'))).scoreAnswers({ a: 'yes', b: 'yes', c: 'yes', d: '?' })).toMatchObject({ score: 90, verdict: 'review', capped: true });
    // never lifts a reject, never caps what is not an accept
    expect(createScorer(criteriaFrom(yaml(', max_unknown: 0'))).scoreAnswers({ a: 'no', b: 'no', c: '?', d: '?' })).toMatchObject({ verdict: 'reject', capped: false });
  });
});

describe('judge: the one place a tally becomes a verdict', () => {
  it('a list of 0-point must-haves scores 100 and accepts when they all pass', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: a, question: A?, type: yes-no, must: true, points: 0 }
  - { id: b, question: B?, type: yes-no, must: true, points: 0 }
`);
    const result = createScorer(criteria).scoreAnswers({ a: 'yes', b: 'yes' });
    expect(result).toMatchObject({ score: 100, verdict: 'accept' });
    expect(judge(criteria.thresholds, result.tally)).toEqual({ score: 100, potential: 100, verdict: 'accept', capped: false });
    expect(createScorer(criteria).scoreAnswers({ a: 'yes', b: '?' })).toMatchObject({ score: 100, verdict: 'review' });
    expect(createScorer(criteria).scoreAnswers({ a: 'no', b: 'yes' })).toMatchObject({ verdict: 'reject' });
  });
});

describe('potential: shown only when answering the unknowns could change the verdict', () => {
  const note = (answers: Record<string, unknown>) => potentialNote(contract, scorer.scoreAnswers(answers));

  it('names the failed must-have that makes the unknowns moot', () => {
    expect(note({ ...good, pays_upfront: 'no', polite: '?', revisions: '?' })).toEqual({ code: 'must-failed', ids: ['pays_upfront'] });
  });

  it('gives the potential when the best case is a better verdict', () => {
    // 55 of 90 (61, review); with polite and revisions passing 75 of 90 (83, accept)
    expect(note({ ...good, conflict_style: 'silent', polite: '?', revisions: '?' })).toEqual({ code: 'could-change', potential: 83, best: 'accept' });
  });

  it('says the verdict stays when even the best case does not reach a better one', () => {
    // 50 of 90 (56, review); notes passing gives 55 of 90 (61): still review
    const result = scorer.scoreAnswers({ ...good, conflict_style: 'silent', polite: 'no', revisions: '9', notes: '?' });
    expect(result).toMatchObject({ score: 56, potential: 61, verdict: 'review' });
    expect(potentialNote(contract, result)).toEqual({ code: 'same-verdict', potential: result.potential });
    expect(note(good)).toEqual({ code: 'complete' });
  });
});

describe('follow-up questions', () => {
  it('lists the questions that apply once an unknown parent is answered', () => {
    const result = scorer.scoreAnswers({ ...good, pays_upfront: '?' });
    expect(result.results.find((entry) => entry.id === 'deposit_percent')!.status).toBe('n/a');
    expect(followUps(contract, result, 'pays_upfront')).toEqual([{ id: 'deposit_percent', parent: 'pays_upfront', values: ['yes'], children: [] }]);
    // answered no: not a follow-up of anything open
    expect(followUps(contract, scorer.scoreAnswers({ ...good, pays_upfront: 'no' }), 'polite')).toEqual([]);
  });

  it('follows `when` chains', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: a, question: A?, type: yes-no }
  - { id: b, question: B?, type: yes-no, when: { a: yes } }
  - { id: c, question: C?, type: number, when: { b: [no] } }
`);
    const result = createScorer(criteria).scoreAnswers({ a: '?' });
    expect(followUps(criteria, result, 'a')).toEqual([{ id: 'b', parent: 'a', values: ['yes'], children: [{ id: 'c', parent: 'b', values: ['no'], children: [] }] }]);
  });
});

describe('shortResult: a row without its entries, shared by rows whose cells read alike', () => {
  // Raw values of every kind; several read alike (yes and да, o1 and O1, two texts without the flag).
  const VALUES = ['yes', 'да', 'no', 'nein', '', '?', 'x', '5', '45', '60%', 'o0', 'o1', 'O1', 'o2', 'fine', 'no flags here', 'asap please', undefined];

  it('equals scoreCells without results, row after row, on random criteria with when chains on yes/no and choice parents', () => {
    fc.assert(
      fc.property(
        fc.array(generatedCriterion, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        fc.array(fc.array(fc.nat(VALUES.length - 1), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 40 }),
        (list, accept, review, maxUnknown, rows) => {
          const loaded = loadCriteria(criteriaYaml(list, accept, review, { choiceParents: true, maxUnknown }));
          fc.pre(loaded.ok);
          const scorer = createScorer((loaded as { criteria: Criteria }).criteria);
          for (const row of rows) {
            const cells = list.map((_, index) => scorer.readCell(index, VALUES[row[index]!]));
            const { results: _, ...expected } = scorer.scoreCells(cells);
            expect(scorer.shortResult(cells)).toEqual(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is one object for rows that read alike, another when a when-parent reads differently', () => {
    const alike = (values: string[]) => scorer.shortResult(values.map((value, index) => scorer.readCell(index, value)));
    const first = alike(['yes', '50', 'negotiates', 'yes', '2', 'all fine']);
    expect(alike(['да', '60', 'Negotiates', 'ja', '1', 'looks good'])).toBe(first);
    expect(first).toMatchObject({ score: 100, verdict: 'accept', failed: [], unknown: [] });
    // deposit_percent applies only after a yes: the same "50" counts differently after a no.
    expect(alike(['no', '50', 'negotiates', 'yes', '2', 'all fine'])).toMatchObject({ verdict: 'reject', failed: ['pays_upfront'] });
  });

  it('tells apart two options of the same points when only one of them opens a follow-up', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: source, question: Source?, type: choice, options: [{ value: referral, points: 10 }, { value: ad, points: 10 }] }
  - { id: called, question: Called the referrer?, type: yes-no, points: 30, when: { source: referral } }
`);
    const own = createScorer(criteria);
    const outcome = (values: string[]) => own.shortResult(values.map((value, index) => own.readCell(index, value)));
    expect(outcome(['referral', 'no'])).toMatchObject({ score: 25, failed: ['called'] });
    expect(outcome(['ad', 'no'])).toMatchObject({ score: 100, failed: [] });
  });
});
