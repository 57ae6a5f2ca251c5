import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/render/problems.js';
import type { Criteria, Criterion } from '../../src/core/criteria.js';
import { lintCriteria } from '../../src/core/lint.js';
import { loadCriteria } from '../../src/core/load.js';
import { createScorer } from '../../src/core/score.js';
import { criteriaYaml, generatedCriterion } from '../helpers/criteria-arbitrary.js';
import { ENGLISH } from '../../src/i18n/index.js';

function criteriaFrom(yaml: string): Criteria {
  const loaded = loadCriteria(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.criteria;
}

describe('lint', () => {
  it('unreachable: a perfect prospect below accept (only a hand-made list can get there)', () => {
    const criteria = criteriaFrom('version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, must: true }\n');
    const findings = lintCriteria({ ...criteria, thresholds: { accept: 101, review: 40 } });
    expect(findings.map((finding) => finding.code)).toEqual(['unreachable']);
  });

  it('a must-have in effect is named; the same weight as a must-have is not flagged', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: deposit, question: Deposit?, type: yes-no, must: true, points: 30 }
  - { id: polite, question: Polite?, type: yes-no, points: 40 }
  - { id: notes, question: Notes?, type: text, red_flags: [asap], points: 30 }
`);
    expect(lintCriteria(criteria).map((finding) => `${finding.code} ${finding.ids.join(',')}`)).toEqual(['must-in-effect polite']);
  });
});

describe('criteria edge cases', () => {
  it('a dealbreaker option does not raise the maximum', () => {
    const criteria = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - id: style
    question: Style?
    type: choice
    options: [{ value: good, points: 10 }, { value: bad, points: 20, fail: true }]
  - { id: polite, question: Polite?, type: yes-no }
`);
    expect(criteria.criteria[0]!.maxPoints).toBe(10);
    expect(createScorer(criteria).scoreAnswers({ style: 'good', polite: 'yes' })).toMatchObject({ score: 100, verdict: 'accept' });
  });

  it('a choice whose every option fails is an error', () => {
    const loaded = loadCriteria('version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: s, question: S?, type: choice, options: [{ value: x, fail: true }] }\n');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]!.problem).toEqual({ code: 'no-passing-option', path: 'criteria[0].options' });
    expect(!loaded.ok && describeProblem(ENGLISH, loaded.problems[0]!.problem)).toBe('criteria[0].options has no option that passes: every option has fail: true');
  });

  it('an option named like an unknown word can be chosen', () => {
    const criteria = criteriaFrom(
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: region, question: Region?, type: choice, options: [{ value: na, label: North America, points: 10 }, { value: eu, points: 10 }] }\n',
    );
    expect(createScorer(criteria).scoreAnswers({ region: 'na' }).results[0]).toMatchObject({ status: 'pass', answer: { kind: 'choice', value: 'na' } });
    expect(createScorer(criteria).scoreAnswers({ region: '?' }).results[0]!.status).toBe('unknown');
  });

  it('a list of dealbreakers with no points accepts a prospect who passes them all', () => {
    const criteria = criteriaFrom(
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, must: true, points: 0 }\n  - { id: b, question: B?, type: yes-no, must: true, points: 0 }\n',
    );
    const scorer = createScorer(criteria);
    expect(scorer.scoreAnswers({ a: 'yes', b: 'yes' })).toMatchObject({ score: 100, verdict: 'accept' });
    expect(scorer.scoreAnswers({ a: 'yes', b: 'no' })).toMatchObject({ verdict: 'reject' });
    expect(scorer.scoreAnswers({ a: 'yes', b: '?' })).toMatchObject({ verdict: 'review' });
  });

  it('points are bounded, so sums and percentages stay exact', () => {
    const loaded = loadCriteria('version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, points: 1e308 }\n');
    expect(!loaded.ok && loaded.problems[0]!.problem).toEqual({ code: 'too-big', path: 'criteria[0].points', maximum: 1000000, got: { kind: 'value', text: '1e+308' } });
    expect(!loaded.ok && describeProblem(ENGLISH, loaded.problems[0]!.problem)).toBe('criteria[0].points must be at most 1000000 (got 1e+308)');
  });
});

describe('must-in-effect: the shortcut agrees with rescoring every made-up prospect (issue 8, class 14)', () => {
  /** The finding as the lint computed it before the shortcut: one full rescoring per criterion. */
  function bruteForce(criteria: Criteria): string[] {
    const scorer = createScorer(criteria);
    const pass = (criterion: Criterion): unknown =>
      criterion.type === 'yes-no'
        ? criterion.expect
        : criterion.type === 'number'
          ? (criterion.min ?? criterion.max ?? 0)
          : criterion.type === 'choice'
            ? ([...criterion.options].filter((option) => !option.fail).sort((a, b) => b.points - a.points)[0] ?? criterion.options[0]!).value
            : '';
    const fail = (criterion: Criterion): unknown =>
      criterion.type === 'yes-no'
        ? !criterion.expect
        : criterion.type === 'number'
          ? criterion.min !== undefined
            ? criterion.min - 1
            : criterion.max !== undefined
              ? criterion.max + 1
              : undefined
          : criterion.type === 'choice'
            ? (criterion.options.find((option) => option.fail) ?? [...criterion.options].sort((a, b) => a.points - b.points)[0]!).value
            : criterion.redFlags[0];
    const allPass = criteria.criteria.map(pass);
    if (scorer.scoreValues(allPass).verdict !== 'accept') return [];
    return criteria.criteria.flatMap((criterion, index) => {
      const failing = fail(criterion);
      if (criterion.must || failing === undefined) return [];
      const values = [...allPass];
      values[index] = failing;
      const result = scorer.scoreValues(values);
      return result.results[index]!.status === 'n/a' || result.verdict === 'accept' ? [] : [`${criterion.id} ${result.score}`];
    });
  }

  it('on random criteria lists with when chains', () => {
    fc.assert(
      fc.property(fc.array(generatedCriterion, { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (list, accept, review) => {
        const loaded = loadCriteria(criteriaYaml(list, accept, review));
        fc.pre(loaded.ok);
        const criteria = (loaded as { criteria: Criteria }).criteria;
        const fast = lintCriteria(criteria)
          .filter((finding) => finding.code === 'must-in-effect')
          .map((finding) => `${finding.ids[0]} ${finding.code === 'must-in-effect' ? finding.score : ''}`);
        expect(fast).toEqual(bruteForce(criteria));
      }),
      { numRuns: 300 },
    );
  });
});

describe('lint: unknown answers', () => {
  it('flags a list that accepts a prospect with every answer unknown', () => {
    const criteria = criteriaFrom(
      'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, points: 0 }\n  - { id: b, question: B?, type: yes-no, points: 0 }\n',
    );
    expect(lintCriteria(criteria).map((finding) => finding.code)).toContain('accepts-unknown');
    const capped = criteriaFrom(
      'version: 1\nthresholds: { accept: 70, review: 40, max_unknown: 1 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, points: 0 }\n  - { id: b, question: B?, type: yes-no, points: 0 }\n',
    );
    expect(lintCriteria(capped).map((finding) => finding.code)).not.toContain('accepts-unknown');
  });

  it('flags a max_unknown that allows every answer to be unknown', () => {
    const criteria = criteriaFrom(
      'version: 1\nthresholds: { accept: 70, review: 40, max_unknown: 2 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, must: true }\n  - { id: b, question: B?, type: yes-no }\n',
    );
    const finding = lintCriteria(criteria).find((item) => item.code === 'max-unknown-allows-all');
    expect(finding).toMatchObject({ code: 'max-unknown-allows-all', maxUnknown: 2, criteria: 2 });
    expect(describeProblem(ENGLISH, finding!)).toBe('thresholds.max_unknown is 2 and the list has 2 criteria: every answer may be unknown, so it limits nothing; lower it');
    expect(lintCriteria({ ...criteria, thresholds: { ...criteria.thresholds, maxUnknown: 1 } }).map((item) => item.code)).not.toContain('max-unknown-allows-all');
  });
});
