/** `score --resume NAME|ID` and `form --resume`: the decision a follow-up continues, found in the journal. */
import type { DecisionLine } from '../core/journal.js';
import { didYouMean } from '../core/suggest.js';
import { findThread, resumeStart, type ResumeStart, type Thread } from '../core/thread.js';
import { UserError } from '../errors.js';
import { words } from '../i18n/index.js';
import { displayPath, type LoadedCriteria } from './criteria-file.js';
import type { IO } from './io.js';
import { journalPath, readJournal } from './journal.js';

export interface Resume {
  /** the decision continued: the latest of the prospect's thread */
  readonly decision: DecisionLine;
  readonly thread: Thread;
  readonly start: ResumeStart;
}

/** Finds the prospect's latest decision; an unknown NAME|ID is a usage error with a suggestion (exit 2). */
export function findResume(io: IO, key: string, journalOption: string | undefined, loaded: LoadedCriteria): Resume {
  const path = journalPath(io, journalOption);
  const journal = readJournal(io, path);
  const t = words().score.resume;
  if (!journal.exists) {
    throw new UserError(t.noJournal({ key, path: displayPath(io, path) }), { details: [t.saveFirst] });
  }
  const found = findThread(journal.decisions, key);
  if (found === undefined) {
    const names = [...new Set(journal.decisions.map((decision) => decision.name).filter((name): name is string => name !== null))];
    const suggestion = didYouMean(key, [...names, ...journal.decisions.map((decision) => decision.id)], (value) => value.toLowerCase().replace(/\s+/gu, ' ').trim());
    throw new UserError(t.notFound({ key, path: displayPath(io, path), suggestion }), { details: [t.historyLists] });
  }
  const decision = found.thread.latest;
  return { decision, thread: found.thread, start: resumeStart(decision, loaded.criteria, loaded.sha256) };
}
