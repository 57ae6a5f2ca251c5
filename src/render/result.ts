/**
 * A scored prospect as text: the verdict banner, one line per criterion, what to ask next,
 * what to require, and the message draft. Marks come with words so it reads without colour.
 */
import type { Criteria, Criterion } from '../core/criteria.js';
import { describeAnswer, type CriterionResult, type Result, type Status } from '../core/score.js';
import { verdictColor, type Style } from './style.js';
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

/** `score 55, up to 85 once the unknowns are answered` */
export function scoreLine(result: Result): string {
  if (result.potential > result.score) return `score ${result.score}, up to ${result.potential} once the unknowns are answered`;
  return `score ${result.score}`;
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
  if (entry.status === 'fail') return [entry.message, criterion.why].filter(Boolean).join(': ');
  if (entry.status === 'invalid') return entry.message;
  return undefined;
}

export function renderResult(view: ResultView): string[] {
  const { criteria, result, style } = view;
  const columns = Math.max(40, view.columns);
  const color = verdictColor(style, result.verdict);
  const lines: string[] = [];
  const banner = `${color(style.bold(result.verdict.toUpperCase()))}  ${scoreLine(result)}`;
  lines.push(view.name ? `${banner}  ${style.dim('·')}  ${style.bold(view.name)}` : banner);
  lines.push('');

  // The question matters more than a long pasted answer: answers get at most a fifth of the width.
  const answerWidth = Math.max(10, Math.floor(columns / 5));
  const byId = new Map(criteria.criteria.map((criterion) => [criterion.id, criterion]));
  const answers = result.results.map((entry) => {
    const criterion = byId.get(entry.id)!;
    return truncate(entry.status === 'n/a' && entry.answer.kind === 'unknown' ? '' : describeAnswer(criterion, entry.answer), answerWidth);
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
      useIds ? criterion.id : criterion.question,
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
    if (text) for (const line of wrap(text, columns, indent)) lines.push(style.dim(line));
  });

  // An answer that could not be read must be asked again, like one never given.
  const open = result.results.filter((entry) => entry.status === 'unknown' || entry.status === 'invalid');
  if (open.length > 0) {
    const ordered = [...open.filter((entry) => entry.must), ...open.filter((entry) => !entry.must)];
    lines.push('', style.bold('Still to ask:'));
    for (const entry of ordered) {
      const question = byId.get(entry.id)!.question;
      lines.push(...wrap(`${question}${entry.must ? ' (must-have)' : ''}`, columns, '  - ', '    '));
    }
  }
  if (view.terms.length > 0) {
    lines.push('', style.bold('If you go ahead, require:'));
    for (const term of view.terms) {
      lines.push(...wrap(term, columns, '  - ', '    '));
    }
  }
  if (view.message !== null) {
    const title = result.verdict === 'reject' ? 'Message draft (a polite no):' : 'Message draft (a holding reply):';
    lines.push('', style.bold(title), '', ...view.message.split('\n'));
  }
  return lines;
}
