/** Calibrate's calibrators, each fed through a scorer of its own (leads.ts and the journal in run.ts use them). */
import type { Calibrator, ClientOutcome } from '../../../core/calibrate.js';
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
