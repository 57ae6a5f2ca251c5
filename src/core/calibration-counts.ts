/**
 * What the calibrator counts and the report reads: the layout of its counts, shared by
 * calibrator.ts (which fills them) and calibration-report.ts (which reads them), so neither
 * imports the other's module back.
 */
import type { Criteria } from './criteria.js';
import type { Verdict } from './score.js';

export const SCORES = 101;
/** outcome slots: 0 unknown, 1 good, 2 bad */
export const NONE = 0;
export const GOOD = 1;
export const BAD = 2;
export const VERDICT_INDEX: Record<Verdict, number> = { accept: 0, review: 1, reject: 2 };

/** Where rows came from: a lead file or the journal. */
export interface SourceInfo {
  readonly kind: 'leads' | 'journal';
  /** the file, as the command shows it */
  readonly label: string;
  /** journal decisions saved under a different criteria file (another sha256) */
  readonly otherCriteria?: number;
}

/** Per-source counts: how many rows each criterion applied to and how many answered it. */
export interface SourceCounts {
  readonly info: SourceInfo;
  rows: number;
  readonly applied: Float64Array;
  /** pass or fail: a readable answer */
  readonly answered: Float64Array;
}

export interface Counts {
  readonly rows: number;
  readonly byScore: Float64Array;
  readonly cleanByScore: Float64Array;
  readonly verdictCounts: Float64Array;
  readonly failed: Float64Array;
  readonly unknown: Float64Array;
  readonly answered: Float64Array;
  readonly notApplicable: Float64Array;
  readonly sole: Float64Array;
  readonly soleFailed: Float64Array;
  readonly acceptedIfDropped: Float64Array;
  readonly failedByOutcome: Float64Array;
  /** [criterion * 3 + outcome]: leads that passed it (a readable pass), by outcome */
  readonly passedByOutcome: Float64Array;
  /** leads with an outcome by the criteria they failed; null past MAX_PATTERNS combinations */
  readonly patterns: readonly OutcomePattern[] | null;
  readonly sources: readonly SourceCounts[];
}

/** Distinct combinations of failed criteria kept for the model; beyond, no model (memory stays bounded). */
export const MAX_PATTERNS = 4096;

/** Leads with a known outcome that failed exactly these criteria (1 = failed, in the list's order). */
export interface OutcomePattern {
  readonly failed: readonly number[];
  good: number;
  bad: number;
}

/** What a report is built from: the criteria and the counts made under them (a Calibrator). */
export interface Counted {
  readonly criteria: Criteria;
  counts(): Counts;
}
