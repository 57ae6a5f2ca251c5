/**
 * Lints the calibration of a criteria list itself, the core idea of the product: a short list
 * of minimum requirements, neither too picky nor so lax that everyone gets in.
 * Each finding is computed by scoring made-up prospects with the real scorer.
 */
import { normalizeHeader, type Criteria, type Criterion } from './criteria.js';
import { createScorer } from './score.js';
import { didYouMean } from './suggest.js';

export type LintCode =
  | 'too-many-musts'
  | 'too-many-criteria'
  | 'must-in-effect'
  | 'accepts-everyone'
  | 'unreachable'
  | 'review-above-accept'
  | 'when-unknown'
  | 'when-later'
  | 'shared-column'
  | 'accepts-unknown'
  | 'max-unknown-allows-all';

export interface Finding {
  readonly code: LintCode;
  /** the kind of problem as a person says it: too picky, accepts everyone ... */
  readonly kind: 'too picky' | 'accepts everyone' | 'unreachable' | 'inconsistent';
  readonly message: string;
  /** criterion ids concerned */
  readonly ids: readonly string[];
}

export const MAX_MUSTS = 5;
export const MAX_CRITERIA = 12;

/** A raw answer that passes the criterion, and one that fails it (undefined: it cannot fail). */
function passingAnswer(criterion: Criterion): unknown {
  switch (criterion.type) {
    case 'yes-no':
      return criterion.expect;
    case 'number':
      return criterion.min ?? criterion.max ?? 0;
    case 'choice': {
      const best = criterion.options.filter((option) => !option.fail).sort((a, b) => b.points - a.points)[0];
      return (best ?? criterion.options[0]!).value;
    }
    case 'text':
      return '';
  }
}

function failingAnswer(criterion: Criterion): unknown {
  switch (criterion.type) {
    case 'yes-no':
      return !criterion.expect;
    case 'number':
      if (criterion.min !== undefined) return criterion.min - 1;
      if (criterion.max !== undefined) return criterion.max + 1;
      return undefined;
    case 'choice': {
      // A dealbreaker option if there is one, else the option worth least.
      const worst = criterion.options.find((option) => option.fail)
        ?? [...criterion.options].sort((a, b) => a.points - b.points)[0]!;
      return worst.value;
    }
    case 'text':
      return criterion.redFlags[0];
  }
}

function columnFindings(criteria: Criteria): Finding[] {
  const owners = new Map<string, { id: string; alias: string }>();
  const findings: Finding[] = [];
  for (const criterion of criteria.criteria) {
    for (const alias of new Set(criterion.column.map(normalizeHeader))) {
      const owner = owners.get(alias);
      if (owner === undefined) owners.set(alias, { id: criterion.id, alias });
      else if (owner.id !== criterion.id) {
        findings.push({
          code: 'shared-column',
          kind: 'inconsistent',
          ids: [owner.id, criterion.id],
          message: `"${owner.id}" and "${criterion.id}" both read the column "${alias}": give each its own column name`,
        });
      }
    }
  }
  return findings;
}

function whenFindings(criteria: Criteria): Finding[] {
  const findings: Finding[] = [];
  const order = new Map(criteria.criteria.map((criterion, index) => [criterion.id, index]));
  criteria.criteria.forEach((criterion, index) => {
    for (const id of Object.keys(criterion.when ?? {})) {
      const parent = order.get(id);
      if (parent === undefined) {
        const suggestion = didYouMean(id, order.keys());
        findings.push({ code: 'when-unknown', kind: 'inconsistent', ids: [criterion.id], message: `"${criterion.id}" depends on "${id}", which is not a criterion${suggestion}: it never applies` });
      } else if (parent >= index) {
        findings.push({ code: 'when-later', kind: 'inconsistent', ids: [criterion.id], message: `"${criterion.id}" depends on "${id}", which is asked ${parent === index ? 'as itself' : 'later'}: it never applies (move "${id}" above it)` });
      }
    }
  });
  return findings;
}

/** A list that accepts a prospect nobody knows anything about, or whose max_unknown limits nothing. */
function unknownFindings(criteria: Criteria): Finding[] {
  const findings: Finding[] = [];
  const list = criteria.criteria;
  const nothingKnown = createScorer(criteria).scoreValues(list.map(() => '?'));
  if (nothingKnown.verdict === 'accept') {
    findings.push({
      code: 'accepts-unknown',
      kind: 'accepts everyone',
      ids: [],
      message: 'a prospect with every answer unknown is accepted: give the criteria points, make one a must-have, or set thresholds.max_unknown',
    });
  }
  const { maxUnknown } = criteria.thresholds;
  if (maxUnknown !== undefined && maxUnknown >= list.length) {
    findings.push({
      code: 'max-unknown-allows-all',
      kind: 'inconsistent',
      ids: [],
      message: `thresholds.max_unknown is ${maxUnknown} and the list has ${list.length} criteria: every answer may be unknown, so it limits nothing; lower it`,
    });
  }
  return findings;
}

export function lintCriteria(criteria: Criteria): Finding[] {
  const findings: Finding[] = [];
  const list = criteria.criteria;
  const { accept, review } = criteria.thresholds;
  const scorer = createScorer(criteria);
  const musts = list.filter((criterion) => criterion.must);

  if (review > accept) {
    findings.push({ code: 'review-above-accept', kind: 'inconsistent', ids: [], message: `the review threshold (${review}) is above accept (${accept}): review then only happens when a must-have is unknown` });
  }
  if (musts.length > MAX_MUSTS) {
    findings.push({ code: 'too-many-musts', kind: 'too picky', ids: musts.map((criterion) => criterion.id), message: `${musts.length} must-haves (more than ${MAX_MUSTS}): few clients meet them all; keep the dealbreakers that really are` });
  }
  if (list.length > MAX_CRITERIA) {
    findings.push({ code: 'too-many-criteria', kind: 'too picky', ids: [], message: `${list.length} criteria (more than ${MAX_CRITERIA}): a wish list, not minimum requirements; keep the few that matter` });
  }

  const allPass = list.map(passingAnswer);
  const best = scorer.scoreValues(allPass);
  if (best.verdict !== 'accept') {
    findings.push({ code: 'unreachable', kind: 'unreachable', ids: best.failed, message: `even a prospect who passes every criterion is not accepted (score ${best.score}, verdict ${best.verdict})` });
  } else {
    list.forEach((criterion, index) => {
      if (criterion.must) return;
      const failing = failingAnswer(criterion);
      if (failing === undefined) return;
      const values = [...allPass];
      values[index] = failing;
      const result = scorer.scoreValues(values);
      if (result.results[index]!.status === 'n/a' || result.verdict === 'accept') return;
      findings.push({
        code: 'must-in-effect',
        kind: 'too picky',
        ids: [criterion.id],
        message: `"${criterion.id}" is a must-have in effect: failing it alone, with everything else passing, scores ${result.score}, below accept (${accept}); lower its points or the accept threshold, or mark it must: true if it really is a dealbreaker`,
      });
    });
  }

  if (musts.length === 0) {
    const worst = scorer.scoreValues(list.map((criterion) => failingAnswer(criterion) ?? passingAnswer(criterion)));
    if (worst.verdict === 'accept') {
      findings.push({
        code: 'accepts-everyone',
        kind: 'accepts everyone',
        ids: [],
        message: accept <= 0
          ? 'the accept threshold is 0 and nothing is a must-have: every prospect is accepted'
          : `with no must-have, a prospect who fails every criterion still scores ${worst.score} and is accepted`,
      });
    }
  }
  findings.push(...unknownFindings(criteria));
  return [...findings, ...whenFindings(criteria), ...columnFindings(criteria)];
}

/** "passes when" in plain words, for `check`'s summary. */
export function passCondition(criterion: Criterion): string {
  switch (criterion.type) {
    case 'yes-no':
      return criterion.expect ? 'yes' : 'no';
    case 'number':
      if (criterion.min !== undefined && criterion.max !== undefined) return `${criterion.min} to ${criterion.max}`;
      if (criterion.min !== undefined) return `at least ${criterion.min}`;
      if (criterion.max !== undefined) return `at most ${criterion.max}`;
      return 'any number';
    case 'choice': {
      const failing = criterion.options.filter((option) => option.fail).map((option) => option.value);
      const points = criterion.options.filter((option) => !option.fail).map((option) => `${option.value} ${option.points}`);
      return failing.length > 0 ? `${points.join(', ')}; fails: ${failing.join(', ')}` : points.join(', ');
    }
    case 'text':
      return criterion.redFlags.length > 0 ? `no mention of ${criterion.redFlags.map((flag) => `"${flag}"`).join(', ')}` : 'anything';
  }
}
