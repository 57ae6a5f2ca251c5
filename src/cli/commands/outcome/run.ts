/** `clientfit outcome NAME good|bad`: how a client turned out, appended as its own journal line. */
import { basename } from 'node:path';
import { byTime, latestOutcomes, outcomeLine, sameName, timeOf, type DecisionLine } from '../../../core/journal.js';
import { groupThreads, looseName } from '../../../core/journal-threads.js';
import { readOutcome, type ClientOutcome } from '../../../core/outcome-words.js';
import { didYouMean } from '../../suggest.js';
import { DataError, ExitCode, UserError } from '../../../errors.js';
import { ENGLISH, type AllWords } from '../../../i18n/index.js';
import { printable } from '../../../render/sanitize.js';
import { displayPath } from '../../criteria-file.js';
import { notice, type IO } from '../../io.js';
import { appendJournal, findProspect, journalPath, newId, quoteArg, readJournal } from '../../journal.js';
import { shortTime } from '../../../render/followup.js';
import type { OutcomeOptions } from './types.js';

/** The label history shows for a decision saved without a name; `outcome` accepts it. */
export const NO_NAME = ENGLISH.words.outcome.noName;

/** The English label, or the one history shows in the run's language (`(без имени)`). */
function isNoName(t: AllWords['outcome'], name: string): boolean {
  const given = name.trim().toLowerCase();
  return given === NO_NAME || given === t.noName.toLowerCase();
}

function pick(io: IO, decisions: readonly DecisionLine[], name: string, options: OutcomeOptions, outcome: string): DecisionLine {
  const t = io.voice.words.outcome;
  if (options.id !== undefined) {
    const byId = decisions.find((decision) => decision.id === options.id);
    if (byId === undefined) {
      throw new UserError(
        t.noId({
          id: options.id,
          suggestion: didYouMean(
            io.voice.words.common,
            options.id,
            decisions.map((decision) => decision.id),
          ),
        }),
        {
          details: [t.historyListsIds],
        },
      );
    }
    // A decision saved without --name has no name to repeat: with --id, any NAME (e.g. -) will do; the id itself too.
    if (byId.name !== null && !sameName(byId.name, name) && name.trim() !== byId.id) {
      throw new UserError(t.otherProspect({ id: byId.id, owner: printable(byId.name), name: printable(name) }));
    }
    return byId;
  }
  if (isNoName(io.voice.words.outcome, name)) {
    const latest = byTime(decisions.filter((decision) => decision.name === null)).at(-1);
    if (latest !== undefined) return latest;
  }
  // The journal's one rule (cli/journal.ts): an id, a name, or a part of exactly one name; never a guess.
  const found = findProspect(io, groupThreads(decisions), name, options.name === true ? 'name' : 'either', {
    asId: `clientfit outcome ${quoteArg(name)} ${quoteArg(outcome)} --id ${quoteArg(name)}`,
    asName: `clientfit outcome ${quoteArg(name)} ${quoteArg(outcome)} --name`,
  });
  if (found.kind === 'none') {
    const names = [...new Set(decisions.map((decision) => decision.name).filter((value): value is string => value !== null))];
    const unnamed = decisions.filter((decision) => decision.name === null).length;
    const unnamedHint = unnamed === 0 ? [] : [t.unnamed({ count: unnamed, noName: t.noName })];
    throw new UserError(t.notFound({ name: printable(name), suggestion: isNoName(io.voice.words.outcome, name) ? '' : didYouMean(io.voice.words.common, name, found.candidates, looseName) }), {
      details: [names.length === 0 ? t.noNames : t.savedNames({ names: names.slice(-10).map(printable).join(', '), more: names.length > 10 ? ', ...' : '' }), ...unnamedHint],
    });
  }
  const { thread, decision } = found;
  if (found.by !== 'id' && thread.decisions.length > 1) {
    const shown = decision.name === null ? printable(name) : printable(decision.name);
    notice(io, t.several({ count: thread.decisions.length, name: shown, time: shortTime(io.voice.lang, decision.time), id: decision.id }));
    notice(io, t.pickAnother({ name: shown }));
  }
  return decision;
}

/** good or bad from any outcome word calibration reads, in any of its languages (хорошо, добър, καλός, dobar, yes ...). */
function readOutcomeWord(t: AllWords['outcome'], word: string): ClientOutcome {
  const read = readOutcome(word);
  if (read.kind === 'outcome') return read.value;
  throw new UserError(t.notAnOutcome({ word: printable(word) }));
}

export function runOutcome(io: IO, name: string, word: string, options: OutcomeOptions): number {
  const outcome = readOutcomeWord(io.voice.words.outcome, word);
  const path = journalPath(io, options.journal);
  const journal = readJournal(io, path);
  const t = io.voice.words.outcome;
  if (!journal.exists) {
    throw new UserError(t.noJournal({ path: displayPath(io, path) }), { details: [t.saveFirst] });
  }
  const decision = pick(io, journal.decisions, name, options, word);
  // An outcome is never overwritten in the file, but the latest one is what counts: say what it replaces.
  const earlier = latestOutcomes(journal.outcomes).get(decision.id);
  const now = new Date();
  const prospect = decision.name === null ? t.noName : printable(decision.name);
  const was = earlier === undefined ? '' : `${t[earlier.outcome]}${earlier.note === null ? '' : ` - ${printable(earlier.note)}`}`;
  // The latest is the newest by time: one dated later than now (a wrong clock, a line typed by
  // hand) would still count over a new one. Written anyway, the new outcome would be a line that
  // changes nothing, and "replaces" untrue: refused, naming the line to correct.
  if (earlier !== undefined && timeOf(earlier) > now.getTime()) {
    const file = printable(basename(path));
    const at = String(journal.lineOf(earlier) ?? '?');
    throw new DataError(t.laterOutcome({ file, line: at, earlier: was, name: prospect, time: shortTime(io.voice.lang, earlier.time), outcome: t[outcome] }), { details: [t.fixTime] });
  }
  const line = outcomeLine({ id: newId(now), time: now, decision, outcome, note: options.note });
  appendJournal(io.voice, path, line);
  notice(io, t.recorded({ outcome: t[outcome], name: prospect, id: decision.id, path: printable(displayPath(io, path)) }));
  if (earlier !== undefined) notice(io, t.replaces({ earlier: was, time: shortTime(io.voice.lang, earlier.time) }));
  return ExitCode.ok;
}
