/**
 * The decision journal's lines: what `score --save` and `outcome` append, one JSON object per
 * line (JSON Lines), and how readers parse them back with line-numbered problems.
 * Pure: finding, appending and reading the file live in src/cli/journal.ts.
 *
 *   {"type":"decision","id","time","name","answers","result":{score,potential,verdict,failed,unknown},"criteria":{file,sha256},"continues"?,"sources"?:{id:{from,at}}}
 *   {"type":"outcome","id","time","decision","name","outcome":"good"|"bad","note"?}
 *
 * `time` is an ISO 8601 date and time (what toISOString writes); `note` is null or absent when
 * none was given (a line written by hand may leave it out).
 */
// zod/mini, as in criteria.ts: one validator core in the bundle, and no classic API for check to load.
import { _default, array, boolean, enum as zodEnum, literal, minLength, null as zodNull, nullable, number, object, optional, record, string, union } from 'zod/mini';
import type { z } from 'zod/mini';
import './zod-english.js';
import { normalizeWord } from './answers.js';
import { formatPath, shown, type JournalFieldProblem, type JournalLineProblem, type Shown } from './problems.js';
import type { Result } from './score.js';
import { ANSWER_SOURCES, type SourcedAnswer } from './sources.js';
import { CLIENT_OUTCOMES, type ClientOutcome } from './outcome-words.js';

const answerValueSchema = union([boolean(), number(), string(), zodNull()]);

const decisionSchema = object({
  type: literal('decision'),
  id: string().check(minLength(1)),
  /** read by readTime after the schema */
  time: string(),
  name: nullable(string()),
  answers: record(string(), answerValueSchema),
  result: object({
    score: number(),
    potential: number(),
    verdict: zodEnum(['accept', 'review', 'reject']),
    failed: array(string()),
    unknown: array(string()),
  }),
  criteria: object({ file: string(), sha256: string() }),
  /** the decision this one follows up (`score --resume`); absent in journals written before it existed */
  continues: optional(string().check(minLength(1))),
  /** where each answer came from and when (core/sources.ts); absent in journals written before it existed */
  sources: optional(record(string(), object({ from: zodEnum(ANSWER_SOURCES), at: string().check(minLength(1)) }))),
});

const outcomeSchema = object({
  type: literal('outcome'),
  id: string().check(minLength(1)),
  time: string(),
  decision: string().check(minLength(1)),
  name: nullable(string()),
  outcome: zodEnum(CLIENT_OUTCOMES),
  // `outcome` writes null without --note; a line written by hand may leave the key out: the same.
  note: _default(nullable(string()), null),
});

export type DecisionLine = z.output<typeof decisionSchema>;
export type OutcomeLine = z.output<typeof outcomeSchema>;
export type JournalLine = DecisionLine | OutcomeLine;

export interface JournalProblem {
  /** 1-based line number in the file */
  readonly line: number;
  readonly problem: JournalLineProblem;
}

/** A line dated further ahead than FUTURE_TOLERANCE_MS of the reader's clock: read, and counted as the latest until then. */
export interface FutureLine {
  /** 1-based line number in the file */
  readonly line: number;
  readonly type: JournalLine['type'];
  readonly id: string;
  readonly name: string | null;
  readonly time: string;
}

/**
 * How far ahead of the reader's clock a line may be dated before it is reported: a day. Two
 * machines syncing one journal differ by seconds, and a clock set to local time while it
 * believes it is UTC (or a time written by hand without its zone) by at most 14 hours, the
 * widest offset there is: none of these is worth a warning on every run. A wrong date (a year
 * typed 2099, a clock reset to another day) is further ahead than that.
 */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ParsedJournal {
  readonly decisions: DecisionLine[];
  readonly outcomes: OutcomeLine[];
  readonly problems: JournalProblem[];
  /** lines dated beyond the tolerance ahead of the clock the journal was read with (none without one) */
  readonly future: FutureLine[];
  /** the number of a line read in the file (the first, for an id written twice alike): what a message about it names */
  lineOf(line: JournalLine): number | undefined;
}

/** One complete line, newline included: written in a single append. */
export function serializeLine(line: JournalLine): string {
  // JSON.stringify escapes newlines inside strings, so a line never spans two.
  return `${JSON.stringify(line)}\n`;
}

export function decisionLine(input: {
  id: string;
  time: Date;
  name: string | undefined;
  answers: Readonly<Record<string, boolean | number | string | null>>;
  result: Pick<Result, 'score' | 'potential' | 'verdict' | 'failed' | 'unknown'>;
  criteria: { file: string; sha256: string };
  /** the id of the decision this one follows up */
  continues?: string | undefined;
  /** each answer's source; answers without one (carried from an old journal) are left out */
  sources?: Readonly<Record<string, SourcedAnswer>> | undefined;
}): DecisionLine {
  const { result } = input;
  return {
    type: 'decision',
    id: input.id,
    time: input.time.toISOString(),
    name: input.name ?? null,
    answers: { ...input.answers },
    result: { score: result.score, potential: result.potential, verdict: result.verdict, failed: [...result.failed], unknown: [...result.unknown] },
    criteria: { ...input.criteria },
    ...(input.continues === undefined ? {} : { continues: input.continues }),
    ...(input.sources === undefined || Object.keys(input.sources).length === 0 ? {} : { sources: { ...input.sources } }),
  };
}

export function outcomeLine(input: { id: string; time: Date; decision: DecisionLine; outcome: ClientOutcome; note: string | undefined }): OutcomeLine {
  return {
    type: 'outcome',
    id: input.id,
    time: input.time.toISOString(),
    decision: input.decision.id,
    name: input.decision.name,
    outcome: input.outcome,
    note: input.note === undefined || input.note.trim() === '' ? null : input.note,
  };
}

/**
 * The ISO 8601 form toISOString writes and people type: a date, then optionally a time with its
 * zone. A time without one is refused: Date.parse takes it in the computer's own zone, so the
 * same line would sort, and be ahead of the clock, differently from one machine to the next.
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/u;

/**
 * A line's time in milliseconds, or undefined when it is not an ISO 8601 date and time. Only
 * that form: Date.parse reads anything else ("Dec 7", "7/12/2026") each engine its own way, and
 * takes 2026-02-30 for 2 March; a time a reader might read otherwise is not a time.
 */
export function readTime(text: string): number | undefined {
  const match = ISO_TIME.exec(text);
  if (match === null) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { string: 'text', number: 'number', boolean: 'boolean', array: 'list', object: 'mapping', record: 'mapping', null: 'null' };

/** A value from the line as a message quotes it: a long text cut, so one bad field cannot flood the screen. */
function shownShort(value: unknown): Shown {
  const got = shown(value);
  return got.kind === 'text' && got.text.length > 40 ? { kind: 'text', text: `${got.text.slice(0, 40)}…` } : got;
}

/** One schema issue as the typed problem of its field (words in the run's language, render/problems.ts). */
function fieldProblem(issue: z.core.$ZodIssue): JournalFieldProblem {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  const got = shownShort(input);
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? { code: 'required', path } : { code: 'wrong-type', path, expected: [TYPE_NAMES[issue.expected] ?? issue.expected], got };
    case 'invalid_union': {
      if (input === undefined) return { code: 'required', path };
      // An answer of the wrong kind: name the kinds an answer takes.
      const expected = issue.errors.flatMap((branch) => branch.flatMap((sub) => (sub.code === 'invalid_type' ? [TYPE_NAMES[sub.expected] ?? sub.expected] : [])));
      return { code: 'wrong-type', path, expected: [...new Set(expected)], got };
    }
    case 'invalid_value':
      return issue.values.length === 1 ? { code: 'wrong-value', path, expected: shown(issue.values[0]), got } : { code: 'not-one-of-values', path, values: issue.values.map(String), got };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty-text', path };
      return { code: 'schema', path, detail: issue.message };
    default:
      return { code: 'schema', path, detail: issue.message };
  }
}

/** Parses one line, with its time in milliseconds; undefined for a blank line. */
export function parseLine(text: string): { line?: JournalLine; time?: number; problem?: JournalLineProblem } {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: { code: 'not-json' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: { code: 'not-an-object' } };
  const type = (value as { type?: unknown }).type;
  const schema = type === 'decision' ? decisionSchema : type === 'outcome' ? outcomeSchema : undefined;
  if (schema === undefined) return { problem: { code: 'unknown-line-type', type: JSON.stringify(type) ?? 'undefined' } };
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { problem: { code: 'invalid-line', type: String(type), issues: parsed.error.issues.slice(0, 2).map(fieldProblem) } };
  // A time no reader can place cannot be "latest" or "earlier": the line is not used.
  const time = readTime(parsed.data.time);
  if (time === undefined) return { problem: { code: 'invalid-line', type: String(type), issues: [{ code: 'not-a-time', path: 'time', got: shownShort(parsed.data.time) }] } };
  return { line: parsed.data, time };
}

/** JSON with the keys of every object sorted: two lines with the same content give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Collects a journal line by line, so a reader can stream the file instead of holding its
 * text (a journal of 120,000 decisions is about 60 MB). Blank lines are skipped; bad lines are
 * kept as problems with their number.
 *
 * A line whose id an earlier line of its type already has is not counted again: a journal kept
 * in a synced folder or merged from two machines (`cat a b`) can hold a line twice. Same content
 * (sources included): a copy, dropped silently. Other content: an `id-conflict` problem naming
 * both lines; the first is used.
 */
export class JournalParser {
  readonly decisions: DecisionLine[] = [];
  readonly outcomes: OutcomeLine[] = [];
  readonly problems: JournalProblem[] = [];
  readonly future: FutureLine[] = [];
  /** each id's position in decisions/outcomes and its line number */
  private readonly seen = { decision: new Map<string, { index: number; line: number }>(), outcome: new Map<string, { index: number; line: number }>() };

  /**
   * `now`: the reader's clock in milliseconds, to report lines dated beyond FUTURE_TOLERANCE_MS
   * ahead of it (still read: "latest" stays the newest by time, whichever machine wrote it).
   */
  constructor(private readonly now?: number) {}

  /** One line's text (without its line break) and its 1-based number. */
  add(raw: string, lineNumber: number): void {
    const { line, time, problem } = parseLine(raw.replace(/\r$/u, ''));
    if (problem !== undefined) {
      this.problems.push({ line: lineNumber, problem });
      return;
    }
    if (line === undefined) return;
    const list: JournalLine[] = line.type === 'decision' ? this.decisions : this.outcomes;
    const seen = this.seen[line.type];
    const first = seen.get(line.id);
    if (first === undefined) {
      seen.set(line.id, { index: list.length, line: lineNumber });
      list.push(line);
      if (this.now !== undefined && time! > this.now + FUTURE_TOLERANCE_MS) this.future.push({ line: lineNumber, type: line.type, id: line.id, name: line.name, time: line.time });
    } else if (canonical(list[first.index]) !== canonical(line)) {
      this.problems.push({ line: lineNumber, problem: { code: 'id-conflict', type: line.type, id: line.id, first: first.line } });
    }
  }

  /** A line too long to be one of ours: skipped without being read into memory. */
  tooLong(lineNumber: number, limit: string): void {
    this.problems.push({ line: lineNumber, problem: { code: 'line-too-long', limit } });
  }

  result(): ParsedJournal {
    const seen = this.seen;
    return { decisions: this.decisions, outcomes: this.outcomes, problems: this.problems, future: this.future, lineOf: (line) => seen[line.type].get(line.id)?.line };
  }
}

/** Parses a whole journal held as text (tests; the CLI streams the file through JournalParser). */
export function parseJournal(text: string, now?: number): ParsedJournal {
  const parser = new JournalParser(now);
  text.split('\n').forEach((raw, index) => parser.add(raw, index + 1));
  return parser.result();
}

export interface DecisionWithOutcome {
  readonly decision: DecisionLine;
  /** the latest outcome recorded for it, if any */
  readonly outcome: OutcomeLine | undefined;
}

/** A line's time in milliseconds; a time that does not read (never one the parser kept) sorts as the oldest. */
export function timeOf(line: { readonly time: string }): number {
  return readTime(line.time) ?? -Infinity;
}

/**
 * Lines oldest first by their time, ties in journal order: "latest" is the newest by time,
 * whatever order a merged or synced journal holds the lines in.
 */
export function byTime<T extends { readonly time: string }>(lines: readonly T[]): T[] {
  return lines
    .map((line, index) => ({ line, index, time: timeOf(line) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? -1 : 1))
    .map(({ line }) => line);
}

/** The latest outcome of each decision (by time, ties in journal order), by decision id. */
export function latestOutcomes(outcomes: readonly OutcomeLine[]): Map<string, OutcomeLine> {
  const latest = new Map<string, OutcomeLine>();
  for (const outcome of byTime(outcomes)) latest.set(outcome.decision, outcome);
  return latest;
}

/** Each decision with its latest outcome, in journal order. */
export function joinOutcomes(decisions: readonly DecisionLine[], outcomes: readonly OutcomeLine[]): DecisionWithOutcome[] {
  const latest = latestOutcomes(outcomes);
  return decisions.map((decision) => ({ decision, outcome: latest.get(decision.id) }));
}

/** How names compare: case, spacing and Unicode form do not matter. */
export function sameName(a: string | null, b: string): boolean {
  return a !== null && normalizeWord(a) === normalizeWord(b);
}
