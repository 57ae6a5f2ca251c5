import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionLine, joinOutcomes, outcomeLine, parseJournal, serializeLine, type DecisionLine } from '../../src/core/journal.js';
import type { Result } from '../../src/core/score.js';

const result: Pick<Result, 'score' | 'potential' | 'verdict' | 'failed' | 'unknown'> & { results: []; invalid: [] } = {
  results: [],
  score: 55,
  potential: 85,
  verdict: 'review',
  failed: ['polite'],
  unknown: ['revisions'],
  invalid: [],
};

function decision(id: string, name: string | null): DecisionLine {
  return decisionLine({ id, time: new Date('2025-03-14T09:30:00Z'), name: name ?? undefined, answers: { polite: false, revisions: null }, result, criteria: { file: '/c.yaml', sha256: 'ab' } });
}

describe('journal lines', () => {
  it('a decision line has the documented fields', () => {
    expect(JSON.parse(serializeLine(decision('d1', 'Acme')))).toEqual({
      type: 'decision',
      id: 'd1',
      time: '2025-03-14T09:30:00.000Z',
      name: 'Acme',
      answers: { polite: false, revisions: null },
      result: { score: 55, potential: 85, verdict: 'review', failed: ['polite'], unknown: ['revisions'] },
      criteria: { file: '/c.yaml', sha256: 'ab' },
    });
  });

  it('an outcome line refers to its decision', () => {
    const line = outcomeLine({ id: 'o1', time: new Date('2025-04-01T00:00:00Z'), decision: decision('d1', 'Acme'), outcome: 'bad', note: 'paid late' });
    expect(line).toEqual({ type: 'outcome', id: 'o1', time: '2025-04-01T00:00:00.000Z', decision: 'd1', name: 'Acme', outcome: 'bad', note: 'paid late' });
    expect(outcomeLine({ id: 'o2', time: new Date(0), decision: decision('d1', null), outcome: 'good', note: '  ' }).note).toBeNull();
  });

  it('round-trips any decision through one line (newlines in names never split it)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: null }),
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/u), fc.oneof(fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(null))),
        (name, answers) => {
          const line = { ...decision('x', name), answers };
          const text = serializeLine(line);
          expect(text.indexOf('\n')).toBe(text.length - 1);
          const parsed = parseJournal(text);
          expect(parsed.problems).toEqual([]);
          expect(parsed.decisions).toEqual([JSON.parse(JSON.stringify(line))]);
        },
      ),
    );
  });
});

describe('parseJournal', () => {
  it('skips blank lines and reports corrupt ones with their line number', () => {
    const text = [
      serializeLine(decision('d1', 'Acme')).trim(),
      '',
      '{"type":"decision","id":"half',
      'not json at all',
      '[1,2]',
      '{"type":"party"}',
      '{"type":"outcome","id":"o1"}',
      serializeLine(outcomeLine({ id: 'o1', time: new Date(0), decision: decision('d1', 'Acme'), outcome: 'good', note: undefined })).trim(),
      '',
    ].join('\n');
    const parsed = parseJournal(text);
    expect(parsed.decisions.map((line) => line.id)).toEqual(['d1']);
    expect(parsed.outcomes.map((line) => line.id)).toEqual(['o1']);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7]);
    expect(parsed.problems[0]!.problem).toEqual({ code: 'not-json' });
    expect(parsed.problems[3]!.problem).toEqual({ code: 'unknown-line-type', type: '"party"' });
    expect(parsed.problems[4]!.problem).toMatchObject({ code: 'invalid-line', type: 'outcome' });
  });

  it('joins each decision with its latest outcome', () => {
    const d1 = decision('d1', 'A');
    const d2 = decision('d2', 'B');
    const first = outcomeLine({ id: 'o1', time: new Date(0), decision: d1, outcome: 'good', note: undefined });
    const second = outcomeLine({ id: 'o2', time: new Date(1), decision: d1, outcome: 'bad', note: 'changed mind' });
    expect(joinOutcomes([d1, d2], [first, second]).map((entry) => [entry.decision.id, entry.outcome?.id])).toEqual([
      ['d1', 'o2'],
      ['d2', undefined],
    ]);
  });
});
