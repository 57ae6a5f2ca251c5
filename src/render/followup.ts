/**
 * Follow-ups as text: the before and after of `score --resume`, and the thread of decisions
 * `history NAME` shows. Answers are named by criterion id: the journal keeps ids, and a
 * question may have been reworded since.
 */
import type { Criteria } from '../core/criteria.js';
import type { DecisionLine, OutcomeLine } from '../core/journal.js';
import { potentialNote, type Result } from '../core/score.js';
import type { AnswerChange, AnswerValue, Thread } from '../core/thread.js';
import { language, words } from '../i18n/index.js';
import { humanNumber } from './result.js';
import { verdictBanner, verdictColor, type Style } from './style.js';
import { printable, renderTable, textWidth, wrap } from './table.js';

/** Local date and time to the minute: `2025-03-14 09:30`; the language's way elsewhere (`14.03.2025, 09:30`). */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const lang = language();
  if (lang !== 'en') {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  }
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A journal answer as people read it; a choice by its label when the criteria still have it. */
export function describeValue(value: AnswerValue | undefined, id: string, criteria?: Criteria): string {
  const t = words().result;
  if (value === undefined) return '–';
  if (value === null) return '?';
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (value === '') return t.thread.nothingNoted;
  const criterion = criteria?.criteria.find((candidate) => candidate.id === id);
  if (criterion?.type === 'choice') return criterion.options.find((option) => option.value === value)?.label ?? String(value);
  if (typeof value === 'number') return humanNumber(value);
  return printable(String(value));
}

type Stored = Pick<Result, 'verdict' | 'score' | 'potential' | 'failed'>;

/**
 * Could answering the unknowns still change a decision's verdict (issue 10's rule, as
 * potentialNote applies it to a fresh result)? A journal line keeps no tally, so it is judged
 * from what it keeps: never after a failed must-have, never for an accept, and only when the
 * potential reaches the next verdict's threshold. Without the criteria, a reject may be a
 * failed must-have: only a review shows its potential.
 */
function potentialShown(result: Stored | Result, criteria: Criteria | undefined): boolean {
  if ('tally' in result && criteria !== undefined) return potentialNote(criteria, result).code === 'could-change';
  if (result.potential <= result.score || result.verdict === 'accept') return false;
  if (criteria === undefined) return result.verdict === 'review';
  const musts = new Set(criteria.criteria.filter((criterion) => criterion.must).map((criterion) => criterion.id));
  if (result.failed.some((id) => musts.has(id))) return false;
  const { accept, review } = criteria.thresholds;
  return result.potential >= (result.verdict === 'review' ? accept : review);
}

function verdictLine(style: Style, result: Stored | Result, criteria: Criteria | undefined): string {
  const t = words().result.score;
  const score = potentialShown(result, criteria) ? t.upTo({ score: result.score, potential: result.potential }) : t.complete({ score: result.score });
  return `${verdictColor(style, result.verdict)(style.bold(verdictBanner(result.verdict)))}  ${score}`;
}

export interface FollowUpView {
  readonly decision: DecisionLine;
  readonly after: Result;
  readonly changes: readonly AnswerChange[];
  readonly criteria: Criteria;
  readonly style: Style;
  readonly columns: number;
}

/**
 *   Follow-up of Acme Ltd, decision mwtj5t5m-0mt31q of 2026-11-23 17:19
 *     before  REVIEW  score 65, up to 76   (the potential only where it could change the verdict)
 *     after   ACCEPT  score 80
 *     changed revisions  ? → 2
 */
export function renderFollowUp(view: FollowUpView): string[] {
  const { decision, style } = view;
  const t = words().result.followUp;
  const who = decision.name === null ? '' : t.of({ name: printable(decision.name) });
  const lines = [style.bold(t.title({ who, id: decision.id, time: shortTime(decision.time) }))];
  // The labels line up in a column as wide as the longest of them (English: "changed", 7).
  const labelWidth = Math.max(...[t.before, t.after, t.changed].map(textWidth));
  const label = (text: string): string => `  ${style.dim(text)}${' '.repeat(labelWidth - textWidth(text))}  `;
  lines.push(`${label(t.before)}${verdictLine(style, decision.result, view.criteria)}`);
  lines.push(`${label(t.after)}${verdictLine(style, view.after, view.criteria)}`);
  if (view.changes.length === 0) {
    lines.push(`${label(t.changed)}${t.noChange}`);
    return lines;
  }
  const width = Math.max(...view.changes.map((change) => textWidth(change.id)));
  view.changes.forEach((change, index) => {
    const head = `${index === 0 ? label(t.changed) : ' '.repeat(2 + labelWidth + 2)}${change.id}${' '.repeat(width - textWidth(change.id))}  `;
    const text = `${describeValue(change.before, change.id, view.criteria)} → ${describeValue(change.after, change.id, view.criteria)}`;
    lines.push(...wrap(text, view.columns, head, ' '.repeat(2 + labelWidth + 2 + width + 2)));
  });
  return lines;
}

export interface ThreadView {
  readonly thread: Thread;
  /** outcomes recorded for the thread's decisions, by decision id (latest) */
  readonly outcomes: ReadonlyMap<string, OutcomeLine>;
  readonly criteria?: Criteria | undefined;
  readonly style: Style;
  readonly columns: number;
}

/** Each decision of a thread with its answers, a changed answer marked with what it was before. */
export function renderThread(view: ThreadView): string[] {
  const { thread, style } = view;
  const t = words().result;
  const lines: string[] = [];
  const name = thread.latest.name === null ? t.thread.noName : printable(thread.latest.name);
  lines.push(style.bold(t.thread.decisions({ name, count: thread.decisions.length })));
  let previous: DecisionLine | undefined;
  for (const decision of thread.decisions) {
    lines.push('');
    const continues = decision.continues === undefined ? '' : style.dim(`  ${t.thread.continues({ id: decision.continues })}`);
    lines.push(`${shortTime(decision.time)}  ${verdictLine(style, decision.result, view.criteria)}  ${style.dim(t.thread.decision)} ${decision.id}${continues}`);
    const ids = [...new Set([...(view.criteria?.criteria.map((criterion) => criterion.id) ?? []).filter((id) => Object.hasOwn(decision.answers, id)), ...Object.keys(decision.answers)])];
    const rows = ids.map((id) => {
      const value = decision.answers[id] ?? null;
      const before = previous === undefined ? undefined : Object.hasOwn(previous.answers, id) ? previous.answers[id] : undefined;
      const changed = previous !== undefined && before !== value;
      // What the prospect said themselves (a form reply, their message) is marked with its source.
      const source = decision.sources?.[id]?.from;
      const from = source === 'reply' || source === 'message' ? style.dim(t.thread.from({ source: words().score.sources[source] })) : '';
      return [
        id,
        describeValue(value, id, view.criteria),
        [changed ? style.yellow(t.thread.was({ value: describeValue(before, id, view.criteria) })) : '', from].filter((part) => part !== '').join('  '),
      ];
    });
    lines.push(...renderTable([{ header: t.thread.answer }, { header: '', shrink: true }, { header: '' }], rows, view.columns, '  ').slice(1));
    const outcome = view.outcomes.get(decision.id);
    if (outcome !== undefined) {
      const word = outcome.outcome === 'good' ? style.green(t.outcome.good) : style.red(t.outcome.bad);
      lines.push(`  ${style.dim(t.thread.outcome)} ${word}${outcome.note ? ` ${printable(outcome.note)}` : ''} ${style.dim(`(${shortTime(outcome.time)})`)}`);
    }
    previous = decision;
  }
  return lines;
}
