/**
 * Words the typed problems of the answer reader (src/core/answers.ts) for batch and calibrate,
 * naming the flags and criteria keys that resolve them (see src/render/problems.ts).
 */
import type { Answer, AnswerProblem } from '../core/answers.js';
import type { Voice } from '../i18n/index.js';
import { describeProblem, problemCode, problemJson } from './problems.js';

/** A cell's problem, as batch and calibrate report it (with the flags that resolve it). */
export function describeAnswerProblem(voice: Voice, problem: AnswerProblem): string {
  return describeProblem(voice, problem, 'file');
}

/** Why a cell could not be read, in the voice's language, with its code to search for ('' when it could). */
export function describeInvalid(voice: Voice, answer: Answer): string {
  return answer.kind === 'invalid' ? `${describeProblem(voice, answer.problem, 'file')} ${problemCode(voice.words.problems, answer.problem)}` : '';
}

/** The same for machine output: fixed English, the stable code and its parameters. */
export function invalidJson(answer: Answer): { message: string | null; code: string | null; params: Record<string, unknown> | null } {
  if (answer.kind !== 'invalid') return { message: null, code: null, params: null };
  return problemJson(answer.problem, 'file');
}
