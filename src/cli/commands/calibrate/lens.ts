/** Calibrate's calibrators, each fed through a scorer of its own (leads.ts and journal.ts use them). */
import { applyWhatIf, Calibrator, type ClientOutcome, WhatIfError } from '../../../core/calibrate.js';
import type { Criteria } from '../../../core/criteria.js';
import { createScorer, type Scorer } from '../../../core/score.js';

/**
 * One calibrator fed from one source: values come in the file's criteria order and are
 * scored under the calibrator's own criteria (fewer of them after --drop).
 */
export interface Lens {
  readonly calibrator: Calibrator;
  readonly scorer: Scorer;
  /** for each of the calibrator's criteria, its index in the file's; undefined when the same */
  readonly from: readonly number[] | undefined;
}

export function lens(file: Criteria, calibrator: Calibrator, options: { decimalComma?: boolean; missing?: ReadonlySet<string> }): Lens {
  const own = calibrator.criteria.criteria;
  const from = own.map((criterion) => file.criteria.findIndex((candidate) => candidate.id === criterion.id));
  const same = from.length === file.criteria.length && from.every((index, position) => index === position);
  return { calibrator, scorer: createScorer(calibrator.criteria, options), from: same ? undefined : from };
}

export function add(target: Lens, values: readonly unknown[], outcome: ClientOutcome | undefined): void {
  const own = target.from === undefined ? values : target.from.map((index) => values[index]);
  target.calibrator.add(target.scorer.scoreValues(own), outcome);
}

/**
 * --allow-missing: a calibrator for the list without the criteria whose column is missing, so
 * that the withheld threshold advice can be shown as it would be with --drop. None when nothing
 * is missing or the list cannot lose them (all of it, or a `when` parent of a kept criterion).
 */
export function withoutMissing(criteria: Criteria, missing: readonly string[]): { drop: string[]; calibrator: Calibrator } | undefined {
  const drop = missing.filter((id) => criteria.criteria.some((criterion) => criterion.id === id));
  if (drop.length === 0) return undefined;
  try {
    return { drop, calibrator: new Calibrator(applyWhatIf(criteria, { drop })) };
  } catch (error) {
    if (error instanceof WhatIfError) return undefined;
    throw error;
  }
}
