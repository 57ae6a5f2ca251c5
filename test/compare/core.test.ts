/**
 * The comparison core on hand-computed examples: verdict moves, the differences that cause each
 * flip, outcomes under each list; and the paired interval of the acceptance change, whose
 * coverage is checked by simulation at the 95% it promises.
 */
import { seeded } from '../../src/core/model.js';
import { describe, expect, it } from 'vitest';
import { Comparer, costInterval, listChanges, MIN_COST_MOVES } from '../../src/core/compare.js';
import type { Criteria } from '../../src/core/criteria.js';
import { loadCriteria } from '../../src/core/load.js';
import { newcombePairedDifference, wilson } from '../../src/core/stats.js';

function criteriaFrom(yaml: string): Criteria {
  const loaded = loadCriteria(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.criteria;
}

const OLD = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 35 }
  - { id: polite, question: Polite?, type: yes-no, points: 30 }
  - { id: budget, question: Budget?, type: yes-no, points: 35 }
`);
// Accept lowered to 60, pays no longer a must-have, budget dropped, scope added.
const NEW = criteriaFrom(`version: 1
thresholds: { accept: 60, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, points: 35 }
  - { id: polite, question: Polite?, type: yes-no, points: 30 }
  - { id: budget, question: Budget?, type: yes-no, points: 35 }
  - { id: scope, question: Scope?, type: yes-no, points: 0 }
`);

/** pays, polite, budget answers; the new list's scope is always yes (0 points: never moves a score). */
function add(comparer: Comparer, line: number, pays: string, polite: string, budget: string, outcome?: 'good' | 'bad'): void {
  comparer.add([pays, polite, budget], [pays, polite, budget, 'yes'], { line }, outcome);
}

describe('listChanges', () => {
  it('names thresholds, changed aspects, and criteria only one list has', () => {
    const dropped = criteriaFrom(`version: 1
thresholds: { accept: 70, review: 40, max_unknown: 1 }
criteria:
  - { id: pays, question: Will they pay?, type: yes-no, must: true, points: 20, column: [Prepayment] }
  - { id: extra, question: X?, type: choice, options: [{ value: a, points: 5 }, { value: b, points: 0, fail: true }] }
`);
    expect(listChanges(OLD, dropped)).toEqual([
      { kind: 'thresholds', from: { accept: 70, review: 40 }, to: { accept: 70, review: 40, max_unknown: 1 } },
      // the question's wording is not a change: it decides nothing
      { kind: 'changed', id: 'pays', aspects: ['points', 'column'] },
      { kind: 'added', id: 'extra' },
      { kind: 'removed', id: 'polite' },
      { kind: 'removed', id: 'budget' },
    ]);
    expect(listChanges(OLD, OLD)).toEqual([]);
  });
});

describe('Comparer', () => {
  it('counts moves and traces each flip to the differences that cause it', () => {
    const comparer = new Comparer(OLD, NEW);
    add(comparer, 2, 'yes', 'yes', 'no'); // 65: review → accept, by the threshold alone
    add(comparer, 3, 'no', 'yes', 'yes'); // 65 with pays failed: reject → accept; undoing the threshold leaves review, so only pays brings reject back
    add(comparer, 4, 'yes', 'yes', 'yes'); // 100: accept under both
    add(comparer, 5, 'no', 'no', 'no'); // 0: reject under both
    add(comparer, 6, 'no', 'yes', 'no'); // 30, pays failed: reject → reject (30 < 40)
    const report = comparer.report();
    expect(report.leads).toBe(5);
    expect(report.changed).toBe(2);
    expect(report.moves).toEqual([
      { from: 'review', to: 'accept', count: 1 },
      { from: 'reject', to: 'accept', count: 1 },
    ]);
    expect(report.verdicts_before).toEqual({ accept: 1, review: 1, reject: 3 });
    expect(report.verdicts_after).toEqual({ accept: 3, review: 0, reject: 2 });
    expect(report.flips).toEqual([
      { line: 2, from: 'review', to: 'accept' },
      { line: 3, from: 'reject', to: 'accept' },
    ]);
    expect(report.changes.map((change) => [change.kind, 'id' in change ? change.id : '', change.flips])).toEqual([
      ['thresholds', '', 1],
      ['changed', 'pays', 1],
      ['added', 'scope', 0],
    ]);
    expect(report.flips_unexplained).toBe(0);
    // the paired table: 1 accepted under both, 2 only under the new list
    expect([report.accepted_both, report.accepted_before_only, report.accepted_after_only, report.accepted_neither]).toEqual([1, 0, 2, 2]);
    expect(report.accept_share_change).toBe(0.4);
    expect(report.outcomes).toBeNull();
  });

  it('counts a flip that needs two differences together', () => {
    // The threshold lowered to 60 and polite worth 45: each alone is enough to accept a lead
    // with pays and polite (65 of 100 before, 70 of 115 after), so undoing either one alone
    // leaves it accepted: neither brings back its old review.
    const both = criteriaFrom(`version: 1
thresholds: { accept: 60, review: 40 }
criteria:
  - { id: pays, question: Pays?, type: yes-no, must: true, points: 35 }
  - { id: polite, question: Polite?, type: yes-no, points: 45 }
  - { id: budget, question: Budget?, type: yes-no, points: 35 }
`);
    const comparer = new Comparer(OLD, both);
    comparer.add(['yes', 'yes', 'no'], ['yes', 'yes', 'no'], { line: 2 });
    const report = comparer.report();
    expect(report.moves).toEqual([{ from: 'review', to: 'accept', count: 1 }]);
    expect(report.changes.map((change) => change.flips)).toEqual([0, 0]);
    expect(report.flips_unexplained).toBe(1);
  });

  it('counts outcomes under each list only for leads with a known outcome', () => {
    const comparer = new Comparer(OLD, NEW, { costBadAccepted: 3 });
    add(comparer, 2, 'yes', 'yes', 'no', 'bad'); // review → accept: a bad client let in
    add(comparer, 3, 'no', 'yes', 'yes', 'good'); // reject → accept: a good one no longer turned away
    add(comparer, 4, 'yes', 'yes', 'yes', 'good'); // accepted under both
    add(comparer, 5, 'no', 'no', 'no', 'bad'); // rejected under both
    add(comparer, 6, 'no', 'yes', 'no'); // no outcome: counted in verdicts only
    const outcomes = comparer.report().outcomes!;
    expect(outcomes).toMatchObject({
      known: 4,
      good: 2,
      bad: 2,
      before: { bad_let_in: 0, good_turned_away: 1, cost: 1 },
      after: { bad_let_in: 1, good_turned_away: 0, cost: 3 },
      cost_change: 2,
      cost_moves: 2,
      // 2 leads changed cost: too few for the normal approximation
      cost_change_interval: null,
    });
  });
});

describe('cost change interval', () => {
  it('is the paired sum ± 1.96 standard errors, by hand', () => {
    // 20 known leads: 10 changed by +1, 2 by -3, the rest 0. sum 4, squares 28.
    // mean 0.2, variance (28 - 20 × 0.04) / 19 = 1.4316, half = 1.96 × √(20 × 1.4316) = 10.4875
    const [low, high] = costInterval(20, { moves: 12, sum: 4, squares: 28 })!;
    expect(low).toBeCloseTo(4 - 10.4875, 3);
    expect(high).toBeCloseTo(4 + 10.4875, 3);
    expect(costInterval(20, { moves: MIN_COST_MOVES - 1, sum: 4, squares: 28 })).toBeNull();
  });
});

describe('the paired interval of the acceptance change (Newcombe method 10)', () => {
  it('is inside [-1, 1], contains the observed change, and is not degenerate with no flips', () => {
    const interval = newcombePairedDifference(30, 0, 0, 70)!;
    expect(interval[0]).toBeLessThan(0);
    expect(interval[1]).toBeGreaterThan(0);
    const [low, high] = newcombePairedDifference(1, 0, 9, 0)!;
    expect(low).toBeGreaterThanOrEqual(-1);
    expect(high).toBeLessThanOrEqual(1);
    expect(low).toBeLessThan(0.9);
    expect(high).toBeGreaterThan(0.9);
  });

  it('is narrower than the difference of two independent intervals when most leads keep their verdict', () => {
    // 200 leads, 60 accepted under both, 4 only before, 12 only after
    const [low, high] = newcombePairedDifference(60, 4, 12, 124)!;
    const before = wilson(64, 200)!;
    const after = wilson(72, 200)!;
    expect(high - low).toBeLessThan(after[1] - before[0] - (after[0] - before[1]));
  });

  it('covers the true change 95 times in 100 over many simulated lead sets', () => {
    // true shares: 5% accepted only under the old list, 12% only under the new, 30% under both
    const cases = [
      { n: 60, both: 0.3, beforeOnly: 0.05, afterOnly: 0.12 },
      { n: 200, both: 0.3, beforeOnly: 0.05, afterOnly: 0.12 },
      { n: 500, both: 0.1, beforeOnly: 0.01, afterOnly: 0.03 },
    ];
    for (const [index, { n, both, beforeOnly, afterOnly }] of cases.entries()) {
      const next = seeded(1000 + index);
      const truth = afterOnly - beforeOnly;
      const runs = 2000;
      let covered = 0;
      for (let run = 0; run < runs; run++) {
        const table = [0, 0, 0, 0];
        for (let lead = 0; lead < n; lead++) {
          const u = next();
          table[u < both ? 0 : u < both + beforeOnly ? 1 : u < both + beforeOnly + afterOnly ? 2 : 3]!++;
        }
        const [low, high] = newcombePairedDifference(table[0]!, table[1]!, table[2]!, table[3]!)!;
        if (low <= truth && truth <= high) covered++;
      }
      // 2000 runs: the coverage's own standard error is 0.5 points; Newcombe reports method 10's
      // coverage close to 95% (slightly above for small n). Allow 93% to 98%.
      expect(covered / runs, `n=${n}`).toBeGreaterThan(0.93);
      expect(covered / runs, `n=${n}`).toBeLessThan(0.98);
    }
  });
});
