/** The words of `calibrate`'s what-if problems, with the flags that caused them. */
import { WhatIfError, type WhatIfProblem } from '../../../core/what-if.js';
import { UserError } from '../../../errors.js';

export function whatIfMessage(problem: WhatIfProblem): string {
  switch (problem.code) {
    case 'unknown-id':
      return `--${problem.option} ${problem.id}: there is no criterion "${problem.id}"${problem.suggestion === undefined ? '' : ` (did you mean "${problem.suggestion}"?)`}`;
    case 'not-a-must':
      return `--optional ${problem.id}: "${problem.id}" is not a must-have`;
    case 'threshold-range':
      return `--threshold ${problem.name}=${String(problem.value)}: a threshold is a score from 0 to 100`;
    case 'threshold-syntax':
      return `--threshold ${problem.text}: expected accept=N,review=M (got "${problem.part}")`;
    case 'threshold-repeated':
      return `--threshold ${problem.text}: ${problem.name} is given twice; give it once`;
    case 'drop-all':
      return '--drop: dropping every criterion leaves nothing to score by';
    case 'drop-parent':
      return `--drop ${problem.parent}: "${problem.child}" applies only depending on "${problem.parent}"; drop it too (--drop ${problem.child})`;
  }
}

/** Runs `work`, turning a what-if problem into a usage error in words. */
export function worded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof WhatIfError) throw new UserError(whatIfMessage(error.problem), { cause: error });
    throw error;
  }
}
