/**
 * What-if options for calibration: the criteria as the file says, with thresholds changed,
 * criteria dropped or must-haves made ordinary. Returns a new Criteria; never touches the input.
 */
import type { Criteria, Criterion } from './criteria.js';
import { didYouMean } from './suggest.js';
import { UserError } from '../errors.js';

/** A what-if option named a criterion that does not exist, or asked for something impossible. */
export class WhatIfError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'WhatIfError';
  }
}

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
      ...criteria.thresholds,
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

