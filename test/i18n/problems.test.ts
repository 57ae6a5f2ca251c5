/**
 * The words of the core's typed problems: English exactly as clientfit always said it (the
 * core used to build these sentences itself), and a sentence for every code in every language.
 */
import { describe, expect, it } from 'vitest';
import type { CoreProblem } from '../../src/core/problems.js';
import { ENGLISH as EN, voiceOf } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { describeProblem, problemCode } from '../../src/render/problems.js';

/** One of every code, with the English the core used to produce for it. */
const ENGLISH: readonly (readonly [CoreProblem, string])[] = [
  [{ code: 'not-yes-no', raw: 'maybe' }, 'expected yes or no (got "maybe")'],
  [{ code: 'not-yes-no' }, 'expected yes or no'],
  [{ code: 'not-a-number', raw: 'lots' }, 'expected a number (got "lots")'],
  [{ code: 'not-a-number', raw: '1,5', comma: true }, 'expected a number (got "1,5"): a thousands separator groups three digits; for a decimal comma pass --decimal-comma'],
  [{ code: 'ambiguous-number', raw: '4.500', readings: [4.5, 4500] }, '"4.500" could be 4.5 or 4500'],
  [{ code: 'ambiguous-number', raw: '12.345', readings: [12.345, 12345] }, '"12.345" could be 12.345 or 12345'],
  [{ code: 'not-one-of', options: ['negotiates', 'scandal'], raw: 'shouted' }, 'expected one of negotiates, scandal (got "shouted")'],
  // With the labels a criteria file gives, people are shown those (machine output drops them: machineProblem).
  [
    { code: 'not-one-of', options: ['negotiates', 'scandal'], labels: ['Proposed a fair compromise', 'Made a scene or threatened'], raw: 'shouted' },
    'expected one of "Proposed a fair compromise", "Made a scene or threatened" (got "shouted")',
  ],
  [{ code: 'not-text' }, 'expected text'],
  [{ code: 'not-an-outcome', raw: 'meh' }, 'expected good or bad (got "meh")'],
  [{ code: 'expected-yes' }, 'expected yes'],
  [{ code: 'expected-no' }, 'expected no'],
  [{ code: 'below-minimum', min: 30 }, 'below the minimum of 30'],
  [{ code: 'above-maximum', max: 12500 }, 'above the maximum of 12500'],
  [{ code: 'dealbreaker-option', label: 'Shouts' }, '"Shouts" is a dealbreaker answer'],
  [{ code: 'not-an-option' }, 'not an option'],
  [{ code: 'red-flag', flag: 'скидк', words: 'скидку' }, 'mentions "скидку"'],
  [{ code: 'unknown-key', path: 'criteria[0].pionts', suggestion: 'points' }, 'criteria[0].pionts is not a known key (did you mean "points"?)'],
  [{ code: 'required', path: 'thresholds' }, 'thresholds is required'],
  [{ code: 'not-a-mapping', got: { kind: 'list' } }, 'the file must be a mapping with version, thresholds and criteria (got a list)'],
  [{ code: 'wrong-type', path: 'thresholds.accept', expected: ['number'], got: { kind: 'text', text: 'high' } }, 'thresholds.accept must be a number (got "high")'],
  [{ code: 'wrong-type', path: 'criteria[0].column', expected: ['text', 'list'], got: { kind: 'value', text: '5' } }, 'criteria[0].column must be text or a list (got 5)'],
  [{ code: 'wrong-value', path: 'version', expected: { kind: 'value', text: '1' }, got: { kind: 'value', text: '2' } }, 'version must be 1 (got 2)'],
  [
    { code: 'not-one-of-values', path: 'criteria[1].type', values: ['yes-no', 'number', 'choice', 'text'], got: { kind: 'text', text: 'numbr' } },
    'criteria[1].type must be one of yes-no, number, choice, text (got "numbr")',
  ],
  [{ code: 'too-few-items', path: 'criteria', minimum: 1 }, 'criteria needs at least 1 item'],
  [{ code: 'empty-text', path: 'criteria[0].question' }, 'criteria[0].question must not be empty'],
  [{ code: 'too-small', path: 'criteria[0].points', minimum: 0, got: { kind: 'value', text: '-5' } }, 'criteria[0].points must be at least 0 (got -5)'],
  [{ code: 'too-many-items', path: 'criteria', maximum: 1000 }, 'criteria has more than 1000 items'],
  [{ code: 'too-big', path: 'criteria[0].points', maximum: 1000000, got: { kind: 'value', text: '1e+308' } }, 'criteria[0].points must be at most 1000000 (got 1e+308)'],
  [{ code: 'bad-id', path: 'criteria[0].id', got: { kind: 'text', text: 'Pays' } }, 'criteria[0].id must start with a lower-case letter and contain only a-z, 0-9 and _ (got "Pays")'],
  [{ code: 'reserved-id', path: 'criteria[0].id' }, 'criteria[0].id is a reserved name: choose another id'],
  [{ code: 'not-true-false', path: 'criteria[0].must', raw: 'often' }, 'criteria[0].must must be true or false (got "often")'],
  [{ code: 'schema', path: '', detail: 'is odd' }, 'the file is odd'],
  [{ code: 'only-for-types', path: 'criteria[0].decimal', types: ['number'], type: 'yes-no' }, 'criteria[0].decimal is only for number criteria, not yes-no'],
  [{ code: 'choice-needs-options', path: 'criteria[2]' }, 'criteria[2] needs options: a choice criterion lists its answers under options'],
  [{ code: 'choice-points-unused', path: 'criteria[2].points' }, 'criteria[2].points is not used by a choice criterion: give each option its points'],
  [{ code: 'min-above-max', path: 'criteria[1].min', min: 5, max: 2 }, 'criteria[1].min must not be greater than max (5 > 2)'],
  [{ code: 'expect-not-yes-no', path: 'criteria[0].expect', raw: 'perhaps' }, 'criteria[0].expect must be yes or no (got "perhaps")'],
  [{ code: 'duplicate-option', path: 'criteria[2].options[1].value', value: 'calm' }, 'criteria[2].options[1].value "calm" is listed twice'],
  [{ code: 'no-passing-option', path: 'criteria[0].options' }, 'criteria[0].options has no option that passes: every option has fail: true'],
  [{ code: 'duplicate-id', path: 'criteria[1].id', id: 'a', first: 0 }, 'criteria[1].id "a" is already the id of criteria[0]'],
  [{ code: 'when-never-answer', path: 'criteria[1].when.a', value: 'maybe', id: 'a', type: 'yes-no' }, 'criteria[1].when.a "maybe" is never an answer to "a" (a yes-no criterion)'],
  [{ code: 'target-accept-order', path: 'calibration.target_accept', low: 0.6, high: 0.2 }, 'calibration.target_accept must be [low, high] with low <= high (got [0.6, 0.2])'],
  [
    { code: 'yaml-syntax', yamlCode: 'BLOCK_AS_IMPLICIT_KEY', token: ':', detail: 'Nested mappings are not allowed in compact mappings' },
    'a second colon on the line: a value that contains ": " goes in quotes',
  ],
  [{ code: 'duplicate-key', key: 'version' }, 'duplicate key "version": a key may appear only once in a mapping'],
  [{ code: 'tag-not-allowed', tag: '!!int', file: 'criteria' }, 'tags (!!int) are not allowed: a criteria file uses plain values, without tags'],
  [{ code: 'unknown-tag', tag: '!money', file: 'answers' }, 'unknown tag !money: an answers file uses plain values, without tags'],
  [{ code: 'alias-not-allowed', alias: 'base', file: 'criteria' }, 'aliases (*base) are not allowed in a criteria file: write the value out'],
  [{ code: 'anchor-not-allowed', anchor: 'base', file: 'answers' }, 'anchors (&base) are not allowed in an answers file'],
  [{ code: 'reserved-key', key: '__proto__', file: 'criteria' }, '"__proto__" is a reserved name and cannot be a key in a criteria file'],
  [{ code: 'too-deep', max: 100, file: 'answers' }, 'nested more than 100 levels deep: an answers file is a flat list'],
  [{ code: 'empty-file' }, 'the file is empty: it needs version, thresholds and criteria (run `clientfit init` for a template)'],
  [{ code: 'utf-16' }, 'the file is UTF-16 (or UTF-32), not UTF-8: save it as UTF-8 (criteria files are UTF-8, a byte-order mark allowed)'],
  [{ code: 'not-utf-8' }, 'this byte is not UTF-8: save the file as UTF-8 (criteria files are UTF-8, a byte-order mark allowed)'],
  [{ code: 'nul-byte' }, 'a NUL byte: a criteria file is UTF-8 text (criteria files are UTF-8, a byte-order mark allowed)'],
  [{ code: 'not-json' }, 'not a JSON line'],
  [{ code: 'not-an-object' }, 'not a JSON object'],
  [{ code: 'unknown-line-type', type: '"party"' }, 'unknown line type "party"'],
  [
    {
      code: 'invalid-line',
      type: 'outcome',
      issues: [
        { code: 'not-one-of-values', path: 'outcome', values: ['good', 'bad'], got: { kind: 'text', text: 'meh' } },
        { code: 'required', path: 'id' },
      ],
    },
    'not a valid outcome line: outcome must be one of good, bad (got "meh"); id is required',
  ],
  [
    { code: 'invalid-line', type: 'decision', issues: [{ code: 'not-a-time', path: 'time', got: { kind: 'text', text: 'soon' } }] },
    'not a valid decision line: time must be a date and time such as 2026-12-07T10:30:00Z (got "soon")',
  ],
  [{ code: 'line-too-long', limit: '1 MB' }, 'longer than 1 MB, not a journal line'],
  [{ code: 'no-leads' }, 'nothing to calibrate on: no leads were read'],
  [{ code: 'bad-cost', value: -1 }, 'expected a number of 0 or more'],
  [{ code: 'too-many-musts', count: 6, max: 5 }, '6 must-haves (more than 5): few clients meet them all; keep the dealbreakers that really are'],
  [{ code: 'too-many-criteria', count: 13, max: 12 }, '13 criteria (more than 12): a wish list, not minimum requirements; keep the few that matter'],
  [
    { code: 'must-in-effect', id: 'a', score: 50, accept: 70 },
    '"a" is a must-have in effect: failing it alone, with everything else passing, scores 50, below accept (70); lower its points or the accept threshold, or mark it must: true if it really is a dealbreaker',
  ],
  [{ code: 'accepts-everyone', accept: 0, score: 0 }, 'the accept threshold is 0 and nothing is a must-have: every prospect is accepted'],
  [{ code: 'accepts-everyone', accept: 20, score: 25 }, 'with no must-have, a prospect who fails every criterion still scores 25 and is accepted'],
  [{ code: 'unreachable', score: 60, verdict: 'review' }, 'even a prospect who passes every criterion is not accepted (score 60, verdict review)'],
  [{ code: 'review-above-accept', review: 80, accept: 70 }, 'the review threshold (80) is above accept (70): review then only happens when a must-have is unknown'],
  [
    { code: 'when-unknown', path: 'criteria[1].when.pays', id: 'b', parent: 'pays', suggestion: 'pay' },
    'criteria[1].when.pays: "pays" is not a criterion (did you mean "pay"?), so "b" would never apply',
  ],
  [{ code: 'when-later', path: 'criteria[1].when.c', id: 'b', parent: 'c', itself: false }, 'criteria[1].when.c: "c" is asked after "b", so "b" would never apply (move "c" above it)'],
  [{ code: 'when-later', path: 'criteria[1].when.b', id: 'b', parent: 'b', itself: true }, 'criteria[1].when.b: "b" cannot depend on its own answer: it would never apply'],
  [{ code: 'shared-column', first: 'a', second: 'b', column: 'budget' }, '"a" and "b" both read the column "budget": give each its own column name'],
  [{ code: 'accepts-unknown' }, 'a prospect with every answer unknown is accepted: give the criteria points, make one a must-have, or set thresholds.max_unknown'],
  [{ code: 'max-unknown-allows-all', maxUnknown: 2, criteria: 2 }, 'thresholds.max_unknown is 2 and the list has 2 criteria: every answer may be unknown, so it limits nothing; lower it'],
];

describe('English words of the typed problems', () => {
  it.each(ENGLISH)('%j', (problem, english) => {
    expect(describeProblem(EN, problem)).toBe(english);
  });

  it('covers every problem code', () => {
    const codes = new Set(ENGLISH.map(([problem]) => problem.code));
    // ProblemCode has exactly these: the Wording table would not compile with one missing.
    expect(codes.size).toBe(68);
  });

  it('names the flag that resolves a problem where a flag helps, and how to type it in a prompt', () => {
    const ambiguous: CoreProblem = { code: 'ambiguous-number', raw: '1,200', readings: [1.2, 1200] };
    expect(describeProblem(EN, ambiguous, 'file')).toBe(
      '"1,200" could be 1.2 or 1200: for 1.2 pass --decimal-comma (or give the criterion decimal: comma), for 1200 give the criterion decimal: point',
    );
    expect(describeProblem(EN, { code: 'not-a-number', raw: '1,5', comma: true }, 'prompt')).toBe(
      'expected a number (got "1,5"): a thousands separator groups three digits; write a decimal point: 30.5',
    );
  });
});

describe('every problem has words in every language', () => {
  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s: a sentence for each, not the English one, and the same code', async (lang) => {
    const voice = await voiceOf(lang);
    const same: string[] = [];
    for (const [problem, english] of ENGLISH) {
      const text = describeProblem(voice, problem);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/u);
      if (text === english) same.push(problem.code);
      // Machine output stays English whatever the language.
      expect(describeProblem(EN, problem)).toBe(english);
      expect(problemCode(voice.words.problems, problem)).toBe(`[${problem.code}]`);
    }
    // Every problem has words of the language, the parser's syntax errors too.
    expect(same).toEqual([]);
  });

  it('numbers are written the language’s way in people’s words', async () => {
    expect(describeProblem(await voiceOf('ru'), { code: 'below-minimum', min: 1500.5 })).toBe('меньше минимума (1500,5)');
    expect(describeProblem(await voiceOf('el'), { code: 'above-maximum', max: 12500 })).toBe('πάνω από το μέγιστο (12.500)');
    expect(describeProblem(EN, { code: 'above-maximum', max: 12500 })).toBe('above the maximum of 12500');
  });

  it('Greek never puts ; inside a sentence (it is the question mark)', async () => {
    const greek = await voiceOf('el');
    for (const [problem] of ENGLISH) {
      const text = describeProblem(greek, problem);
      if (problem.code === 'unknown-key' || problem.code === 'when-unknown') expect(text.replace(/»;\)/u, '»)')).not.toContain(';');
      else expect(text).not.toContain(';');
    }
  });
});
