/** The core reports typed problems: a code and parameters, never a sentence or a flag name. */
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../../src/core/outcome-words.js';
import { parseLine } from '../../src/core/journal.js';
import { loadCriteria, nestingProblem } from '../../src/core/load.js';
import { lintCriteria } from '../../src/core/lint.js';
import { createScorer } from '../../src/core/score.js';

const HEAD = 'version: 1\nthresholds: { accept: 70, review: 40 }\ncriteria:\n';

function problems(yaml: string): unknown[] {
  const result = loadCriteria(yaml);
  return result.ok ? [] : result.problems.map(({ line, col, problem }) => ({ line, col, ...problem }));
}

describe('typed problems from the core', () => {
  it.each([
    [`${HEAD}  - { id: a, question: A?, type: yes-no, pionts: 5 }\n`, { line: 4, col: 42, code: 'unknown-key', path: 'criteria[0].pionts', suggestion: 'points' }],
    [`${HEAD}  - { id: A, question: A?, type: yes-no }\n`, { line: 4, col: 11, code: 'bad-id', path: 'criteria[0].id', got: { kind: 'text', text: 'A' } }],
    [`${HEAD}  - { id: a, question: A?, type: yes-no, must: often }\n`, { line: 4, col: 48, code: 'not-true-false', path: 'criteria[0].must', raw: 'often' }],
    [`${HEAD}  - { id: constructor, question: A?, type: yes-no }\n`, { line: 4, col: 11, code: 'reserved-id', path: 'criteria[0].id' }],
    [`${HEAD}  - { id: a, question: A?, type: number, min: 5, max: 2 }\n`, { line: 4, col: 47, code: 'min-above-max', path: 'criteria[0].min', min: 5, max: 2 }],
    [`${HEAD}  - { id: a, question: A?, type: yes-no }\n  - { id: a, question: B?, type: yes-no }\n`, { line: 5, col: 11, code: 'duplicate-id', path: 'criteria[1].id', id: 'a', first: 0 }],
    [`${HEAD}  - { id: a, question: A?, type: yes-no, decimal: comma }\n`, { line: 4, col: 51, code: 'only-for-types', path: 'criteria[0].decimal', types: ['number'], type: 'yes-no' }],
    ['', { line: 1, col: 1, code: 'empty-file' }],
    [`${HEAD}  - &x { id: a, question: A?, type: yes-no }\n`, { line: 4, col: 8, code: 'anchor-not-allowed', anchor: 'x', file: 'criteria' }],
    ['version: 1\nversion: 1\n', { line: 2, col: 1, code: 'duplicate-key', key: 'version' }],
  ])('%j', (yaml, expected) => {
    expect(problems(yaml)).toContainEqual(expected);
  });

  it('answers, fail reasons, outcomes and journal lines', () => {
    const loaded = loadCriteria(`${HEAD}  - { id: n, question: N?, type: number, min: 10 }\n  - { id: t, question: T?, type: text, red_flags: [exposure] }\n`);
    if (!loaded.ok) throw new Error('the criteria should load');
    const result = createScorer(loaded.criteria).scoreAnswers({ n: 5, t: 'for the exposure' });
    expect(result.results.map((entry) => entry.reason)).toEqual([
      { code: 'below-minimum', min: 10 },
      { code: 'red-flag', flag: 'exposure', words: 'exposure' },
    ]);
    expect(createScorer(loaded.criteria).scoreAnswers({ n: '4.500' }).results[0]!.reason).toEqual({ code: 'ambiguous-number', raw: '4.500', readings: [4.5, 4500] });
    expect(readOutcome('meh')).toEqual({ kind: 'invalid', problem: { code: 'not-an-outcome', raw: 'meh' } });
    expect(parseLine('[1]')).toEqual({ problem: { code: 'not-an-object' } });
    expect(nestingProblem('['.repeat(101), 'answers')).toEqual({ line: 1, col: 101, problem: { code: 'too-deep', max: 100, file: 'answers' } });
  });

  it('lint findings carry their parameters, no message', () => {
    const loaded = loadCriteria('version: 1\nthresholds: { accept: 70, review: 80 }\ncriteria:\n  - { id: a, question: A?, type: yes-no, must: true }\n');
    if (!loaded.ok) throw new Error('the criteria should load');
    const finding = lintCriteria(loaded.criteria).find((item) => item.code === 'review-above-accept');
    expect(finding).toEqual({ code: 'review-above-accept', kind: 'inconsistent', ids: [], review: 80, accept: 70 });
    expect(finding).not.toHaveProperty('message');
  });
});
