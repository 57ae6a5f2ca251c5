/**
 * The criteria file: its schema (zod) and the normalised shape every command works with.
 * Loading with source locations lives in load.ts; this module knows nothing of YAML.
 */
// zod/mini, not zod's classic API: the same validator core and the same issues, but functions
// the bundler can leave out, and schemas built without attaching dozens of methods to each.
// Loading and building this schema with the classic API was the largest single cost of
// `clientfit check` start-up (about 40 ms of CPU against 15 ms; the README's Performance).
import {
  NEVER,
  array,
  boolean,
  enum as zodEnum,
  int,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  nonnegative,
  number,
  optional,
  pipe,
  record,
  refine,
  regex,
  strictObject,
  string,
  transform,
  trim,
  tuple,
  union,
} from 'zod/mini';
import type { z } from 'zod/mini';
import './zod-english.js';
import { formatPath, type CriteriaProblem } from './problems.js';
import { LANGUAGES, type Lang } from './languages.js';
import { closest } from './suggest.js';
import { normalizeWord, readChoice, readNumber, readText, readYesNo, type Answer, type DecimalMark, type ReadOptions } from './answers.js';

export const CRITERION_TYPES = ['yes-no', 'number', 'choice', 'text'] as const;
export type CriterionType = (typeof CRITERION_TYPES)[number];

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly points: number;
  readonly fail: boolean;
}

interface CriterionBase {
  readonly id: string;
  readonly question: string;
  readonly help?: string;
  readonly must: boolean;
  /** max points M: `points`, or for a choice the largest option points */
  readonly maxPoints: number;
  /** CSV headers to look for, in order (default: the id) */
  readonly column: readonly string[];
  readonly why?: string;
  readonly clientReason?: string;
  readonly terms?: string;
  /** applies only when every named earlier answer matches one of the listed raw values */
  readonly when?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  /**
   * Phrases that state an answer in a prospect's message (`clientfit read`): for a yes-no
   * criterion under `yes`/`no`, for a choice under an option's value, for a number under `near`
   * (a number beside the phrase is the answer). Literal words, compared on word boundaries.
   */
  readonly cues?: Readonly<Record<string, readonly string[]>>;
  /** the question as the prospect reads it on the intake form; without it the criterion is not on the form */
  readonly ask?: ProspectQuestion;
}

/** A question's wording for the prospect (`ask:`): never points, must-haves or red flags. */
export interface ProspectQuestion {
  readonly prospect: string;
  readonly help?: string;
  /** a choice's labels for the prospect, by option value (an option without one shows its label) */
  readonly options?: Readonly<Record<string, string>>;
}

export type Criterion =
  | (CriterionBase & { readonly type: 'yes-no'; readonly expect: boolean })
  | (CriterionBase & { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly decimal?: DecimalMark })
  | (CriterionBase & { readonly type: 'choice'; readonly options: readonly ChoiceOption[] })
  | (CriterionBase & { readonly type: 'text'; readonly redFlags: readonly string[] });

export interface Criteria {
  readonly version: 1;
  readonly name?: string;
  readonly description?: string;
  /** maxUnknown: beyond this many unknown or unreadable answers the verdict is at most review */
  readonly thresholds: { readonly accept: number; readonly review: number; readonly maxUnknown?: number };
  readonly targetAccept: readonly [number, number];
  readonly criteria: readonly Criterion[];
  readonly messages: { readonly decline?: string; readonly review?: string; readonly accept?: string };
  /** the intake form's own settings (`form:`): the prospect's language and the freelancer's intro */
  readonly form: { readonly lang?: Lang; readonly intro?: string };
}

export const DEFAULT_TARGET_ACCEPT: readonly [number, number] = [0.2, 0.7];
export const DEFAULT_POINTS = 10;
/**
 * A hard limit well above any real list (check warns from 12 on). Some checks score one
 * made-up prospect per criterion with a `when` dependant; the limit keeps them under a second.
 */
export const MAX_CRITERIA_COUNT = 1000;
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/u;

/** Booleans may be written `true`/`false` or with any yes/no word of the answer reader. */
const flag = pipe(
  union([boolean(), string()]),
  transform((value: boolean | string, payload) => {
    if (typeof value === 'boolean') return value;
    const answer = readYesNo(value);
    if (answer.kind === 'yes-no') return answer.value;
    payload.issues.push({ code: 'custom', input: value, params: { code: 'not-true-false', raw: value } });
    return NEVER;
  }),
);

const text = string().check(trim(), minLength(1));
/** A cue is a phrase, not a document: the bounds keep reading a message linear and small. */
export const MAX_CUE_LENGTH = 200;
export const MAX_CUES = 1000;
const cue = string().check(trim(), minLength(1), maxLength(MAX_CUE_LENGTH));
/** Weights are relative; the bound keeps sums and percentages exact. */
export const MAX_POINTS = 1_000_000;
const points = number().check(nonnegative(), maximum(MAX_POINTS));
const scalar = union([string(), number(), boolean()]);
const share = number().check(minimum(0), maximum(1));
const percent = number().check(minimum(0), maximum(100));

const optionSchema = strictObject({
  value: pipe(union([string().check(minLength(1)), number()]), transform(String)),
  label: optional(text),
  points: optional(points),
  fail: optional(flag),
});

const criterionSchema = strictObject({
  id: string().check(
    regex(ID_PATTERN),
    // An id is a key in answers files and in `when`, where these names are refused.
    refine((id: string) => id !== 'constructor' && id !== 'prototype', { params: { code: 'reserved-id' } }),
  ),
  question: text,
  help: optional(text),
  type: zodEnum(CRITERION_TYPES),
  expect: optional(scalar),
  must: optional(flag),
  points: optional(points),
  column: optional(union([text, array(text).check(minLength(1))])),
  why: optional(text),
  client_reason: optional(text),
  terms: optional(text),
  min: optional(number()),
  max: optional(number()),
  /** the column's decimal mark, when the file does not say: `comma` (4.500,50) or `point` (4,500.50) */
  decimal: optional(zodEnum(['comma', 'point'])),
  options: optional(array(optionSchema).check(minLength(1))),
  red_flags: optional(array(union([text, pipe(number(), transform(String))]))),
  when: optional(record(string(), union([scalar, array(scalar).check(minLength(1))]))),
  ask: optional(
    strictObject({
      prospect: text,
      help: optional(text),
      options: optional(record(string(), text)),
    }),
  ),
  cues: optional(record(string(), union([cue, array(cue).check(minLength(1), maxLength(MAX_CUES))]))),
});

export const criteriaFileSchema = strictObject({
  version: literal(1),
  name: optional(text),
  description: optional(text),
  thresholds: strictObject({
    accept: percent,
    review: percent,
    max_unknown: optional(number().check(int(), minimum(0))),
  }),
  calibration: optional(
    strictObject({
      target_accept: optional(tuple([share, share])),
    }),
  ),
  criteria: array(criterionSchema).check(minLength(1), maxLength(MAX_CRITERIA_COUNT)),
  messages: optional(strictObject({ decline: optional(text), review: optional(text), accept: optional(text) })),
  form: optional(strictObject({ lang: optional(zodEnum(LANGUAGES)), intro: optional(text) })),
});

export type CriteriaFile = z.output<typeof criteriaFileSchema>;
type RawCriterion = CriteriaFile['criteria'][number];

/** Keys each type accepts beyond the common ones, for "only for" messages. */
const TYPE_KEYS: Record<string, readonly CriterionType[]> = {
  expect: ['yes-no'],
  min: ['number'],
  max: ['number'],
  decimal: ['number'],
  options: ['choice'],
  red_flags: ['text'],
  cues: ['yes-no', 'number', 'choice'],
};

/** All keys the schema knows at each level, for did-you-mean suggestions. */
export const KNOWN_KEYS = {
  root: Object.keys(criteriaFileSchema.shape),
  thresholds: ['accept', 'review', 'max_unknown'],
  calibration: ['target_accept'],
  criterion: Object.keys(criterionSchema.shape),
  option: Object.keys(optionSchema.shape),
  messages: ['decline', 'review', 'accept'],
  ask: ['prospect', 'help', 'options'],
  form: ['lang', 'intro'],
} as const;

/** A problem found after the schema passed: a path into the file and the typed problem. */
export interface SemanticIssue {
  readonly path: readonly (string | number)[];
  readonly problem: CriteriaProblem;
  /** point at the key rather than its value (a `when` naming the wrong criterion) */
  readonly atKey?: boolean;
}

/** The issue at this path: `problem` without its path, which is written from `path`. */
function issue(path: readonly (string | number)[], problem: DistributiveOmit<CriteriaProblem, 'path'>): SemanticIssue {
  return { path, problem: { ...problem, path: formatPath(path) } as CriteriaProblem };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function readAnswerFor(criterion: Criterion, raw: unknown, options: ReadOptions = {}): Answer {
  switch (criterion.type) {
    case 'yes-no':
      return readYesNo(raw);
    case 'number':
      // The criterion's own decimal mark wins over the file's.
      return readNumber(raw, criterion.decimal === undefined ? options : { ...options, decimal: criterion.decimal });
    case 'choice':
      return readChoice(raw, criterion.options);
    case 'text':
      return readText(raw);
  }
}

function checkTypeKeys(raw: RawCriterion, index: number, issues: SemanticIssue[]): void {
  for (const [key, types] of Object.entries(TYPE_KEYS)) {
    if ((raw as Record<string, unknown>)[key] !== undefined && !types.includes(raw.type)) {
      issues.push(issue(['criteria', index, key], { code: 'only-for-types', types, type: raw.type }));
    }
  }
  if (raw.type === 'choice' && raw.options === undefined) {
    issues.push(issue(['criteria', index], { code: 'choice-needs-options' }));
  }
  if (raw.type === 'choice' && raw.points !== undefined) {
    issues.push(issue(['criteria', index, 'points'], { code: 'choice-points-unused' }));
  }
  if (raw.ask?.options !== undefined) {
    if (raw.type !== 'choice') {
      issues.push(issue(['criteria', index, 'ask', 'options'], { code: 'only-for-types', types: ['choice'], type: raw.type }));
    } else {
      const values = new Set((raw.options ?? []).map((option) => option.value));
      for (const value of Object.keys(raw.ask.options)) {
        if (!values.has(value)) issues.push(issue(['criteria', index, 'ask', 'options', value], { code: 'ask-not-an-option', value, values: [...values] }));
      }
    }
  }
  if (raw.type === 'number' && raw.min !== undefined && raw.max !== undefined && raw.min > raw.max) {
    issues.push(issue(['criteria', index, 'min'], { code: 'min-above-max', min: raw.min, max: raw.max }));
  }
}

/**
 * A criterion's cues keyed by the answer they give, as `read` takes them: `yes`/`no` for a
 * yes-no criterion (any yes/no word as the key), an option's value for a choice, `near` for a
 * number. A key that is no such answer is a problem.
 */
function buildCues(raw: RawCriterion, index: number, issues: SemanticIssue[]): Record<string, readonly string[]> | undefined {
  if (raw.cues === undefined || raw.type === 'text') return undefined;
  const cues: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [key, phrases] of Object.entries(raw.cues)) {
    let answer: string | undefined;
    if (raw.type === 'yes-no') {
      const read = readYesNo(key);
      answer = read.kind === 'yes-no' ? (read.value ? 'yes' : 'no') : undefined;
    } else if (raw.type === 'choice') {
      answer = (raw.options ?? []).find((option) => normalizeWord(option.value) === normalizeWord(key))?.value;
    } else {
      answer = key === 'near' ? key : undefined;
    }
    if (answer === undefined) {
      issues.push(issue(['criteria', index, 'cues', key], { code: 'cue-not-an-answer', key, type: raw.type }));
      continue;
    }
    (cues[answer] ??= []).push(...(typeof phrases === 'string' ? [phrases] : phrases));
  }
  return cues;
}

function buildCriterion(raw: RawCriterion, index: number, issues: SemanticIssue[]): Criterion {
  const columns = raw.column === undefined ? [raw.id] : typeof raw.column === 'string' ? [raw.column] : raw.column;
  const base = {
    id: raw.id,
    question: raw.question,
    help: raw.help,
    must: raw.must ?? false,
    column: columns,
    why: raw.why,
    clientReason: raw.client_reason,
    terms: raw.terms,
    when: raw.when === undefined ? undefined : Object.fromEntries(Object.entries(raw.when).map(([id, value]) => [id, Array.isArray(value) ? value : [value]])),
    ...(raw.ask === undefined ? {} : { ask: raw.ask }),
    ...(raw.cues === undefined ? {} : { cues: buildCues(raw, index, issues) }),
  };
  switch (raw.type) {
    case 'yes-no': {
      const expect = raw.expect === undefined ? ({ kind: 'yes-no', value: true } as const) : readYesNo(raw.expect);
      if (expect.kind !== 'yes-no') {
        issues.push(issue(['criteria', index, 'expect'], { code: 'expect-not-yes-no', raw: String(raw.expect) }));
      }
      return { ...base, type: 'yes-no', maxPoints: raw.points ?? DEFAULT_POINTS, expect: expect.kind === 'yes-no' ? expect.value : true };
    }
    case 'number':
      return { ...base, type: 'number', maxPoints: raw.points ?? DEFAULT_POINTS, min: raw.min, max: raw.max, ...(raw.decimal === undefined ? {} : { decimal: raw.decimal }) };
    case 'choice': {
      const options = (raw.options ?? []).map((option) => ({
        value: option.value,
        label: option.label ?? option.value,
        points: option.points ?? 0,
        fail: option.fail ?? false,
      }));
      const seen = new Set<string>();
      options.forEach((option, optionIndex) => {
        const key = normalizeWord(option.value);
        if (seen.has(key)) {
          issues.push(issue(['criteria', index, 'options', optionIndex, 'value'], { code: 'duplicate-option', value: option.value }));
        }
        seen.add(key);
      });
      // A dealbreaker option can never be earned, so it does not raise the maximum.
      const passing = options.filter((option) => !option.fail);
      if (options.length > 0 && passing.length === 0) {
        issues.push(issue(['criteria', index, 'options'], { code: 'no-passing-option' }));
      }
      return { ...base, type: 'choice', options, maxPoints: Math.max(0, ...passing.map((option) => option.points)) };
    }
    case 'text':
      return { ...base, type: 'text', maxPoints: raw.points ?? DEFAULT_POINTS, redFlags: raw.red_flags ?? [] };
  }
}

/**
 * Turns a schema-valid file into Criteria, collecting the problems the schema cannot see:
 * duplicate ids, keys used with the wrong type, `when` values the named criterion could never give.
 */
export function buildCriteria(file: CriteriaFile): { criteria: Criteria; issues: SemanticIssue[] } {
  const issues: SemanticIssue[] = [];
  const ids = new Map<string, number>();
  file.criteria.forEach((raw, index) => {
    const first = ids.get(raw.id);
    if (first !== undefined) {
      issues.push(issue(['criteria', index, 'id'], { code: 'duplicate-id', id: raw.id, first }));
    } else {
      ids.set(raw.id, index);
    }
    checkTypeKeys(raw, index, issues);
  });
  const criteria = file.criteria.map((raw, index) => buildCriterion(raw, index, issues));
  const order = new Map(criteria.map((criterion, index) => [criterion.id, index]));
  criteria.forEach((criterion, index) => {
    for (const [id, values] of Object.entries(criterion.when ?? {})) {
      const at = order.get(id);
      // A condition on no criterion, or on one not yet answered, would leave this one never
      // applying, silently: in score, batch and sql alike. A typo, almost always.
      if (at === undefined) {
        const suggestion = closest(id, order.keys());
        issues.push({ ...issue(['criteria', index, 'when', id], { code: 'when-unknown', id: criterion.id, parent: id, ...(suggestion === undefined ? {} : { suggestion }) }), atKey: true });
        continue;
      }
      if (at >= index) {
        issues.push({ ...issue(['criteria', index, 'when', id], { code: 'when-later', id: criterion.id, parent: id, itself: at === index }), atKey: true });
        continue;
      }
      const target = criteria[at]!;
      values.forEach((value) => {
        const answer = readAnswerFor(target, value);
        if (answer.kind === 'invalid' || answer.kind === 'unknown') {
          issues.push(issue(['criteria', index, 'when', id], { code: 'when-never-answer', value: String(value), id, type: target.type }));
        }
      });
    }
  });
  const { accept, review, max_unknown: maxUnknown } = file.thresholds;
  const target = file.calibration?.target_accept ?? DEFAULT_TARGET_ACCEPT;
  if (target[0] > target[1]) {
    issues.push(issue(['calibration', 'target_accept'], { code: 'target-accept-order', low: target[0], high: target[1] }));
  }
  return {
    criteria: {
      version: 1,
      name: file.name,
      description: file.description,
      thresholds: maxUnknown === undefined ? { accept, review } : { accept, review, maxUnknown },
      targetAccept: [target[0], target[1]],
      criteria,
      messages: file.messages ?? {},
      form: file.form ?? {},
    },
    issues,
  };
}

/** Header names compare without case, spaces, `_` and `-`: "Pays upfront" finds pays_upfront. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
}
