/** Answer sources (src/core/sources.ts): the stronger source wins, a disagreement is returned, never dropped. */
import { describe, expect, it } from 'vitest';
import { combineAnswers, stronger, type AnswerLayer } from '../../src/core/sources.js';

const same = (_id: string, a: unknown, b: unknown): boolean => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
const layer = (from: AnswerLayer['from'], values: Record<string, unknown>, at = '2026-12-01T10:00:00.000Z'): AnswerLayer => ({ from, at, values });

describe('combineAnswers', () => {
  it('keeps the strongest source for each answer, whatever the order of the layers', () => {
    const layers = [layer('message', { pays_upfront: 'no', revisions: '2' }), layer('set', { pays_upfront: 'yes' }, '2026-12-02T00:00:00.000Z'), layer('reply', { revisions: '3', polite: 'yes' })];
    for (const ordered of [layers, [...layers].reverse()]) {
      const combined = combineAnswers(ordered, same);
      expect(combined.values).toEqual({ pays_upfront: 'yes', revisions: '3', polite: 'yes' });
      expect(combined.sources).toEqual({
        pays_upfront: { from: 'set', at: '2026-12-02T00:00:00.000Z' },
        revisions: { from: 'reply', at: '2026-12-01T10:00:00.000Z' },
        polite: { from: 'reply', at: '2026-12-01T10:00:00.000Z' },
      });
      expect(combined.conflicts).toEqual([
        { id: 'pays_upfront', kept: { from: 'set', value: 'yes' }, other: { from: 'message', value: 'no' } },
        { id: 'revisions', kept: { from: 'reply', value: '3' }, other: { from: 'message', value: '2' } },
      ]);
    }
  });

  it('two sources that agree (as the reader reads them) are no conflict', () => {
    expect(combineAnswers([layer('reply', { polite: 'Yes ' }), layer('message', { polite: 'yes' })], same).conflicts).toEqual([]);
  });

  it('a follow-up starts from the earlier answers and their sources, and answers given now replace them', () => {
    const base = { values: { pays_upfront: 'no', revisions: 2 }, sources: { pays_upfront: { from: 'reply' as const, at: '2026-11-01T00:00:00.000Z' } } };
    const combined = combineAnswers([layer('set', { pays_upfront: 'yes' })], same, base);
    expect(combined.values).toEqual({ pays_upfront: 'yes', revisions: 2 });
    expect(combined.sources).toEqual({ pays_upfront: { from: 'set', at: '2026-12-01T10:00:00.000Z' } });
    expect(combined.conflicts).toEqual([]);
  });

  it('orders sources: typed > set > file > reply > message', () => {
    const order = ['typed', 'set', 'file', 'reply', 'message'] as const;
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) expect(stronger(order[i]!, order[j]!)).toBe(i < j);
    }
  });

  it('a prototype-named id is an ordinary key, not a way into Object.prototype', () => {
    const combined = combineAnswers([layer('reply', JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, unknown>)], same);
    expect(Object.keys(combined.values).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
