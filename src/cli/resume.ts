/** `score --resume NAME|ID` and `form --resume`: the decision a follow-up continues, found in the journal. */
import type { DecisionLine } from '../core/journal.js';
import { didYouMean } from './suggest.js';
import { groupThreads, looseName, resumeStart, type KeyReading, type ResumeStart, type Thread } from '../core/journal-threads.js';
import { UserError } from '../errors.js';
import { displayPath, type LoadedCriteria } from './criteria-file.js';
import type { IO } from './io.js';
import { findProspect, journalPath, quoteArg, readJournal } from './journal.js';

export interface Resume {
  /** the decision continued: the latest of the prospect's thread */
  readonly decision: DecisionLine;
  readonly thread: Thread;
  readonly start: ResumeStart;
}

/**
 * Finds the prospect's latest decision by the journal's one rule (cli/journal.ts findProspect):
 * `--resume KEY` reads an id or a name, `--resume-id` an id only, `--resume-name` a name only;
 * an unknown key is a usage error with a suggestion (exit 2).
 */
/** How a command names the prospect to follow up on (score's --resume/--resume-id/--resume-name, form's --resume). */
export interface ResumeKey {
  readonly resume?: string | undefined;
  readonly resumeId?: string | undefined;
  readonly resumeName?: string | undefined;
  readonly journal?: string | undefined;
}

export function findResume(io: IO, options: ResumeKey, loaded: LoadedCriteria): Resume | undefined {
  // commander refuses two of them together (index.ts)
  const [key, reading]: [string | undefined, KeyReading] =
    options.resumeId !== undefined ? [options.resumeId, 'id'] : options.resumeName !== undefined ? [options.resumeName, 'name'] : [options.resume, 'either'];
  if (key === undefined) return undefined;
  const path = journalPath(io, options.journal);
  const journal = readJournal(io, path);
  const t = io.voice.words.score.resume;
  if (!journal.exists) {
    throw new UserError(t.noJournal({ key, path: displayPath(io, path) }), { details: [t.saveFirst] });
  }
  const found = findProspect(io, groupThreads(journal.decisions), key, reading, { asId: `--resume-id ${quoteArg(key)}`, asName: `--resume-name ${quoteArg(key)}` });
  if (found.kind === 'none') {
    throw new UserError(t.notFound({ key, path: displayPath(io, path), suggestion: didYouMean(io.voice.words.common, key, found.candidates, looseName) }), { details: [t.historyLists] });
  }
  const decision = found.thread.latest;
  return { decision, thread: found.thread, start: resumeStart(decision, loaded.criteria, loaded.sha256) };
}
