/**
 * `clientfit compare`: the same leads scored under two criteria lists, through the one scoring
 * path (createScorer's scoreValues, as batch scores a row), and what changed: verdict moves,
 * acceptance before and after with a paired interval, outcomes under each list, and which
 * differences between the lists cause the flips. Pure: values in, a typed report out; the
 * words are src/render/compare.ts's.
 *
 * Which change causes a flip: for each difference between the lists (a criterion added,
 * removed or changed, or the thresholds), the lead is scored once more under the new list
 * with that one difference undone. When that brings back the old verdict, the difference is a
 * cause of the flip (without it the lead would not have moved). A flip that no single undo
 * brings back needs two differences together and is counted as such.
 */
import { VERDICT_INDEX } from './calibration-counts.js';
import type { Criteria, Criterion } from './criteria.js';
import { createScorer, type Result, type Scorer, type ScorerOptions, type Verdict, VERDICTS } from './score.js';
import { newcombePairedDifference, round4, wilsonShare, Z95 } from './stats.js';

/** What one criterion's definition differs in, between the two lists. */
export type Aspect = 'type' | 'must' | 'points' | 'expect' | 'range' | 'options' | 'red_flags' | 'when' | 'column';

export type ThresholdsData = { readonly accept: number; readonly review: number; readonly max_unknown?: number };

export type ListChange =
  | { readonly kind: 'added'; readonly id: string }
  | { readonly kind: 'removed'; readonly id: string }
  | { readonly kind: 'changed'; readonly id: string; readonly aspects: readonly Aspect[] }
  | { readonly kind: 'thresholds'; readonly from: ThresholdsData; readonly to: ThresholdsData };

/** What of a criterion decides its verdict, aspect by aspect (its question and help do not). */
function aspects(criterion: Criterion): Record<Aspect, unknown> {
  return {
    type: criterion.type,
    must: criterion.must,
    points: criterion.type === 'choice' ? null : criterion.maxPoints,
    expect: criterion.type === 'yes-no' ? criterion.expect : null,
    range: criterion.type === 'number' ? [criterion.min ?? null, criterion.max ?? null, criterion.decimal ?? null] : null,
    options: criterion.type === 'choice' ? criterion.options.map((option) => [option.value, option.points, option.fail]) : null,
    red_flags: criterion.type === 'text' ? criterion.redFlags : null,
    when: criterion.when ?? null,
    column: criterion.column,
  };
}

function thresholdsData(criteria: Criteria): ThresholdsData {
  const { accept, review, maxUnknown } = criteria.thresholds;
  return maxUnknown === undefined ? { accept, review } : { accept, review, max_unknown: maxUnknown };
}

/** The differences between two lists that can change a verdict, in the new list's order, removals last. */
export function listChanges(before: Criteria, after: Criteria): ListChange[] {
  const changes: ListChange[] = [];
  const old = new Map(before.criteria.map((criterion) => [criterion.id, criterion]));
  const kept = new Set(after.criteria.map((criterion) => criterion.id));
  const from = thresholdsData(before);
  const to = thresholdsData(after);
  if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ kind: 'thresholds', from, to });
  for (const criterion of after.criteria) {
    const was = old.get(criterion.id);
    if (was === undefined) {
      changes.push({ kind: 'added', id: criterion.id });
      continue;
    }
    const a = aspects(was);
    const b = aspects(criterion);
    const differ = (Object.keys(a) as Aspect[]).filter((aspect) => JSON.stringify(a[aspect]) !== JSON.stringify(b[aspect]));
    if (differ.length > 0) changes.push({ kind: 'changed', id: criterion.id, aspects: differ });
  }
  for (const criterion of before.criteria) if (!kept.has(criterion.id)) changes.push({ kind: 'removed', id: criterion.id });
  return changes;
}

/** A list scored from both lists' values: each criterion's value comes from one side at one index. */
interface Variant {
  readonly scorer: Scorer;
  readonly sources: readonly (readonly [side: 0 | 1, index: number])[];
  readonly values: unknown[];
}

/** The new list with one change undone, and where each of its criteria finds its value. */
function undo(before: Criteria, after: Criteria, change: ListChange): { criteria: Criteria; sources: [0 | 1, number][] } {
  const own = after.criteria.map((_, index): [0 | 1, number] => [1, index]);
  switch (change.kind) {
    case 'thresholds':
      return { criteria: { ...after, thresholds: before.thresholds }, sources: own };
    case 'changed': {
      const at = after.criteria.findIndex((criterion) => criterion.id === change.id);
      const was = before.criteria.findIndex((criterion) => criterion.id === change.id);
      const criteria = after.criteria.map((criterion, index) => (index === at ? before.criteria[was]! : criterion));
      return { criteria: { ...after, criteria }, sources: own.map((source, index) => (index === at ? [0, was] : source)) };
    }
    case 'added': {
      const at = after.criteria.findIndex((criterion) => criterion.id === change.id);
      return { criteria: { ...after, criteria: after.criteria.filter((_, index) => index !== at) }, sources: own.filter((_, index) => index !== at) };
    }
    case 'removed': {
      // Put back last: a `when` names only earlier criteria, so its parents are still before it.
      const was = before.criteria.findIndex((criterion) => criterion.id === change.id);
      return { criteria: { ...after, criteria: [...after.criteria, before.criteria[was]!] }, sources: [...own, [0, was]] };
    }
  }
}

/** Flips kept for the report; past this many only their number grows (memory stays bounded). */
export const MAX_FLIPS = 10_000;
/** Beyond this many differences between the lists, causes are not traced (one extra score per difference and lead). */
export const MAX_TRACED_CHANGES = 64;
/** The cost change gets an interval once at least this many leads with a known outcome change cost (normal approximation). */
export const MIN_COST_MOVES = 10;

/** Where a lead came from: a line of a lead file or a journal decision, and its name when known. */
export type LeadKey = { readonly line: number; readonly name?: string } | { readonly id: string; readonly name?: string };

export type Flip = LeadKey & { readonly from: Verdict; readonly to: Verdict };

export interface CompareOptions extends ScorerOptions {
  /** one bad client let in costs as much as this many good ones turned away */
  readonly costBadAccepted?: number;
}

/**
 * One pass over leads: each is scored under both lists (and, for the ones that flip, under
 * each one-change-undone list). Counts only, plus at most MAX_FLIPS flips.
 */
export class Comparer {
  readonly before: Criteria;
  readonly after: Criteria;
  readonly changes: readonly ListChange[];
  private scorers: readonly [Scorer, Scorer];
  /** one per change, the new list with it undone; empty when causes are not traced */
  private variants: readonly Variant[];
  private readonly traced: boolean;
  /** [outcome slot * 9 + from * 3 + to]: slot 0 unknown, 1 good, 2 bad */
  private readonly moves = new Float64Array(27);
  private readonly causes: Float64Array;
  private unexplained = 0;
  private readonly flips: Flip[] = [];
  /** per-lead cost change among leads with an outcome: how many changed, their sum and sum of squares */
  private costMoves = 0;
  private costSum = 0;
  private costSquares = 0;
  readonly costBadAccepted: number;

  constructor(before: Criteria, after: Criteria, options: CompareOptions = {}) {
    this.before = before;
    this.after = after;
    this.changes = listChanges(before, after);
    this.costBadAccepted = options.costBadAccepted ?? 3;
    this.causes = new Float64Array(this.changes.length);
    this.traced = this.changes.length <= MAX_TRACED_CHANGES;
    [this.scorers, this.variants] = this.scorersFor(options);
  }

  private scorersFor(scoring: ScorerOptions): [readonly [Scorer, Scorer], readonly Variant[]] {
    const variants = this.traced
      ? this.changes.map((change) => {
          const { criteria, sources } = undo(this.before, this.after, change);
          return { scorer: createScorer(criteria, scoring), sources, values: new Array(sources.length) };
        })
      : [];
    return [[createScorer(this.before, scoring), createScorer(this.after, scoring)], variants];
  }

  /**
   * Leads added from now on are read with these settings (a lead file's decimal comma and
   * missing columns; none for journal answers, which are typed already). Counts go on.
   */
  source(scoring: ScorerOptions): void {
    [this.scorers, this.variants] = this.scorersFor(scoring);
  }

  /**
   * Adds one lead: `values` in each list's criteria order (as batch hands its scorer a row).
   * Returns both results, for callers that check them against another path.
   */
  add(beforeValues: ArrayLike<unknown>, afterValues: ArrayLike<unknown>, key: LeadKey, outcome?: 'good' | 'bad'): readonly [Result, Result] {
    const old = this.scorers[0].scoreValues(beforeValues);
    const now = this.scorers[1].scoreValues(afterValues);
    const from = old.verdict;
    const to = now.verdict;
    const slot = outcome === 'good' ? 1 : outcome === 'bad' ? 2 : 0;
    this.moves[slot * 9 + VERDICT_INDEX[from] * 3 + VERDICT_INDEX[to]]!++;
    if (slot !== 0) {
      const cost = (verdict: Verdict): number => (slot === 2 ? (verdict === 'accept' ? this.costBadAccepted : 0) : verdict === 'accept' ? 0 : 1);
      const delta = cost(to) - cost(from);
      if (delta !== 0) {
        this.costMoves++;
        this.costSum += delta;
        this.costSquares += delta * delta;
      }
    }
    if (from !== to) {
      if (this.flips.length < MAX_FLIPS) this.flips.push({ ...key, from, to });
      if (this.traced) {
        const sides = [beforeValues, afterValues];
        let explained = false;
        this.variants.forEach((variant, index) => {
          for (let k = 0; k < variant.sources.length; k++) {
            const [side, at] = variant.sources[k]!;
            variant.values[k] = sides[side]![at];
          }
          if (variant.scorer.scoreValues(variant.values).verdict === from) {
            this.causes[index]!++;
            explained = true;
          }
        });
        if (!explained) this.unexplained++;
      }
    }
    return [old, now];
  }

  report(): CompareReport {
    return compareReport(this, {
      moves: this.moves,
      causes: this.causes,
      traced: this.traced,
      unexplained: this.unexplained,
      flips: this.flips,
      cost: { moves: this.costMoves, sum: this.costSum, squares: this.costSquares },
    });
  }
}

export interface Move {
  readonly from: Verdict;
  readonly to: Verdict;
  readonly count: number;
}

export interface OutcomeSide {
  /** leads with a known bad outcome that the list accepts */
  readonly bad_let_in: number;
  /** leads with a known good outcome that the list sends to review or reject */
  readonly good_turned_away: number;
  /** cost_bad_accepted × bad_let_in + good_turned_away */
  readonly cost: number;
}

export interface CompareOutcomes {
  /** leads with a known outcome: every figure here is about them only */
  readonly known: number;
  readonly good: number;
  readonly bad: number;
  readonly cost_bad_accepted: number;
  readonly before: OutcomeSide;
  readonly after: OutcomeSide;
  /** after − before */
  readonly cost_change: number;
  /** 95% interval of the cost change on as many leads like these; null below MIN_COST_MOVES */
  readonly cost_change_interval: readonly [number, number] | null;
  /** leads with a known outcome whose cost changed (the interval needs MIN_COST_MOVES) */
  readonly cost_moves: number;
  readonly min_cost_moves: number;
}

export type ChangeReport = ListChange & {
  /** flipped leads this change causes (undone alone, the lead keeps its old verdict); null when not traced */
  readonly flips: number | null;
};

export interface CompareReport {
  readonly leads: number;
  /** leads whose verdict differs between the lists */
  readonly changed: number;
  readonly verdicts_before: Readonly<Record<Verdict, number>>;
  readonly verdicts_after: Readonly<Record<Verdict, number>>;
  /** every from → to pair with at least one lead, most first */
  readonly moves: readonly Move[];
  readonly accept_share_before: number;
  readonly accept_share_after: number;
  readonly accept_share_before_interval: readonly [number, number] | null;
  readonly accept_share_after_interval: readonly [number, number] | null;
  /** after − before, and its paired 95% interval (Newcombe's method 10: the same leads under both lists) */
  readonly accept_share_change: number;
  readonly accept_share_change_interval: readonly [number, number] | null;
  /** the paired table behind it: accepted under both, only the old, only the new, neither */
  readonly accepted_both: number;
  readonly accepted_before_only: number;
  readonly accepted_after_only: number;
  readonly accepted_neither: number;
  readonly outcomes: CompareOutcomes | null;
  readonly changes: readonly ChangeReport[];
  /** flips that no single change undone brings back (two changes together); null when not traced */
  readonly flips_unexplained: number | null;
  /** the first MAX_FLIPS flips, in input order */
  readonly flips: readonly Flip[];
  /** flips past MAX_FLIPS, counted but not listed */
  readonly flips_omitted: number;
}

/** The comparison problems the command words: nothing to compare. */
export type CompareProblem = { readonly code: 'no-leads' };

export class CompareError extends Error {
  readonly problem: CompareProblem;
  constructor(problem: CompareProblem) {
    super(problem.code);
    this.name = 'CompareError';
    this.problem = problem;
  }
}

interface Tallies {
  readonly moves: Float64Array;
  readonly causes: Float64Array;
  readonly traced: boolean;
  readonly unexplained: number;
  readonly flips: readonly Flip[];
  readonly cost: { readonly moves: number; readonly sum: number; readonly squares: number };
}

function share(part: number, whole: number): number {
  return whole <= 0 ? 0 : round4(part / whole);
}

function compareReport(comparer: Comparer, tallies: Tallies): CompareReport {
  const { moves } = tallies;
  const at = (slot: number, from: Verdict, to: Verdict): number => moves[slot * 9 + VERDICT_INDEX[from] * 3 + VERDICT_INDEX[to]]!;
  const all = (from: Verdict, to: Verdict): number => at(0, from, to) + at(1, from, to) + at(2, from, to);
  let leads = 0;
  for (const count of moves) leads += count;
  if (leads === 0) throw new CompareError({ code: 'no-leads' });
  const verdictsBefore = { accept: 0, review: 0, reject: 0 };
  const verdictsAfter = { accept: 0, review: 0, reject: 0 };
  const moveList: Move[] = [];
  let changed = 0;
  for (const from of VERDICTS) {
    for (const to of VERDICTS) {
      const count = all(from, to);
      verdictsBefore[from] += count;
      verdictsAfter[to] += count;
      if (from !== to && count > 0) {
        changed += count;
        moveList.push({ from, to, count });
      }
    }
  }
  moveList.sort((a, b) => b.count - a.count);
  const both = all('accept', 'accept');
  const beforeOnly = verdictsBefore.accept - both;
  const afterOnly = verdictsAfter.accept - both;
  const neither = leads - both - beforeOnly - afterOnly;
  const interval = newcombePairedDifference(both, beforeOnly, afterOnly, neither);

  const side = (slot: 1 | 2, pick: (from: Verdict, to: Verdict) => Verdict, verdict: (v: Verdict) => boolean): number => {
    let count = 0;
    for (const from of VERDICTS) for (const to of VERDICTS) if (verdict(pick(from, to))) count += at(slot, from, to);
    return count;
  };
  const cost = comparer.costBadAccepted;
  const outcomeSide = (pick: (from: Verdict, to: Verdict) => Verdict): OutcomeSide => {
    const badIn = side(2, pick, (verdict) => verdict === 'accept');
    const goodOut = side(1, pick, (verdict) => verdict !== 'accept');
    return { bad_let_in: badIn, good_turned_away: goodOut, cost: cost * badIn + goodOut };
  };
  let good = 0;
  let bad = 0;
  for (let index = 0; index < 9; index++) {
    good += moves[9 + index]!;
    bad += moves[18 + index]!;
  }
  const known = good + bad;
  let outcomes: CompareOutcomes | null = null;
  if (known > 0) {
    const before = outcomeSide((from) => from);
    const after = outcomeSide((_, to) => to);
    outcomes = {
      known,
      good,
      bad,
      cost_bad_accepted: cost,
      before,
      after,
      cost_change: after.cost - before.cost,
      cost_change_interval: costInterval(known, tallies.cost),
      cost_moves: tallies.cost.moves,
      min_cost_moves: MIN_COST_MOVES,
    };
  }
  const flipsListed = tallies.flips.length;
  return {
    leads,
    changed,
    verdicts_before: verdictsBefore,
    verdicts_after: verdictsAfter,
    moves: moveList,
    accept_share_before: share(verdictsBefore.accept, leads),
    accept_share_after: share(verdictsAfter.accept, leads),
    accept_share_before_interval: wilsonShare(verdictsBefore.accept, leads),
    accept_share_after_interval: wilsonShare(verdictsAfter.accept, leads),
    accept_share_change: round4((afterOnly - beforeOnly) / leads),
    accept_share_change_interval: interval === null ? null : [round4(interval[0]), round4(interval[1])],
    accepted_both: both,
    accepted_before_only: beforeOnly,
    accepted_after_only: afterOnly,
    accepted_neither: neither,
    outcomes,
    changes: comparer.changes.map((change, index) => ({ ...change, flips: tallies.traced ? tallies.causes[index]! : null })),
    flips_unexplained: tallies.traced ? tallies.unexplained : null,
    flips: tallies.flips,
    flips_omitted: changed - flipsListed,
  };
}

/**
 * The cost change on `known` leads like these: the sum of per-lead paired differences, ± z
 * standard errors of that sum (normal approximation; the mean change has variance s²/n).
 * Withheld below MIN_COST_MOVES leads whose cost changed, where the approximation is poor.
 */
export function costInterval(known: number, cost: Tallies['cost']): [number, number] | null {
  if (cost.moves < MIN_COST_MOVES || known < 2) return null;
  const mean = cost.sum / known;
  const variance = (cost.squares - known * mean * mean) / (known - 1);
  const half = Z95 * Math.sqrt(known * Math.max(0, variance));
  return [round4(cost.sum - half), round4(cost.sum + half)];
}
