/**
 * A scored prospect as text: the verdict banner, one line per criterion, what to ask next,
 * what to require, and the message draft. Marks come with words so it reads without colour.
 */
import { describeProblem } from './problems.js';
import { readAnswerFor, type Criteria, type Criterion } from '../core/criteria.js';
import type { Answer } from '../core/answers.js';
import type { DraftWords } from '../core/message.js';
import { followUps, potentialNote, type FollowUp, type CriterionResult, type Result, type Status } from '../core/score.js';
import type { AllWords, Voice } from '../i18n/index.js';
import type { Lang } from '../i18n/languages.js';
import { verdictBanner, verdictColor, type Style } from './style.js';
import { printable, printableStyled } from './sanitize.js';
import { renderTable, textWidth, truncate, wrap } from './table.js';
import { list } from './locale.js';

/** Each status as a mark and a word, in the language of `t`. */
export function marks(t: AllWords['result']): Record<Status, string> {
  const { marks } = t;
  return { pass: marks.pass, fail: marks.fail, unknown: marks.unknown, 'n/a': marks.na, invalid: marks.invalid };
}

/** A number the user gave, written the language's way; English keeps it exactly as before. */
export function humanNumber(lang: Lang, value: number): string {
  return lang === 'en' ? String(value) : new Intl.NumberFormat(lang, { useGrouping: 'min2', maximumFractionDigits: 20 }).format(value);
}

/** An answer as people read it: yes/no and numbers in the voice's language, a choice by its label. */
export function answerText(voice: Voice, criterion: Criterion, answer: Answer): string {
  const t = voice.words.result;
  switch (answer.kind) {
    case 'unknown':
      return '?';
    case 'invalid':
      return answer.raw;
    case 'yes-no':
      return answer.value ? t.yes : t.no;
    case 'number':
      return humanNumber(voice.lang, answer.value);
    case 'choice':
      return (criterion.type === 'choice' ? criterion.options.find((option) => option.value === answer.value)?.label : undefined) ?? answer.value;
    case 'text':
      return answer.value;
  }
}

/**
 * The built-in drafts and the reason joiner of the language of `t`, for the core's draftMessage:
 * the run's, or ENGLISH's for machine output (score --format json), which is the same in every language.
 */
export function draftWords(t: AllWords['result']): DraftWords {
  // The catalog fills placeholders: handing each its own name back keeps it for the core to fill.
  const kept = { name: '{name}', reasons: '{reasons}', terms: '{terms}' };
  return {
    decline: t.drafts.decline(kept),
    review: t.drafts.review(kept),
    accept: t.drafts.accept(kept),
    joinReasons: (items) => (items.length === 2 ? t.reasons.two({ first: items[0]!, second: items[1]! }) : t.reasons.last({ rest: items.slice(0, -1).join(t.reasons.separator), last: items.at(-1)! })),
  };
}

/** The failed must-haves by their questions, each in the language's quotes (ids are for machine output). */
function quotedQuestions(voice: Voice, criteria: Criteria, ids: readonly string[]): string {
  const t = voice.words.result.score;
  return list(
    voice.lang,
    ids.map((id) => t.quoted({ text: printable(criteria.criteria.find((criterion) => criterion.id === id)?.question ?? id) })),
    'conjunction',
    (quoted) => quoted.join(', '),
  );
}

/** Answers a follow-up question depends on: `yes or no`, the language's "or" list elsewhere. */
function orList(lang: Lang, values: readonly string[]): string {
  return list(lang, values, 'disjunction', (items) => items.join(' or '));
}

function markStyle(style: Style, status: Status): (text: string) => string {
  switch (status) {
    case 'pass':
      return style.green;
    case 'fail':
      return style.red;
    case 'invalid':
      return style.magenta;
    case 'unknown':
      return style.yellow;
    case 'n/a':
      return style.dim;
  }
}

/**
 * `score 55, up to 85 once the unknowns are answered`: the potential only when answering the
 * unknowns could change the verdict; otherwise why not.
 */
export function scoreLine(voice: Voice, criteria: Criteria, result: Result): string {
  const t = voice.words.result.score;
  const note = potentialNote(criteria, result);
  let line: string;
  switch (note.code) {
    case 'complete':
      line = t.complete({ score: result.score });
      break;
    case 'could-change':
      line = t.couldChange({ score: result.score, potential: note.potential });
      break;
    case 'must-failed':
      line = t.mustFailed({ count: note.ids.length, score: result.score, ids: quotedQuestions(voice, criteria, note.ids) });
      break;
    case 'same-verdict':
      line = t.sameVerdict({ score: result.score, potential: note.potential });
      break;
  }
  if (result.capped) {
    line += t.capped({ count: result.tally.openCount, max: criteria.thresholds.maxUnknown ?? 0 });
  }
  return line;
}

export interface ResultView {
  readonly criteria: Criteria;
  readonly result: Result;
  readonly name?: string;
  /** terms of failed and unknown criteria */
  readonly terms: readonly string[];
  /** the message draft, or null when there is none or it is hidden */
  readonly message: string | null;
  readonly style: Style;
  readonly columns: number;
  /**
   * What names each criterion in the table: its question, its id, or (the default) the id
   * only when the questions would be cut to fewer than MIN_QUESTION_WIDTH columns.
   */
  readonly questions?: 'text' | 'ids' | 'auto';
}

/** Below this, a cut question says less than the criterion's id. */
export const MIN_QUESTION_WIDTH = 30;

/**
 * The narrowest the answers get for ids to stay whole: `да`, `нет`, `30`, and a label's first
 * letters with its ellipsis. Bulgarian at 60 columns, with an n/a row («– не се отнася») and a
 * must-have («задължително»), leaves exactly 4 beside `deposit_percent`.
 */
export const MIN_ANSWER_WIDTH = 4;

function points(entry: CriterionResult): string {
  return entry.status === 'n/a' ? '–' : `${entry.points}/${entry.max}`;
}

function detail(voice: Voice, criterion: Criterion, entry: CriterionResult): string | undefined {
  if (entry.status === 'fail') return [entry.reason === undefined ? undefined : describeProblem(voice, entry.reason), criterion.why].filter(Boolean).join(': ');
  if (entry.status === 'invalid') return entry.reason === undefined ? undefined : describeProblem(voice, entry.reason);
  return undefined;
}

export function renderResult(voice: Voice, view: ResultView): string[] {
  const { criteria, result, style } = view;
  const t = voice.words.result;
  const MARKS = marks(t);
  const columns = Math.max(40, view.columns);
  const color = verdictColor(style, result.verdict);
  const lines: string[] = [];
  // Wrapped here, not only by a terminal's stream (io.ts fittedTerminal): into a pipe the width is
  // $COLUMNS too, and a banner naming a must-have's question, or a long name, is 70 columns and
  // more. The score hangs under itself, after the verdict; the name keeps its `  ·  ` when it fits.
  const verdict = verdictBanner(t, result.verdict);
  const hang = ' '.repeat(textWidth(verdict) + 2);
  const banner = wrap(scoreLine(voice, criteria, result), columns, `${color(style.bold(verdict))}  `, hang);
  if (view.name) {
    const name = printable(view.name);
    const last = banner.at(-1)!;
    if (textWidth(`${last}  ·  ${name}`) <= columns) banner[banner.length - 1] = `${last}  ${style.dim('·')}  ${style.bold(name)}`;
    else {
      // On lines of its own, under the score: `· ` and the name, bold, wrapped under itself.
      const first = `${hang}·  `;
      const rest = ' '.repeat(first.length);
      const named = wrap(name, columns, first, rest);
      banner.push(...named.map((line, index) => (index === 0 ? `${hang}${style.dim('·')}  ` : rest) + style.bold(line.slice(first.length))));
    }
  }
  lines.push(...banner);
  lines.push('');

  // The question matters more than a long pasted answer: answers get at most a fifth of the width.
  const answerWidth = Math.max(10, Math.floor(columns / 5));
  const byId = new Map(criteria.criteria.map((criterion) => [criterion.id, criterion]));
  const answerTexts = result.results.map((entry) => {
    const criterion = byId.get(entry.id)!;
    return printable(entry.status === 'n/a' && entry.answer.kind === 'unknown' ? '' : answerText(voice, criterion, entry.answer));
  });
  let answers = answerTexts.map((text) => truncate(text, answerWidth));
  // The room left for the question once the other columns are laid out as renderTable lays
  // them: each as wide as its header or widest cell (in the run's language: «обязательно» is
  // wider than "must"), two spaces between columns, two before the table.
  const widest = (header: string, cells: readonly string[]): number => Math.max(textWidth(header), ...cells.map(textWidth));
  const fixed =
    widest(
      t.table.status,
      result.results.map((entry) => MARKS[entry.status]),
    ) +
    widest(t.table.points, result.results.map(points)) +
    widest(
      '',
      result.results.map((entry) => (entry.must ? t.table.must : '')),
    ) +
    2 +
    4 * 2;
  const others = fixed + widest(t.table.answer, answers);
  const longest = Math.max(...criteria.criteria.map((criterion) => textWidth(criterion.question)));
  const useIds = view.questions === 'ids' || (view.questions !== 'text' && longest > columns - others && columns - others < MIN_QUESTION_WIDTH);
  let answerHeader = t.table.answer;
  if (useIds) {
    // An id is what tells the rows apart once questions are left out, so it keeps its full width
    // and the answers (which the user gave) give way: in Russian and Bulgarian, whose marks and
    // «обязательно» are wider, 60 columns otherwise cut `deposit_percent` to `deposit_…`.
    // Below MIN_ANSWER_WIDTH the ids give way after all (renderTable shrinks them).
    const room = Math.max(
      MIN_ANSWER_WIDTH,
      columns -
        fixed -
        widest(
          t.table.criterion,
          result.results.map((entry) => entry.id),
        ),
    );
    if (widest(answerHeader, answers) > room) {
      answers = answerTexts.map((text) => truncate(text, Math.min(room, answerWidth)));
      answerHeader = truncate(answerHeader, room);
    }
  }
  const rows = result.results.map((entry, index) => {
    const criterion = byId.get(entry.id)!;
    return [markStyle(style, entry.status)(MARKS[entry.status]), useIds ? criterion.id : printable(criterion.question), answers[index]!, points(entry), entry.must ? t.table.must : ''];
  });
  const table = renderTable(
    [{ header: t.table.status }, { header: useIds ? t.table.criterion : t.table.question, shrink: true }, { header: answerHeader }, { header: t.table.points, align: 'right' }, { header: '' }],
    rows,
    columns,
    '  ',
  );
  lines.push(style.dim(table[0]!));
  // Details start under the question. English keeps the width it always had (that of
  // "? unknown"); other languages, whose marks differ in width, take the status column's.
  const statusWidth = voice.lang === 'en' ? textWidth(MARKS.unknown) : Math.max(textWidth(t.table.status), ...result.results.map((entry) => textWidth(MARKS[entry.status])));
  const indent = ' '.repeat(2 + statusWidth + 2);
  result.results.forEach((entry, index) => {
    lines.push(table[index + 1]!);
    const text = detail(voice, byId.get(entry.id)!, entry);
    if (text) for (const line of wrap(printable(text), columns, indent)) lines.push(style.dim(line));
  });

  // An answer that could not be read must be asked again, like one never given.
  const open = result.results.filter((entry) => entry.status === 'unknown' || entry.status === 'invalid');
  if (open.length > 0) {
    const ordered = [...open.filter((entry) => entry.must), ...open.filter((entry) => !entry.must)];
    lines.push('', style.bold(t.stillToAsk));
    // Questions that apply only once an open answer is given are listed under it.
    const addFollowUps = (items: readonly FollowUp[], depth: number): void => {
      for (const item of items) {
        const parent = byId.get(item.parent)!;
        const child = byId.get(item.id)!;
        const values = orList(
          voice.lang,
          item.values.map((value) => answerText(voice, parent, readAnswerFor(parent, value))),
        );
        const indent = '    '.repeat(depth);
        const question = /^\p{Lu}\p{Ll}/u.test(child.question) ? child.question.charAt(0).toLowerCase() + child.question.slice(1) : child.question;
        lines.push(...wrap(t.followUpIf({ values, question, must: child.must ? t.mustHave : '' }), columns, `${indent}  - `, `${indent}    `));
        addFollowUps(item.children, depth + 1);
      }
    };
    for (const entry of ordered) {
      const question = byId.get(entry.id)!.question;
      lines.push(...wrap(`${printable(question)}${entry.must ? t.mustHave : ''}`, columns, '  - ', '    '));
      addFollowUps(followUps(criteria, result, entry.id), 1);
    }
  }
  if (view.terms.length > 0) {
    lines.push('', style.bold(t.require));
    for (const term of view.terms) {
      lines.push(...wrap(printable(term), columns, '  - ', '    '));
    }
  }
  if (view.message !== null) {
    const title = result.verdict === 'reject' ? t.draftDecline : result.verdict === 'review' ? t.draftReview : t.draftAccept;
    lines.push('', style.bold(title), '', ...view.message.split('\n').map(printable));
  }
  // Answers, names and the criteria file's words are data: the last guard keeps only colour codes.
  return lines.map((line) => printableStyled(line, { singleLine: true }));
}
