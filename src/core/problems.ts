/**
 * Every problem the core reports, typed: a stable kebab-case `code` and the values a message
 * needs, never the message itself. The renderers word them in the interface language
 * (src/render/problems.ts, the `problems` catalog section) and the command layer names the
 * flags that resolve them. Machine output carries the code and these parameters.
 */
import type { ErrorCode } from 'yaml';

/** A value from the user's file as a message shows it: `"remote"`, `a list`, `nothing`. */
export type Shown =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'null' }
  | { readonly kind: 'list' }
  | { readonly kind: 'mapping' }
  /** a string, shown in quotes */
  | { readonly kind: 'text'; readonly text: string }
  /** a number or a boolean, shown as written */
  | { readonly kind: 'value'; readonly text: string };

export function shown(value: unknown): Shown {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'mapping' };
  return { kind: 'value', text: String(value) };
}

/** `criteria[1].type`, `thresholds.accept`: how paths appear in problems. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Which YAML input a problem is in: the words differ ("a criteria file", "an answers file"). */
export type FileKind = 'criteria' | 'answers';

/** Why an answer (typed, from a file or a spreadsheet cell) could not be read. */
export type AnswerProblem =
  /** `raw` is absent when the value is not text at all (a list, a mapping) */
  | { readonly code: 'not-yes-no'; readonly raw?: string }
  /** `comma`: the text reads as a number with a decimal comma (`1,5`), which the reader was not told to expect */
  | { readonly code: 'not-a-number'; readonly raw?: string; readonly comma?: boolean }
  /** `readings`: [decimal-mark reading, thousands reading] */
  | { readonly code: 'ambiguous-number'; readonly raw: string; readonly readings: readonly [number, number] }
  /** `labels`: the options' labels in the same order, when the criteria file gives any (what people are shown; machine output keeps the values) */
  | { readonly code: 'not-one-of'; readonly options: readonly string[]; readonly raw?: string; readonly labels?: readonly string[] }
  | { readonly code: 'not-text' }
  /** an outcome cell or word that is neither good nor bad */
  | { readonly code: 'not-an-outcome'; readonly raw: string };

/** Why a criterion failed (status `fail`). */
export type FailReason =
  | { readonly code: 'expected-yes' }
  | { readonly code: 'expected-no' }
  | { readonly code: 'below-minimum'; readonly min: number }
  | { readonly code: 'above-maximum'; readonly max: number }
  | { readonly code: 'dealbreaker-option'; readonly label: string }
  | { readonly code: 'not-an-option' }
  /** `flag`: the list entry; `words`: what it matched in the answer, as written (`скидку` for `скидк`) */
  | { readonly code: 'red-flag'; readonly flag: string; readonly words: string };

/** The reason a criterion's result carries: a fail reason, or why its answer could not be read. */
export type CriterionReason = FailReason | AnswerProblem;

/**
 * A criteria file that does not validate: the schema's issues and the checks across fields.
 * `path` is the place in the file as people write it (`criteria[1].type`); `''` is the file itself.
 */
export type CriteriaProblem =
  | { readonly code: 'unknown-key'; readonly path: string; readonly suggestion?: string }
  | { readonly code: 'required'; readonly path: string }
  | { readonly code: 'not-a-mapping'; readonly got: Shown }
  /** `expected`: the kinds the key takes (`text`, `number`, `boolean`, `list`, `mapping`, or the schema's name) */
  | { readonly code: 'wrong-type'; readonly path: string; readonly expected: readonly string[]; readonly got: Shown }
  | { readonly code: 'wrong-value'; readonly path: string; readonly expected: Shown; readonly got: Shown }
  | { readonly code: 'not-one-of-values'; readonly path: string; readonly values: readonly string[]; readonly got: Shown }
  | { readonly code: 'too-few-items'; readonly path: string; readonly minimum: number }
  | { readonly code: 'empty-text'; readonly path: string }
  | { readonly code: 'too-small'; readonly path: string; readonly minimum: number; readonly got: Shown }
  | { readonly code: 'too-many-items'; readonly path: string; readonly maximum: number }
  | { readonly code: 'too-big'; readonly path: string; readonly maximum: number; readonly got: Shown }
  | { readonly code: 'bad-id'; readonly path: string; readonly got: Shown }
  | { readonly code: 'reserved-id'; readonly path: string }
  | { readonly code: 'not-true-false'; readonly path: string; readonly raw: string }
  /** an issue of the schema library that has no code of ours: `detail` is the library's own text */
  | { readonly code: 'schema'; readonly path: string; readonly detail: string }
  | { readonly code: 'only-for-types'; readonly path: string; readonly types: readonly string[]; readonly type: string }
  | { readonly code: 'choice-needs-options'; readonly path: string }
  | { readonly code: 'choice-points-unused'; readonly path: string }
  | { readonly code: 'min-above-max'; readonly path: string; readonly min: number; readonly max: number }
  | { readonly code: 'expect-not-yes-no'; readonly path: string; readonly raw: string }
  /** a `cues` key that is no answer of the criterion (yes/no, an option's value, `near` for a number) */
  | { readonly code: 'cue-not-an-answer'; readonly path: string; readonly key: string; readonly type: string }
  | { readonly code: 'duplicate-option'; readonly path: string; readonly value: string }
  | { readonly code: 'no-passing-option'; readonly path: string }
  | { readonly code: 'duplicate-id'; readonly path: string; readonly id: string; readonly first: number }
  | { readonly code: 'when-never-answer'; readonly path: string; readonly value: string; readonly id: string; readonly type: string }
  /** a `when` naming no criterion: the criterion would never apply (a typo, mostly) */
  | { readonly code: 'when-unknown'; readonly path: string; readonly id: string; readonly parent: string; readonly suggestion?: string }
  /** a `when` naming a criterion asked later, or (`itself`) the criterion's own answer: it would never apply */
  | { readonly code: 'when-later'; readonly path: string; readonly id: string; readonly parent: string; readonly itself: boolean }
  | { readonly code: 'target-accept-order'; readonly path: string; readonly low: number; readonly high: number }
  /** `ask.options` names a value the criterion's options do not have */
  | { readonly code: 'ask-not-an-option'; readonly path: string; readonly value: string; readonly values: readonly string[] };

/**
 * What the YAML parser (yaml 2) found wrong, by its own code (its `ErrorCode`): people read
 * clientfit's words for it, chosen by the code and the details below.
 */
export type YamlErrorCode = ErrorCode;

/** A character the parser found missing: a closing quote or bracket, the `:` of `key: value`, an item's `-`, a `,` between items, the space before a `#` comment. */
export type YamlMissing = '"' | "'" | ']' | '}' | ':' | '-' | ',' | ' ';

/** The YAML of a criteria or answers file, before any schema: syntax, tags, anchors, nesting. */
export type YamlProblem =
  /**
   * `yamlCode`: the parser's code; `missing`: the character it found missing, where its text
   * says which; `token`: what it found instead (as written: `]`, `\q`, `@`), where that is
   * short; `detail`: the parser's own English text, for machine output only.
   */
  | { readonly code: 'yaml-syntax'; readonly yamlCode: YamlErrorCode; readonly missing?: YamlMissing; readonly token?: string; readonly detail: string }
  | { readonly code: 'duplicate-key'; readonly key: string }
  | { readonly code: 'tag-not-allowed'; readonly tag: string; readonly file: FileKind }
  | { readonly code: 'unknown-tag'; readonly tag: string; readonly file: FileKind }
  | { readonly code: 'alias-not-allowed'; readonly alias: string; readonly file: FileKind }
  | { readonly code: 'anchor-not-allowed'; readonly anchor: string; readonly file: FileKind }
  | { readonly code: 'reserved-key'; readonly key: string; readonly file: FileKind }
  | { readonly code: 'too-deep'; readonly max: number; readonly file: FileKind }
  | { readonly code: 'empty-file' }
  /** bytes that are not UTF-8 text (decodeUtf8) */
  | { readonly code: 'utf-16' }
  | { readonly code: 'not-utf-8' }
  | { readonly code: 'nul-byte' };

/** Anything loading a criteria file reports. */
export type LoadProblem = YamlProblem | CriteriaProblem;

/**
 * One field of a journal line that does not read, at its path in the line (`result.score`):
 * the criteria file's words for a key serve the journal's keys too, and a time that is not one
 * has its own.
 */
export type JournalFieldProblem =
  | Extract<CriteriaProblem, { code: 'required' | 'wrong-type' | 'wrong-value' | 'not-one-of-values' | 'empty-text' | 'schema' }>
  /** `got`: the text that is not an ISO 8601 date and time (`2026-12-07T10:30:00Z`) */
  | { readonly code: 'not-a-time'; readonly path: string; readonly got: Shown };

/** A line of the decision journal that is not one of ours. */
export type JournalLineProblem =
  | { readonly code: 'not-json' }
  | { readonly code: 'not-an-object' }
  /** `type`: the line's `type` as JSON (`"note"`, `undefined`) */
  | { readonly code: 'unknown-line-type'; readonly type: string }
  /** `issues`: the first fields that do not read (two at most), each a typed problem of its own */
  | { readonly code: 'invalid-line'; readonly type: string; readonly issues: readonly JournalFieldProblem[] }
  | { readonly code: 'line-too-long'; readonly limit: string }
  /** a second line with the id of an earlier one (`first`, its line number) and other content: the first is used */
  | { readonly code: 'id-conflict'; readonly type: 'decision' | 'outcome'; readonly id: string; readonly first: number };

/** Calibration that cannot run on what it was given. */
export type CalibrationProblem =
  | { readonly code: 'no-leads' }
  /** the cost of a bad client accepted (a command option) is not a number of 0 or more */
  | { readonly code: 'bad-cost'; readonly value: number };

/** What `check` finds in a valid list's calibration (see lint.ts). */
export type LintProblem =
  | { readonly code: 'too-many-musts'; readonly count: number; readonly max: number }
  | { readonly code: 'too-many-criteria'; readonly count: number; readonly max: number }
  | { readonly code: 'must-in-effect'; readonly id: string; readonly score: number; readonly accept: number }
  /** `score`: what a prospect failing every criterion scores */
  | { readonly code: 'accepts-everyone'; readonly accept: number; readonly score: number }
  | { readonly code: 'unreachable'; readonly score: number; readonly verdict: string }
  | { readonly code: 'review-above-accept'; readonly review: number; readonly accept: number }
  | { readonly code: 'shared-column'; readonly first: string; readonly second: string; readonly column: string }
  | { readonly code: 'accepts-unknown' }
  | { readonly code: 'max-unknown-allows-all'; readonly maxUnknown: number; readonly criteria: number }
  /** the file has a `form:` section but no criterion has a question for the prospect (`ask:`) */
  | { readonly code: 'form-without-questions' };

/** Every typed problem of the core. */
export type CoreProblem = CriterionReason | LoadProblem | JournalLineProblem | CalibrationProblem | LintProblem;
export type ProblemCode = CoreProblem['code'];

/** The parameters of a problem: everything but its code (for JSON output beside the code). */
export function problemParams(problem: CoreProblem): Record<string, unknown> {
  const { code: _code, ...params } = problem as { code: string } & Record<string, unknown>;
  return params;
}
