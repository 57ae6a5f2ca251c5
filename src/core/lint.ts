/**
 * Lints the calibration of a criteria list itself, the core idea of the product: a short list
 * of minimum requirements, neither too picky nor so lax that everyone gets in.
 * Each finding is computed by scoring made-up prospects with the real scorer.
 */
import { normalizeHeader, type Criteria, type Criterion } from './criteria.js';
import { createScorer, judge, type Result, type Scorer } from './score.js';
import type { LintProblem } from './problems.js';

export type LintCode = LintProblem['code'];

/** What kind of trouble a finding is (its stable value in `check --json`; check words it). */
export type FindingKind = 'too picky' | 'accepts everyone' | 'unreachable' | 'inconsistent';

/** A finding: the typed problem (its `code` and parameters), its kind and the criteria concerned. */
export type Finding = LintProblem & {
  readonly kind: FindingKind;
  /** criterion ids concerned */
  readonly ids: readonly string[];
};

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
      const worst = criterion.options.find((option) => option.fail) ?? [...criterion.options].sort((a, b) => a.points - b.points)[0]!;
      return worst.value;
    }
    case 'text':
      return criterion.redFlags[0];
  }
}

/**
 * The raw value as a string when it reads the same: the scorer memoises string values, so
 * scoring many made-up prospects shares one answer object per criterion instead of reading
 * (and remembering) a fresh one each time. Without it, 3,000 criteria took 18 s and 1.1 GB.
 */
function memoFriendly(scorer: Scorer, index: number, raw: unknown): unknown {
  if (typeof raw === 'string' || raw === undefined) return raw;
  const text = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw);
  const direct = scorer.read(index, raw);
  const read = scorer.read(index, text);
  return read.kind === direct.kind && 'value' in read && 'value' in direct && read.value === direct.value ? text : raw;
}

/** Which criteria some other criterion's `when` names: changing their answer can change what applies. */
function parents(criteria: Criteria): Set<string> {
  const named = new Set<string>();
  for (const criterion of criteria.criteria) for (const id of Object.keys(criterion.when ?? {})) named.add(id);
  return named;
}

/**
 * "Must-have in effect": failing one criterion alone, with every other passing, is no longer
 * accepted. Rescoring every variant costs criteria × criteria (5,000 criteria: 48 s), so a
 * criterion nothing depends on is judged from its own two results: only its points change,
 * and the sums go through the scorer's own judge(). A criterion that others
 * depend on (its answer can switch them off) is rescored in full by the real scorer.
 * test/core/lint.test.ts checks the shortcut against full rescoring.
 */
function mustInEffect(criteria: Criteria, scorer: Scorer, allPass: readonly unknown[], best: Result): Finding[] {
  const list = criteria.criteria;
  const { accept } = criteria.thresholds;
  const named = parents(criteria);
  // Each criterion's result for its failing answer, as if it applied (its `when` left out).
  const alone = createScorer({ ...criteria, criteria: list.map((criterion) => ({ ...criterion, when: undefined })) });
  const failing = list.map((criterion, index) => {
    const raw = failingAnswer(criterion);
    return raw === undefined ? undefined : memoFriendly(scorer, index, raw);
  });
  const failed = alone.scoreValues(failing.map((raw, index) => raw ?? allPass[index])).results;
  const isOpen = (status: string): boolean => status === 'unknown' || status === 'invalid';
  let earned = 0;
  let total = 0;
  let open = 0;
  let openCount = 0;
  let applicable = 0;
  for (const result of best.results) {
    if (result.status === 'n/a') continue;
    applicable++;
    earned += result.points;
    total += result.max;
    if (isOpen(result.status)) {
      open += result.max;
      openCount++;
    }
  }
  const findings: Finding[] = [];
  list.forEach((criterion, index) => {
    if (criterion.must || failing[index] === undefined) return;
    const before = best.results[index]!;
    if (before.status === 'n/a') return;
    let score: number;
    let verdict: Result['verdict'];
    if (named.has(criterion.id)) {
      const values = [...allPass];
      values[index] = failing[index];
      const result = scorer.scoreValues(values);
      if (result.results[index]!.status === 'n/a') return;
      ({ score, verdict } = result);
    } else {
      const after = failed[index]!;
      const earnedNow = earned - before.points + after.points;
      const openNow = open - (isOpen(before.status) ? before.max : 0) + (isOpen(after.status) ? after.max : 0);
      const openCountNow = openCount - (isOpen(before.status) ? 1 : 0) + (isOpen(after.status) ? 1 : 0);
      // The criterion is not a must-have, and the best prospect was accepted: no must-have failed or is open.
      ({ score, verdict } = judge(criteria.thresholds, { applicable, earned: earnedNow, total, open: openNow, openCount: openCountNow, mustFailed: false, mustOpen: false }));
    }
    if (verdict === 'accept') return;
    findings.push({
      code: 'must-in-effect',
      kind: 'too picky',
      ids: [criterion.id],
      id: criterion.id,
      score,
      accept,
    });
  });
  return findings;
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
          first: owner.id,
          second: criterion.id,
          column: alias,
        });
      }
    }
  }
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
    });
  }
  const { maxUnknown } = criteria.thresholds;
  if (maxUnknown !== undefined && maxUnknown >= list.length) {
    findings.push({
      code: 'max-unknown-allows-all',
      kind: 'inconsistent',
      ids: [],
      maxUnknown,
      criteria: list.length,
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
    findings.push({ code: 'review-above-accept', kind: 'inconsistent', ids: [], review, accept });
  }
  if (musts.length > MAX_MUSTS) {
    findings.push({ code: 'too-many-musts', kind: 'too picky', ids: musts.map((criterion) => criterion.id), count: musts.length, max: MAX_MUSTS });
  }
  if (list.length > MAX_CRITERIA) {
    findings.push({ code: 'too-many-criteria', kind: 'too picky', ids: [], count: list.length, max: MAX_CRITERIA });
  }

  const allPass = list.map((criterion, index) => memoFriendly(scorer, index, passingAnswer(criterion)));
  const best = scorer.scoreValues(allPass);
  if (best.verdict !== 'accept') {
    findings.push({ code: 'unreachable', kind: 'unreachable', ids: best.failed, score: best.score, verdict: best.verdict });
  } else {
    findings.push(...mustInEffect(criteria, scorer, allPass, best));
  }
  if (musts.length === 0) {
    const worst = scorer.scoreValues(list.map((criterion, index) => memoFriendly(scorer, index, failingAnswer(criterion) ?? passingAnswer(criterion))));
    if (worst.verdict === 'accept') {
      findings.push({
        code: 'accepts-everyone',
        kind: 'accepts everyone',
        ids: [],
        accept,
        score: worst.score,
      });
    }
  }
  findings.push(...unknownFindings(criteria));
  // A form: section promises an intake form; without a single ask: it would have no question.
  if ((criteria.form.lang !== undefined || criteria.form.intro !== undefined) && !list.some((criterion) => criterion.ask !== undefined)) {
    findings.push({ code: 'form-without-questions', kind: 'inconsistent', ids: [] });
  }
  return [...findings, ...columnFindings(criteria)];
}

/** When a criterion passes, typed, for `check`'s summary to word (and its JSON to quote). */
export type PassCondition =
  | { readonly kind: 'yes-no'; readonly expect: boolean }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number }
  /** `points`: the passing options with their points; `fails`: the dealbreaker options */
  | { readonly kind: 'choice'; readonly points: readonly { readonly value: string; readonly points: number }[]; readonly fails: readonly string[] }
  | { readonly kind: 'text'; readonly redFlags: readonly string[] };

export function passCondition(criterion: Criterion): PassCondition {
  switch (criterion.type) {
    case 'yes-no':
      return { kind: 'yes-no', expect: criterion.expect };
    case 'number':
      return { kind: 'number', ...(criterion.min === undefined ? {} : { min: criterion.min }), ...(criterion.max === undefined ? {} : { max: criterion.max }) };
    case 'choice':
      return {
        kind: 'choice',
        points: criterion.options.filter((option) => !option.fail).map((option) => ({ value: option.value, points: option.points })),
        fails: criterion.options.filter((option) => option.fail).map((option) => option.value),
      };
    case 'text':
      return { kind: 'text', redFlags: criterion.redFlags };
  }
}
