/**
 * The words of the core's typed problems (src/core/problems.ts), in the voice given: the run's
 * for people, `ENGLISH` for the `message` of machine output. One entry per problem code: a code
 * without words is a compile error (the mapped type `Wording`).
 *
 * Numbers in English stay as the core wrote them before the catalogs existed (`12345`, not
 * `12,345`): English output is byte-for-byte what it was, and JSON quotes it.
 */
import { problemParams, type CoreProblem, type JournalFieldProblem, type ProblemCode, type Shown } from '../core/problems.js';
import { ENGLISH, type AllWords, type Voice } from '../i18n/index.js';

type Of<C extends ProblemCode> = Extract<CoreProblem, { code: C }>;

/** Where a message is shown, when the words differ: a prompt cannot take a command-line flag. */
export type ProblemContext = 'default' | 'prompt' | 'file';

interface Speaker {
  readonly t: AllWords['problems'];
  readonly english: boolean;
  readonly context: ProblemContext;
}

type Wording = { readonly [C in ProblemCode]: (problem: Of<C>, speaker: Speaker) => string };

/** A number as a parameter: verbatim in English (see the module comment), the language's way elsewhere. */
function n(speaker: Speaker, value: number): string | number {
  return speaker.english ? String(value) : value;
}

export function shownWords(t: AllWords['problems'], got: Shown): string {
  switch (got.kind) {
    case 'text':
      return t.got.text({ text: got.text });
    case 'value':
      return got.text;
    default:
      return t.got[got.kind];
  }
}

function where(t: AllWords['problems'], path: string): string {
  return path === '' ? t.file : path;
}

function kinds(t: AllWords['problems'], expected: readonly string[]): string {
  return expected.map((kind) => (kind in t.kinds ? t.kinds[kind as keyof AllWords['problems']['kinds']] : kind)).join(t.or);
}

function suggestion(t: AllWords['problems'], value: string | undefined): string {
  return value === undefined ? '' : t.didYouMean({ suggestion: value });
}

/**
 * YAML the parser cannot read: by the parser's code and what it found missing, in the
 * interface language (the parser's English stays in `detail`, for machine output only).
 */
function syntaxWords(t: AllWords['problems']['yaml']['syntax'], p: Of<'yaml-syntax'>): string {
  switch (p.yamlCode) {
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      switch (p.missing) {
        case '"':
        case "'":
          return t.quoteNotClosed({ quote: p.missing });
        case ']':
        case '}': {
          const open = p.missing === ']' ? t.listNotClosed : t.mappingNotClosed;
          // In a block collection the parser cannot tell a bracket left open from lines that go on less indented.
          return p.yamlCode === 'BAD_INDENT' ? `${open}${t.flowIndent}` : open;
        }
        case ':':
          return t.missingColon;
        case '-':
          return t.missingDash;
        case ',':
          return t.missingComma;
        case ' ':
          return t.missingSpace;
        default:
          return p.yamlCode === 'BAD_INDENT' ? t.badIndent : t.general;
      }
    case 'TAB_AS_INDENT':
      return t.tabIndent;
    case 'BAD_DQ_ESCAPE':
      return p.token === undefined ? t.general : t.badEscape({ escape: p.token });
    case 'BAD_SCALAR_START':
      return p.token === undefined ? t.general : t.badStart({ char: p.token });
    case 'BLOCK_AS_IMPLICIT_KEY':
      return p.token === ':' ? t.colonInValue : t.general;
    case 'UNEXPECTED_TOKEN':
      if (p.token === undefined) return t.general;
      if (p.token === '-') return t.unexpectedDash;
      if (p.token === ',') return t.unexpectedComma;
      return t.unexpected({ token: p.token });
    case 'MULTILINE_IMPLICIT_KEY':
      return t.multilineKey;
    case 'MULTIPLE_DOCS':
      return t.multipleDocuments;
    case 'BAD_DIRECTIVE':
      return t.directive;
    case 'KEY_OVER_1024_CHARS':
      return t.longKey;
    case 'BLOCK_IN_FLOW':
      return t.blockInFlow;
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return t.props;
    default:
      // DUPLICATE_KEY has a problem of its own; IMPOSSIBLE, NON_STRING_KEY, RESOURCE_EXHAUSTION
      // and any code a later yaml adds get the general words.
      return t.general;
  }
}

const WORDING: Wording = {
  // answers
  'not-yes-no': (p, { t }) => (p.raw === undefined ? t.answer.notYesNo : t.answer.notYesNoGot({ raw: p.raw })),
  'not-a-number': (p, { t, context }) => {
    const base = p.raw === undefined ? t.answer.notANumber : t.answer.notANumberGot({ raw: p.raw });
    if (p.comma !== true) return base;
    // Mid-session a flag is no help: say how to type it instead.
    return `${base}${context === 'prompt' ? t.answer.commaHintPrompt : t.answer.commaHint}`;
  },
  'ambiguous-number': (p, speaker) => {
    const { t, context } = speaker;
    const [decimal, thousands] = p.readings;
    if (context !== 'file') return t.answer.ambiguous({ raw: p.raw, decimal: n(speaker, decimal), thousands: n(speaker, thousands) });
    // The separator says which reading is the decimal point's and which the decimal comma's.
    const point = /\d,\d{3}\D*$/u.test(p.raw) ? thousands : decimal;
    const comma = point === decimal ? thousands : decimal;
    return t.answer.ambiguousHint({ raw: p.raw, decimal: n(speaker, decimal), thousands: n(speaker, thousands), comma: n(speaker, comma), point: n(speaker, point) });
  },
  'not-one-of': (p, { t }) => {
    // By their labels where the criteria file gives them: accepted as answers too, and in a
    // translated list the only words its user knows (`На время пропал`, not `silent`).
    const options = p.labels === undefined ? p.options.join(', ') : p.labels.map((label) => t.answer.option({ label })).join(', ');
    return p.raw === undefined ? t.answer.notOneOf({ options }) : t.answer.notOneOfGot({ options, raw: p.raw });
  },
  'not-text': (_, { t }) => t.answer.notText,
  'not-an-outcome': (p, { t }) => t.answer.notAnOutcome({ raw: p.raw }),
  // fail reasons
  'expected-yes': (_, { t }) => t.reason.expectedYes,
  'expected-no': (_, { t }) => t.reason.expectedNo,
  'below-minimum': (p, s) => s.t.reason.belowMinimum({ min: n(s, p.min) }),
  'above-maximum': (p, s) => s.t.reason.aboveMaximum({ max: n(s, p.max) }),
  'dealbreaker-option': (p, { t }) => t.reason.dealbreakerOption({ label: p.label }),
  'not-an-option': (_, { t }) => t.reason.notAnOption,
  'red-flag': (p, { t }) => t.reason.redFlag({ words: p.words }),
  // criteria files
  'unknown-key': (p, { t }) => t.criteria.unknownKey({ where: where(t, p.path), suggestion: suggestion(t, p.suggestion) }),
  required: (p, { t }) => t.criteria.required({ where: where(t, p.path) }),
  'not-a-mapping': (p, { t }) => t.criteria.notAMapping({ got: shownWords(t, p.got) }),
  'wrong-type': (p, { t }) => t.criteria.wrongType({ where: where(t, p.path), expected: kinds(t, p.expected), got: shownWords(t, p.got) }),
  'wrong-value': (p, { t }) => t.criteria.wrongType({ where: where(t, p.path), expected: shownWords(t, p.expected), got: shownWords(t, p.got) }),
  'not-one-of-values': (p, { t }) => t.criteria.notOneOfValues({ where: where(t, p.path), values: p.values.join(', '), got: shownWords(t, p.got) }),
  'too-few-items': (p, s) => s.t.criteria.tooFewItems({ where: where(s.t, p.path), count: n(s, p.minimum) }),
  'empty-text': (p, { t }) => t.criteria.emptyText({ where: where(t, p.path) }),
  'too-small': (p, s) => s.t.criteria.tooSmall({ where: where(s.t, p.path), minimum: n(s, p.minimum), got: shownWords(s.t, p.got) }),
  'too-many-items': (p, s) => s.t.criteria.tooManyItems({ where: where(s.t, p.path), maximum: n(s, p.maximum) }),
  'too-big': (p, s) => s.t.criteria.tooBig({ where: where(s.t, p.path), maximum: n(s, p.maximum), got: shownWords(s.t, p.got) }),
  'bad-id': (p, { t }) => t.criteria.badId({ where: where(t, p.path), got: shownWords(t, p.got) }),
  'reserved-id': (p, { t }) => t.criteria.reservedId({ where: where(t, p.path) }),
  'not-true-false': (p, { t }) => t.criteria.notTrueFalse({ where: where(t, p.path), raw: p.raw }),
  schema: (p, { t }) => t.criteria.schema({ where: where(t, p.path), detail: p.detail }),
  'only-for-types': (p, { t }) => t.criteria.onlyForTypes({ where: where(t, p.path), types: p.types.join(', '), type: p.type }),
  'choice-needs-options': (p, { t }) => t.criteria.choiceNeedsOptions({ where: where(t, p.path) }),
  'choice-points-unused': (p, { t }) => t.criteria.choicePointsUnused({ where: where(t, p.path) }),
  'min-above-max': (p, s) => s.t.criteria.minAboveMax({ where: where(s.t, p.path), min: n(s, p.min), max: n(s, p.max) }),
  'expect-not-yes-no': (p, { t }) => t.criteria.expectNotYesNo({ where: where(t, p.path), raw: p.raw }),
  'cue-not-an-answer': (p, { t }) =>
    p.type === 'number'
      ? t.criteria.cueNotNear({ where: where(t, p.path), key: p.key })
      : p.type === 'yes-no'
        ? t.criteria.cueNotYesNo({ where: where(t, p.path), key: p.key })
        : t.criteria.cueNotOption({ where: where(t, p.path), key: p.key }),
  'duplicate-option': (p, { t }) => t.criteria.duplicateOption({ where: where(t, p.path), value: p.value }),
  'no-passing-option': (p, { t }) => t.criteria.noPassingOption({ where: where(t, p.path) }),
  'duplicate-id': (p, { t }) => t.criteria.duplicateId({ where: where(t, p.path), id: p.id, first: String(p.first) }),
  'when-never-answer': (p, { t }) => t.criteria.whenNeverAnswer({ where: where(t, p.path), value: p.value, id: p.id, type: p.type }),
  'when-unknown': (p, { t }) => t.criteria.whenUnknown({ where: where(t, p.path), id: p.id, parent: p.parent, suggestion: suggestion(t, p.suggestion) }),
  'when-later': (p, { t }) => (p.itself ? t.criteria.whenItself : t.criteria.whenLater)({ where: where(t, p.path), id: p.id, parent: p.parent }),
  'target-accept-order': (p, s) => s.t.criteria.targetAcceptOrder({ where: where(s.t, p.path), low: n(s, p.low), high: n(s, p.high) }),
  'ask-not-an-option': (p, { t }) => t.criteria.askNotAnOption({ where: where(t, p.path), value: p.value, values: p.values.join(', ') }),
  // YAML
  'yaml-syntax': (p, { t }) => syntaxWords(t.yaml.syntax, p),
  'duplicate-key': (p, { t }) => t.yaml.duplicateKey({ key: p.key }),
  'tag-not-allowed': (p, { t }) => t.yaml.tagNotAllowed[p.file]({ tag: p.tag }),
  'unknown-tag': (p, { t }) => t.yaml.unknownTag[p.file]({ tag: p.tag }),
  'alias-not-allowed': (p, { t }) => t.yaml.aliasNotAllowed[p.file]({ alias: p.alias }),
  'anchor-not-allowed': (p, { t }) => t.yaml.anchorNotAllowed[p.file]({ anchor: p.anchor }),
  'reserved-key': (p, { t }) => t.yaml.reservedKey[p.file]({ key: p.key }),
  'too-deep': (p, s) => s.t.yaml.tooDeep[p.file]({ max: n(s, p.max) }),
  'empty-file': (_, { t }) => t.yaml.emptyFile,
  'utf-16': (_, { t }) => t.yaml.utf16,
  'not-utf-8': (_, { t }) => t.yaml.notUtf8,
  'nul-byte': (_, { t }) => t.yaml.nulByte,
  // the journal
  'not-json': (_, { t }) => t.journal.notJson,
  'not-an-object': (_, { t }) => t.journal.notAnObject,
  'unknown-line-type': (p, { t }) => t.journal.unknownLineType({ type: p.type }),
  'invalid-line': (p, s) => s.t.journal.invalidLine({ type: p.type, details: p.issues.map((issue) => fieldWords(issue, s)).join(s.t.separator) }),
  'line-too-long': (p, { t }) => t.journal.lineTooLong({ limit: p.limit }),
  'id-conflict': (p, { t }) => t.journal.idConflict[p.type]({ id: p.id, first: String(p.first) }),
  // calibration
  'no-leads': (_, { t }) => t.calibration.noLeads,
  'bad-cost': (_, { t }) => t.calibration.badCost,
  // check's lint
  'too-many-musts': (p, s) => s.t.lint.tooManyMusts({ count: n(s, p.count), max: n(s, p.max) }),
  'too-many-criteria': (p, s) => s.t.lint.tooManyCriteria({ count: n(s, p.count), max: n(s, p.max) }),
  'must-in-effect': (p, s) => s.t.lint.mustInEffect({ id: p.id, score: n(s, p.score), accept: n(s, p.accept) }),
  'accepts-everyone': (p, s) => (p.accept <= 0 ? s.t.lint.acceptsEveryoneAtZero : s.t.lint.acceptsEveryone({ score: n(s, p.score) })),
  unreachable: (p, s) => s.t.lint.unreachable({ score: n(s, p.score), verdict: p.verdict in s.t.verdicts ? s.t.verdicts[p.verdict as keyof AllWords['problems']['verdicts']] : p.verdict }),
  'review-above-accept': (p, s) => s.t.lint.reviewAboveAccept({ review: n(s, p.review), accept: n(s, p.accept) }),
  'shared-column': (p, { t }) => t.lint.sharedColumn({ first: p.first, second: p.second, column: p.column }),
  'accepts-unknown': (_, { t }) => t.lint.acceptsUnknown,
  'max-unknown-allows-all': (p, s) => s.t.lint.maxUnknownAllowsAll({ maxUnknown: n(s, p.maxUnknown), count: n(s, p.criteria) }),
  'form-without-questions': (_, { t }) => t.lint.formWithoutQuestions,
};

/** A field of a journal line: a key in the criteria file's words, a time in the journal's own. */
function fieldWords(issue: JournalFieldProblem, speaker: Speaker): string {
  return issue.code === 'not-a-time' ? speaker.t.journal.notATime({ where: issue.path, got: shownWords(speaker.t, issue.got) }) : speak(issue, speaker);
}

function speak(problem: CoreProblem, speaker: Speaker): string {
  return (WORDING[problem.code] as (problem: CoreProblem, speaker: Speaker) => string)(problem, speaker);
}

/**
 * A problem in `voice`: the run's, or `ENGLISH` for the `message` of machine output (the same
 * whatever the interface language). `context` picks the words where they differ (see ProblemContext).
 */
export function describeProblem(voice: Voice, problem: CoreProblem, context: ProblemContext = 'default'): string {
  return speak(problem, { t: voice.words.problems, english: voice.lang === 'en', context });
}

/**
 * A problem as machine output keeps it (JSON's `message` and `params`): without what only people
 * are shown, a choice's labels, so that programs get the values they always had.
 */
export function machineProblem<P extends CoreProblem>(problem: P): P {
  if (problem.code !== 'not-one-of' || !('labels' in problem)) return problem;
  const { labels: _labels, ...kept } = problem;
  return kept as P;
}

/** A problem as JSON carries it: the message in English, the stable code and its parameters (values, not labels). */
export function problemJson(problem: CoreProblem, context: ProblemContext = 'default'): { message: string; code: string; params: Record<string, unknown> } {
  const kept = machineProblem(problem);
  return { message: describeProblem(ENGLISH, kept, context), code: kept.code, params: problemParams(kept) };
}

/** The stable code after a message, so that people can search for it: `[not-a-number]`. */
export function problemCode(t: AllWords['problems'], problem: CoreProblem): string {
  return t.report.code({ code: problem.code });
}

/** A message with its code after it: `thresholds.accept must be a number [wrong-type]`. */
export function withCode(voice: Voice, problem: CoreProblem, context: ProblemContext = 'default', dim: (text: string) => string = (text) => text): string {
  return `${describeProblem(voice, problem, context)} ${dim(problemCode(voice.words.problems, problem))}`;
}
