/**
 * The calibration report: everything `clientfit calibrate` shows, derived from a Calibrator's
 * counts. Typed data only: shares, 95% intervals, ids and codes. The words (suggestions
 * included) are the renderer's (src/render/calibration.ts). Pure.
 *
 * What it needs before it recommends (README "What calibrate needs before it recommends"):
 * - a threshold from outcomes: at least MIN_OUTCOMES_EACH good and as many bad outcomes;
 *   below that the recommendation is by the acceptance band, and the report says how many
 *   more outcomes it needs;
 * - a threshold moved by the band: the whole 95% interval of the accept share outside the band.
 *   Inside it the current threshold is the recommended one (the band is a tolerance, not a
 *   target point: nothing says 48% beats 40%); with the interval reaching into it, a handful of
 *   leads cannot justify a move either way (one lead accepted is 100%, and so too lax);
 * - any threshold: every source answered at least MIN_ANSWERED_SHARE of each criterion that
 *   applied to its rows (decisions saved under another criteria file never answered the new
 *   criteria, and re-scoring them as unknown drags every score down);
 * - "keep the list as it is": the 95% interval of the accept share inside the target band.
 */
import type { Criteria } from './criteria.js';
import { BAD, type Counted, type Counts, GOOD, NONE, SCORES, type SourceInfo, VERDICT_INDEX } from './calibration-counts.js';
import type { Verdict } from './score.js';
import { bootstrapLogistic } from './model.js';
import { newcombeDifference, round4, wilsonShare } from './stats.js';
import type { CalibrationProblem } from './problems.js';

/**
 * Calibration cannot run on what it was given: no leads (exit 1), or a cost that is not a
 * number of 0 or more. Its message is the problem code: the command words it, names its option
 * and picks the exit code (a DataError for no leads, a usage error for the cost).
 */
export class CalibrationError extends Error {
  readonly problem: CalibrationProblem;
  constructor(problem: CalibrationProblem) {
    super(problem.code);
    this.name = 'CalibrationError';
    this.problem = problem;
  }
}

export type BandVerdict = 'too picky' | 'too lax' | 'balanced';
export type Interval = readonly [number, number];

/** Threshold steps of the sweep: 0, 5, … 100 (plus the file's own accept threshold). */
export const SWEEP_STEP = 5;
/** Width of a histogram band in score points: 0-4, 5-9, … 95-100. */
export const HISTOGRAM_BAND = 5;
/** Default weight of one bad client let in, in good clients turned away. */
export const DEFAULT_COST_BAD_ACCEPTED = 3;
/**
 * Outcomes decide the recommended threshold once at least this many good and this many bad
 * are known: the usual rule of thumb for backtesting a cut-off. With fewer, one client more or
 * less moves the lowest-cost threshold by tens of points.
 */
export const MIN_OUTCOMES_EACH = 20;
/** A source that answered less than this share of a criterion's applicable rows is too thin to set thresholds by. */
export const MIN_ANSWERED_SHARE = 0.5;
/**
 * The model's minimum, after the usual events-per-variable rule for logistic regression (Peduzzi
 * et al. 1996: at least 10 of the rarer outcome per variable, or weights and intervals are
 * unreliable): MIN_OUTCOMES_EACH good and bad overall, EVENTS_PER_CRITERION of each per criterion
 * in the model, and a criterion enters only with at least MIN_EACH_SIDE leads with an outcome
 * that failed it and as many that did not (else its weight is a guess).
 */
export const EVENTS_PER_CRITERION = 10;
export const MIN_EACH_SIDE = 10;

/** A must-have that alone rejects at least this share of leads is worth a word in "What next". */
export const SOLE_BLOCKER_SUGGEST_SHARE = 0.15;
/**
 * Dropping or softening a must-have is advised only when outcomes show that the leads failing it
 * turn out no worse than the rest within this margin: the upper end of the 95% interval of
 * (bad share failing it − bad share of the rest) at most 10 points. A must-have is the user's
 * minimum requirement; without such evidence its cost in leads is shown, never used against it.
 */
export const MUST_MARGIN = 0.1;
/** An accept share whose 95% interval is at most this wide (10 points) is known well enough to keep a threshold inside the band. */
export const PRECISE_SHARE_WIDTH = 0.1;
/** A criterion that never failed in at least this many answered leads is noise. */
export const NEVER_FAILS_MIN_ROWS = 20;

export interface Confusion {
  /** accepted, turned out good */
  readonly accepted_good: number;
  /** accepted but bad: bad clients let in */
  readonly accepted_bad: number;
  /** reviewed or rejected but good: good clients turned away */
  readonly turned_away_good: number;
  readonly turned_away_bad: number;
}

export interface CriterionReport {
  readonly id: string;
  readonly must: boolean;
  /** rows with a readable answer (pass or fail); 0 means no data: left out of every suggestion */
  readonly answered: number;
  readonly failed: number;
  readonly failed_share: number;
  /** unknown or unreadable (invalid) answers */
  readonly unknown: number;
  readonly unknown_share: number;
  /** rows where its `when` did not match */
  readonly not_applicable: number;
  /** leads not accepted that would be if this criterion alone had passed at full points */
  readonly sole_blocker: number;
  readonly sole_blocker_share: number;
  /** of sole_blocker, the leads where it failed (not unknown or a lesser choice) */
  readonly sole_blocker_failed: number;
  /** outcomes of the sole_blocker_failed leads (when outcomes are known) */
  readonly sole_blocker_failed_good?: number;
  readonly sole_blocker_failed_bad?: number;
  /** accept share if this criterion were dropped from the file */
  readonly accept_share_if_dropped: number;
  /** how often failing it went with a bad outcome (when outcomes are known), with its 95% interval */
  readonly bad_when_failed?: {
    readonly failed_with_outcome: number;
    readonly bad: number;
    readonly bad_share: number | null;
    readonly interval: Interval | null;
  };
}

export interface SweepPoint {
  readonly accept: number;
  readonly accepted: number;
  readonly accept_share: number;
  readonly bad_accepted?: number;
  readonly good_turned_away?: number;
  readonly cost?: number;
}

export interface HistogramBand {
  /** scores from..to inclusive */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly good?: number;
  readonly bad?: number;
}

/** A source of rows and how much of the current criteria it answered. */
export interface SourceReport {
  readonly kind: 'leads' | 'journal';
  readonly label: string;
  readonly rows: number;
  /** journal: decisions saved under another criteria file */
  readonly other_criteria?: number;
  /** how many of the current criteria it answered at least once, of how many applied */
  readonly criteria_answered: number;
  readonly criteria_applied: number;
  /** criteria it answered in less than MIN_ANSWERED_SHARE of the rows they applied to */
  readonly thin: readonly { readonly id: string; readonly answered: number; readonly applied: number }[];
}

/** Why a recommendation was not made: stable codes, with the figures behind them. */
export type Withheld =
  | {
      readonly code: 'few-outcomes';
      readonly good: number;
      readonly bad: number;
      readonly min_each: number;
      readonly more_good: number;
      readonly more_bad: number;
    }
  | {
      readonly code: 'thin-source';
      readonly kind: 'leads' | 'journal';
      readonly label: string;
      readonly other_criteria?: number;
      readonly criteria: readonly string[];
    };

/** What to do next, as data; src/render/calibration.ts words it. Most useful first, at most three. */
/** Outcomes of the leads failing a must-have against the rest (all with a known outcome). */
export interface MustEvidence {
  readonly failed_known: number;
  readonly failed_bad: number;
  readonly rest_known: number;
  readonly rest_bad: number;
  /** bad share failing it − bad share of the rest */
  readonly difference: number;
  /** its 95% interval */
  readonly interval: Interval;
  /** the margin the interval's upper end must stay under (MUST_MARGIN) */
  readonly margin: number;
}

export type Advice =
  | ({
      /** outcomes show the leads failing it turn out no worse than the rest, within the margin */
      readonly code: 'drop-must';
      readonly id: string;
      /** share of leads it alone rejects */
      readonly share: number;
    } & MustEvidence)
  | {
      /** a fact, not advice: the share a must-have alone keeps out, with no evidence to drop it */
      readonly code: 'must-keeps-out';
      readonly id: string;
      readonly share: number;
      /** leads failing it with a known outcome so far */
      readonly failed_known: number;
      readonly margin: number;
    }
  | {
      readonly code: 'threshold';
      readonly by: 'outcomes' | 'band';
      readonly from: number;
      readonly to: number;
      /** review moves with accept when accept would go below it */
      readonly review_to?: number;
      readonly review_from: number;
      /** outcomes: change in bad clients let in and good ones turned away */
      readonly bad_delta?: number;
      readonly good_delta?: number;
      /** band: acceptance now and then, and whether then is inside the band */
      readonly share_from?: number;
      readonly share_to?: number;
      readonly share_to_interval?: Interval | null;
      readonly into_band?: boolean;
    }
  | { readonly code: 'never-fails'; readonly id: string; readonly answered: number }
  | { readonly code: 'keep'; readonly share: number; readonly interval: Interval | null; readonly band: Interval }
  | {
      /**
       * the interval of the accept share crosses an edge of the band: balanced, but it reaches out
       * of the band; or too picky or too lax, but it reaches into it. More leads needed, no move.
       */
      readonly code: 'too-few-leads';
      readonly share: number;
      readonly interval: Interval | null;
      readonly band: Interval;
      readonly band_verdict: BandVerdict;
      readonly rows: number;
    };

/** One criterion's effect on the chance of a bad client, among leads with a known outcome. */
export interface Effect {
  readonly id: string;
  readonly must: boolean;
  readonly failed_known: number;
  readonly failed_bad: number;
  readonly passed_known: number;
  readonly passed_bad: number;
  /** bad share when it failed, when it passed; null without such leads */
  readonly bad_when_failed: number | null;
  readonly bad_when_passed: number | null;
  /** bad_when_failed − bad_when_passed and its 95% interval (Newcombe, independent shares) */
  readonly difference: number | null;
  readonly interval: Interval | null;
}

export interface ModelWeight {
  readonly id: string;
  readonly must: boolean;
  /** log-odds of a bad client when it failed, the rest held equal, and its 95% bootstrap interval */
  readonly weight: number;
  readonly interval: Interval;
  /** the interval leaves out 0: failing it makes a difference you can measure */
  readonly measurable: boolean;
  /** the criterion's points now, and the suggested points (null for a must-have) */
  readonly points: number;
  readonly suggested_points: number | null;
}

export type Model =
  | {
      readonly status: 'fitted';
      /** leads with a known outcome the model was fitted on */
      readonly known: number;
      readonly weights: readonly ModelWeight[];
      /** criteria left out: too few leads failing or passing them with an outcome */
      readonly left_out: readonly { readonly id: string; readonly failed_known: number; readonly passed_known: number }[];
      /** the ordinary points shared out (the list's total for its ordinary criteria in the model) */
      readonly points_total: number;
      readonly min_each_side: number;
    }
  | {
      readonly status: 'withheld';
      readonly code: 'few-outcomes' | 'few-events' | 'no-criteria' | 'too-many-patterns';
      readonly good: number;
      readonly bad: number;
      /**
       * outcomes of each kind needed, and how many more of each: the larger of min_each (the
       * threshold's minimum) and per_criterion for each of the in_model criteria
       */
      readonly need_good: number;
      readonly need_bad: number;
      readonly min_each: number;
      readonly per_criterion: number;
      /** criteria with enough leads failing and passing them to enter the model, with the outcomes known so far */
      readonly in_model: number;
      readonly more_good: number;
      readonly more_bad: number;
      readonly left_out: readonly { readonly id: string; readonly failed_known: number; readonly passed_known: number }[];
      readonly min_each_side: number;
    };

export interface CalibrationReport {
  readonly rows: number;
  readonly thresholds: { readonly accept: number; readonly review: number; readonly max_unknown?: number };
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly verdict_shares: Readonly<Record<Verdict, number>>;
  readonly accept_share: number;
  /** 95% Wilson interval of the accept share */
  readonly accept_share_interval: Interval | null;
  readonly band: readonly [number, number];
  readonly band_verdict: BandVerdict;
  /** true when the whole interval is on the side of the band the verdict says */
  readonly band_verdict_sure: boolean;
  /** null when withheld (see `withheld`) */
  readonly recommended_accept: number | null;
  readonly recommended_by: 'band' | 'outcomes' | null;
  /** the accept share at the recommended threshold, and its 95% interval */
  readonly recommended_accept_share: number | null;
  readonly recommended_accept_share_interval: Interval | null;
  /** recommendations not made, and why */
  readonly withheld: readonly Withheld[];
  readonly cost_bad_accepted: number;
  /** rows with a known outcome, and how many were good and bad */
  readonly outcomes_known: number;
  readonly outcomes: { readonly good: number; readonly bad: number };
  /** at the file's thresholds, when any outcome is known */
  readonly confusion?: Confusion;
  readonly sources: readonly SourceReport[];
  readonly criteria: readonly CriterionReport[];
  readonly sweep: readonly SweepPoint[];
  readonly histogram: readonly HistogramBand[];
  /** with outcomes: each criterion's effect on the chance of a bad client */
  readonly effects?: readonly Effect[];
  /** with outcomes: the suggested weights, or why and how many more outcomes they need */
  readonly model?: Model;
  readonly advice: readonly Advice[];
}

export interface ReportOptions {
  /** how many good clients turned away one bad client let in is worth (default 3) */
  readonly costBadAccepted?: number;
  /** good and bad outcomes each needed to recommend by outcomes (default MIN_OUTCOMES_EACH) */
  readonly minOutcomesEach?: number;
}

/** Shares in the JSON: four decimals are plenty and keep golden files readable. */
function share(part: number, whole: number): number {
  return whole <= 0 ? 0 : round4(part / whole);
}

export function calibrationReport(calibrator: Counted, options: ReportOptions = {}): CalibrationReport {
  return buildReport(calibrator.criteria, calibrator.counts(), options);
}

/** Suffix sums: at[slot][s] = rows of that outcome with score ≥ s (s in 0..101). */
function suffixSums(counts: Float64Array): Float64Array[] {
  return [NONE, GOOD, BAD].map((slot) => {
    const out = new Float64Array(SCORES + 1);
    for (let score = SCORES - 1; score >= 0; score--) out[score] = out[score + 1]! + counts[slot * SCORES + score]!;
    return out;
  });
}

/** Index into suffix sums for "score ≥ t" with integer scores. */
function atLeast(threshold: number): number {
  return Math.min(SCORES, Math.max(0, Math.ceil(threshold)));
}

function sweepThresholds(fileAccept: number): number[] {
  const steps = Array.from({ length: 100 / SWEEP_STEP + 1 }, (_, index) => index * SWEEP_STEP);
  return steps.includes(fileAccept) ? steps : [...steps, fileAccept].sort((a, b) => a - b);
}

/** Lowest key wins; ties go to the threshold closest to the file's, then the lower. */
function pick(points: readonly SweepPoint[], key: (point: SweepPoint) => number, fileAccept: number): number {
  const EPSILON = 1e-9;
  let best = points[0]!;
  for (const point of points.slice(1)) {
    const difference = key(point) - key(best);
    if (difference < -EPSILON) best = point;
    else if (Math.abs(difference) <= EPSILON) {
      const distance = Math.abs(point.accept - fileAccept) - Math.abs(best.accept - fileAccept);
      if (distance < 0 || (distance === 0 && point.accept < best.accept)) best = point;
    }
  }
  return best.accept;
}

function sourceReports(criteria: Criteria, counts: Counts): SourceReport[] {
  return counts.sources
    .filter((source) => source.rows > 0)
    .map((source) => {
      let answeredCriteria = 0;
      let appliedCriteria = 0;
      const thin: { id: string; answered: number; applied: number }[] = [];
      criteria.criteria.forEach((criterion, index) => {
        const applied = source.applied[index]!;
        const answered = source.answered[index]!;
        if (applied === 0) return;
        appliedCriteria++;
        if (answered > 0) answeredCriteria++;
        if (answered < MIN_ANSWERED_SHARE * applied) thin.push({ id: criterion.id, answered, applied });
      });
      const info: SourceInfo = source.info;
      return {
        kind: info.kind,
        label: info.label,
        rows: source.rows,
        ...(info.otherCriteria === undefined ? {} : { other_criteria: info.otherCriteria }),
        criteria_answered: answeredCriteria,
        criteria_applied: appliedCriteria,
        thin,
      };
    });
}

function buildReport(criteria: Criteria, counts: Counts, options: ReportOptions): CalibrationReport {
  const rows = counts.rows;
  if (rows === 0) throw new CalibrationError({ code: 'no-leads' });
  const costBadAccepted = options.costBadAccepted ?? DEFAULT_COST_BAD_ACCEPTED;
  if (!Number.isFinite(costBadAccepted) || costBadAccepted < 0) {
    throw new CalibrationError({ code: 'bad-cost', value: costBadAccepted });
  }
  const minEach = options.minOutcomesEach ?? MIN_OUTCOMES_EACH;
  const { thresholds } = criteria;
  const band: [number, number] = [criteria.targetAccept[0], criteria.targetAccept[1]];
  const v = counts.verdictCounts;
  const verdictOf = (verdict: Verdict): number => v[VERDICT_INDEX[verdict]]! + v[3 + VERDICT_INDEX[verdict]]! + v[6 + VERDICT_INDEX[verdict]]!;
  const verdicts = { accept: verdictOf('accept'), review: verdictOf('review'), reject: verdictOf('reject') };
  const acceptShare = verdicts.accept / rows;
  const interval = wilsonShare(verdicts.accept, rows);
  const bandVerdict: BandVerdict = acceptShare < band[0] ? 'too picky' : acceptShare > band[1] ? 'too lax' : 'balanced';
  const exact = wilsonShare(verdicts.accept, rows)!;
  // Inside the band it is sure when the whole interval is, or when the interval is so narrow that
  // more leads could not change the advice: a share right on an edge (40% with the band from 40%)
  // has an interval across that edge however many leads there are, and "too few leads" would never end.
  const bandSure =
    bandVerdict === 'too picky' ? exact[1] < band[0] : bandVerdict === 'too lax' ? exact[0] > band[1] : (exact[0] >= band[0] && exact[1] <= band[1]) || exact[1] - exact[0] <= PRECISE_SHARE_WIDTH;

  const good = v[3]! + v[4]! + v[5]!;
  const bad = v[6]! + v[7]! + v[8]!;
  const known = good + bad;
  const withOutcomes = known > 0;
  const sources = sourceReports(criteria, counts);

  const withheld: Withheld[] = [];
  for (const source of sources) {
    if (source.thin.length === 0) continue;
    withheld.push({
      code: 'thin-source',
      kind: source.kind,
      label: source.label,
      ...(source.other_criteria === undefined ? {} : { other_criteria: source.other_criteria }),
      criteria: source.thin.map((item) => item.id),
    });
  }
  const thin = withheld.length > 0;
  const enoughOutcomes = good >= minEach && bad >= minEach;
  if (withOutcomes && !enoughOutcomes) {
    withheld.push({ code: 'few-outcomes', good, bad, min_each: minEach, more_good: Math.max(0, minEach - good), more_bad: Math.max(0, minEach - bad) });
  }
  const byOutcomes = !thin && enoughOutcomes;

  const clean = suffixSums(counts.cleanByScore);
  const sweep: SweepPoint[] = sweepThresholds(thresholds.accept).map((threshold) => {
    const at = atLeast(threshold);
    const accepted = clean[NONE]![at]! + clean[GOOD]![at]! + clean[BAD]![at]!;
    if (!withOutcomes) return { accept: threshold, accepted, accept_share: share(accepted, rows) };
    const badAccepted = clean[BAD]![at]!;
    const goodTurnedAway = good - clean[GOOD]![at]!;
    return {
      accept: threshold,
      accepted,
      accept_share: share(accepted, rows),
      bad_accepted: badAccepted,
      good_turned_away: goodTurnedAway,
      cost: costBadAccepted * badAccepted + goodTurnedAway,
    };
  });
  const middle = (band[0] + band[1]) / 2;
  // By the band, a threshold moves only when the whole interval is outside the band (see the top).
  const bandMoves = bandVerdict !== 'balanced' && bandSure;
  const recommended = thin
    ? null
    : byOutcomes
      ? pick(sweep, (point) => point.cost!, thresholds.accept)
      : bandMoves
        ? pick(sweep, (point) => Math.abs(point.accepted / rows - middle), thresholds.accept)
        : thresholds.accept;

  const confusion: Confusion | undefined = withOutcomes
    ? {
        accepted_good: v[3]!,
        accepted_bad: v[6]!,
        turned_away_good: v[4]! + v[5]!,
        turned_away_bad: v[7]! + v[8]!,
      }
    : undefined;

  const criteriaReport: CriterionReport[] = criteria.criteria.map((criterion, index) => {
    const failedGood = counts.failedByOutcome[index * 3 + GOOD]!;
    const failedBad = counts.failedByOutcome[index * 3 + BAD]!;
    const soleFailed = counts.soleFailed[index * 3]! + counts.soleFailed[index * 3 + GOOD]! + counts.soleFailed[index * 3 + BAD]!;
    return {
      id: criterion.id,
      must: criterion.must,
      answered: counts.answered[index]! + counts.failed[index]!,
      failed: counts.failed[index]!,
      failed_share: share(counts.failed[index]!, rows),
      unknown: counts.unknown[index]!,
      unknown_share: share(counts.unknown[index]!, rows),
      not_applicable: counts.notApplicable[index]!,
      sole_blocker: counts.sole[index]!,
      sole_blocker_share: share(counts.sole[index]!, rows),
      sole_blocker_failed: soleFailed,
      ...(withOutcomes ? { sole_blocker_failed_good: counts.soleFailed[index * 3 + GOOD]!, sole_blocker_failed_bad: counts.soleFailed[index * 3 + BAD]! } : {}),
      accept_share_if_dropped: share(counts.acceptedIfDropped[index]!, rows),
      ...(withOutcomes
        ? {
            bad_when_failed: {
              failed_with_outcome: failedGood + failedBad,
              bad: failedBad,
              bad_share: failedGood + failedBad === 0 ? null : share(failedBad, failedGood + failedBad),
              interval: wilsonShare(failedBad, failedGood + failedBad),
            },
          }
        : {}),
    };
  });

  const histogram: HistogramBand[] = [];
  for (let from = 0; from < 100; from += HISTOGRAM_BAND) {
    const to = from + HISTOGRAM_BAND >= 100 ? 100 : from + HISTOGRAM_BAND - 1;
    let count = 0;
    let goodHere = 0;
    let badHere = 0;
    for (let score = from; score <= to; score++) {
      goodHere += counts.byScore[GOOD * SCORES + score]!;
      badHere += counts.byScore[BAD * SCORES + score]!;
      count += counts.byScore[score]! + counts.byScore[GOOD * SCORES + score]! + counts.byScore[BAD * SCORES + score]!;
    }
    histogram.push(withOutcomes ? { from, to, count, good: goodHere, bad: badHere } : { from, to, count });
  }

  const effects = withOutcomes ? effectsOf(criteria, counts) : undefined;
  const model = withOutcomes ? modelOf(criteria, counts, good, bad, minEach) : undefined;

  const report: Omit<CalibrationReport, 'advice'> = {
    rows,
    thresholds:
      thresholds.maxUnknown === undefined ? { accept: thresholds.accept, review: thresholds.review } : { accept: thresholds.accept, review: thresholds.review, max_unknown: thresholds.maxUnknown },
    verdicts,
    verdict_shares: { accept: share(verdicts.accept, rows), review: share(verdicts.review, rows), reject: share(verdicts.reject, rows) },
    accept_share: share(verdicts.accept, rows),
    accept_share_interval: interval,
    band,
    band_verdict: bandVerdict,
    band_verdict_sure: bandSure,
    recommended_accept: recommended,
    recommended_by: recommended === null ? null : byOutcomes ? 'outcomes' : 'band',
    ...recommendedShare(sweep, recommended, rows),
    withheld,
    cost_bad_accepted: costBadAccepted,
    outcomes_known: known,
    outcomes: { good, bad },
    ...(confusion === undefined ? {} : { confusion }),
    sources,
    criteria: criteriaReport,
    sweep,
    histogram,
    ...(effects === undefined ? {} : { effects }),
    ...(model === undefined ? {} : { model }),
  };
  return { ...report, advice: advise(report) };
}

function effectsOf(criteria: Criteria, counts: Counts): Effect[] {
  return criteria.criteria.map((criterion, index) => {
    const failedGood = counts.failedByOutcome[index * 3 + GOOD]!;
    const failedBad = counts.failedByOutcome[index * 3 + BAD]!;
    const passedGood = counts.passedByOutcome[index * 3 + GOOD]!;
    const passedBad = counts.passedByOutcome[index * 3 + BAD]!;
    const failedKnown = failedGood + failedBad;
    const passedKnown = passedGood + passedBad;
    const interval = newcombeDifference(failedBad, failedKnown, passedBad, passedKnown);
    return {
      id: criterion.id,
      must: criterion.must,
      failed_known: failedKnown,
      failed_bad: failedBad,
      passed_known: passedKnown,
      passed_bad: passedBad,
      bad_when_failed: failedKnown === 0 ? null : share(failedBad, failedKnown),
      bad_when_passed: passedKnown === 0 ? null : share(passedBad, passedKnown),
      difference: interval === null ? null : round4(failedBad / failedKnown - passedBad / passedKnown),
      interval: interval === null ? null : [round4(interval[0]), round4(interval[1])],
    };
  });
}

/** The suggested weights, or why not and how many more outcomes they need. */
function modelOf(criteria: Criteria, counts: Counts, good: number, bad: number, minEach: number): Model {
  const known = good + bad;
  const sides = criteria.criteria.map((criterion, index) => {
    let failed = 0;
    for (const pattern of counts.patterns ?? []) if (pattern.failed[index] === 1) failed += pattern.good + pattern.bad;
    return { id: criterion.id, index, failed_known: failed, passed_known: known - failed };
  });
  const inModel = sides.filter((side) => side.failed_known >= MIN_EACH_SIDE && side.passed_known >= MIN_EACH_SIDE);
  const leftOut = sides.filter((side) => !inModel.includes(side)).map(({ id, failed_known, passed_known }) => ({ id, failed_known, passed_known }));
  const need = Math.max(minEach, EVENTS_PER_CRITERION * Math.max(1, inModel.length));
  const withheld = (code: 'few-outcomes' | 'few-events' | 'no-criteria' | 'too-many-patterns'): Model => ({
    status: 'withheld',
    code,
    good,
    bad,
    need_good: need,
    need_bad: need,
    min_each: minEach,
    per_criterion: EVENTS_PER_CRITERION,
    in_model: inModel.length,
    more_good: Math.max(0, need - good),
    more_bad: Math.max(0, need - bad),
    left_out: leftOut,
    min_each_side: MIN_EACH_SIDE,
  });
  if (counts.patterns === null) return withheld('too-many-patterns');
  if (good < minEach || bad < minEach) return withheld('few-outcomes');
  if (inModel.length === 0) return withheld('no-criteria');
  if (good < need || bad < need) return withheld('few-events');
  // The patterns over the model's criteria only.
  const merged = new Map<string, { x: number[]; good: number; bad: number }>();
  for (const pattern of counts.patterns) {
    const x = inModel.map((side) => pattern.failed[side.index]!);
    const key = x.join('');
    const entry = merged.get(key) ?? { x, good: 0, bad: 0 };
    entry.good += pattern.good;
    entry.bad += pattern.bad;
    merged.set(key, entry);
  }
  const fit = bootstrapLogistic([...merged.values()], inModel.length);
  const measurable = (j: number): boolean => fit.intervals[j]![0] > 0 || fit.intervals[j]![1] < 0;
  const ordinary = (j: number): boolean => !criteria.criteria[inModel[j]!.index]!.must;
  const points = (j: number): number => criteria.criteria[inModel[j]!.index]!.maxPoints;
  // Only criteria with a measurable weight are re-weighted: their points are shared by their
  // positive weights (a negative one gets 0); the others keep theirs, so the total stays.
  const moving = inModel.map((_, j) => j).filter((j) => ordinary(j) && measurable(j));
  const pool = moving.reduce((sum, j) => sum + points(j), 0);
  const positive = moving.reduce((sum, j) => sum + Math.max(0, fit.weights[j]!), 0);
  const total = inModel.reduce((sum, _, j) => sum + (ordinary(j) ? points(j) : 0), 0);
  return {
    status: 'fitted',
    known,
    weights: inModel.map((side, j) => {
      const criterion = criteria.criteria[side.index]!;
      const [low, high] = fit.intervals[j]!;
      const suggested = !ordinary(j) ? null : positive > 0 && moving.includes(j) ? Math.round((pool * Math.max(0, fit.weights[j]!)) / positive) : criterion.maxPoints;
      return {
        id: criterion.id,
        must: criterion.must,
        weight: round4(fit.weights[j]!),
        interval: [round4(low), round4(high)],
        measurable: measurable(j),
        points: criterion.maxPoints,
        suggested_points: suggested,
      };
    }),
    left_out: leftOut,
    points_total: total,
    min_each_side: MIN_EACH_SIDE,
  };
}

function recommendedShare(sweep: readonly SweepPoint[], recommended: number | null, rows: number): Pick<CalibrationReport, 'recommended_accept_share' | 'recommended_accept_share_interval'> {
  const point = recommended === null ? undefined : sweep.find((item) => item.accept === recommended);
  return point === undefined
    ? { recommended_accept_share: null, recommended_accept_share_interval: null }
    : { recommended_accept_share: point.accept_share, recommended_accept_share_interval: wilsonShare(point.accepted, rows) };
}

function thresholdAdvice(report: Omit<CalibrationReport, 'advice'>): Advice | undefined {
  const { thresholds, recommended_accept: target } = report;
  if (target === null || target === thresholds.accept) return undefined;
  const now = report.sweep.find((point) => point.accept === thresholds.accept)!;
  const then = report.sweep.find((point) => point.accept === target)!;
  const head = {
    code: 'threshold' as const,
    from: thresholds.accept,
    to: target,
    review_from: thresholds.review,
    ...(target < thresholds.review ? { review_to: target } : {}),
  };
  if (report.recommended_by === 'outcomes') {
    return { ...head, by: 'outcomes', bad_delta: then.bad_accepted! - now.bad_accepted!, good_delta: then.good_turned_away! - now.good_turned_away! };
  }
  const [low, high] = report.band;
  const shareThen = then.accepted / report.rows;
  return {
    ...head,
    by: 'band',
    share_from: report.accept_share,
    share_to: share(then.accepted, report.rows),
    share_to_interval: wilsonShare(then.accepted, report.rows),
    into_band: shareThen >= low && shareThen <= high,
  };
}

/**
 * What outcomes say about the leads failing a must-have: the bad share among those of them with
 * a known outcome, against the rest with a known outcome, and the 95% interval of the difference
 * (Newcombe's hybrid score interval for two independent shares). Undefined when either group has
 * no outcome at all.
 */
function mustEvidence(criterion: CriterionReport, outcomes: CalibrationReport['outcomes']): MustEvidence | undefined {
  const figures = criterion.bad_when_failed;
  if (figures === undefined) return undefined;
  const failedKnown = figures.failed_with_outcome;
  const restKnown = outcomes.good + outcomes.bad - failedKnown;
  const restBad = outcomes.bad - figures.bad;
  if (failedKnown === 0 || restKnown === 0) return undefined;
  const interval = newcombeDifference(figures.bad, failedKnown, restBad, restKnown)!;
  return {
    failed_known: failedKnown,
    failed_bad: figures.bad,
    rest_known: restKnown,
    rest_bad: restBad,
    difference: round4(figures.bad / failedKnown - restBad / restKnown),
    interval: [round4(interval[0]), round4(interval[1])],
    margin: MUST_MARGIN,
  };
}

/** At most three concrete pieces of advice, most useful first, each only when the data supports it. */
function advise(report: Omit<CalibrationReport, 'advice'>): Advice[] {
  const { rows, outcomes } = report;

  // A must-have is the user's minimum requirement: how many leads it keeps out is a fact, not a
  // reason to drop it. Dropping (or softening) it is advised only on outcome evidence.
  const heavy = report.criteria
    .filter((criterion) => criterion.answered > 0 && criterion.must && criterion.sole_blocker_failed / rows >= SOLE_BLOCKER_SUGGEST_SHARE)
    .sort((a, b) => b.sole_blocker_failed - a.sole_blocker_failed);
  const musts: Advice[] = [];
  const facts: Advice[] = [];
  for (const criterion of heavy) {
    const evidence = mustEvidence(criterion, outcomes);
    if (evidence !== undefined && evidence.interval[1] <= MUST_MARGIN) musts.push({ code: 'drop-must', id: criterion.id, share: share(criterion.sole_blocker_failed, rows), ...evidence });
    else facts.push({ code: 'must-keeps-out', id: criterion.id, share: share(criterion.sole_blocker_failed, rows), failed_known: evidence?.failed_known ?? 0, margin: MUST_MARGIN });
  }

  const noise: Advice[] = report.criteria
    .filter((criterion) => criterion.failed === 0 && criterion.answered >= NEVER_FAILS_MIN_ROWS)
    .map((criterion) => ({ code: 'never-fails', id: criterion.id, answered: criterion.answered }));

  const threshold = thresholdAdvice(report);
  const ordered = [musts[0], threshold, ...musts.slice(1), ...noise].filter((item): item is Advice => item !== undefined);
  // Why the threshold stays: inside the band, or (by the band) too few leads to move it. By
  // outcomes a share outside the band is the price of the lowest cost: nothing to add.
  const stays = report.band_verdict === 'balanced' || (!report.band_verdict_sure && report.recommended_by === 'band');
  if (ordered.length === 0 && stays && report.withheld.every((item) => item.code !== 'thin-source')) {
    const [low, high] = report.band;
    const verdict: Advice = report.band_verdict_sure
      ? { code: 'keep', share: report.accept_share, interval: report.accept_share_interval, band: [low, high] }
      : { code: 'too-few-leads', share: report.accept_share, interval: report.accept_share_interval, band: [low, high], band_verdict: report.band_verdict, rows };
    return [verdict, ...facts].slice(0, 3);
  }
  return [...ordered, ...facts].slice(0, 3);
}
