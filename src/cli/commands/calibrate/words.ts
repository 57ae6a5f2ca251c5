/** The words of `calibrate`'s what-if and calibration problems, with the flags that caused them. */
import { CalibrationError } from '../../../core/calibrate.js';
import { WhatIfError, type WhatIfProblem } from '../../../core/what-if.js';
import { DataError, UserError } from '../../../errors.js';
import type { AllWords, Voice } from '../../../i18n/index.js';
import { describeProblem } from '../../../render/problems.js';

export function whatIfMessage(t: AllWords, problem: WhatIfProblem): string {
  const w = t.calibrate.whatIf;
  switch (problem.code) {
    case 'unknown-id':
      return w.unknownId({ option: problem.option, id: problem.id, suggestion: problem.suggestion === undefined ? '' : t.common.didYouMean({ word: problem.suggestion }) });
    case 'not-a-must':
      return w.notAMust({ id: problem.id });
    case 'threshold-range':
      return w.thresholdRange({ name: problem.name, value: String(problem.value) });
    case 'threshold-syntax':
      return w.thresholdSyntax({ text: problem.text, part: problem.part });
    case 'threshold-repeated':
      return w.thresholdRepeated({ text: problem.text, name: problem.name });
    case 'drop-all':
      return w.dropAll;
    case 'drop-parent':
      return w.dropParent({ parent: problem.parent, child: problem.child });
  }
}

/** Runs `work`, turning a what-if problem into a usage error in words. */
export function worded<T>(words: AllWords, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WhatIfError) throw new UserError(whatIfMessage(words, error.problem), { cause: error });
    throw error;
  }
}

/** Runs `work`, turning a calibration problem into an error in words that names the option. */
export function calibrationWorded<T>(voice: Voice, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof CalibrationError)) throw error;
    const { problem } = error;
    if (problem.code === 'bad-cost') throw new UserError(`--cost-bad-accepted ${String(problem.value)}: ${describeProblem(voice, problem)}`, { cause: error });
    throw new DataError(describeProblem(voice, problem), { cause: error });
  }
}
