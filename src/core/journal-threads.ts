/**
 * Threads of decisions: a prospect is rarely vetted in one sitting, so the journal holds
 * several decisions for one prospect, each follow-up naming the one it continues
 * (`score --resume`). Pure: the journal's lines in, threads and typed differences out.
 */
import type { Criteria } from './criteria.js';
import { byTime, sameName, timeOf, type DecisionLine } from './journal.js';
import { normalizeWord } from './answers.js';

export type AnswerValue = boolean | number | string | null;

export interface Thread {
  /** the prospect's decisions by time, oldest first (ties in journal order) */
  readonly decisions: readonly DecisionLine[];
  /** the newest of them: the current state of the prospect */
  readonly latest: DecisionLine;
}

/**
 * Groups decisions into threads: two decisions belong to one prospect when they carry the same
 * name (any case and spacing) or when one continues the other. Threads come in the order of their
 * latest decision's time, so the most recently touched prospect is last; "latest" is by time, not
 * by the place in the file (two machines' journals merged in any order read the same).
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
  const place = new Map<DecisionLine, number>(decisions.map((decision, index) => [decision, index]));
  return [...groups.values()]
    .map((group) => {
      const sorted = byTime(group);
      return { decisions: sorted, latest: sorted[sorted.length - 1]! };
    })
    .map((thread) => ({ thread, time: timeOf(thread.latest), index: place.get(thread.latest)! }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? -1 : 1))
    .map(({ thread }) => thread);
}

/** How a key is to be read: `--id` and `--name` say it; without them, either. */
export type KeyReading = 'id' | 'name' | 'either';

/**
 * What a prospect key (`history KEY`, `score --resume KEY`, `outcome KEY`) refers to, by one rule
 * for every command:
 * - a decision's id, or a prospect's name (case, spacing and Unicode form aside): that thread;
 * - both at once (a prospect named like another's decision id): `ambiguous`, never read one way;
 * - else a part of exactly one prospect's name (case, accents and spacing aside, as
 *   `history --name` matches): that thread, `by: 'part'`, for the command to say which it took;
 * - a part of several: `several`, to choose from; nothing: `none`, with the closest names and ids.
 */
export type ProspectMatch =
  | { readonly kind: 'found'; readonly thread: Thread; readonly by: 'id' | 'name' | 'part'; readonly decision: DecisionLine }
  | { readonly kind: 'ambiguous'; readonly idOf: Thread; readonly decision: DecisionLine; readonly named: Thread }
  | { readonly kind: 'several'; readonly threads: readonly Thread[] }
  | { readonly kind: 'none'; readonly candidates: readonly string[] };

/** A name for matching a part of it: case, accents, spacing and Unicode form aside. */
export function looseName(value: string): string {
  return normalizeWord(value)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** Whether a prospect's name holds `part` (looseName'd): what `history --name` lists. */
export function nameHolds(name: string | null, part: string): boolean {
  return name !== null && looseName(name).includes(part);
}

export function matchProspect(threads: readonly Thread[], key: string, reading: KeyReading = 'either'): ProspectMatch {
  const trimmed = key.trim();
  let byId: { thread: Thread; decision: DecisionLine } | undefined;
  let byName: Thread | undefined;
  for (const thread of threads) {
    if (reading !== 'name' && byId === undefined) {
      const decision = thread.decisions.find((candidate) => candidate.id === trimmed);
      if (decision !== undefined) byId = { thread, decision };
    }
    if (reading !== 'id' && byName === undefined && thread.decisions.some((decision) => sameName(decision.name, trimmed))) byName = thread;
  }
  if (byId !== undefined && byName !== undefined) return { kind: 'ambiguous', idOf: byId.thread, decision: byId.decision, named: byName };
  if (byId !== undefined) return { kind: 'found', thread: byId.thread, by: 'id', decision: byId.decision };
  if (byName !== undefined) return { kind: 'found', thread: byName, by: 'name', decision: byName.latest };
  const names = (thread: Thread): string[] => [...new Set(thread.decisions.map((decision) => decision.name).filter((name): name is string => name !== null))];
  if (reading !== 'id' && trimmed !== '') {
    const part = looseName(trimmed);
    const holding = threads.filter((thread) => thread.decisions.some((decision) => nameHolds(decision.name, part)));
    if (holding.length === 1) return { kind: 'found', thread: holding[0]!, by: 'part', decision: holding[0]!.latest };
    if (holding.length > 1) return { kind: 'several', threads: holding };
  }
  const candidates = [...(reading === 'id' ? [] : threads.flatMap(names)), ...(reading === 'name' ? [] : threads.flatMap((thread) => thread.decisions.map((decision) => decision.id)))];
  return { kind: 'none', candidates };
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
