/**
 * A scored prospect as text: the verdict banner, one line per criterion, what to ask next,
 * what to require, and the message draft. Marks come with words so it reads without colour.
 */
import { describeProblem } from './problems.js';
import { readAnswerFor, type Criteria, type Criterion } from '../core/criteria.js';
import { describeAnswer, followUps, potentialNote, type FollowUp, type CriterionResult, type Result, type Status } from '../core/score.js';
import { verdictColor, type Style } from './style.js';
import { printable, printableStyled } from './sanitize.js';
import { renderTable, textWidth, truncate, wrap } from './table.js';

export const MARKS: Record<Status, string> = {
  pass: '✓ pass',
  fail: '✗ fail',
  unknown: '? unknown',
  'n/a': '– n/a',
  invalid: '! invalid',
};

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
export function scoreLine(criteria: Criteria, result: Result): string {
  const note = potentialNote(criteria, result);
  let line: string;
  switch (note.code) {
    case 'complete':
      line = `score ${result.score}`;
      break;
    case 'could-change':
      line = `score ${result.score}, up to ${note.potential} once the unknowns are answered`;
      break;
    case 'must-failed':
      line = `score ${result.score}; answering the unknowns cannot change this: the must-have${note.ids.length === 1 ? '' : 's'} ${note.ids.map((id) => `"${id}"`).join(', ')} failed`;
      break;
    case 'same-verdict':
      line = `score ${result.score}; answering the unknowns would not change the verdict (at most ${note.potential})`;
      break;
  }
  if (result.capped) {
    const open = result.tally.openCount;
    line += `; held at review: ${open} answer${open === 1 ? ' is' : 's are'} unknown or unreadable, more than max_unknown (${criteria.thresholds.maxUnknown ?? 0}) allows`;
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

function points(entry: CriterionResult): string {
  return entry.status === 'n/a' ? '–' : `${entry.points}/${entry.max}`;
}

function detail(criterion: Criterion, entry: CriterionResult): string | undefined {
  if (entry.status === 'fail') return [entry.reason === undefined ? undefined : describeProblem(entry.reason), criterion.why].filter(Boolean).join(': ');
  if (entry.status === 'invalid') return entry.reason === undefined ? undefined : describeProblem(entry.reason);
  return undefined;
}

export function renderResult(view: ResultView): string[] {
  const { criteria, result, style } = view;
  const columns = Math.max(40, view.columns);
  const color = verdictColor(style, result.verdict);
  const lines: string[] = [];
  const banner = `${color(style.bold(result.verdict.toUpperCase()))}  ${scoreLine(criteria, result)}`;
  lines.push(view.name ? `${banner}  ${style.dim('·')}  ${style.bold(printable(view.name))}` : banner);
  lines.push('');

  // The question matters more than a long pasted answer: answers get at most a fifth of the width.
  const answerWidth = Math.max(10, Math.floor(columns / 5));
  const byId = new Map(criteria.criteria.map((criterion) => [criterion.id, criterion]));
  const answers = result.results.map((entry) => {
    const criterion = byId.get(entry.id)!;
    return truncate(printable(entry.status === 'n/a' && entry.answer.kind === 'unknown' ? '' : describeAnswer(criterion, entry.answer)), answerWidth);
  });
  // The room left for the question once the other columns (and the two-space gaps) are laid out.
  const others = Math.max(...result.results.map((entry) => textWidth(MARKS[entry.status])), 6)
    + Math.max(6, ...answers.map(textWidth))
    + Math.max(6, ...result.results.map((entry) => textWidth(points(entry))))
    + 4 + 2 + 4 * 2;
  const longest = Math.max(...criteria.criteria.map((criterion) => textWidth(criterion.question)));
  const useIds = view.questions === 'ids' || (view.questions !== 'text' && longest > columns - others && columns - others < MIN_QUESTION_WIDTH);
  const rows = result.results.map((entry, index) => {
    const criterion = byId.get(entry.id)!;
    return [
      markStyle(style, entry.status)(MARKS[entry.status]),
      useIds ? criterion.id : printable(criterion.question),
      answers[index]!,
      points(entry),
      entry.must ? 'must' : '',
    ];
  });
  const table = renderTable(
    [{ header: 'status' }, { header: useIds ? 'criterion' : 'question', shrink: true }, { header: 'answer' }, { header: 'points', align: 'right' }, { header: '' }],
    rows,
    columns,
    '  ',
  );
  lines.push(style.dim(table[0]!));
  const indent = ' '.repeat(2 + textWidth(MARKS.unknown) + 2);
  result.results.forEach((entry, index) => {
    lines.push(table[index + 1]!);
    const text = detail(byId.get(entry.id)!, entry);
    if (text) for (const line of wrap(printable(text), columns, indent)) lines.push(style.dim(line));
  });

  // An answer that could not be read must be asked again, like one never given.
  const open = result.results.filter((entry) => entry.status === 'unknown' || entry.status === 'invalid');
  if (open.length > 0) {
    const ordered = [...open.filter((entry) => entry.must), ...open.filter((entry) => !entry.must)];
    lines.push('', style.bold('Still to ask:'));
    // Questions that apply only once an open answer is given are listed under it.
    const addFollowUps = (items: readonly FollowUp[], depth: number): void => {
      for (const item of items) {
        const parent = byId.get(item.parent)!;
        const child = byId.get(item.id)!;
        const values = item.values.map((value) => describeAnswer(parent, readAnswerFor(parent, value))).join(' or ');
        const indent = '    '.repeat(depth);
        const question = /^\p{Lu}\p{Ll}/u.test(child.question) ? child.question.charAt(0).toLowerCase() + child.question.slice(1) : child.question;
        lines.push(...wrap(`if ${values}: ${question}${child.must ? ' (must-have)' : ''}`, columns, `${indent}  - `, `${indent}    `));
        addFollowUps(item.children, depth + 1);
      }
    };
    for (const entry of ordered) {
      const question = byId.get(entry.id)!.question;
      lines.push(...wrap(`${printable(question)}${entry.must ? ' (must-have)' : ''}`, columns, '  - ', '    '));
      addFollowUps(followUps(criteria, result, entry.id), 1);
    }
  }
  if (view.terms.length > 0) {
    lines.push('', style.bold('If you go ahead, require:'));
    for (const term of view.terms) {
      lines.push(...wrap(printable(term), columns, '  - ', '    '));
    }
  }
  if (view.message !== null) {
    const title = result.verdict === 'reject' ? 'Message draft (a polite no):' : 'Message draft (a holding reply):';
    lines.push('', style.bold(title), '', ...view.message.split('\n').map(printable));
  }
  // Answers, names and the criteria file's words are data: the last guard keeps only colour codes.
  return lines.map((line) => printableStyled(line, { singleLine: true }));
}
