/**
 * Threads of decisions: a prospect is rarely vetted in one sitting, so the journal holds
 * several decisions for one prospect, each follow-up naming the one it continues
 * (`score --resume`). Pure: the journal's lines in, threads and typed differences out.
 */
import type { Criteria } from './criteria.js';
import { sameName, type DecisionLine } from './journal.js';
import { normalizeWord } from './answers.js';

export type AnswerValue = boolean | number | string | null;

export interface Thread {
  /** the prospect's decisions in journal order, oldest first */
  readonly decisions: readonly DecisionLine[];
  /** the last of them: the current state of the prospect */
  readonly latest: DecisionLine;
}

/**
 * Groups decisions into threads: two decisions belong to one prospect when they carry the same
 * name (any case and spacing) or when one continues the other. Threads come in the order of their
 * latest decision, so the most recently touched prospect is last (as in the journal).
 */
export function groupThreads(decisions: readonly DecisionLine[]): Thread[] {
  const parent = decisions.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[index] !== root) {
      const next = parent[index]!;
      parent[index] = root;
      index = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byName = new Map<string, number>();
  const byId = new Map<string, number>();
  decisions.forEach((decision, index) => {
    if (!byId.has(decision.id)) byId.set(decision.id, index);
    if (decision.name !== null) {
      const key = normalizeWord(decision.name);
      const first = byName.get(key);
      if (first === undefined) byName.set(key, index);
      else union(first, index);
    }
  });
  decisions.forEach((decision, index) => {
    const continued = decision.continues === undefined ? undefined : byId.get(decision.continues);
    if (continued !== undefined) union(continued, index);
  });
  const groups = new Map<number, DecisionLine[]>();
  decisions.forEach((decision, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [decision]);
    else group.push(decision);
  });
  const last = new Map<DecisionLine, number>(decisions.map((decision, index) => [decision, index]));
  return [...groups.values()].map((group) => ({ decisions: group, latest: group[group.length - 1]! })).sort((a, b) => last.get(a.latest)! - last.get(b.latest)!);
}

export interface FoundThread {
  readonly thread: Thread;
  /** how the key matched: a decision id, or the prospect's name */
  readonly by: 'id' | 'name';
  /** the decision the id named (the latest for a name) */
  readonly decision: DecisionLine;
}

/** The thread a `NAME|ID` refers to: an exact decision id first, then a name (any case). */
export function findThread(decisions: readonly DecisionLine[], key: string): FoundThread | undefined {
  const threads = groupThreads(decisions);
  const trimmed = key.trim();
  for (const thread of threads) {
    const decision = thread.decisions.find((candidate) => candidate.id === trimmed);
    if (decision !== undefined) return { thread, by: 'id', decision };
  }
  for (const thread of threads) {
    if (thread.decisions.some((decision) => sameName(decision.name, trimmed))) return { thread, by: 'name', decision: thread.latest };
  }
  return undefined;
}

export interface ResumeStart {
  /** the earlier answers still asked by the current criteria and known (null ones left out: still to ask) */
  readonly values: Record<string, AnswerValue>;
  /** the decision was made under another criteria file (by its sha256) */
  readonly otherCriteria: boolean;
  /** answered ids the current criteria no longer have */
  readonly dropped: readonly string[];
  /** current criteria ids the decision had no answer for */
  readonly added: readonly string[];
}

/** What a follow-up starts from: the earlier decision's answers, as the current criteria see them. */
export function resumeStart(decision: DecisionLine, criteria: Criteria, sha256: string): ResumeStart {
  const ids = new Set(criteria.criteria.map((criterion) => criterion.id));
  const values: Record<string, AnswerValue> = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(decision.answers)) {
    if (!ids.has(id)) dropped.push(id);
    else if (value !== null) values[id] = value;
  }
  const added = criteria.criteria.map((criterion) => criterion.id).filter((id) => !Object.hasOwn(decision.answers, id));
  return { values, otherCriteria: decision.criteria.sha256 !== sha256, dropped, added };
}

export interface AnswerChange {
  readonly id: string;
  /** undefined when the criterion had no answer recorded (a new criterion) */
  readonly before: AnswerValue | undefined;
  readonly after: AnswerValue | undefined;
}

/** Answers that differ between two decisions, in the order of `ids` (the current criteria). */
export function answerChanges(before: Readonly<Record<string, AnswerValue>>, after: Readonly<Record<string, AnswerValue>>, ids: readonly string[]): AnswerChange[] {
  const all = [...ids, ...Object.keys(before).filter((id) => !ids.includes(id))];
  return all
    .map((id) => ({ id, before: Object.hasOwn(before, id) ? before[id] : undefined, after: Object.hasOwn(after, id) ? after[id] : undefined }))
    .filter((change) => change.before !== change.after);
}
