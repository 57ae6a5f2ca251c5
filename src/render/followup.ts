/**
 * Follow-ups as text: the before and after of `score --resume`, and the thread of decisions
 * `history NAME` shows. Answers are named by their question (cut to fit) under the criteria
 * given, by criterion id when there are none or a criterion is no longer in them (the journal
 * keeps ids, and the questions of the current file).
 */
import type { Criteria } from '../core/criteria.js';
import type { DecisionLine, OutcomeLine } from '../core/journal.js';
import { potentialNote, type Result } from '../core/score.js';
import type { AnswerChange, AnswerValue, Thread } from '../core/journal-threads.js';
import type { AllWords, Voice } from '../i18n/index.js';
import type { Lang } from '../i18n/languages.js';
import { humanNumber } from './result.js';
import { verdictBanner, verdictColor, type Style } from './style.js';
import { printable, renderTable, textWidth, truncate, wrap } from './table.js';

/** Local date and time to the minute: `2025-03-14 09:30`; the language's way elsewhere (`14.03.2025, 09:30`). */
export function shortTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang !== 'en') {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  }
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A journal answer as people read it; a choice by its label when the criteria still have it. */
export function describeValue(voice: Voice, value: AnswerValue | undefined, id: string, criteria?: Criteria): string {
  const t = voice.words.result;
  if (value === undefined) return '–';
  if (value === null) return '?';
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (value === '') return t.thread.nothingNoted;
  const criterion = criteria?.criteria.find((candidate) => candidate.id === id);
  if (criterion?.type === 'choice') return criterion.options.find((option) => option.value === value)?.label ?? String(value);
  if (typeof value === 'number') return humanNumber(voice.lang, value);
  return printable(String(value));
}

/** A criterion as people know it: its question, else (no criteria, or no longer in them) its id. */
function criterionName(id: string, criteria: Criteria | undefined): string {
  const question = criteria?.criteria.find((criterion) => criterion.id === id)?.question;
  return question === undefined ? id : printable(question);
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

/** The verdict and score; the verdict padded to `width` columns, so that lines above one another line up whatever the words' lengths. */
function verdictLine(t: AllWords['result'], style: Style, result: Stored | Result, criteria: Criteria | undefined, width = 0): string {
  const score = potentialShown(result, criteria) ? t.score.upTo({ score: result.score, potential: result.potential }) : t.score.complete({ score: result.score });
  const banner = verdictBanner(t, result.verdict);
  return `${verdictColor(style, result.verdict)(style.bold(banner))}${' '.repeat(Math.max(0, width - textWidth(banner)))}  ${score}`;
}

/** The display width of the widest verdict banner among these results. */
function bannerWidth(t: AllWords['result'], results: readonly Stored[]): number {
  return Math.max(0, ...results.map((result) => textWidth(verdictBanner(t, result.verdict))));
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
export function renderFollowUp(voice: Voice, view: FollowUpView): string[] {
  const { decision, style } = view;
  const t = voice.words.result.followUp;
  const who = decision.name === null ? '' : t.of({ name: printable(decision.name) });
  // Wrapped here, not only by a terminal's stream: into a pipe the width is $COLUMNS too, and a long name makes the title 100 columns and more.
  const lines = wrap(t.title({ who, id: decision.id, time: shortTime(voice.lang, decision.time) }), view.columns).map((line) => style.bold(line));
  // The labels line up in a column as wide as the longest of them (English: "changed", 7).
  const labelWidth = Math.max(...[t.before, t.after, t.changed].map(textWidth));
  const label = (text: string): string => `  ${style.dim(text)}${' '.repeat(labelWidth - textWidth(text))}  `;
  const verdicts = bannerWidth(voice.words.result, [decision.result, view.after]);
  lines.push(`${label(t.before)}${verdictLine(voice.words.result, style, decision.result, view.criteria, verdicts)}`);
  lines.push(`${label(t.after)}${verdictLine(voice.words.result, style, view.after, view.criteria, verdicts)}`);
  if (view.changes.length === 0) {
    lines.push(`${label(t.changed)}${t.noChange}`);
    return lines;
  }
  const texts = view.changes.map((change) => `${describeValue(voice, change.before, change.id, view.criteria)} → ${describeValue(voice, change.after, change.id, view.criteria)}`);
  // Questions get the room the answers leave, and at least 20 columns (cut with … beyond).
  const room = Math.max(20, view.columns - (2 + labelWidth + 2) - 2 - Math.max(...texts.map(textWidth)));
  const names = view.changes.map((change) => truncate(criterionName(change.id, view.criteria), room));
  const width = Math.max(...names.map(textWidth));
  names.forEach((name, index) => {
    const head = `${index === 0 ? label(t.changed) : ' '.repeat(2 + labelWidth + 2)}${name}${' '.repeat(width - textWidth(name))}  `;
    lines.push(...wrap(texts[index]!, view.columns, head, ' '.repeat(2 + labelWidth + 2 + width + 2)));
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
export function renderThread(voice: Voice, view: ThreadView): string[] {
  const { thread, style } = view;
  const t = voice.words.result;
  const lines: string[] = [];
  const name = thread.latest.name === null ? t.thread.noName : printable(thread.latest.name);
  lines.push(style.bold(t.thread.decisions({ name, count: thread.decisions.length })));
  const verdicts = bannerWidth(
    t,
    thread.decisions.map((decision) => decision.result),
  );
  // One table for all decisions, shown in parts: the columns line up from one decision to the next.
  const tables = thread.decisions.map((decision, index) => {
    const previous = index === 0 ? undefined : thread.decisions[index - 1]!;
    const ids = [...new Set([...(view.criteria?.criteria.map((criterion) => criterion.id) ?? []).filter((id) => Object.hasOwn(decision.answers, id)), ...Object.keys(decision.answers)])];
    return ids.map((id) => {
      const value = decision.answers[id] ?? null;
      const before = previous === undefined ? undefined : Object.hasOwn(previous.answers, id) ? previous.answers[id] : undefined;
      const changed = previous !== undefined && before !== value;
      // What the prospect said themselves (a form reply, their message) is marked with its source.
      const source = decision.sources?.[id]?.from;
      const from = source === 'reply' || source === 'message' ? style.dim(t.thread.from({ source: voice.words.score.sources[source] })) : '';
      return [
        criterionName(id, view.criteria),
        describeValue(voice, value, id, view.criteria),
        [changed ? style.yellow(t.thread.was({ value: describeValue(voice, before, id, view.criteria) })) : '', from].filter((part) => part !== '').join('  '),
      ];
    });
  });
  const laidOut = renderTable([{ header: t.thread.answer, shrink: true }, { header: '', shrink: true }, { header: '' }], tables.flat(), view.columns, '  ').slice(1);
  let row = 0;
  thread.decisions.forEach((decision, index) => {
    lines.push('');
    const continues = decision.continues === undefined ? '' : style.dim(`  ${t.thread.continues({ id: decision.continues })}`);
    lines.push(`${shortTime(voice.lang, decision.time)}  ${verdictLine(t, style, decision.result, view.criteria, verdicts)}  ${style.dim(t.thread.decision)} ${decision.id}${continues}`);
    lines.push(...laidOut.slice(row, row + tables[index]!.length));
    row += tables[index]!.length;
    const outcome = view.outcomes.get(decision.id);
    if (outcome !== undefined) {
      const word = outcome.outcome === 'good' ? style.green(t.outcome.good) : style.red(t.outcome.bad);
      lines.push(`  ${style.dim(t.thread.outcome)} ${word}${outcome.note ? ` ${printable(outcome.note)}` : ''} ${style.dim(`(${shortTime(voice.lang, outcome.time)})`)}`);
    }
  });
  return lines;
}
