/**
 * Words the typed problems of the answer reader (src/core/answers.ts) for batch and calibrate,
 * naming the flags and criteria keys that resolve them (see src/render/problems.ts).
 */
import type { Answer, AnswerProblem } from '../core/answers.js';
import { problemParams } from '../core/problems.js';
import { describeProblem, englishProblem, problemCode } from './problems.js';

/** A cell's problem, as batch and calibrate report it (with the flags that resolve it). */
export function describeAnswerProblem(problem: AnswerProblem): string {
  return describeProblem(problem, 'file');
}

/** Why a cell could not be read, in the interface language, with its code to search for ('' when it could). */
export function describeInvalid(answer: Answer): string {
  return answer.kind === 'invalid' ? `${describeProblem(answer.problem, 'file')} ${problemCode(answer.problem)}` : '';
}

/** The same for machine output: fixed English, the stable code and its parameters. */
export function invalidJson(answer: Answer): { message: string | null; code: string | null; params: Record<string, unknown> | null } {
  if (answer.kind !== 'invalid') return { message: null, code: null, params: null };
  return { message: englishProblem(answer.problem, 'file'), code: answer.problem.code, params: problemParams(answer.problem) };
}
