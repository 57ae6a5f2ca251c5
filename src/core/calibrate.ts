/**
 * Calibration maths for `clientfit calibrate`: is the criteria list too picky, too lax or
 * balanced on real leads, and what would change if the thresholds or the list changed?
 *
 * One pass, memory independent of the number of rows: the Calibrator keeps per-score counts
 * (split by outcome and by whether the lead is "must-clean": no must-have failed, unknown or
 * invalid) and per-criterion counters, never the rows. Everything in the report is derived
 * from those counts. Pure: no process, console or file system.
 *
 * Counterfactuals (sole blockers, "if dropped") are re-derived arithmetically from each row's
 * per-criterion results with the same rounding as score.ts (`percent`, `decide`).
 * Simplification: criteria that depend on another through `when` are taken as they were in
 * the row (applicable or n/a); `when` is not re-evaluated for the counterfactual. Making a
 * parent pass or disappear could make a dependant apply or stop applying, but its answer is
 * then unknown to us anyway (an n/a criterion was never asked), so there is no exact answer.
 */
import { readYesNo, normalizeWord, isUnknownWord } from './answers.js';
import type { Criteria, Criterion } from './criteria.js';
import { decide, percent, type Result, type Verdict } from './score.js';
import { didYouMean } from './suggest.js';
import { DataError, UserError } from '../errors.js';

export type Outcome = 'good' | 'bad';
export type BandVerdict = 'too picky' | 'too lax' | 'balanced';

/** A what-if option named a criterion that does not exist, or asked for something impossible. */
export class WhatIfError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'WhatIfError';
  }
}

/** Threshold steps of the sweep: 0, 5, … 100 (plus the file's own accept threshold). */
export const SWEEP_STEP = 5;
/** Width of a histogram band in score points: 0-4, 5-9, … 95-100. */
export const HISTOGRAM_BAND = 5;
/** Default weight of one bad client let in, in good clients turned away. */
export const DEFAULT_COST_BAD_ACCEPTED = 3;
/** Outcomes decide the recommended threshold once at least this many good and this many bad are known. */
export const MIN_OUTCOMES_EACH = 1;
/** A must-have that alone rejects at least this share of leads is worth questioning. */
export const SOLE_BLOCKER_SUGGEST_SHARE = 0.15;
/** A criterion that never failed in at least this many answered leads is noise. */
export const NEVER_FAILS_MIN_ROWS = 20;

export interface WhatIf {
  readonly thresholds?: { readonly accept?: number; readonly review?: number };
  /** criteria to leave out, as if deleted from the file */
  readonly drop?: readonly string[];
  /** must-haves to treat as ordinary criteria */
  readonly optional?: readonly string[];
}

function checkIds(criteria: Criteria, ids: readonly string[], option: string): void {
  const known = criteria.criteria.map((criterion) => criterion.id);
  for (const id of ids) {
    if (!known.includes(id)) {
      throw new WhatIfError(`${option} ${id}: there is no criterion "${id}"${didYouMean(id, known)}`);
    }
  }
}

function checkThreshold(name: string, value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new WhatIfError(`--threshold ${name}=${String(value)}: a threshold is a score from 0 to 100`);
  }
}

/**
 * The criteria as the file says, modified by what-if options; returns a new Criteria and
 * never touches the input. Dropping a criterion that others depend on (`when`) is an error
 * unless they are dropped too: they would silently never apply.
 */
export function applyWhatIf(criteria: Criteria, whatIf: WhatIf): Criteria {
  const drop = new Set(whatIf.drop ?? []);
  const optional = new Set(whatIf.optional ?? []);
  checkIds(criteria, [...drop], '--drop');
  checkIds(criteria, [...optional], '--optional');
  for (const id of optional) {
    const criterion = criteria.criteria.find((candidate) => candidate.id === id)!;
    if (!criterion.must) throw new WhatIfError(`--optional ${id}: "${id}" is not a must-have`);
  }
  checkThreshold('accept', whatIf.thresholds?.accept);
  checkThreshold('review', whatIf.thresholds?.review);
  const kept = criteria.criteria.filter((criterion) => !drop.has(criterion.id));
  if (kept.length === 0) throw new WhatIfError('--drop: dropping every criterion leaves nothing to score by');
  for (const criterion of kept) {
    const parents = Object.keys(criterion.when ?? {}).filter((id) => drop.has(id));
    if (parents.length > 0) {
      throw new WhatIfError(
        `--drop ${parents[0]}: "${criterion.id}" applies only depending on "${parents[0]}"; drop it too (--drop ${criterion.id})`,
      );
    }
  }
  return {
    ...criteria,
    thresholds: {
      accept: whatIf.thresholds?.accept ?? criteria.thresholds.accept,
      review: whatIf.thresholds?.review ?? criteria.thresholds.review,
    },
    criteria: kept.map((criterion): Criterion => (optional.has(criterion.id) ? { ...criterion, must: false } : criterion)),
  };
}

/** `accept=75,review=40` (either may be left out) as given to --threshold. */
export function parseThresholds(text: string): { accept?: number; review?: number } {
  const out: { accept?: number; review?: number } = {};
  for (const part of text.split(',')) {
    const match = /^\s*(accept|review)\s*=\s*(\d+(?:\.\d+)?)\s*$/u.exec(part);
    if (match === null) {
      throw new WhatIfError(`--threshold ${text}: expected accept=N,review=M (got "${part.trim()}")`);
    }
    const value = Number(match[2]);
    checkThreshold(match[1]!, value);
    out[match[1] as 'accept' | 'review'] = value;
  }
  return out;
}

/**
 * Outcome words in the answer reader's eight languages (English, Russian, Bulgarian, Greek,
 * Bosnian/Croatian/Serbian in Latin and Cyrillic, German, French, Spanish), compared after
 * normalizeWord (lower case, trimmed). Yes/no words count too (yes = good), see readOutcome.
 */
const GOOD_WORDS = new Set([
  'good', 'ok', 'okay', 'fine', 'great',
  'хорошо', 'хороший', 'хорошая', 'хорошее', 'отлично',
  'добре', 'добър', 'добра', 'добро', 'отличен',
  'καλός', 'καλή', 'καλό', 'καλά', 'καλος', 'καλη', 'καλο', 'καλα',
  'dobar', 'dobra', 'dobro', 'добар',
  'gut', 'bon', 'bonne', 'bien', 'bueno', 'buena',
]);
const BAD_WORDS = new Set([
  'bad', 'poor', 'terrible',
  'плохо', 'плохой', 'плохая', 'плохое', 'ужасно',
  'лошо', 'лош', 'лоша',
  'κακός', 'κακή', 'κακό', 'κακά', 'κακος', 'κακη', 'κακο', 'κακα',
  'loš', 'loša', 'loše', 'лоше',
  'schlecht', 'mauvais', 'mauvaise', 'malo', 'mala', 'mal',
]);

/**
 * How a client turned out, from an outcome column or a journal: good/bad, or any yes/no word
 * the answer reader knows (yes = good). Empty and the unknown words mean not known.
 */
export function readOutcome(raw: unknown): { kind: 'outcome'; value: Outcome } | { kind: 'unknown' } | { kind: 'invalid'; message: string } {
  if (raw === null || raw === undefined || isUnknownWord(raw)) return { kind: 'unknown' };
  if (typeof raw === 'string') {
    const word = normalizeWord(raw);
    if (GOOD_WORDS.has(word)) return { kind: 'outcome', value: 'good' };
    if (BAD_WORDS.has(word)) return { kind: 'outcome', value: 'bad' };
  }
  const answer = readYesNo(raw);
  if (answer.kind === 'yes-no') return { kind: 'outcome', value: answer.value ? 'good' : 'bad' };
  return { kind: 'invalid', message: `expected good or bad (got "${String(raw).trim()}")` };
}

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
  /** how often failing it went with a bad outcome (when outcomes are known) */
  readonly bad_when_failed?: { readonly failed_with_outcome: number; readonly bad: number; readonly bad_share: number | null };
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

export interface CalibrationReport {
  readonly rows: number;
  readonly thresholds: { readonly accept: number; readonly review: number };
  readonly verdicts: Readonly<Record<Verdict, number>>;
  readonly verdict_shares: Readonly<Record<Verdict, number>>;
  readonly accept_share: number;
  readonly band: readonly [number, number];
  readonly band_verdict: BandVerdict;
  readonly recommended_accept: number;
  readonly recommended_by: 'band' | 'outcomes';
  readonly cost_bad_accepted: number;
  /** rows with a known outcome, and how many were good and bad */
  readonly outcomes_known: number;
  readonly outcomes: { readonly good: number; readonly bad: number };
  /** at the file's thresholds, when any outcome is known */
  readonly confusion?: Confusion;
  readonly criteria: readonly CriterionReport[];
  readonly sweep: readonly SweepPoint[];
  readonly histogram: readonly HistogramBand[];
  readonly suggestions: readonly string[];
}

export interface ReportOptions {
  /** how many good clients turned away one bad client let in is worth (default 3) */
  readonly costBadAccepted?: number;
}

const SCORES = 101;
/** outcome slots: 0 unknown, 1 good, 2 bad */
const NONE = 0;
const GOOD = 1;
const BAD = 2;
const VERDICT_INDEX: Record<Verdict, number> = { accept: 0, review: 1, reject: 2 };

/** Shares in the JSON: four decimals are plenty and keep golden files readable. */
function share(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.round((part / whole) * 1e4) / 1e4;
}

/** Whole percent, as suggestions say it. */
function pct(part: number, whole: number): string {
  return `${whole <= 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}


/** One-pass accumulator: O(criteria + 101) memory, not O(rows). */
export class Calibrator {
  readonly criteria: Criteria;
  private readonly best: Float64Array;
  private readonly isChoice: boolean[];
  private rowCount = 0;
  /** [outcome * SCORES + score]: all rows, and must-clean rows (no must-have failed or open) */
  private readonly byScore = new Float64Array(3 * SCORES);
  private readonly cleanByScore = new Float64Array(3 * SCORES);
  /** [outcome * 3 + verdict] */
  private readonly verdictCounts = new Float64Array(9);
  private readonly failed: Float64Array;
  private readonly unknown: Float64Array;
  private readonly notApplicable: Float64Array;
  private readonly sole: Float64Array;
  /** [criterion * 3 + outcome] */
  private readonly soleFailed: Float64Array;
  private readonly acceptedIfDropped: Float64Array;
  /** [criterion * 3 + outcome] */
  private readonly failedByOutcome: Float64Array;

  constructor(criteria: Criteria) {
    this.criteria = criteria;
    const n = criteria.criteria.length;
    this.best = Float64Array.from(criteria.criteria, (criterion) => criterion.maxPoints);
    this.isChoice = criteria.criteria.map((criterion) => criterion.type === 'choice');
    this.failed = new Float64Array(n);
    this.unknown = new Float64Array(n);
    this.notApplicable = new Float64Array(n);
    this.sole = new Float64Array(n);
    this.soleFailed = new Float64Array(3 * n);
    this.acceptedIfDropped = new Float64Array(n);
    this.failedByOutcome = new Float64Array(3 * n);
  }

  get rows(): number {
    return this.rowCount;
  }

  /**
   * Adds one scored lead (a Result from createScorer(criteria) for these same criteria) and
   * its outcome if known. The verdict is re-derived with this Calibrator's thresholds.
   */
  add(result: Result, outcome?: Outcome): void {
    const results = result.results;
    const n = this.failed.length;
    if (results.length !== n) {
      throw new Error(`calibrate: a result with ${results.length} criteria for a list of ${n}: score with the same criteria`);
    }
    const { accept } = this.criteria.thresholds;
    let earned = 0;
    let total = 0;
    let open = 0;
    let applicable = 0;
    let mustFailed = 0;
    let mustOpen = 0;
    for (let index = 0; index < n; index++) {
      const item = results[index]!;
      switch (item.status) {
        case 'n/a':
          this.notApplicable[index]!++;
          continue;
        case 'fail':
          this.failed[index]!++;
          if (item.must) mustFailed++;
          break;
        case 'unknown':
        case 'invalid':
          this.unknown[index]!++;
          open += item.max;
          if (item.must) mustOpen++;
          break;
        default:
          break;
      }
      applicable++;
      earned += item.points;
      total += item.max;
    }
    const score = applicable === 0 ? 0 : percent(earned, total);
    const potential = applicable === 0 ? 0 : percent(earned + open, total);
    // As score.ts: a lead none of whose criteria apply is sent to review.
    const verdict = applicable === 0 ? 'review' : decide(this.criteria.thresholds, score, potential, mustFailed > 0, mustOpen > 0);
    const clean = applicable > 0 && mustFailed === 0 && mustOpen === 0;
    const slot = outcome === 'good' ? GOOD : outcome === 'bad' ? BAD : NONE;
    this.rowCount++;
    this.byScore[slot * SCORES + score]!++;
    if (clean) this.cleanByScore[slot * SCORES + score]!++;
    this.verdictCounts[slot * 3 + VERDICT_INDEX[verdict]]!++;
    const accepted = verdict === 'accept';

    for (let index = 0; index < n; index++) {
      const item = results[index]!;
      if (item.status === 'n/a') {
        if (accepted) this.acceptedIfDropped[index]!++;
        continue;
      }
      const fails = item.status === 'fail';
      const isOpen = item.status === 'unknown' || item.status === 'invalid';
      if (fails && slot !== NONE) this.failedByOutcome[index * 3 + slot]!++;
      const otherMustFailed = mustFailed - (item.must && fails ? 1 : 0) > 0;
      const otherMustOpen = mustOpen - (item.must && isOpen ? 1 : 0) > 0;
      const othersClean = !otherMustFailed && !otherMustOpen;
      // Sole blocker: had this one passed at full points, everything else as is.
      if (!accepted && othersClean) {
        const full = this.isChoice[index] ? this.best[index]! : item.max;
        if (percent(earned - item.points + full, total) >= accept) {
          this.sole[index]!++;
          if (fails) this.soleFailed[index * 3 + slot]!++;
        }
      }
      // Dropped: out of numerator and denominator; a must-have's fail or unknown no longer counts.
      if (othersClean && applicable > 1 && percent(earned - item.points, total - item.max) >= accept) {
        this.acceptedIfDropped[index]!++;
      }
    }
  }

  report(options: ReportOptions = {}): CalibrationReport {
    return buildReport(this.criteria, this.snapshot(), options);
  }

  private snapshot(): Counts {
    return {
      rows: this.rowCount,
      byScore: this.byScore,
      cleanByScore: this.cleanByScore,
      verdictCounts: this.verdictCounts,
      failed: this.failed,
      unknown: this.unknown,
      notApplicable: this.notApplicable,
      sole: this.sole,
      soleFailed: this.soleFailed,
      acceptedIfDropped: this.acceptedIfDropped,
      failedByOutcome: this.failedByOutcome,
    };
  }
}

interface Counts {
  readonly rows: number;
  readonly byScore: Float64Array;
  readonly cleanByScore: Float64Array;
  readonly verdictCounts: Float64Array;
  readonly failed: Float64Array;
  readonly unknown: Float64Array;
  readonly notApplicable: Float64Array;
  readonly sole: Float64Array;
  readonly soleFailed: Float64Array;
  readonly acceptedIfDropped: Float64Array;
  readonly failedByOutcome: Float64Array;
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

function buildReport(criteria: Criteria, counts: Counts, options: ReportOptions): CalibrationReport {
  const rows = counts.rows;
  if (rows === 0) throw new DataError('nothing to calibrate on: no leads were read');
  const costBadAccepted = options.costBadAccepted ?? DEFAULT_COST_BAD_ACCEPTED;
  if (!Number.isFinite(costBadAccepted) || costBadAccepted < 0) {
    throw new UserError(`--cost-bad-accepted ${String(costBadAccepted)}: expected a number of 0 or more`);
  }
  const { thresholds } = criteria;
  const band: [number, number] = [criteria.targetAccept[0], criteria.targetAccept[1]];
  const v = counts.verdictCounts;
  const verdictOf = (verdict: Verdict): number => v[VERDICT_INDEX[verdict]]! + v[3 + VERDICT_INDEX[verdict]]! + v[6 + VERDICT_INDEX[verdict]]!;
  const verdicts = { accept: verdictOf('accept'), review: verdictOf('review'), reject: verdictOf('reject') };
  const acceptShare = verdicts.accept / rows;
  const bandVerdict: BandVerdict = acceptShare < band[0] ? 'too picky' : acceptShare > band[1] ? 'too lax' : 'balanced';

  const good = v[3]! + v[4]! + v[5]!;
  const bad = v[6]! + v[7]! + v[8]!;
  const known = good + bad;
  const withOutcomes = known > 0;
  const byOutcomes = good >= MIN_OUTCOMES_EACH && bad >= MIN_OUTCOMES_EACH;

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
  const recommended = byOutcomes
    ? pick(sweep, (point) => point.cost!, thresholds.accept)
    : pick(sweep, (point) => Math.abs(point.accepted / rows - middle), thresholds.accept);

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
      failed: counts.failed[index]!,
      failed_share: share(counts.failed[index]!, rows),
      unknown: counts.unknown[index]!,
      unknown_share: share(counts.unknown[index]!, rows),
      not_applicable: counts.notApplicable[index]!,
      sole_blocker: counts.sole[index]!,
      sole_blocker_share: share(counts.sole[index]!, rows),
      sole_blocker_failed: soleFailed,
      ...(withOutcomes
        ? { sole_blocker_failed_good: counts.soleFailed[index * 3 + GOOD]!, sole_blocker_failed_bad: counts.soleFailed[index * 3 + BAD]! }
        : {}),
      accept_share_if_dropped: share(counts.acceptedIfDropped[index]!, rows),
      ...(withOutcomes
        ? {
          bad_when_failed: {
            failed_with_outcome: failedGood + failedBad,
            bad: failedBad,
            bad_share: failedGood + failedBad === 0 ? null : share(failedBad, failedGood + failedBad),
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

  const report: Omit<CalibrationReport, 'suggestions'> = {
    rows,
    thresholds: { accept: thresholds.accept, review: thresholds.review },
    verdicts,
    verdict_shares: { accept: share(verdicts.accept, rows), review: share(verdicts.review, rows), reject: share(verdicts.reject, rows) },
    accept_share: share(verdicts.accept, rows),
    band,
    band_verdict: bandVerdict,
    recommended_accept: recommended,
    recommended_by: byOutcomes ? 'outcomes' : 'band',
    cost_bad_accepted: costBadAccepted,
    outcomes_known: known,
    outcomes: { good, bad },
    ...(confusion === undefined ? {} : { confusion }),
    criteria: criteriaReport,
    sweep,
    histogram,
  };
  return { ...report, suggestions: suggest(report, acceptShare) };
}

/** `3 fewer bad clients let in`, `1 more good one turned away`. */
function change(delta: number, kind: 'bad' | 'good', noun: 'clients' | 'ones', what: string): string {
  const count = Math.abs(delta);
  const word = noun === 'clients' ? plural(count, 'client', 'clients') : plural(count, 'one', 'ones');
  if (count === 0) return `no more ${kind} ones ${what}`;
  return `${count} ${delta < 0 ? 'fewer' : 'more'} ${kind} ${word} ${what}`;
}

function thresholdSuggestion(report: Omit<CalibrationReport, 'suggestions'>, acceptShare: number): string | undefined {
  const { thresholds, recommended_accept: target } = report;
  if (target === thresholds.accept) return undefined;
  const direction = target > thresholds.accept ? 'raise' : 'lower';
  const review = target < thresholds.review ? ` and review from ${thresholds.review} to ${target}` : '';
  const head = `${direction} accept from ${thresholds.accept} to ${target}${review}`;
  const now = report.sweep.find((point) => point.accept === thresholds.accept)!;
  const then = report.sweep.find((point) => point.accept === target)!;
  if (report.recommended_by === 'outcomes') {
    const badDelta = then.bad_accepted! - now.bad_accepted!;
    const goodDelta = then.good_turned_away! - now.good_turned_away!;
    const parts = direction === 'raise'
      ? [change(badDelta, 'bad', 'clients', 'let in'), change(goodDelta, 'good', 'ones', 'turned away')]
      : [change(goodDelta, 'good', 'clients', 'turned away'), change(badDelta, 'bad', 'ones', 'let in')];
    return `${head}: ${parts.join(', ')}`;
  }
  if (report.band_verdict === 'balanced') return undefined;
  const [low, high] = report.band;
  const into = then.accepted / report.rows >= low && then.accepted / report.rows <= high ? 'into the band' : 'closer to the band';
  return `${head}: acceptance from ${pct(acceptShare, 1)} to ${pct(then.accepted, report.rows)}, ${into}`;
}

/** At most three concrete suggestions, most useful first, each only when the data supports it. */
function suggest(report: Omit<CalibrationReport, 'suggestions'>, acceptShare: number): string[] {
  const { rows, outcomes } = report;
  const overallBad = report.outcomes_known === 0 ? 0 : outcomes.bad / report.outcomes_known;

  const musts = report.criteria
    .filter((criterion) => criterion.must && criterion.sole_blocker_failed / rows >= SOLE_BLOCKER_SUGGEST_SHARE)
    .filter((criterion) => {
      // With outcomes, a must-have whose rejects turned out bad more often than leads overall is doing its job.
      const knownHere = (criterion.sole_blocker_failed_good ?? 0) + (criterion.sole_blocker_failed_bad ?? 0);
      return knownHere === 0 || (criterion.sole_blocker_failed_bad ?? 0) / knownHere <= overallBad;
    })
    .sort((a, b) => b.sole_blocker_failed - a.sole_blocker_failed)
    .map((criterion) => {
      const head = `drop "${criterion.id}" as a must-have: it alone rejects ${pct(criterion.sole_blocker_failed, rows)} of leads`;
      const knownHere = (criterion.sole_blocker_failed_good ?? 0) + (criterion.sole_blocker_failed_bad ?? 0);
      if (knownHere === 0) return head;
      const badHere = criterion.sole_blocker_failed_bad ?? 0;
      return badHere === 0
        ? `${head} and none of them turned out bad`
        : `${head} and only ${badHere} of the ${knownHere} with a known outcome turned out bad`;
    });

  const noise = report.criteria
    .map((criterion) => ({ criterion, answered: rows - criterion.unknown - criterion.not_applicable }))
    .filter(({ criterion, answered }) => criterion.failed === 0 && answered >= NEVER_FAILS_MIN_ROWS)
    .map(({ criterion, answered }) => `drop or rethink "${criterion.id}": it never failed in ${answered} answered leads, so it decides nothing`);

  const threshold = thresholdSuggestion(report, acceptShare);
  const ordered = [musts[0], threshold, ...musts.slice(1), ...noise].filter((line): line is string => line !== undefined);
  if (ordered.length === 0 && report.band_verdict === 'balanced') {
    const [low, high] = report.band;
    return [`keep the list as it is: ${pct(acceptShare, 1)} of leads accepted, inside the target of ${pct(low, 1)} to ${pct(high, 1)}`];
  }
  return ordered.slice(0, 3);
}
