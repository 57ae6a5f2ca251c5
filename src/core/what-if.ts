/**
 * What-if options for calibration: the criteria as the file says, with thresholds changed,
 * criteria dropped or must-haves made ordinary. Returns a new Criteria; never touches the input.
 * Problems are typed (`WhatIfProblem`); the command that took the options words them and names
 * its flags (src/cli/commands/calibrate/words.ts).
 */
import type { Criteria, Criterion } from './criteria.js';
import { closest } from './suggest.js';

export type WhatIfProblem =
  /** a criterion to drop or make optional that the list does not have */
  | { readonly code: 'unknown-id'; readonly option: 'drop' | 'optional'; readonly id: string; readonly suggestion?: string }
  | { readonly code: 'not-a-must'; readonly id: string }
  | { readonly code: 'threshold-range'; readonly name: 'accept' | 'review'; readonly value: number }
  | { readonly code: 'threshold-syntax'; readonly text: string; readonly part: string }
  /** `accept=50,accept=60`: one of the two would be dropped silently */
  | { readonly code: 'threshold-repeated'; readonly text: string; readonly name: 'accept' | 'review' }
  | { readonly code: 'drop-all' }
  /** `child` applies only depending on `parent` (`when`): dropping the parent alone would silently hide it */
  | { readonly code: 'drop-parent'; readonly parent: string; readonly child: string };

/**
 * A what-if option named a criterion that does not exist, or asked for something impossible.
 * It carries the typed problem and no exit code: the command that took the options words it
 * and decides the code (calibrate's words.ts: a usage error, exit 2). Its message is the code.
 */
export class WhatIfError extends Error {
  readonly problem: WhatIfProblem;
  constructor(problem: WhatIfProblem) {
    super(problem.code);
    this.name = 'WhatIfError';
    this.problem = problem;
  }
}

export interface WhatIf {
  readonly thresholds?: { readonly accept?: number; readonly review?: number };
  /** criteria to leave out, as if deleted from the file */
  readonly drop?: readonly string[];
  /** must-haves to treat as ordinary criteria */
  readonly optional?: readonly string[];
}

function checkIds(criteria: Criteria, ids: readonly string[], option: 'drop' | 'optional'): void {
  const known = criteria.criteria.map((criterion) => criterion.id);
  for (const id of ids) {
    if (!known.includes(id)) {
      const suggestion = closest(id, known);
      throw new WhatIfError({ code: 'unknown-id', option, id, ...(suggestion === undefined ? {} : { suggestion }) });
    }
  }
}

function checkThreshold(name: 'accept' | 'review', value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new WhatIfError({ code: 'threshold-range', name, value });
}

/**
 * The criteria as the file says, modified by what-if options; returns a new Criteria and
 * never touches the input. Dropping a criterion that others depend on (`when`) is an error
 * unless they are dropped too: they would silently never apply.
 */
export function applyWhatIf(criteria: Criteria, whatIf: WhatIf): Criteria {
  const drop = new Set(whatIf.drop ?? []);
  const optional = new Set(whatIf.optional ?? []);
  checkIds(criteria, [...drop], 'drop');
  checkIds(criteria, [...optional], 'optional');
  for (const id of optional) {
    const criterion = criteria.criteria.find((candidate) => candidate.id === id)!;
    if (!criterion.must) throw new WhatIfError({ code: 'not-a-must', id });
  }
  checkThreshold('accept', whatIf.thresholds?.accept);
  checkThreshold('review', whatIf.thresholds?.review);
  const kept = criteria.criteria.filter((criterion) => !drop.has(criterion.id));
  if (kept.length === 0) throw new WhatIfError({ code: 'drop-all' });
  for (const criterion of kept) {
    const parents = Object.keys(criterion.when ?? {}).filter((id) => drop.has(id));
    if (parents.length > 0) throw new WhatIfError({ code: 'drop-parent', parent: parents[0]!, child: criterion.id });
  }
  return {
    ...criteria,
    thresholds: {
      ...criteria.thresholds,
      accept: whatIf.thresholds?.accept ?? criteria.thresholds.accept,
      review: whatIf.thresholds?.review ?? criteria.thresholds.review,
    },
    criteria: kept.map((criterion): Criterion => (optional.has(criterion.id) ? { ...criterion, must: false } : criterion)),
  };
}

/** `accept=75,review=40` (either may be left out). */
export function parseThresholds(text: string): { accept?: number; review?: number } {
  const out: { accept?: number; review?: number } = {};
  for (const part of text.split(',')) {
    const match = /^\s*(accept|review)\s*=\s*(\d+(?:\.\d+)?)\s*$/u.exec(part);
    if (match === null) throw new WhatIfError({ code: 'threshold-syntax', text, part: part.trim() });
    const name = match[1] as 'accept' | 'review';
    if (out[name] !== undefined) throw new WhatIfError({ code: 'threshold-repeated', text, name });
    const value = Number(match[2]);
    checkThreshold(name, value);
    out[name] = value;
  }
  return out;
}
