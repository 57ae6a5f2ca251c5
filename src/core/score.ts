/**
 * The scoring core: answers in, per-criterion results and a verdict out.
 *
 * Rules (README "How scoring works"): a criterion whose `when` does not match is n/a and left
 * out of every sum; pass earns its max points M (a choice earns its option's points); score is
 * 100 × earned / ΣM rounded half up; potential counts unknown and invalid criteria as passing.
 * The verdict comes from `judge`, the one function every command scores through.
 */
import { findRedFlag } from './red-flags.js';
import { UNKNOWN, type Answer, type ReadOptions } from './answers.js';
import { readAnswerFor, type Criteria, type Criterion } from './criteria.js';
import type { CriterionReason } from './problems.js';

export type Status = 'pass' | 'fail' | 'unknown' | 'invalid' | 'n/a';
export type Verdict = 'accept' | 'review' | 'reject';
/** Best first: a verdict is "at or below" another when it comes at or after it here. */
export const VERDICTS: readonly Verdict[] = ['accept', 'review', 'reject'];

/** `--fail-on review` is reached by review and reject; `--fail-on reject` by reject only. */
export function failOnReached(verdict: Verdict, failOn: Verdict | undefined): boolean {
  return failOn !== undefined && VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(failOn);
}

export interface CriterionResult {
  readonly id: string;
  readonly status: Status;
  /** points earned */
  readonly points: number;
  /** max points M (0 when n/a) */
  readonly max: number;
  readonly must: boolean;
  readonly answer: Answer;
  /** why it failed or could not be read (undefined when it passed or is unknown) */
  readonly reason?: CriterionReason | undefined;
}

/** A Result without its per-criterion entries: what the verdict and the id lists are. */
export type ShortResult = Omit<Result, 'results'>;

export interface Result {
  readonly results: readonly CriterionResult[];
  readonly score: number;
  readonly potential: number;
  readonly verdict: Verdict;
  /** ids of failed criteria, in file order */
  readonly failed: readonly string[];
  /** ids with no answer yet */
  readonly unknown: readonly string[];
  /** ids whose answer could not be read */
  readonly invalid: readonly string[];
  /** what the verdict was judged from (see `judge`) */
  readonly tally: Tally;
  /** true when `thresholds.max_unknown` held an accept at review */
  readonly capped: boolean;
}

/** 100 × part / whole, rounded half up; 0 when there is nothing to score. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  // Rounding away float noise first keeps 100 × 7/20 (35.00000000000001) at 35 and 12.5 at 13.
  return Math.floor(Math.round(100 * (part / whole) * 1e9) / 1e9 + 0.5);
}

/**
 * What the verdict of one lead depends on, summed over its applicable criteria. The scorer
 * builds it from answers; calibration builds changed copies for its what-ifs ("had this
 * criterion passed", "were it dropped") and sends them through the same `judge`.
 */
export interface Tally {
  /** applicable criteria (n/a ones are left out of every sum) */
  readonly applicable: number;
  /** points earned */
  readonly earned: number;
  /** ΣM over the applicable criteria */
  readonly total: number;
  /** ΣM of the unknown and unreadable criteria */
  readonly open: number;
  /** how many applicable criteria are unknown or unreadable */
  readonly openCount: number;
  readonly mustFailed: boolean;
  /** a must-have is unknown or unreadable */
  readonly mustOpen: boolean;
}

export interface Judgement {
  readonly score: number;
  readonly potential: number;
  readonly verdict: Verdict;
  /** true when `thresholds.max_unknown` held the verdict at review */
  readonly capped: boolean;
}

export type Thresholds = Criteria['thresholds'];

/**
 * The one place that turns a tally into a score and a verdict: the scorer, batch, calibrate,
 * the journal and lint all come here.
 *
 * - No applicable criterion: score 0, review (there is nothing to go on).
 * - Applicable criteria that carry no points (a list of dealbreakers only) cost nothing: the
 *   score is full, and the must-haves alone decide.
 * - A failed must-have rejects; score ≥ accept with no must-have open accepts; score ≥ review
 *   or potential ≥ accept is review; else reject.
 * - `max_unknown: N`: with more than N unknown or unreadable answers, accept becomes review.
 */
export function judge(thresholds: Thresholds, tally: Tally): Judgement {
  if (tally.applicable === 0) return { score: 0, potential: 0, verdict: 'review', capped: false };
  const score = tally.total > 0 ? percent(tally.earned, tally.total) : 100;
  const potential = tally.total > 0 ? percent(tally.earned + tally.open, tally.total) : 100;
  let verdict: Verdict;
  let capped = false;
  if (tally.mustFailed) verdict = 'reject';
  else if (score >= thresholds.accept && !tally.mustOpen) {
    capped = thresholds.maxUnknown !== undefined && tally.openCount > thresholds.maxUnknown;
    verdict = capped ? 'review' : 'accept';
  } else if (score >= thresholds.review || potential >= thresholds.accept) verdict = 'review';
  else verdict = 'reject';
  return { score, potential, verdict, capped };
}

/** What the potential means for this lead: shown only when answering the unknowns could change the verdict. */
export type PotentialNote =
  /** nothing is unknown or unreadable */
  | { readonly code: 'complete' }
  /** the best case reaches a better verdict: worth asking */
  | { readonly code: 'could-change'; readonly potential: number; readonly best: Verdict }
  /** a must-have failed: the lead is rejected whatever the unknowns say */
  | { readonly code: 'must-failed'; readonly ids: readonly string[] }
  /** even with every unknown answered at full points the verdict stays */
  | { readonly code: 'same-verdict'; readonly potential: number };

export function potentialNote(criteria: Criteria, result: Result): PotentialNote {
  const { tally } = result;
  if (tally.openCount === 0) return { code: 'complete' };
  if (tally.mustFailed) {
    const musts = new Set(criteria.criteria.filter((criterion) => criterion.must).map((criterion) => criterion.id));
    return { code: 'must-failed', ids: result.failed.filter((id) => musts.has(id)) };
  }
  if (potentialMatters(criteria.thresholds, tally)) {
    const best = judge(criteria.thresholds, { ...tally, earned: tally.earned + tally.open, open: 0, openCount: 0, mustOpen: false });
    return { code: 'could-change', potential: result.potential, best: best.verdict };
  }
  return { code: 'same-verdict', potential: result.potential };
}

/**
 * Could answering the unknowns change the verdict? Never after a failed must-have (it rejects
 * whatever the rest says); otherwise when the best case (every open answer passing at full
 * points) reaches a better verdict than now.
 */
export function potentialMatters(thresholds: Thresholds, tally: Tally): boolean {
  if (tally.mustFailed || tally.openCount === 0) return false;
  const best = judge(thresholds, { ...tally, earned: tally.earned + tally.open, open: 0, openCount: 0, mustOpen: false });
  const now = judge(thresholds, tally);
  return VERDICTS.indexOf(best.verdict) < VERDICTS.indexOf(now.verdict);
}

function evaluate(criterion: Criterion, answer: Answer): { status: Status; points: number; reason?: CriterionReason } {
  switch (answer.kind) {
    case 'unknown':
      return { status: 'unknown', points: 0 };
    case 'invalid':
      return { status: 'invalid', points: 0, reason: answer.problem };
    default:
      break;
  }
  const full = criterion.maxPoints;
  switch (criterion.type) {
    case 'yes-no': {
      const passed = answer.kind === 'yes-no' && answer.value === criterion.expect;
      return passed ? { status: 'pass', points: full } : { status: 'fail', points: 0, reason: { code: criterion.expect ? 'expected-yes' : 'expected-no' } };
    }
    case 'number': {
      const value = answer.kind === 'number' ? answer.value : NaN;
      if (criterion.min !== undefined && !(value >= criterion.min)) return { status: 'fail', points: 0, reason: { code: 'below-minimum', min: criterion.min } };
      if (criterion.max !== undefined && !(value <= criterion.max)) return { status: 'fail', points: 0, reason: { code: 'above-maximum', max: criterion.max } };
      return { status: 'pass', points: full };
    }
    case 'choice': {
      const option = criterion.options.find((candidate) => answer.kind === 'choice' && candidate.value === answer.value);
      if (option === undefined || option.fail) return { status: 'fail', points: 0, reason: option ? { code: 'dealbreaker-option', label: option.label } : { code: 'not-an-option' } };
      return { status: 'pass', points: option.points };
    }
    case 'text': {
      // The one red-flag matcher, shared with `clientfit read` (core/red-flags.ts).
      const match = answer.kind === 'text' ? findRedFlag(answer.value, criterion.redFlags) : undefined;
      return match === undefined ? { status: 'pass', points: full } : { status: 'fail', points: 0, reason: { code: 'red-flag', flag: match.flag, words: match.words } };
    }
  }
}

export interface ScorerOptions extends ReadOptions {
  /** criteria ids to treat as unknown whatever the input says (batch --allow-missing) */
  readonly missing?: ReadonlySet<string>;
}

/**
 * One raw value read and judged for one criterion (`Scorer.readCell`), as `scoreCells` takes it.
 * Opaque: a caller may keep it and hand it in again for every row with the same value (batch
 * caches them by the cell's bytes), but cannot look inside.
 */
export interface ReadCell {
  readonly [readCell]: true;
}
declare const readCell: unique symbol;

export interface Scorer {
  readonly criteria: Criteria;
  /** Scores raw values given in criteria order (a CSV row mapped to criteria). */
  scoreValues(values: ArrayLike<unknown>): Result;
  /** Reads one raw value for the criterion at this index into what `scoreCells` takes (repeated strings are read once). */
  readCell(index: number, raw: unknown): ReadCell;
  /** Scores a row of cells from `readCell`, in criteria order: `scoreValues` is this after `readCell`. */
  scoreCells(cells: ArrayLike<ReadCell>): Result;
  /**
   * `scoreCells(cells)` without the per-criterion entries, one shared object for all rows whose
   * cells read alike (same status, points and `when` matches for each criterion): what a row's
   * score, verdict and id lists are, for callers that need no more (batch's output).
   */
  shortResult(cells: ArrayLike<ReadCell>): ShortResult;
  /** Scores a mapping of criterion id to raw value (answers files, prompts). */
  scoreAnswers(answers: Readonly<Record<string, unknown>>): Result;
  /** Reads one raw value for the criterion at this index, as scoring would. */
  read(index: number, raw: unknown): Answer;
}

/** A matcher for each `when` entry: parent index and the answers that make the child apply. */
interface WhenRule {
  readonly parent: number;
  readonly matches: (answer: Answer) => boolean;
}

function sameAnswer(a: Answer, b: Answer): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'text' && b.kind === 'text') return a.value.toLowerCase() === b.value.toLowerCase();
  return 'value' in a && 'value' in b && a.value === b.value;
}

/** Memoises reading of repeated raw strings (yes/no and choice columns repeat a lot in lead files). */
const MEMO_LIMIT = 4096;

function compileWhen(criteria: Criteria, index: number, options: ReadOptions): WhenRule[] {
  const criterion = criteria.criteria[index]!;
  return Object.entries(criterion.when ?? {}).map(([id, values]) => {
    const parent = criteria.criteria.findIndex((candidate) => candidate.id === id);
    // An unknown or later parent can never have been answered first: the criterion never applies.
    if (parent < 0 || parent >= index) return { parent: -1, matches: () => false };
    const wanted = values.map((value) => readAnswerFor(criteria.criteria[parent]!, value, options));
    // Memoised answers are shared objects, so the match is remembered per answer.
    const known = new Map<Answer, boolean>();
    return {
      parent,
      matches(answer: Answer) {
        let match = known.get(answer);
        if (match === undefined) {
          match = wanted.some((candidate) => sameAnswer(candidate, answer));
          if (known.size < MEMO_LIMIT) known.set(answer, match);
        }
        return match;
      },
    };
  });
}

/** A criterion's result for one answer, applicable or not: shared by every row with that answer. */
interface Scored {
  readonly applicable: CriterionResult;
  readonly notApplicable: CriterionResult;
  /**
   * Which of its criterion's effects this answer has, numbered from 0 per criterion: answers
   * with the same status, points and `when` matches (as the parent of other criteria) share one.
   * A row's short result depends on nothing else (see `shortResult`).
   */
  readonly effect: number;
}

function scoredForCriterion(criterion: Criterion, answer: Answer, effectOf: (status: Status, points: number, answer: Answer) => number): Scored {
  const outcome = evaluate(criterion, answer);
  return {
    applicable: { id: criterion.id, status: outcome.status, points: outcome.points, max: criterion.maxPoints, must: criterion.must, answer, reason: outcome.reason },
    notApplicable: { id: criterion.id, status: 'n/a', points: 0, max: 0, must: criterion.must, answer },
    effect: effectOf(outcome.status, outcome.points, answer),
  };
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Up to this many criteria, a row's failed, unknown and invalid id lists are shared frozen
 * arrays, one trio per combination (three bit masks in one number key, 3 × 17 bits < 2^53):
 * lead files repeat the same few combinations, so rows stop allocating lists of their own.
 */
const SHARED_LISTS_MAX_CRITERIA = 17;

interface IdLists {
  readonly failed: readonly string[];
  readonly unknown: readonly string[];
  readonly invalid: readonly string[];
}

function idsIn(list: readonly Criterion[], mask: number): readonly string[] {
  if (mask === 0) return NONE;
  const ids: string[] = [];
  for (let index = 0; index < list.length; index++) if (mask & (1 << index)) ids.push(list[index]!.id);
  return Object.freeze(ids);
}

export function createScorer(criteria: Criteria, options: ScorerOptions = {}): Scorer {
  const list = criteria.criteria;
  const count = list.length;
  const whenRules = list.map((_, index) => compileWhen(criteria, index, options));
  // For each criterion, the `when` rules that name it as their parent, and its effects so far.
  const childRules = list.map((_, index) => whenRules.flat().filter((rule) => rule.parent === index));
  const effects = list.map(() => new Map<string, number>());
  /** criterion index -> its effect numbering */
  const effectFor =
    (index: number) =>
    (status: Status, points: number, answer: Answer): number => {
      const matches = childRules[index]!.map((rule) => (rule.matches(answer) ? 1 : 0)).join('');
      const key = `${status} ${points} ${matches}`;
      const known = effects[index]!;
      let effect = known.get(key);
      if (effect === undefined) known.set(key, (effect = known.size));
      return effect;
    };
  const effectOf = list.map((_, index) => effectFor(index));
  const scoredFor = (index: number, answer: Answer): Scored => scoredForCriterion(list[index]!, answer, effectOf[index]!);
  const memos = list.map(() => new Map<string, Scored>());
  const missing = list.map((criterion) => options.missing?.has(criterion.id) ?? false);
  const unknownScored = list.map((_, index) => scoredFor(index, UNKNOWN));
  /** a value not given at all (no such column), read once per criterion */
  const absent: Array<Scored | undefined> = new Array(count);
  // Scratch space for one row: scoring is synchronous, so one set serves every call.
  const answers: Answer[] = new Array(count);
  const applies: boolean[] = new Array(count);
  const shareLists = count <= SHARED_LISTS_MAX_CRITERIA;
  const sharedLists = new Map<number, IdLists>();
  const shift = 2 ** count;

  function listsFor(failedMask: number, unknownMask: number, invalidMask: number): IdLists {
    const key = failedMask + shift * (unknownMask + shift * invalidMask);
    let lists = sharedLists.get(key);
    if (lists === undefined) {
      lists = { failed: idsIn(list, failedMask), unknown: idsIn(list, unknownMask), invalid: idsIn(list, invalidMask) };
      if (sharedLists.size < MEMO_LIMIT) sharedLists.set(key, lists);
    }
    return lists;
  }

  function read(index: number, raw: unknown): Answer {
    return scoreOne(index, raw).applicable.answer;
  }

  function scoreOne(index: number, raw: unknown): Scored {
    if (missing[index]) return unknownScored[index]!;
    const criterion = list[index]!;
    if (raw === undefined) return (absent[index] ??= scoredFor(index, readAnswerFor(criterion, undefined, options)));
    if (typeof raw !== 'string') return scoredFor(index, readAnswerFor(criterion, raw, options));
    const memo = memos[index]!;
    let scored = memo.get(raw);
    if (scored === undefined) {
      scored = scoredFor(index, readAnswerFor(criterion, raw, options));
      if (memo.size < MEMO_LIMIT) memo.set(raw, scored);
    }
    return scored;
  }

  /** Scratch for scoreValues: scoring is synchronous, so one array serves every call. */
  const row: Scored[] = new Array(count);

  function scoreValues(values: ArrayLike<unknown>): Result {
    for (let index = 0; index < count; index++) row[index] = scoreOne(index, values[index]);
    return scoreRow(row);
  }

  /** The one loop from per-criterion results to a Result: every row of every command comes here. */
  function scoreRow(cells: ArrayLike<Scored>): Result {
    const results: CriterionResult[] = new Array(count);
    let failed: string[] | undefined;
    let unknown: string[] | undefined;
    let invalid: string[] | undefined;
    // With few criteria, bit masks stand for the lists until the end (see listsFor).
    let failedMask = 0;
    let unknownMask = 0;
    let invalidMask = 0;
    let earned = 0;
    let total = 0;
    let open = 0;
    let mustFailed = false;
    let mustOpen = false;
    let applicable = 0;
    for (let index = 0; index < count; index++) {
      const scored = cells[index]!;
      answers[index] = scored.applicable.answer;
      const rules = whenRules[index]!;
      let applicableHere = true;
      for (let rule = 0; rule < rules.length; rule++) {
        const { parent, matches } = rules[rule]!;
        if (parent < 0 || !applies[parent] || !matches(answers[parent]!)) {
          applicableHere = false;
          break;
        }
      }
      applies[index] = applicableHere;
      if (!applicableHere) {
        results[index] = scored.notApplicable;
        continue;
      }
      const result = scored.applicable;
      results[index] = result;
      applicable++;
      total += result.max;
      earned += result.points;
      switch (result.status) {
        case 'fail':
          if (shareLists) failedMask |= 1 << index;
          else (failed ??= []).push(result.id);
          if (result.must) mustFailed = true;
          break;
        case 'unknown':
        case 'invalid':
          if (shareLists) {
            if (result.status === 'unknown') unknownMask |= 1 << index;
            else invalidMask |= 1 << index;
          } else (result.status === 'unknown' ? (unknown ??= []) : (invalid ??= [])).push(result.id);
          open += result.max;
          if (result.must) mustOpen = true;
          break;
        default:
          break;
      }
    }
    const lists = shareLists ? listsFor(failedMask, unknownMask, invalidMask) : { failed: failed ?? NONE, unknown: unknown ?? NONE, invalid: invalid ?? NONE };
    const openCount = lists.unknown.length + lists.invalid.length;
    const tally: Tally = { applicable, earned, total, open, openCount, mustFailed, mustOpen };
    const judgement = judge(criteria.thresholds, tally);
    return {
      results,
      score: judgement.score,
      potential: judgement.potential,
      verdict: judgement.verdict,
      capped: judgement.capped,
      tally,
      failed: lists.failed,
      unknown: lists.unknown,
      invalid: lists.invalid,
    };
  }

  /**
   * Short results by the effects of a row's cells: a trie of arrays, one level per criterion, indexed
   * by the cell's effect. A lead file has a few hundred combinations of effects where its rows
   * have hundreds of thousands of combinations of values.
   */
  const shortResults: unknown[] = [];
  let shortResultCount = 0;

  function shortResult(cells: ArrayLike<Scored>): ShortResult {
    let node = shortResults;
    for (let index = 0; index < count; index++) {
      const next = node[cells[index]!.effect] as unknown[] | ShortResult | undefined;
      if (next === undefined) break;
      if (index === count - 1) return next as ShortResult;
      node = next as unknown[];
    }
    const { results: _, ...shared } = scoreRow(cells);
    if (shortResultCount < MEMO_LIMIT && count > 0) {
      shortResultCount++;
      node = shortResults;
      for (let index = 0; index < count - 1; index++) {
        const effect = cells[index]!.effect;
        node = (node[effect] ??= []) as unknown[];
      }
      node[cells[count - 1]!.effect] = shared;
    }
    return shared;
  }

  return {
    criteria,
    read,
    scoreValues,
    shortResult: (cells) => shortResult(cells as unknown as ArrayLike<Scored>),
    readCell: (index, raw) => scoreOne(index, raw) as unknown as ReadCell,
    scoreCells: (cells) => scoreRow(cells as unknown as ArrayLike<Scored>),
    scoreAnswers: (given) => scoreValues(list.map((criterion) => given[criterion.id])),
  };
}

/** A question that becomes relevant once an open answer is given: `if yes: what share upfront?`. */
export interface FollowUp {
  readonly id: string;
  /** the open (or itself follow-up) criterion it depends on */
  readonly parent: string;
  /** the parent's answers that make it apply, as written in `when` */
  readonly values: readonly (string | number | boolean)[];
  /** its own follow-ups, one level deeper */
  readonly children: readonly FollowUp[];
}

/**
 * The questions now n/a that could apply once `parent` is answered: criteria whose `when` names
 * it. Followed down `when` chains. Other `when` conditions of a follow-up are not checked: it is
 * listed as "could become relevant", and asking is cheap.
 */
export function followUps(criteria: Criteria, result: Result, parent: string, depth = 0): FollowUp[] {
  if (depth > criteria.criteria.length) return [];
  const status = new Map(result.results.map((entry) => [entry.id, entry.status]));
  return criteria.criteria
    .filter((criterion) => status.get(criterion.id) === 'n/a' && criterion.when?.[parent] !== undefined)
    .map((criterion) => ({
      id: criterion.id,
      parent,
      values: criterion.when![parent]!,
      children: followUps(criteria, result, criterion.id, depth + 1),
    }));
}
