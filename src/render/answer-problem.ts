/**
 * Words the typed problems of the answer reader (src/core/answers.ts) for batch and calibrate,
 * naming the flags and criteria keys that resolve them.
 */
import type { Answer, AnswerProblem } from '../core/answers.js';

export function describeAnswerProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'ambiguous-number': {
      const [decimal, thousands] = problem.readings;
      // The separator says which reading is the decimal point's and which the decimal comma's.
      const point = /\d,\d{3}\D*$/u.test(problem.raw) ? thousands : decimal;
      const comma = point === decimal ? thousands : decimal;
      return `"${problem.raw}" could be ${decimal} or ${thousands}: for ${comma} pass --decimal-comma (or give the criterion decimal: comma), for ${point} give the criterion decimal: point`;
    }
  }
}

/** Why a cell could not be read: the typed problem worded here, else the reader's message. */
export function describeInvalid(answer: Answer, fallback: string | undefined): string {
  if (answer.kind === 'invalid' && answer.problem !== undefined) return describeAnswerProblem(answer.problem);
  return fallback ?? 'cannot be read';
}
