/**
 * The decision journal's lines: what `score --save` and `outcome` append, one JSON object per
 * line (JSON Lines), and how readers parse them back with line-numbered problems.
 * Pure: finding, appending and reading the file live in src/cli/journal.ts.
 *
 *   {"type":"decision","id","time","name","answers","result":{score,potential,verdict,failed,unknown},"criteria":{file,sha256},"continues"?,"sources"?:{id:{from,at}}}
 *   {"type":"outcome","id","time","decision","name","outcome":"good"|"bad","note"}
 */
// zod/mini, as in criteria.ts: one validator core in the bundle, and no classic API for check to load.
import { array, boolean, enum as zodEnum, literal, minLength, null as zodNull, nullable, number, object, optional, record, string, union } from 'zod/mini';
import type { z } from 'zod/mini';
import './zod-english.js';
import { normalizeWord } from './answers.js';
import type { JournalLineProblem } from './problems.js';
import type { Result } from './score.js';
import { ANSWER_SOURCES, type SourcedAnswer } from './sources.js';
import { CLIENT_OUTCOMES, type ClientOutcome } from './outcome-words.js';

const answerValueSchema = union([boolean(), number(), string(), zodNull()]);

const decisionSchema = object({
  type: literal('decision'),
  id: string().check(minLength(1)),
  time: string().check(minLength(1)),
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
  time: string().check(minLength(1)),
  decision: string().check(minLength(1)),
  name: nullable(string()),
  outcome: zodEnum(CLIENT_OUTCOMES),
  note: nullable(string()),
});

export type DecisionLine = z.output<typeof decisionSchema>;
export type OutcomeLine = z.output<typeof outcomeSchema>;
export type JournalLine = DecisionLine | OutcomeLine;

export interface JournalProblem {
  /** 1-based line number in the file */
  readonly line: number;
  readonly problem: JournalLineProblem;
}

export interface ParsedJournal {
  readonly decisions: DecisionLine[];
  readonly outcomes: OutcomeLine[];
  readonly problems: JournalProblem[];
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

/** `result.score: Invalid input...`: the schema library's own words, quoted as a detail. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Parses one line; undefined for a blank line. */
export function parseLine(text: string): { line?: JournalLine; problem?: JournalLineProblem } {
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
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { problem: { code: 'invalid-line', type: String(type), details: parsed.error.issues.slice(0, 2).map(describeIssue) } };
  return { line: parsed.data };
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
  /** each id's position in decisions/outcomes and its line number */
  private readonly seen = { decision: new Map<string, { index: number; line: number }>(), outcome: new Map<string, { index: number; line: number }>() };

  /** One line's text (without its line break) and its 1-based number. */
  add(raw: string, lineNumber: number): void {
    const { line, problem } = parseLine(raw.replace(/\r$/u, ''));
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
    } else if (canonical(list[first.index]) !== canonical(line)) {
      this.problems.push({ line: lineNumber, problem: { code: 'id-conflict', type: line.type, id: line.id, first: first.line } });
    }
  }

  /** A line too long to be one of ours: skipped without being read into memory. */
  tooLong(lineNumber: number, limit: string): void {
    this.problems.push({ line: lineNumber, problem: { code: 'line-too-long', limit } });
  }

  result(): ParsedJournal {
    return { decisions: this.decisions, outcomes: this.outcomes, problems: this.problems };
  }
}

/** Parses a whole journal held as text (tests; the CLI streams the file through JournalParser). */
export function parseJournal(text: string): ParsedJournal {
  const parser = new JournalParser();
  text.split('\n').forEach((raw, index) => parser.add(raw, index + 1));
  return parser.result();
}

export interface DecisionWithOutcome {
  readonly decision: DecisionLine;
  /** the latest outcome recorded for it, if any */
  readonly outcome: OutcomeLine | undefined;
}

/** A line's time in milliseconds; a time that does not read sorts as the oldest. */
export function timeOf(line: { readonly time: string }): number {
  const time = Date.parse(line.time);
  return Number.isNaN(time) ? -Infinity : time;
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
